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
 * Represents an NFS mount that lasts the lifetime of a pod. NFS volumes do not support
 * ownership management or SELinux relabeling.
 */
public class V1NFSVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "path",
      "readOnly",
      "server");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NFSVolumeSource> CODEC = new Codec<V1NFSVolumeSource>() {
    @Override
    public V1NFSVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NFSVolumeSource)");
      }
      V1NFSVolumeSource o = new V1NFSVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.path = Codecs.STRING.read(p);
            break;
          case 1:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          case 2:
            o.server = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NFSVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.path != null) {
        g.writeFieldName("path");
        Codecs.STRING.write(g, o.path);
      }
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      if (o.server != null) {
        g.writeFieldName("server");
        Codecs.STRING.write(g, o.server);
      }
      g.writeEndObject();
    }
  };

  private String path;

  private Boolean readOnly;

  private String server;

  public V1NFSVolumeSource path(String path) {
    this.path = path;
    return this;
  }

  /**
   * path that is exported by the NFS server. More info:
   * https://kubernetes.io/docs/concepts/storage/volumes#nfs
   *
   * @return path
   */
  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public V1NFSVolumeSource readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * readOnly here will force the NFS export to be mounted with read-only permissions. Defaults
   * to false. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
   *
   * @return readOnly
   */
  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  public V1NFSVolumeSource server(String server) {
    this.server = server;
    return this;
  }

  /**
   * server is the hostname or IP address of the NFS server. More info:
   * https://kubernetes.io/docs/concepts/storage/volumes#nfs
   *
   * @return server
   */
  public String getServer() {
    return server;
  }

  public void setServer(String server) {
    this.server = server;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NFSVolumeSource that = (V1NFSVolumeSource) other;
    return Objects.equals(path, that.path)
        && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(server, that.server);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, readOnly, server);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NFSVolumeSource {\n");
    sb.append("    path: ").append(path).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    sb.append("    server: ").append(server).append('\n');
    return sb.append("}").toString();
  }
}
