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
 * DeviceCounterConsumption defines a set of counters that a device will consume from a
 * CounterSet.
 */
public class V1beta2DeviceCounterConsumption {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "compatibilityGroups",
      "counterSet",
      "counters");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta2DeviceCounterConsumption> CODEC = new Codec<V1beta2DeviceCounterConsumption>() {
    @Override
    public V1beta2DeviceCounterConsumption read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta2DeviceCounterConsumption)");
      }
      V1beta2DeviceCounterConsumption o = new V1beta2DeviceCounterConsumption();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.compatibilityGroups = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.counterSet = Codecs.STRING.read(p);
            break;
          case 2:
            o.counters = Codecs.mapOf(V1beta2Counter.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta2DeviceCounterConsumption o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.compatibilityGroups != null) {
        g.writeFieldName("compatibilityGroups");
        Codecs.listOf(Codecs.STRING).write(g, o.compatibilityGroups);
      }
      if (o.counterSet != null) {
        g.writeFieldName("counterSet");
        Codecs.STRING.write(g, o.counterSet);
      }
      if (o.counters != null) {
        g.writeFieldName("counters");
        Codecs.mapOf(V1beta2Counter.CODEC).write(g, o.counters);
      }
      g.writeEndObject();
    }
  };

  private List<String> compatibilityGroups;

  private String counterSet;

  private Map<String, V1beta2Counter> counters;

  public V1beta2DeviceCounterConsumption compatibilityGroups(List<String> compatibilityGroups) {
    this.compatibilityGroups = compatibilityGroups;
    return this;
  }

  public V1beta2DeviceCounterConsumption addCompatibilityGroupsItem(String item) {
    if (this.compatibilityGroups == null) {
      this.compatibilityGroups = new ArrayList<>();
    }
    this.compatibilityGroups.add(item);
    return this;
  }

  /**
   * CompatibilityGroups is a list of opaque group names for this counter set consumption.
   *
   * Devices that consume counters from the same counter set may only be allocated at the same
   * time ("co-allocated") if they all share at least one common group: the intersection of the
   * CompatibilityGroups of all co-allocated devices on that counter set must be non-empty.
   * Devices that consume from different counter sets are never compared via this field.
   *
   * An unset field, an explicit nil, and an empty list are equivalent and mean "no groups": such
   * a device is only co-allocatable with sibling devices on the same counter set that also have
   * no groups, and is never co-allocatable with a device that declares one or more groups.
   *
   * Group names are opaque and meaningful only within the publishing driver's pool.
   *
   * The maximum number of groups is 2, and the names must be unique.
   *
   * @return compatibilityGroups
   */
  public List<String> getCompatibilityGroups() {
    return compatibilityGroups;
  }

  public void setCompatibilityGroups(List<String> compatibilityGroups) {
    this.compatibilityGroups = compatibilityGroups;
  }

  public V1beta2DeviceCounterConsumption counterSet(String counterSet) {
    this.counterSet = counterSet;
    return this;
  }

  /**
   * CounterSet is the name of the set from which the counters defined will be consumed.
   *
   * @return counterSet
   */
  public String getCounterSet() {
    return counterSet;
  }

  public void setCounterSet(String counterSet) {
    this.counterSet = counterSet;
  }

  public V1beta2DeviceCounterConsumption counters(Map<String, V1beta2Counter> counters) {
    this.counters = counters;
    return this;
  }

  public V1beta2DeviceCounterConsumption putCountersItem(String key, V1beta2Counter item) {
    if (this.counters == null) {
      this.counters = new LinkedHashMap<>();
    }
    this.counters.put(key, item);
    return this;
  }

  /**
   * Counters defines the counters that will be consumed by the device.
   *
   * The maximum number of counters is 32.
   *
   * @return counters
   */
  public Map<String, V1beta2Counter> getCounters() {
    return counters;
  }

  public void setCounters(Map<String, V1beta2Counter> counters) {
    this.counters = counters;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta2DeviceCounterConsumption that = (V1beta2DeviceCounterConsumption) other;
    return Objects.equals(compatibilityGroups, that.compatibilityGroups)
        && Objects.equals(counterSet, that.counterSet)
        && Objects.equals(counters, that.counters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(compatibilityGroups, counterSet, counters);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta2DeviceCounterConsumption {\n");
    sb.append("    compatibilityGroups: ").append(String.valueOf(compatibilityGroups).replace("\n", "\n    ")).append('\n');
    sb.append("    counterSet: ").append(counterSet).append('\n');
    sb.append("    counters: ").append(String.valueOf(counters).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
