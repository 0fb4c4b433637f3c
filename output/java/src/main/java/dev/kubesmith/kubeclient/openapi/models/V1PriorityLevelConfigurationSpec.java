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
 * PriorityLevelConfigurationSpec specifies the configuration of a priority level.
 */
public class V1PriorityLevelConfigurationSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "exempt",
      "limited",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PriorityLevelConfigurationSpec> CODEC = new Codec<V1PriorityLevelConfigurationSpec>() {
    @Override
    public V1PriorityLevelConfigurationSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PriorityLevelConfigurationSpec)");
      }
      V1PriorityLevelConfigurationSpec o = new V1PriorityLevelConfigurationSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.exempt = V1ExemptPriorityLevelConfiguration.CODEC.read(p);
            break;
          case 1:
            o.limited = V1LimitedPriorityLevelConfiguration.CODEC.read(p);
            break;
          case 2:
            o.type = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PriorityLevelConfigurationSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.exempt != null) {
        g.writeFieldName("exempt");
        V1ExemptPriorityLevelConfiguration.CODEC.write(g, o.exempt);
      }
      if (o.limited != null) {
        g.writeFieldName("limited");
        V1LimitedPriorityLevelConfiguration.CODEC.write(g, o.limited);
      }
      if (o.type != null) {
        g.writeFieldName("type");
        Codecs.STRING.write(g, o.type);
      }
      g.writeEndObject();
    }
  };

  private V1ExemptPriorityLevelConfiguration exempt;

  private V1LimitedPriorityLevelConfiguration limited;

  private String type;

  public V1PriorityLevelConfigurationSpec exempt(V1ExemptPriorityLevelConfiguration exempt) {
    this.exempt = exempt;
    return this;
  }

  /**
   * `exempt` specifies how requests are handled for an exempt priority level. This field MUST be
   * empty if `type` is `"Limited"`. This field MAY be non-empty if `type` is `"Exempt"`. If
   * empty and `type` is `"Exempt"` then the default values for
   * `ExemptPriorityLevelConfiguration` apply.
   *
   * @return exempt
   */
  public V1ExemptPriorityLevelConfiguration getExempt() {
    return exempt;
  }

  public void setExempt(V1ExemptPriorityLevelConfiguration exempt) {
    this.exempt = exempt;
  }

  public V1PriorityLevelConfigurationSpec limited(V1LimitedPriorityLevelConfiguration limited) {
    this.limited = limited;
    return this;
  }

  /**
   * `limited` specifies how requests are handled for a Limited priority level. This field must
   * be non-empty if and only if `type` is `"Limited"`.
   *
   * @return limited
   */
  public V1LimitedPriorityLevelConfiguration getLimited() {
    return limited;
  }

  public void setLimited(V1LimitedPriorityLevelConfiguration limited) {
    this.limited = limited;
  }

  public V1PriorityLevelConfigurationSpec type(String type) {
    this.type = type;
    return this;
  }

  /**
   * `type` indicates whether this priority level is subject to limitation on request execution.
   * A value of `"Exempt"` means that requests of this priority level are not subject to a limit
   * (and thus are never queued) and do not detract from the capacity made available to other
   * priority levels.  A value of `"Limited"` means that (a) requests of this priority level
   * _are_ subject to limits and (b) some of the server's limited capacity is made available
   * exclusively to this priority level. Required.
   *
   * @return type
   */
  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PriorityLevelConfigurationSpec that = (V1PriorityLevelConfigurationSpec) other;
    return Objects.equals(exempt, that.exempt)
        && Objects.equals(limited, that.limited)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(exempt, limited, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PriorityLevelConfigurationSpec {\n");
    sb.append("    exempt: ").append(String.valueOf(exempt).replace("\n", "\n    ")).append('\n');
    sb.append("    limited: ").append(String.valueOf(limited).replace("\n", "\n    ")).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
