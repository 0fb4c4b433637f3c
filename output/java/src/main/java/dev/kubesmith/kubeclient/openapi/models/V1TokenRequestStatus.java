package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * TokenRequestStatus is the result of a token request.
 */
public class V1TokenRequestStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "expirationTimestamp",
      "token");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1TokenRequestStatus> CODEC = new Codec<V1TokenRequestStatus>() {
    @Override
    public V1TokenRequestStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1TokenRequestStatus)");
      }
      V1TokenRequestStatus o = new V1TokenRequestStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.expirationTimestamp = Codecs.TIME.read(p);
            break;
          case 1:
            o.token = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1TokenRequestStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.expirationTimestamp != null) {
        g.writeFieldName("expirationTimestamp");
        Codecs.TIME.write(g, o.expirationTimestamp);
      }
      if (o.token != null) {
        g.writeFieldName("token");
        Codecs.STRING.write(g, o.token);
      }
      g.writeEndObject();
    }
  };

  private OffsetDateTime expirationTimestamp;

  private String token;

  public V1TokenRequestStatus expirationTimestamp(OffsetDateTime expirationTimestamp) {
    this.expirationTimestamp = expirationTimestamp;
    return this;
  }

  /**
   * expirationTimestamp is the time of expiration of the returned token.
   *
   * @return expirationTimestamp
   */
  public OffsetDateTime getExpirationTimestamp() {
    return expirationTimestamp;
  }

  public void setExpirationTimestamp(OffsetDateTime expirationTimestamp) {
    this.expirationTimestamp = expirationTimestamp;
  }

  public V1TokenRequestStatus token(String token) {
    this.token = token;
    return this;
  }

  /**
   * token is the opaque bearer token.
   *
   * @return token
   */
  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1TokenRequestStatus that = (V1TokenRequestStatus) other;
    return Objects.equals(expirationTimestamp, that.expirationTimestamp)
        && Objects.equals(token, that.token);
  }

  @Override
  public int hashCode() {
    return Objects.hash(expirationTimestamp, token);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1TokenRequestStatus {\n");
    sb.append("    expirationTimestamp: ").append(expirationTimestamp).append('\n');
    sb.append("    token: ").append((token == null ? "null" : "<redacted>")).append('\n');
    return sb.append("}").toString();
  }
}
