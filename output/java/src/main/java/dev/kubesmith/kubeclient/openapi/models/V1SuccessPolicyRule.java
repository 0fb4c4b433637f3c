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
 * SuccessPolicyRule describes rule for declaring a Job as succeeded. Each rule must have at
 * least one of the "succeededIndexes" or "succeededCount" specified.
 */
public class V1SuccessPolicyRule {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "succeededCount",
      "succeededIndexes");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1SuccessPolicyRule> CODEC = new Codec<V1SuccessPolicyRule>() {
    @Override
    public V1SuccessPolicyRule read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1SuccessPolicyRule)");
      }
      V1SuccessPolicyRule o = new V1SuccessPolicyRule();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.succeededCount = Codecs.INT32.read(p);
            break;
          case 1:
            o.succeededIndexes = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1SuccessPolicyRule o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.succeededCount != null) {
        g.writeFieldName("succeededCount");
        Codecs.INT32.write(g, o.succeededCount);
      }
      if (o.succeededIndexes != null) {
        g.writeFieldName("succeededIndexes");
        Codecs.STRING.write(g, o.succeededIndexes);
      }
      g.writeEndObject();
    }
  };

  private Integer succeededCount;

  private String succeededIndexes;

  public V1SuccessPolicyRule succeededCount(Integer succeededCount) {
    this.succeededCount = succeededCount;
    return this;
  }

  /**
   * succeededCount specifies the minimal required size of the actual set of the succeeded
   * indexes for the Job. When succeededCount is used along with succeededIndexes, the check is
   * constrained only to the set of indexes specified by succeededIndexes. For example, given
   * that succeededIndexes is "1-4", succeededCount is "3", and completed indexes are "1", "3",
   * and "5", the Job isn't declared as succeeded because only "1" and "3" indexes are considered
   * in that rules. When this field is null, this doesn't default to any value and is never
   * evaluated at any time. When specified it needs to be a positive integer.
   *
   * @return succeededCount
   */
  public Integer getSucceededCount() {
    return succeededCount;
  }

  public void setSucceededCount(Integer succeededCount) {
    this.succeededCount = succeededCount;
  }

  public V1SuccessPolicyRule succeededIndexes(String succeededIndexes) {
    this.succeededIndexes = succeededIndexes;
    return this;
  }

  /**
   * succeededIndexes specifies the set of indexes which need to be contained in the actual set
   * of the succeeded indexes for the Job. The list of indexes must be within 0 to
   * ".spec.completions-1" and must not contain duplicates. At least one element is required. The
   * indexes are represented as intervals separated by commas. The intervals can be a decimal
   * integer or a pair of decimal integers separated by a hyphen. The number are listed in
   * represented by the first and last element of the series, separated by a hyphen. For example,
   * if the completed indexes are 1, 3, 4, 5 and 7, they are represented as "1,3-5,7". When this
   * field is null, this field doesn't default to any value and is never evaluated at any time.
   *
   * @return succeededIndexes
   */
  public String getSucceededIndexes() {
    return succeededIndexes;
  }

  public void setSucceededIndexes(String succeededIndexes) {
    this.succeededIndexes = succeededIndexes;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1SuccessPolicyRule that = (V1SuccessPolicyRule) other;
    return Objects.equals(succeededCount, that.succeededCount)
        && Objects.equals(succeededIndexes, that.succeededIndexes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(succeededCount, succeededIndexes);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1SuccessPolicyRule {\n");
    sb.append("    succeededCount: ").append(succeededCount).append('\n');
    sb.append("    succeededIndexes: ").append(succeededIndexes).append('\n');
    return sb.append("}").toString();
  }
}
