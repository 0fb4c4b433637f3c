package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * DeviceAllocationResult is the result of allocating devices.
 */
public class V1beta1DeviceAllocationResult {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "config",
      "results");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1DeviceAllocationResult> CODEC = new Codec<V1beta1DeviceAllocationResult>() {
    @Override
    public V1beta1DeviceAllocationResult read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1DeviceAllocationResult)");
      }
      V1beta1DeviceAllocationResult o = new V1beta1DeviceAllocationResult();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.config = Codecs.listOf(V1beta1DeviceAllocationConfiguration.CODEC).read(p);
            break;
          case 1:
            o.results = Codecs.listOf(V1beta1DeviceRequestAllocationResult.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1DeviceAllocationResult o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.config != null) {
        g.writeFieldName("config");
        Codecs.listOf(V1beta1DeviceAllocationConfiguration.CODEC).write(g, o.config);
      }
      if (o.results != null) {
        g.writeFieldName("results");
        Codecs.listOf(V1beta1DeviceRequestAllocationResult.CODEC).write(g, o.results);
      }
      g.writeEndObject();
    }
  };

  private List<V1beta1DeviceAllocationConfiguration> config;

  private List<V1beta1DeviceRequestAllocationResult> results;

  public V1beta1DeviceAllocationResult config(List<V1beta1DeviceAllocationConfiguration> config) {
    this.config = config;
    return this;
  }

  public V1beta1DeviceAllocationResult addConfigItem(V1beta1DeviceAllocationConfiguration item) {
    if (this.config == null) {
      this.config = new ArrayList<>();
    }
    this.config.add(item);
    return this;
  }

  /**
   * This field is a combination of all the claim and class configuration parameters. Drivers can
   * distinguish between those based on a flag.
   *
   * This includes configuration parameters for drivers which have no allocated devices in the
   * result because it is up to the drivers which configuration parameters they support. They can
   * silently ignore unknown configuration parameters.
   *
   * @return config
   */
  public List<V1beta1DeviceAllocationConfiguration> getConfig() {
    return config;
  }

  public void setConfig(List<V1beta1DeviceAllocationConfiguration> config) {
    this.config = config;
  }

  public V1beta1DeviceAllocationResult results(List<V1beta1DeviceRequestAllocationResult> results) {
    this.results = results;
    return this;
  }

  public V1beta1DeviceAllocationResult addResultsItem(V1beta1DeviceRequestAllocationResult item) {
    if (this.results == null) {
      this.results = new ArrayList<>();
    }
    this.results.add(item);
    return this;
  }

  /**
   * Results lists all allocated devices.
   *
   * @return results
   */
  public List<V1beta1DeviceRequestAllocationResult> getResults() {
    return results;
  }

  public void setResults(List<V1beta1DeviceRequestAllocationResult> results) {
    this.results = results;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1DeviceAllocationResult that = (V1beta1DeviceAllocationResult) other;
    return Objects.equals(config, that.config)
        && Objects.equals(results, that.results);
  }

  @Override
  public int hashCode() {
    return Objects.hash(config, results);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1DeviceAllocationResult {\n");
    sb.append("    config: ").append(String.valueOf(config).replace("\n", "\n    ")).append('\n');
    sb.append("    results: ").append(String.valueOf(results).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
