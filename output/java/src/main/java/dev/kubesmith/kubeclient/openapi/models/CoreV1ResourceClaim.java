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
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 */
public class CoreV1ResourceClaim {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "request");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<CoreV1ResourceClaim> CODEC = new Codec<CoreV1ResourceClaim>() {
    @Override
    public CoreV1ResourceClaim read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (CoreV1ResourceClaim)");
      }
      CoreV1ResourceClaim o = new CoreV1ResourceClaim();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.name = Codecs.STRING.read(p);
            break;
          case 1:
            o.request = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, CoreV1ResourceClaim o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.request != null) {
        g.writeFieldName("request");
        Codecs.STRING.write(g, o.request);
      }
      g.writeEndObject();
    }
  };

  private String name;

  private String request;

  public CoreV1ResourceClaim name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name must match the name of one entry in pod.spec.resourceClaims of the Pod where this field
   * is used. It makes that resource available inside a container.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public CoreV1ResourceClaim request(String request) {
    this.request = request;
    return this;
  }

  /**
   * Request is the name chosen for a request in the referenced claim. If empty, everything from
   * the claim is made available, otherwise only the result of this request.
   *
   * @return request
   */
  public String getRequest() {
    return request;
  }

  public void setRequest(String request) {
    this.request = request;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    CoreV1ResourceClaim that = (CoreV1ResourceClaim) other;
    return Objects.equals(name, that.name)
        && Objects.equals(request, that.request);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, request);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class CoreV1ResourceClaim {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    request: ").append(request).append('\n');
    return sb.append("}").toString();
  }
}
