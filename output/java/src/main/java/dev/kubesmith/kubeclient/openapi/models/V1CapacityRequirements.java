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
 * CapacityRequirements defines the capacity requirements for a specific device request.
 */
public class V1CapacityRequirements {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "requests");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CapacityRequirements> CODEC = new Codec<V1CapacityRequirements>() {
    @Override
    public V1CapacityRequirements read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CapacityRequirements)");
      }
      V1CapacityRequirements o = new V1CapacityRequirements();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.requests = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CapacityRequirements o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.requests != null) {
        g.writeFieldName("requests");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.requests);
      }
      g.writeEndObject();
    }
  };

  private Map<String, Quantity> requests;

  public V1CapacityRequirements requests(Map<String, Quantity> requests) {
    this.requests = requests;
    return this;
  }

  public V1CapacityRequirements putRequestsItem(String key, Quantity item) {
    if (this.requests == null) {
      this.requests = new LinkedHashMap<>();
    }
    this.requests.put(key, item);
    return this;
  }

  /**
   * Requests represent individual device resource requests for distinct resources, all of which
   * must be provided by the device.
   *
   * This value is used as an additional filtering condition against the available capacity on
   * the device. This is semantically equivalent to a CEL selector with
   * `device.capacity[&lt;domain&gt;].&lt;name&gt;.compareTo(quantity(&lt;request quantity&gt;))
   * &gt;= 0`. For example,
   * device.capacity['test-driver.cdi.k8s.io'].counters.compareTo(quantity('2')) &gt;= 0.
   *
   * When a requestPolicy is defined, the requested amount is adjusted upward to the nearest
   * valid value based on the policy. If the requested amount cannot be adjusted to a valid
   * value—because it exceeds what the requestPolicy allows— the device is considered ineligible
   * for allocation.
   *
   * For any capacity that is not explicitly requested: - If no requestPolicy is set, the default
   * consumed capacity is equal to the full device capacity
   *   (i.e., the whole device is claimed).
   * - If a requestPolicy is set, the default consumed capacity is determined according to that
   * policy.
   *
   * If the device allows multiple allocation, the aggregated amount across all requests must not
   * exceed the capacity value. The consumed capacity, which may be adjusted based on the
   * requestPolicy if defined, is recorded in the resource claim’s
   * status.devices[*].consumedCapacity field.
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
    V1CapacityRequirements that = (V1CapacityRequirements) other;
    return Objects.equals(requests, that.requests);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requests);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CapacityRequirements {\n");
    sb.append("    requests: ").append(String.valueOf(requests).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
