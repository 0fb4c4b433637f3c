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
 * AuditAnnotation describes how to produce an audit annotation for an API request.
 */
public class V1AuditAnnotation {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "key",
      "valueExpression");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1AuditAnnotation> CODEC = new Codec<V1AuditAnnotation>() {
    @Override
    public V1AuditAnnotation read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1AuditAnnotation)");
      }
      V1AuditAnnotation o = new V1AuditAnnotation();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.key = Codecs.STRING.read(p);
            break;
          case 1:
            o.valueExpression = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1AuditAnnotation o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.key != null) {
        g.writeFieldName("key");
        Codecs.STRING.write(g, o.key);
      }
      if (o.valueExpression != null) {
        g.writeFieldName("valueExpression");
        Codecs.STRING.write(g, o.valueExpression);
      }
      g.writeEndObject();
    }
  };

  private String key;

  private String valueExpression;

  public V1AuditAnnotation key(String key) {
    this.key = key;
    return this;
  }

  /**
   * key specifies the audit annotation key. The audit annotation keys of a
   * ValidatingAdmissionPolicy must be unique. The key must be a qualified name
   * ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length.
   *
   * The key is combined with the resource name of the ValidatingAdmissionPolicy to construct an
   * audit annotation key: "{ValidatingAdmissionPolicy name}/{key}".
   *
   * If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy and
   * the same audit annotation key, the annotation key will be identical. In this case, the first
   * annotation written with the key will be included in the audit event and all subsequent
   * annotations with the same key will be discarded.
   *
   * Required.
   *
   * @return key
   */
  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public V1AuditAnnotation valueExpression(String valueExpression) {
    this.valueExpression = valueExpression;
    return this;
  }

  /**
   * valueExpression represents the expression which is evaluated by CEL to produce an audit
   * annotation value. The expression must evaluate to either a string or null value. If the
   * expression evaluates to a string, the audit annotation is included with the string value. If
   * the expression evaluates to null or empty string the audit annotation will be omitted. The
   * valueExpression may be no longer than 5kb in length. If the result of the valueExpression is
   * more than 10kb in length, it will be truncated to 10kb.
   *
   * If multiple ValidatingAdmissionPolicyBinding resources match an API request, then the
   * valueExpression will be evaluated for each binding. All unique values produced by the
   * valueExpressions will be joined together in a comma-separated list.
   *
   * Required.
   *
   * @return valueExpression
   */
  public String getValueExpression() {
    return valueExpression;
  }

  public void setValueExpression(String valueExpression) {
    this.valueExpression = valueExpression;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1AuditAnnotation that = (V1AuditAnnotation) other;
    return Objects.equals(key, that.key)
        && Objects.equals(valueExpression, that.valueExpression);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, valueExpression);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1AuditAnnotation {\n");
    sb.append("    key: ").append(key).append('\n');
    sb.append("    valueExpression: ").append(valueExpression).append('\n');
    return sb.append("}").toString();
  }
}
