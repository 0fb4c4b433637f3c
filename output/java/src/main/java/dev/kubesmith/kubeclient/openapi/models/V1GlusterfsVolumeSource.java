package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * Represents a Glusterfs mount that lasts the lifetime of a pod. Glusterfs volumes do not
 * support ownership management or SELinux relabeling.
 */
public class V1GlusterfsVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "endpoints",
      "path",
      "readOnly");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1GlusterfsVolumeSource> CODEC = new Codec<V1GlusterfsVolumeSource>() {
    @Override
    public V1GlusterfsVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1GlusterfsVolumeSource)");
      }
      V1GlusterfsVolumeSource o = new V1GlusterfsVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.endpoints = Codecs.STRING.read(p);
            break;
          case 1:
            o.path = Codecs.STRING.read(p);
            break;
          case 2:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1GlusterfsVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.endpoints != null) {
        g.writeFieldName("endpoints");
        Codecs.STRING.write(g, o.endpoints);
      }
      if (o.path != null) {
        g.writeFieldName("path");
        Codecs.STRING.write(g, o.path);
      }
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      g.writeEndObject();
    }
  };

  private String endpoints;

  private String path;

  private Boolean readOnly;

  public V1GlusterfsVolumeSource endpoints(String endpoints) {
    this.endpoints = endpoints;
    return this;
  }

  /**
   * endpoints is the endpoint name that details Glusterfs topology.
   *
   * @return endpoints
   */
  public String getEndpoints() {
    return endpoints;
  }

  public void setEndpoints(String endpoints) {
    this.endpoints = endpoints;
  }

  public V1GlusterfsVolumeSource path(String path) {
    this.path = path;
    return this;
  }

  /**
   * path is the Glusterfs volume path. More info:
   * https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
   *
   * @return path
   */
  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public V1GlusterfsVolumeSource readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * readOnly here will force the Glusterfs volume to be mounted with read-only permissions.
   * Defaults to false. More info:
   * https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
   *
   * @return readOnly
   */
  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1GlusterfsVolumeSource that = (V1GlusterfsVolumeSource) other;
    return Objects.equals(endpoints, that.endpoints)
        && Objects.equals(path, that.path)
        && Objects.equals(readOnly, that.readOnly);
  }

  @Override
  public int hashCode() {
    return Objects.hash(endpoints, path, readOnly);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1GlusterfsVolumeSource {\n");
    sb.append("    endpoints: ").append(endpoints).append('\n');
    sb.append("    path: ").append(path).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    return sb.append("}").toString();
  }
}
