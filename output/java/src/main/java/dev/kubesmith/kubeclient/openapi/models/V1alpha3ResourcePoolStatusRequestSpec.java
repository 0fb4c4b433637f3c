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
 * ResourcePoolStatusRequestSpec defines the filters for the pool status request.
 */
public class V1alpha3ResourcePoolStatusRequestSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "defaultPartitionTypeAttribute",
      "driver",
      "limit",
      "poolName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3ResourcePoolStatusRequestSpec> CODEC = new Codec<V1alpha3ResourcePoolStatusRequestSpec>() {
    @Override
    public V1alpha3ResourcePoolStatusRequestSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3ResourcePoolStatusRequestSpec)");
      }
      V1alpha3ResourcePoolStatusRequestSpec o = new V1alpha3ResourcePoolStatusRequestSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.defaultPartitionTypeAttribute = Codecs.STRING.read(p);
            break;
          case 1:
            o.driver = Codecs.STRING.read(p);
            break;
          case 2:
            o.limit = Codecs.INT32.read(p);
            break;
          case 3:
            o.poolName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3ResourcePoolStatusRequestSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.defaultPartitionTypeAttribute != null) {
        g.writeFieldName("defaultPartitionTypeAttribute");
        Codecs.STRING.write(g, o.defaultPartitionTypeAttribute);
      }
      if (o.driver != null) {
        g.writeFieldName("driver");
        Codecs.STRING.write(g, o.driver);
      }
      if (o.limit != null) {
        g.writeFieldName("limit");
        Codecs.INT32.write(g, o.limit);
      }
      if (o.poolName != null) {
        g.writeFieldName("poolName");
        Codecs.STRING.write(g, o.poolName);
      }
      g.writeEndObject();
    }
  };

  private String defaultPartitionTypeAttribute;

  private String driver;

  private Integer limit;

  private String poolName;

  public V1alpha3ResourcePoolStatusRequestSpec defaultPartitionTypeAttribute(String defaultPartitionTypeAttribute) {
    this.defaultPartitionTypeAttribute = defaultPartitionTypeAttribute;
    return this;
  }

  /**
   * DefaultPartitionTypeAttribute optionally names a device attribute (by its fully qualified
   * name, e.g. "gpu.example.com/profile") to use as the default grouping attribute for
   * partitionable devices whose slice has not declared one themselves.
   *
   * A slice's own PartitionTypeAttribute always takes precedence. This default applies only to
   * devices whose slice does not declare one, so that a request can still get an accurate
   * partitionSummary from a driver that has not been updated to declare it. When neither the
   * slice nor this default names an attribute, a partitionable pool reports no partitionSummary.
   *
   * Must include the domain qualifier.
   *
   * @return defaultPartitionTypeAttribute
   */
  public String getDefaultPartitionTypeAttribute() {
    return defaultPartitionTypeAttribute;
  }

  public void setDefaultPartitionTypeAttribute(String defaultPartitionTypeAttribute) {
    this.defaultPartitionTypeAttribute = defaultPartitionTypeAttribute;
  }

  public V1alpha3ResourcePoolStatusRequestSpec driver(String driver) {
    this.driver = driver;
    return this;
  }

  /**
   * Driver specifies the DRA driver name to filter pools. Only pools from ResourceSlices with
   * this driver will be included. Must be a DNS subdomain (e.g., "gpu.example.com").
   *
   * @return driver
   */
  public String getDriver() {
    return driver;
  }

  public void setDriver(String driver) {
    this.driver = driver;
  }

  public V1alpha3ResourcePoolStatusRequestSpec limit(Integer limit) {
    this.limit = limit;
    return this;
  }

  /**
   * Limit optionally specifies the maximum number of pools to return in the status. If more
   * pools match the filter criteria, the response will be truncated (i.e., len(status.pools)
   * &lt; status.poolCount).
   *
   * Default: 100 Minimum: 1 Maximum: 1000
   *
   * @return limit
   */
  public Integer getLimit() {
    return limit;
  }

  public void setLimit(Integer limit) {
    this.limit = limit;
  }

  public V1alpha3ResourcePoolStatusRequestSpec poolName(String poolName) {
    this.poolName = poolName;
    return this;
  }

  /**
   * PoolName optionally filters to a specific pool name. If not specified, all pools from the
   * specified driver are included. When specified, must be a non-empty valid resource pool name
   * (DNS subdomains separated by "/").
   *
   * @return poolName
   */
  public String getPoolName() {
    return poolName;
  }

  public void setPoolName(String poolName) {
    this.poolName = poolName;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha3ResourcePoolStatusRequestSpec that = (V1alpha3ResourcePoolStatusRequestSpec) other;
    return Objects.equals(defaultPartitionTypeAttribute, that.defaultPartitionTypeAttribute)
        && Objects.equals(driver, that.driver)
        && Objects.equals(limit, that.limit)
        && Objects.equals(poolName, that.poolName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(defaultPartitionTypeAttribute, driver, limit, poolName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3ResourcePoolStatusRequestSpec {\n");
    sb.append("    defaultPartitionTypeAttribute: ").append(defaultPartitionTypeAttribute).append('\n');
    sb.append("    driver: ").append(driver).append('\n');
    sb.append("    limit: ").append(limit).append('\n');
    sb.append("    poolName: ").append(poolName).append('\n');
    return sb.append("}").toString();
  }
}
