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
 * DeviceClaim defines how to request devices with a ResourceClaim.
 */
public class V1DeviceClaim {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "config",
      "constraints",
      "requests");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1DeviceClaim> CODEC = new Codec<V1DeviceClaim>() {
    @Override
    public V1DeviceClaim read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1DeviceClaim)");
      }
      V1DeviceClaim o = new V1DeviceClaim();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.config = Codecs.listOf(V1DeviceClaimConfiguration.CODEC).read(p);
            break;
          case 1:
            o.constraints = Codecs.listOf(V1DeviceConstraint.CODEC).read(p);
            break;
          case 2:
            o.requests = Codecs.listOf(V1DeviceRequest.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1DeviceClaim o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.config != null) {
        g.writeFieldName("config");
        Codecs.listOf(V1DeviceClaimConfiguration.CODEC).write(g, o.config);
      }
      if (o.constraints != null) {
        g.writeFieldName("constraints");
        Codecs.listOf(V1DeviceConstraint.CODEC).write(g, o.constraints);
      }
      if (o.requests != null) {
        g.writeFieldName("requests");
        Codecs.listOf(V1DeviceRequest.CODEC).write(g, o.requests);
      }
      g.writeEndObject();
    }
  };

  private List<V1DeviceClaimConfiguration> config;

  private List<V1DeviceConstraint> constraints;

  private List<V1DeviceRequest> requests;

  public V1DeviceClaim config(List<V1DeviceClaimConfiguration> config) {
    this.config = config;
    return this;
  }

  public V1DeviceClaim addConfigItem(V1DeviceClaimConfiguration item) {
    if (this.config == null) {
      this.config = new ArrayList<>();
    }
    this.config.add(item);
    return this;
  }

  /**
   * This field holds configuration for multiple potential drivers which could satisfy requests
   * in this claim. It is ignored while allocating the claim.
   *
   * @return config
   */
  public List<V1DeviceClaimConfiguration> getConfig() {
    return config;
  }

  public void setConfig(List<V1DeviceClaimConfiguration> config) {
    this.config = config;
  }

  public V1DeviceClaim constraints(List<V1DeviceConstraint> constraints) {
    this.constraints = constraints;
    return this;
  }

  public V1DeviceClaim addConstraintsItem(V1DeviceConstraint item) {
    if (this.constraints == null) {
      this.constraints = new ArrayList<>();
    }
    this.constraints.add(item);
    return this;
  }

  /**
   * These constraints must be satisfied by the set of devices that get allocated for the claim.
   *
   * @return constraints
   */
  public List<V1DeviceConstraint> getConstraints() {
    return constraints;
  }

  public void setConstraints(List<V1DeviceConstraint> constraints) {
    this.constraints = constraints;
  }

  public V1DeviceClaim requests(List<V1DeviceRequest> requests) {
    this.requests = requests;
    return this;
  }

  public V1DeviceClaim addRequestsItem(V1DeviceRequest item) {
    if (this.requests == null) {
      this.requests = new ArrayList<>();
    }
    this.requests.add(item);
    return this;
  }

  /**
   * Requests represent individual requests for distinct devices which must all be satisfied. If
   * empty, nothing needs to be allocated.
   *
   * @return requests
   */
  public List<V1DeviceRequest> getRequests() {
    return requests;
  }

  public void setRequests(List<V1DeviceRequest> requests) {
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
    V1DeviceClaim that = (V1DeviceClaim) other;
    return Objects.equals(config, that.config)
        && Objects.equals(constraints, that.constraints)
        && Objects.equals(requests, that.requests);
  }

  @Override
  public int hashCode() {
    return Objects.hash(config, constraints, requests);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1DeviceClaim {\n");
    sb.append("    config: ").append(String.valueOf(config).replace("\n", "\n    ")).append('\n');
    sb.append("    constraints: ").append(String.valueOf(constraints).replace("\n", "\n    ")).append('\n');
    sb.append("    requests: ").append(String.valueOf(requests).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
