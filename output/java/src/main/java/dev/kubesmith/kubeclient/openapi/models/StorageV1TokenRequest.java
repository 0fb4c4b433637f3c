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
 * TokenRequest contains parameters of a service account token.
 */
public class StorageV1TokenRequest {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "audience",
      "expirationSeconds");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<StorageV1TokenRequest> CODEC = new Codec<StorageV1TokenRequest>() {
    @Override
    public StorageV1TokenRequest read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (StorageV1TokenRequest)");
      }
      StorageV1TokenRequest o = new StorageV1TokenRequest();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.audience = Codecs.STRING.read(p);
            break;
          case 1:
            o.expirationSeconds = Codecs.INT64.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, StorageV1TokenRequest o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.audience != null) {
        g.writeFieldName("audience");
        Codecs.STRING.write(g, o.audience);
      }
      if (o.expirationSeconds != null) {
        g.writeFieldName("expirationSeconds");
        Codecs.INT64.write(g, o.expirationSeconds);
      }
      g.writeEndObject();
    }
  };

  private String audience;

  private Long expirationSeconds;

  public StorageV1TokenRequest audience(String audience) {
    this.audience = audience;
    return this;
  }

  /**
   * audience is the intended audience of the token in "TokenRequestSpec". It will default to the
   * audiences of kube apiserver.
   *
   * @return audience
   */
  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public StorageV1TokenRequest expirationSeconds(Long expirationSeconds) {
    this.expirationSeconds = expirationSeconds;
    return this;
  }

  /**
   * expirationSeconds is the duration of validity of the token in "TokenRequestSpec". It has the
   * same default value of "ExpirationSeconds" in "TokenRequestSpec".
   *
   * @return expirationSeconds
   */
  public Long getExpirationSeconds() {
    return expirationSeconds;
  }

  public void setExpirationSeconds(Long expirationSeconds) {
    this.expirationSeconds = expirationSeconds;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    StorageV1TokenRequest that = (StorageV1TokenRequest) other;
    return Objects.equals(audience, that.audience)
        && Objects.equals(expirationSeconds, that.expirationSeconds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(audience, expirationSeconds);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class StorageV1TokenRequest {\n");
    sb.append("    audience: ").append(audience).append('\n');
    sb.append("    expirationSeconds: ").append(expirationSeconds).append('\n');
    return sb.append("}").toString();
  }
}
