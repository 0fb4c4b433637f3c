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
public class V1GlusterfsPersistentVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "endpoints",
      "endpointsNamespace",
      "path",
      "readOnly");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1GlusterfsPersistentVolumeSource> CODEC = new Codec<V1GlusterfsPersistentVolumeSource>() {
    @Override
    public V1GlusterfsPersistentVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1GlusterfsPersistentVolumeSource)");
      }
      V1GlusterfsPersistentVolumeSource o = new V1GlusterfsPersistentVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.endpoints = Codecs.STRING.read(p);
            break;
          case 1:
            o.endpointsNamespace = Codecs.STRING.read(p);
            break;
          case 2:
            o.path = Codecs.STRING.read(p);
            break;
          case 3:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1GlusterfsPersistentVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.endpoints != null) {
        g.writeFieldName("endpoints");
        Codecs.STRING.write(g, o.endpoints);
      }
      if (o.endpointsNamespace != null) {
        g.writeFieldName("endpointsNamespace");
        Codecs.STRING.write(g, o.endpointsNamespace);
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

  private String endpointsNamespace;

  private String path;

  private Boolean readOnly;

  public V1GlusterfsPersistentVolumeSource endpoints(String endpoints) {
    this.endpoints = endpoints;
    return this;
  }

  /**
   * endpoints is the endpoint name that details Glusterfs topology. More info:
   * https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
   *
   * @return endpoints
   */
  public String getEndpoints() {
    return endpoints;
  }

  public void setEndpoints(String endpoints) {
    this.endpoints = endpoints;
  }

  public V1GlusterfsPersistentVolumeSource endpointsNamespace(String endpointsNamespace) {
    this.endpointsNamespace = endpointsNamespace;
    return this;
  }

  /**
   * endpointsNamespace is the namespace that contains Glusterfs endpoint. If this field is
   * empty, the EndpointNamespace defaults to the same namespace as the bound PVC. More info:
   * https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
   *
   * @return endpointsNamespace
   */
  public String getEndpointsNamespace() {
    return endpointsNamespace;
  }

  public void setEndpointsNamespace(String endpointsNamespace) {
    this.endpointsNamespace = endpointsNamespace;
  }

  public V1GlusterfsPersistentVolumeSource path(String path) {
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

  public V1GlusterfsPersistentVolumeSource readOnly(Boolean readOnly) {
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
    V1GlusterfsPersistentVolumeSource that = (V1GlusterfsPersistentVolumeSource) other;
    return Objects.equals(endpoints, that.endpoints)
        && Objects.equals(endpointsNamespace, that.endpointsNamespace)
        && Objects.equals(path, that.path)
        && Objects.equals(readOnly, that.readOnly);
  }

  @Override
  public int hashCode() {
    return Objects.hash(endpoints, endpointsNamespace, path, readOnly);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1GlusterfsPersistentVolumeSource {\n");
    sb.append("    endpoints: ").append(endpoints).append('\n');
    sb.append("    endpointsNamespace: ").append(endpointsNamespace).append('\n');
    sb.append("    path: ").append(path).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    return sb.append("}").toString();
  }
}
