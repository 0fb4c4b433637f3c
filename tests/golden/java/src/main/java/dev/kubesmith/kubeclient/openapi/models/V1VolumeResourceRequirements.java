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
 * VolumeResourceRequirements describes the storage resource requirements for a volume.
 */
public class V1VolumeResourceRequirements {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "limits",
      "requests");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1VolumeResourceRequirements> CODEC = new Codec<V1VolumeResourceRequirements>() {
    @Override
    public V1VolumeResourceRequirements read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1VolumeResourceRequirements)");
      }
      V1VolumeResourceRequirements o = new V1VolumeResourceRequirements();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.limits = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          case 1:
            o.requests = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1VolumeResourceRequirements o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.limits != null) {
        g.writeFieldName("limits");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.limits);
      }
      if (o.requests != null) {
        g.writeFieldName("requests");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.requests);
      }
      g.writeEndObject();
    }
  };

  private Map<String, Quantity> limits;

  private Map<String, Quantity> requests;

  public V1VolumeResourceRequirements limits(Map<String, Quantity> limits) {
    this.limits = limits;
    return this;
  }

  public V1VolumeResourceRequirements putLimitsItem(String key, Quantity item) {
    if (this.limits == null) {
      this.limits = new LinkedHashMap<>();
    }
    this.limits.put(key, item);
    return this;
  }

  /**
   * Limits describes the maximum amount of compute resources allowed. More info:
   * https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @return limits
   */
  public Map<String, Quantity> getLimits() {
    return limits;
  }

  public void setLimits(Map<String, Quantity> limits) {
    this.limits = limits;
  }

  public V1VolumeResourceRequirements requests(Map<String, Quantity> requests) {
    this.requests = requests;
    return this;
  }

  public V1VolumeResourceRequirements putRequestsItem(String key, Quantity item) {
    if (this.requests == null) {
      this.requests = new LinkedHashMap<>();
    }
    this.requests.put(key, item);
    return this;
  }

  /**
   * Requests describes the minimum amount of compute resources required. If Requests is omitted
   * for a container, it defaults to Limits if that is explicitly specified, otherwise to an
   * implementation-defined value. Requests cannot exceed Limits. More info:
   * https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @return requests
   */
  public Map<String, Quantity> getRequests() {
    return requests;
  }

  public void setRequests(Map<String, Quantity> requests) {
    this.requests = requests;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1VolumeResourceRequirements that = (V1VolumeResourceRequirements) other;
    return Objects.equals(limits, that.limits)
        && Objects.equals(requests, that.requests);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limits, requests);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1VolumeResourceRequirements {\n");
    sb.append("    limits: ").append(String.valueOf(limits).replace("\n", "\n    ")).append('\n');
    sb.append("    requests: ").append(String.valueOf(requests).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
