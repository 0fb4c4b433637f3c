package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * CounterSet defines a named set of counters that are available to be used by devices defined
 * in the ResourcePool.
 *
 * The counters are not allocatable by themselves, but can be referenced by devices. When a
 * device is allocated, the portion of counters it uses will no longer be available for use by
 * other devices.
 */
public class V1beta2CounterSet {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "counters",
      "name");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta2CounterSet> CODEC = new Codec<V1beta2CounterSet>() {
    @Override
    public V1beta2CounterSet read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta2CounterSet)");
      }
      V1beta2CounterSet o = new V1beta2CounterSet();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.counters = Codecs.mapOf(V1beta2Counter.CODEC).read(p);
            break;
          case 1:
            o.name = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta2CounterSet o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.counters != null) {
        g.writeFieldName("counters");
        Codecs.mapOf(V1beta2Counter.CODEC).write(g, o.counters);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      g.writeEndObject();
    }
  };

  private Map<String, V1beta2Counter> counters;

  private String name;

  public V1beta2CounterSet counters(Map<String, V1beta2Counter> counters) {
    this.counters = counters;
    return this;
  }

  public V1beta2CounterSet putCountersItem(String key, V1beta2Counter item) {
    if (this.counters == null) {
      this.counters = new LinkedHashMap<>();
    }
    this.counters.put(key, item);
    return this;
  }

  /**
   * Counters defines the set of counters for this CounterSet The name of each counter must be
   * unique in that set and must be a DNS label.
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

  public V1beta2CounterSet name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name defines the name of the counter set. It must be a DNS label.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta2CounterSet that = (V1beta2CounterSet) other;
    return Objects.equals(counters, that.counters)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(counters, name);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta2CounterSet {\n");
    sb.append("    counters: ").append(String.valueOf(counters).replace("\n", "\n    ")).append('\n');
    sb.append("    name: ").append(name).append('\n');
    return sb.append("}").toString();
  }
}
