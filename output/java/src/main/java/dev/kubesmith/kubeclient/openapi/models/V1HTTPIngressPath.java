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
 * HTTPIngressPath associates a path with a backend. Incoming urls matching the path are
 * forwarded to the backend.
 */
public class V1HTTPIngressPath {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "backend",
      "path",
      "pathType");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1HTTPIngressPath> CODEC = new Codec<V1HTTPIngressPath>() {
    @Override
    public V1HTTPIngressPath read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1HTTPIngressPath)");
      }
      V1HTTPIngressPath o = new V1HTTPIngressPath();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.backend = V1IngressBackend.CODEC.read(p);
            break;
          case 1:
            o.path = Codecs.STRING.read(p);
            break;
          case 2:
            o.pathType = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1HTTPIngressPath o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.backend != null) {
        g.writeFieldName("backend");
        V1IngressBackend.CODEC.write(g, o.backend);
      }
      if (o.path != null) {
        g.writeFieldName("path");
        Codecs.STRING.write(g, o.path);
      }
      if (o.pathType != null) {
        g.writeFieldName("pathType");
        Codecs.STRING.write(g, o.pathType);
      }
      g.writeEndObject();
    }
  };

  private V1IngressBackend backend;

  private String path;

  private String pathType;

  public V1HTTPIngressPath backend(V1IngressBackend backend) {
    this.backend = backend;
    return this;
  }

  /**
   * backend defines the referenced service endpoint to which the traffic will be forwarded to.
   *
   * @return backend
   */
  public V1IngressBackend getBackend() {
    return backend;
  }

  public void setBackend(V1IngressBackend backend) {
    this.backend = backend;
  }

  public V1HTTPIngressPath path(String path) {
    this.path = path;
    return this;
  }

  /**
   * path is matched against the path of an incoming request. Currently it can contain characters
   * disallowed from the conventional "path" part of a URL as defined by RFC 3986. Paths must
   * begin with a '/' and must be present when using PathType with value "Exact" or "Prefix".
   *
   * @return path
   */
  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public V1HTTPIngressPath pathType(String pathType) {
    this.pathType = pathType;
    return this;
  }

  /**
   * pathType determines the interpretation of the path matching. PathType can be one of the
   * following values: * Exact: Matches the URL path exactly. * Prefix: Matches based on a URL
   * path prefix split by '/'. Matching is
   *   done on a path element by element basis. A path element refers is the
   *   list of labels in the path split by the '/' separator. A request is a
   *   match for path p if every p is an element-wise prefix of p of the
   *   request path. Note that if the last element of the path is a substring
   *   of the last element in request path, it is not a match (e.g. /foo/bar
   *   matches /foo/bar/baz, but does not match /foo/barbaz).
   * * ImplementationSpecific: Interpretation of the Path matching is up to
   *   the IngressClass. Implementations can treat this as a separate PathType
   *   or treat it identically to Prefix or Exact path types.
   * Implementations are required to support all path types.
   *
   * @return pathType
   */
  public String getPathType() {
    return pathType;
  }

  public void setPathType(String pathType) {
    this.pathType = pathType;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1HTTPIngressPath that = (V1HTTPIngressPath) other;
    return Objects.equals(backend, that.backend)
        && Objects.equals(path, that.path)
        && Objects.equals(pathType, that.pathType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(backend, path, pathType);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1HTTPIngressPath {\n");
    sb.append("    backend: ").append(String.valueOf(backend).replace("\n", "\n    ")).append('\n');
    sb.append("    path: ").append(path).append('\n');
    sb.append("    pathType: ").append(pathType).append('\n');
    return sb.append("}").toString();
  }
}
