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
 * SelfSubjectReviewStatus is filled by the kube-apiserver and sent back to a user.
 */
public class V1SelfSubjectReviewStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "userInfo");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1SelfSubjectReviewStatus> CODEC = new Codec<V1SelfSubjectReviewStatus>() {
    @Override
    public V1SelfSubjectReviewStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1SelfSubjectReviewStatus)");
      }
      V1SelfSubjectReviewStatus o = new V1SelfSubjectReviewStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.userInfo = V1UserInfo.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1SelfSubjectReviewStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.userInfo != null) {
        g.writeFieldName("userInfo");
        V1UserInfo.CODEC.write(g, o.userInfo);
      }
      g.writeEndObject();
    }
  };

  private V1UserInfo userInfo;

  public V1SelfSubjectReviewStatus userInfo(V1UserInfo userInfo) {
    this.userInfo = userInfo;
    return this;
  }

  /**
   * userInfo is a set of attributes belonging to the user making this request.
   *
   * @return userInfo
   */
  public V1UserInfo getUserInfo() {
    return userInfo;
  }

  public void setUserInfo(V1UserInfo userInfo) {
    this.userInfo = userInfo;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1SelfSubjectReviewStatus that = (V1SelfSubjectReviewStatus) other;
    return Objects.equals(userInfo, that.userInfo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userInfo);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1SelfSubjectReviewStatus {\n");
    sb.append("    userInfo: ").append(String.valueOf(userInfo).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
