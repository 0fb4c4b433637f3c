package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * TokenReviewSpec is a description of the token authentication request.
 */
public class V1TokenReviewSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "audiences",
      "token");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1TokenReviewSpec> CODEC = new Codec<V1TokenReviewSpec>() {
    @Override
    public V1TokenReviewSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1TokenReviewSpec)");
      }
      V1TokenReviewSpec o = new V1TokenReviewSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.audiences = Codecs.listOf(Codecs.STRING).read(p);
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
    public void write(JsonGenerator g, V1TokenReviewSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.audiences != null) {
        g.writeFieldName("audiences");
        Codecs.listOf(Codecs.STRING).write(g, o.audiences);
      }
      if (o.token != null) {
        g.writeFieldName("token");
        Codecs.STRING.write(g, o.token);
      }
      g.writeEndObject();
    }
  };

  private List<String> audiences;

  private String token;

  public V1TokenReviewSpec audiences(List<String> audiences) {
    this.audiences = audiences;
    return this;
  }

  public V1TokenReviewSpec addAudiencesItem(String item) {
    if (this.audiences == null) {
      this.audiences = new ArrayList<>();
    }
    this.audiences.add(item);
    return this;
  }

  /**
   * audiences is a list of the identifiers that the resource server presented with the token
   * identifies as. Audience-aware token authenticators will verify that the token was intended
   * for at least one of the audiences in this list. If no audiences are provided, the audience
   * will default to the audience of the Kubernetes apiserver.
   *
   * @return audiences
   */
  public List<String> getAudiences() {
    return audiences;
  }

  public void setAudiences(List<String> audiences) {
    this.audiences = audiences;
  }

  public V1TokenReviewSpec token(String token) {
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
    V1TokenReviewSpec that = (V1TokenReviewSpec) other;
    return Objects.equals(audiences, that.audiences)
        && Objects.equals(token, that.token);
  }

  @Override
  public int hashCode() {
    return Objects.hash(audiences, token);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1TokenReviewSpec {\n");
    sb.append("    audiences: ").append(String.valueOf(audiences).replace("\n", "\n    ")).append('\n');
    sb.append("    token: ").append(token).append('\n');
    return sb.append("}").toString();
  }
}
