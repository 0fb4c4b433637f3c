package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * TokenRequestSpec contains client provided parameters of a token request.
 */
public class V1TokenRequestSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "attestations",
      "audiences",
      "boundObjectRef",
      "expirationSeconds");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1TokenRequestSpec> CODEC = new Codec<V1TokenRequestSpec>() {
    @Override
    public V1TokenRequestSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1TokenRequestSpec)");
      }
      V1TokenRequestSpec o = new V1TokenRequestSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.attestations = Codecs.mapOf(Codecs.listOf(Codecs.STRING)).read(p);
            break;
          case 1:
            o.audiences = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 2:
            o.boundObjectRef = V1BoundObjectReference.CODEC.read(p);
            break;
          case 3:
            o.expirationSeconds = Codecs.INT64.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1TokenRequestSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.attestations != null) {
        g.writeFieldName("attestations");
        Codecs.mapOf(Codecs.listOf(Codecs.STRING)).write(g, o.attestations);
      }
      if (o.audiences != null) {
        g.writeFieldName("audiences");
        Codecs.listOf(Codecs.STRING).write(g, o.audiences);
      }
      if (o.boundObjectRef != null) {
        g.writeFieldName("boundObjectRef");
        V1BoundObjectReference.CODEC.write(g, o.boundObjectRef);
      }
      if (o.expirationSeconds != null) {
        g.writeFieldName("expirationSeconds");
        Codecs.INT64.write(g, o.expirationSeconds);
      }
      g.writeEndObject();
    }
  };

  private Map<String, List<String>> attestations;

  private List<String> audiences;

  private V1BoundObjectReference boundObjectRef;

  private Long expirationSeconds;

  public V1TokenRequestSpec attestations(Map<String, List<String>> attestations) {
    this.attestations = attestations;
    return this;
  }

  public V1TokenRequestSpec putAttestationsItem(String key, List<String> item) {
    if (this.attestations == null) {
      this.attestations = new LinkedHashMap<>();
    }
    this.attestations.put(key, item);
    return this;
  }

  /**
   * attestations is a map of well-known keys to string-slice values. The values for each key
   * have a specific semantic meaning, which is documented on the key definition. Requesters of
   * tokens may ask the Kubernetes API Server to attest to certain claims. The API Server may
   * perform authorization checks depending on the key of this map.
   *
   * @return attestations
   */
  public Map<String, List<String>> getAttestations() {
    return attestations;
  }

  public void setAttestations(Map<String, List<String>> attestations) {
    this.attestations = attestations;
  }

  public V1TokenRequestSpec audiences(List<String> audiences) {
    this.audiences = audiences;
    return this;
  }

  public V1TokenRequestSpec addAudiencesItem(String item) {
    if (this.audiences == null) {
      this.audiences = new ArrayList<>();
    }
    this.audiences.add(item);
    return this;
  }

  /**
   * audiences are the intendend audiences of the token. A recipient of a token must identify
   * themself with an identifier in the list of audiences of the token, and otherwise should
   * reject the token. A token issued for multiple audiences may be used to authenticate against
   * any of the audiences listed but implies a high degree of trust between the target audiences.
   *
   * @return audiences
   */
  public List<String> getAudiences() {
    return audiences;
  }

  public void setAudiences(List<String> audiences) {
    this.audiences = audiences;
  }

  public V1TokenRequestSpec boundObjectRef(V1BoundObjectReference boundObjectRef) {
    this.boundObjectRef = boundObjectRef;
    return this;
  }

  /**
   * boundObjectRef is a reference to an object that the token will be bound to. The token will
   * only be valid for as long as the bound object exists. NOTE: The API server's TokenReview
   * endpoint will validate the BoundObjectRef, but other audiences may not. Keep
   * ExpirationSeconds small if you want prompt revocation.
   *
   * @return boundObjectRef
   */
  public V1BoundObjectReference getBoundObjectRef() {
    return boundObjectRef;
  }

  public void setBoundObjectRef(V1BoundObjectReference boundObjectRef) {
    this.boundObjectRef = boundObjectRef;
  }

  public V1TokenRequestSpec expirationSeconds(Long expirationSeconds) {
    this.expirationSeconds = expirationSeconds;
    return this;
  }

  /**
   * expirationSeconds is the requested duration of validity of the request. The token issuer may
   * return a token with a different validity duration so a client needs to check the
   * 'expiration' field in a response.
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
    V1TokenRequestSpec that = (V1TokenRequestSpec) other;
    return Objects.equals(attestations, that.attestations)
        && Objects.equals(audiences, that.audiences)
        && Objects.equals(boundObjectRef, that.boundObjectRef)
        && Objects.equals(expirationSeconds, that.expirationSeconds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attestations, audiences, boundObjectRef, expirationSeconds);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1TokenRequestSpec {\n");
    sb.append("    attestations: ").append(String.valueOf(attestations).replace("\n", "\n    ")).append('\n');
    sb.append("    audiences: ").append(String.valueOf(audiences).replace("\n", "\n    ")).append('\n');
    sb.append("    boundObjectRef: ").append(String.valueOf(boundObjectRef).replace("\n", "\n    ")).append('\n');
    sb.append("    expirationSeconds: ").append(expirationSeconds).append('\n');
    return sb.append("}").toString();
  }
}
