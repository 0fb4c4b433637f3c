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
 * ResourcePoolStatusRequestStatus contains the calculated pool status information.
 */
public class V1alpha3ResourcePoolStatusRequestStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "conditions",
      "poolCount",
      "pools");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3ResourcePoolStatusRequestStatus> CODEC = new Codec<V1alpha3ResourcePoolStatusRequestStatus>() {
    @Override
    public V1alpha3ResourcePoolStatusRequestStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3ResourcePoolStatusRequestStatus)");
      }
      V1alpha3ResourcePoolStatusRequestStatus o = new V1alpha3ResourcePoolStatusRequestStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.conditions = Codecs.listOf(V1Condition.CODEC).read(p);
            break;
          case 1:
            o.poolCount = Codecs.INT32.read(p);
            break;
          case 2:
            o.pools = Codecs.listOf(V1alpha3PoolStatus.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3ResourcePoolStatusRequestStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1Condition.CODEC).write(g, o.conditions);
      }
      if (o.poolCount != null) {
        g.writeFieldName("poolCount");
        Codecs.INT32.write(g, o.poolCount);
      }
      if (o.pools != null) {
        g.writeFieldName("pools");
        Codecs.listOf(V1alpha3PoolStatus.CODEC).write(g, o.pools);
      }
      g.writeEndObject();
    }
  };

  private List<V1Condition> conditions;

  private Integer poolCount;

  private List<V1alpha3PoolStatus> pools;

  public V1alpha3ResourcePoolStatusRequestStatus conditions(List<V1Condition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1alpha3ResourcePoolStatusRequestStatus addConditionsItem(V1Condition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * Conditions provide information about the state of the request. A condition with
   * type=Complete or type=Failed will always be set when the status is populated.
   *
   * Known condition types: - "Complete": True when the request has been processed successfully -
   * "Failed": True when the request could not be processed
   *
   * @return conditions
   */
  public List<V1Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1Condition> conditions) {
    this.conditions = conditions;
  }

  public V1alpha3ResourcePoolStatusRequestStatus poolCount(Integer poolCount) {
    this.poolCount = poolCount;
    return this;
  }

  /**
   * PoolCount is the total number of pools that matched the filter criteria, regardless of
   * truncation. This helps users understand how many pools exist even when the response is
   * truncated. A value of 0 means no pools matched the filter criteria.
   *
   * @return poolCount
   */
  public Integer getPoolCount() {
    return poolCount;
  }

  public void setPoolCount(Integer poolCount) {
    this.poolCount = poolCount;
  }

  public V1alpha3ResourcePoolStatusRequestStatus pools(List<V1alpha3PoolStatus> pools) {
    this.pools = pools;
    return this;
  }

  public V1alpha3ResourcePoolStatusRequestStatus addPoolsItem(V1alpha3PoolStatus item) {
    if (this.pools == null) {
      this.pools = new ArrayList<>();
    }
    this.pools.add(item);
    return this;
  }

  /**
   * Pools contains the first `spec.limit` matching pools, sorted by driver then pool name. If
   * `len(pools) &lt; poolCount`, the list was truncated. When omitted, no pools matched the
   * request filters.
   *
   * @return pools
   */
  public List<V1alpha3PoolStatus> getPools() {
    return pools;
  }

  public void setPools(List<V1alpha3PoolStatus> pools) {
    this.pools = pools;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha3ResourcePoolStatusRequestStatus that = (V1alpha3ResourcePoolStatusRequestStatus) other;
    return Objects.equals(conditions, that.conditions)
        && Objects.equals(poolCount, that.poolCount)
        && Objects.equals(pools, that.pools);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions, poolCount, pools);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3ResourcePoolStatusRequestStatus {\n");
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    poolCount: ").append(poolCount).append('\n');
    sb.append("    pools: ").append(String.valueOf(pools).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
