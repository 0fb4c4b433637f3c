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
 * TokenReviewStatus is the result of the token authentication request.
 */
public class V1TokenReviewStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "audiences",
      "authenticated",
      "error",
      "user");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1TokenReviewStatus> CODEC = new Codec<V1TokenReviewStatus>() {
    @Override
    public V1TokenReviewStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1TokenReviewStatus)");
      }
      V1TokenReviewStatus o = new V1TokenReviewStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.audiences = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.authenticated = Codecs.BOOLEAN.read(p);
            break;
          case 2:
            o.error = Codecs.STRING.read(p);
            break;
          case 3:
            o.user = V1UserInfo.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1TokenReviewStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.audiences != null) {
        g.writeFieldName("audiences");
        Codecs.listOf(Codecs.STRING).write(g, o.audiences);
      }
      if (o.authenticated != null) {
        g.writeFieldName("authenticated");
        Codecs.BOOLEAN.write(g, o.authenticated);
      }
      if (o.error != null) {
        g.writeFieldName("error");
        Codecs.STRING.write(g, o.error);
      }
      if (o.user != null) {
        g.writeFieldName("user");
        V1UserInfo.CODEC.write(g, o.user);
      }
      g.writeEndObject();
    }
  };

  private List<String> audiences;

  private Boolean authenticated;

  private String error;

  private V1UserInfo user;

  public V1TokenReviewStatus audiences(List<String> audiences) {
    this.audiences = audiences;
    return this;
  }

  public V1TokenReviewStatus addAudiencesItem(String item) {
    if (this.audiences == null) {
      this.audiences = new ArrayList<>();
    }
    this.audiences.add(item);
    return this;
  }

  /**
   * audiences are audience identifiers chosen by the authenticator that are compatible with both
   * the TokenReview and token. An identifier is any identifier in the intersection of the
   * TokenReviewSpec audiences and the token's audiences. A client of the TokenReview API that
   * sets the spec.audiences field should validate that a compatible audience identifier is
   * returned in the status.audiences field to ensure that the TokenReview server is audience
   * aware. If a TokenReview returns an empty status.audience field where status.authenticated is
   * "true", the token is valid against the audience of the Kubernetes API server.
   *
   * @return audiences
   */
  public List<String> getAudiences() {
    return audiences;
  }

  public void setAudiences(List<String> audiences) {
    this.audiences = audiences;
  }

  public V1TokenReviewStatus authenticated(Boolean authenticated) {
    this.authenticated = authenticated;
    return this;
  }

  /**
   * authenticated indicates that the token was associated with a known user.
   *
   * @return authenticated
   */
  public Boolean getAuthenticated() {
    return authenticated;
  }

  public void setAuthenticated(Boolean authenticated) {
    this.authenticated = authenticated;
  }

  public V1TokenReviewStatus error(String error) {
    this.error = error;
    return this;
  }

  /**
   * error indicates that the token couldn't be checked
   *
   * @return error
   */
  public String getError() {
    return error;
  }

  public void setError(String error) {
    this.error = error;
  }

  public V1TokenReviewStatus user(V1UserInfo user) {
    this.user = user;
    return this;
  }

  /**
   * user is the UserInfo associated with the provided token.
   *
   * @return user
   */
  public V1UserInfo getUser() {
    return user;
  }

  public void setUser(V1UserInfo user) {
    this.user = user;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1TokenReviewStatus that = (V1TokenReviewStatus) other;
    return Objects.equals(audiences, that.audiences)
        && Objects.equals(authenticated, that.authenticated)
        && Objects.equals(error, that.error)
        && Objects.equals(user, that.user);
  }

  @Override
  public int hashCode() {
    return Objects.hash(audiences, authenticated, error, user);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1TokenReviewStatus {\n");
    sb.append("    audiences: ").append(String.valueOf(audiences).replace("\n", "\n    ")).append('\n');
    sb.append("    authenticated: ").append(authenticated).append('\n');
    sb.append("    error: ").append(error).append('\n');
    sb.append("    user: ").append(String.valueOf(user).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
