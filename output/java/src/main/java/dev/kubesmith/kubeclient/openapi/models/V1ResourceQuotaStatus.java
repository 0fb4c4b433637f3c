package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * ResourceQuotaStatus defines the enforced hard limits and observed use.
 */
public class V1ResourceQuotaStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "hard",
      "used");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ResourceQuotaStatus> CODEC = new Codec<V1ResourceQuotaStatus>() {
    @Override
    public V1ResourceQuotaStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ResourceQuotaStatus)");
      }
      V1ResourceQuotaStatus o = new V1ResourceQuotaStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.hard = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          case 1:
            o.used = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ResourceQuotaStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.hard != null) {
        g.writeFieldName("hard");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.hard);
      }
      if (o.used != null) {
        g.writeFieldName("used");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.used);
      }
      g.writeEndObject();
    }
  };

  private Map<String, Quantity> hard;

  private Map<String, Quantity> used;

  public V1ResourceQuotaStatus hard(Map<String, Quantity> hard) {
    this.hard = hard;
    return this;
  }

  public V1ResourceQuotaStatus putHardItem(String key, Quantity item) {
    if (this.hard == null) {
      this.hard = new LinkedHashMap<>();
    }
    this.hard.put(key, item);
    return this;
  }

  /**
   * Hard is the set of enforced hard limits for each named resource. More info:
   * https://kubernetes.io/docs/concepts/policy/resource-quotas/
   *
   * @return hard
   */
  public Map<String, Quantity> getHard() {
    return hard;
  }

  public void setHard(Map<String, Quantity> hard) {
    this.hard = hard;
  }

  public V1ResourceQuotaStatus used(Map<String, Quantity> used) {
    this.used = used;
    return this;
  }

  public V1ResourceQuotaStatus putUsedItem(String key, Quantity item) {
    if (this.used == null) {
      this.used = new LinkedHashMap<>();
    }
    this.used.put(key, item);
    return this;
  }

  /**
   * Used is the current observed total usage of the resource in the namespace.
   *
   * @return used
   */
  public Map<String, Quantity> getUsed() {
    return used;
  }

  public void setUsed(Map<String, Quantity> used) {
    this.used = used;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ResourceQuotaStatus that = (V1ResourceQuotaStatus) other;
    return Objects.equals(hard, that.hard)
        && Objects.equals(used, that.used);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hard, used);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ResourceQuotaStatus {\n");
    sb.append("    hard: ").append(String.valueOf(hard).replace("\n", "\n    ")).append('\n');
    sb.append("    used: ").append(String.valueOf(used).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
