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
 * PoolStatus contains status information for a single resource pool.
 */
public class V1alpha3PoolStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "allocatedDevices",
      "availableDevices",
      "driver",
      "generation",
      "nodeName",
      "partitionSummary",
      "poolName",
      "resourceSliceCount",
      "shareableSummary",
      "totalDevices",
      "unavailableDevices",
      "validationError");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3PoolStatus> CODEC = new Codec<V1alpha3PoolStatus>() {
    @Override
    public V1alpha3PoolStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3PoolStatus)");
      }
      V1alpha3PoolStatus o = new V1alpha3PoolStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.allocatedDevices = Codecs.INT32.read(p);
            break;
          case 1:
            o.availableDevices = Codecs.INT32.read(p);
            break;
          case 2:
            o.driver = Codecs.STRING.read(p);
            break;
          case 3:
            o.generation = Codecs.INT64.read(p);
            break;
          case 4:
            o.nodeName = Codecs.STRING.read(p);
            break;
          case 5:
            o.partitionSummary = Codecs.listOf(V1alpha3PartitionTypeStatus.CODEC).read(p);
            break;
          case 6:
            o.poolName = Codecs.STRING.read(p);
            break;
          case 7:
            o.resourceSliceCount = Codecs.INT32.read(p);
            break;
          case 8:
            o.shareableSummary = V1alpha3ShareableSummaryStatus.CODEC.read(p);
            break;
          case 9:
            o.totalDevices = Codecs.INT32.read(p);
            break;
          case 10:
            o.unavailableDevices = Codecs.INT32.read(p);
            break;
          case 11:
            o.validationError = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3PoolStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.allocatedDevices != null) {
        g.writeFieldName("allocatedDevices");
        Codecs.INT32.write(g, o.allocatedDevices);
      }
      if (o.availableDevices != null) {
        g.writeFieldName("availableDevices");
        Codecs.INT32.write(g, o.availableDevices);
      }
      if (o.driver != null) {
        g.writeFieldName("driver");
        Codecs.STRING.write(g, o.driver);
      }
      if (o.generation != null) {
        g.writeFieldName("generation");
        Codecs.INT64.write(g, o.generation);
      }
      if (o.nodeName != null) {
        g.writeFieldName("nodeName");
        Codecs.STRING.write(g, o.nodeName);
      }
      if (o.partitionSummary != null) {
        g.writeFieldName("partitionSummary");
        Codecs.listOf(V1alpha3PartitionTypeStatus.CODEC).write(g, o.partitionSummary);
      }
      if (o.poolName != null) {
        g.writeFieldName("poolName");
        Codecs.STRING.write(g, o.poolName);
      }
      if (o.resourceSliceCount != null) {
        g.writeFieldName("resourceSliceCount");
        Codecs.INT32.write(g, o.resourceSliceCount);
      }
      if (o.shareableSummary != null) {
        g.writeFieldName("shareableSummary");
        V1alpha3ShareableSummaryStatus.CODEC.write(g, o.shareableSummary);
      }
      if (o.totalDevices != null) {
        g.writeFieldName("totalDevices");
        Codecs.INT32.write(g, o.totalDevices);
      }
      if (o.unavailableDevices != null) {
        g.writeFieldName("unavailableDevices");
        Codecs.INT32.write(g, o.unavailableDevices);
      }
      if (o.validationError != null) {
        g.writeFieldName("validationError");
        Codecs.STRING.write(g, o.validationError);
      }
      g.writeEndObject();
    }
  };

  private Integer allocatedDevices;

  private Integer availableDevices;

  private String driver;

  private Long generation;

  private String nodeName;

  private List<V1alpha3PartitionTypeStatus> partitionSummary;

  private String poolName;

  private Integer resourceSliceCount;

  private V1alpha3ShareableSummaryStatus shareableSummary;

  private Integer totalDevices;

  private Integer unavailableDevices;

  private String validationError;

  public V1alpha3PoolStatus allocatedDevices(Integer allocatedDevices) {
    this.allocatedDevices = allocatedDevices;
    return this;
  }

  /**
   * AllocatedDevices is the number of devices currently allocated to claims. A value of 0 means
   * no devices are allocated. May be unset when validationError is set.
   *
   * @return allocatedDevices
   */
  public Integer getAllocatedDevices() {
    return allocatedDevices;
  }

  public void setAllocatedDevices(Integer allocatedDevices) {
    this.allocatedDevices = allocatedDevices;
  }

  public V1alpha3PoolStatus availableDevices(Integer availableDevices) {
    this.availableDevices = availableDevices;
    return this;
  }

  /**
   * AvailableDevices is the number of devices available for allocation. This equals TotalDevices
   * - AllocatedDevices - UnavailableDevices. A value of 0 means no devices are currently
   * available. May be unset when validationError is set.
   *
   * @return availableDevices
   */
  public Integer getAvailableDevices() {
    return availableDevices;
  }

  public void setAvailableDevices(Integer availableDevices) {
    this.availableDevices = availableDevices;
  }

  public V1alpha3PoolStatus driver(String driver) {
    this.driver = driver;
    return this;
  }

  /**
   * Driver is the DRA driver name for this pool. Must be a DNS subdomain (e.g.,
   * "gpu.example.com").
   *
   * @return driver
   */
  public String getDriver() {
    return driver;
  }

  public void setDriver(String driver) {
    this.driver = driver;
  }

  public V1alpha3PoolStatus generation(Long generation) {
    this.generation = generation;
    return this;
  }

  /**
   * Generation is the pool generation observed across all ResourceSlices in this pool. Only the
   * latest generation is reported. During a generation rollout, if not all slices at the latest
   * generation have been published, the pool is included with a validationError and device
   * counts unset.
   *
   * @return generation
   */
  public Long getGeneration() {
    return generation;
  }

  public void setGeneration(Long generation) {
    this.generation = generation;
  }

  public V1alpha3PoolStatus nodeName(String nodeName) {
    this.nodeName = nodeName;
    return this;
  }

  /**
   * NodeName is the node this pool is associated with. When omitted, the pool is not associated
   * with a specific node. Must be a valid DNS subdomain name (RFC1123).
   *
   * @return nodeName
   */
  public String getNodeName() {
    return nodeName;
  }

  public void setNodeName(String nodeName) {
    this.nodeName = nodeName;
  }

  public V1alpha3PoolStatus partitionSummary(List<V1alpha3PartitionTypeStatus> partitionSummary) {
    this.partitionSummary = partitionSummary;
    return this;
  }

  public V1alpha3PoolStatus addPartitionSummaryItem(V1alpha3PartitionTypeStatus item) {
    if (this.partitionSummary == null) {
      this.partitionSummary = new ArrayList<>();
    }
    this.partitionSummary.add(item);
    return this;
  }

  /**
   * PartitionSummary reports allocatability per (attribute, partition type) for a partitionable
   * pool that publishes SharedCounters. Each entry names the grouping attribute it was resolved
   * from: the PartitionTypeAttribute declared by a device's own slice, or for devices whose
   * slice declares none, the default named in the request. A pool that mixes partitions declared
   * under different attributes reports each independently. When no slice declares an attribute
   * and the request names no default, the pool reports no partition summary.
   *
   * @return partitionSummary
   */
  public List<V1alpha3PartitionTypeStatus> getPartitionSummary() {
    return partitionSummary;
  }

  public void setPartitionSummary(List<V1alpha3PartitionTypeStatus> partitionSummary) {
    this.partitionSummary = partitionSummary;
  }

  public V1alpha3PoolStatus poolName(String poolName) {
    this.poolName = poolName;
    return this;
  }

  /**
   * PoolName is the name of the pool. Must be a valid resource pool name (DNS subdomains
   * separated by "/").
   *
   * @return poolName
   */
  public String getPoolName() {
    return poolName;
  }

  public void setPoolName(String poolName) {
    this.poolName = poolName;
  }

  public V1alpha3PoolStatus resourceSliceCount(Integer resourceSliceCount) {
    this.resourceSliceCount = resourceSliceCount;
    return this;
  }

  /**
   * ResourceSliceCount is the number of ResourceSlices that make up this pool. May be unset when
   * validationError is set.
   *
   * @return resourceSliceCount
   */
  public Integer getResourceSliceCount() {
    return resourceSliceCount;
  }

  public void setResourceSliceCount(Integer resourceSliceCount) {
    this.resourceSliceCount = resourceSliceCount;
  }

  public V1alpha3PoolStatus shareableSummary(V1alpha3ShareableSummaryStatus shareableSummary) {
    this.shareableSummary = shareableSummary;
    return this;
  }

  /**
   * ShareableSummary reports aggregate capacity for a pool that contains devices with
   * AllowMultipleAllocations. It is populated only when at least one device in the pool is
   * shareable.
   *
   * @return shareableSummary
   */
  public V1alpha3ShareableSummaryStatus getShareableSummary() {
    return shareableSummary;
  }

  public void setShareableSummary(V1alpha3ShareableSummaryStatus shareableSummary) {
    this.shareableSummary = shareableSummary;
  }

  public V1alpha3PoolStatus totalDevices(Integer totalDevices) {
    this.totalDevices = totalDevices;
    return this;
  }

  /**
   * TotalDevices is the total number of devices in the pool across all slices. A value of 0
   * means the pool has no devices. May be unset when validationError is set.
   *
   * @return totalDevices
   */
  public Integer getTotalDevices() {
    return totalDevices;
  }

  public void setTotalDevices(Integer totalDevices) {
    this.totalDevices = totalDevices;
  }

  public V1alpha3PoolStatus unavailableDevices(Integer unavailableDevices) {
    this.unavailableDevices = unavailableDevices;
    return this;
  }

  /**
   * UnavailableDevices is the number of devices that are not available due to taints or other
   * conditions, but are not allocated. A value of 0 means all unallocated devices are available.
   * May be unset when validationError is set.
   *
   * @return unavailableDevices
   */
  public Integer getUnavailableDevices() {
    return unavailableDevices;
  }

  public void setUnavailableDevices(Integer unavailableDevices) {
    this.unavailableDevices = unavailableDevices;
  }

  public V1alpha3PoolStatus validationError(String validationError) {
    this.validationError = validationError;
    return this;
  }

  /**
   * ValidationError is set when the pool's data could not be fully validated (e.g., incomplete
   * slice publication). When set, device count fields and ResourceSliceCount may be unset.
   *
   * @return validationError
   */
  public String getValidationError() {
    return validationError;
  }

  public void setValidationError(String validationError) {
    this.validationError = validationError;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha3PoolStatus that = (V1alpha3PoolStatus) other;
    return Objects.equals(allocatedDevices, that.allocatedDevices)
        && Objects.equals(availableDevices, that.availableDevices)
        && Objects.equals(driver, that.driver)
        && Objects.equals(generation, that.generation)
        && Objects.equals(nodeName, that.nodeName)
        && Objects.equals(partitionSummary, that.partitionSummary)
        && Objects.equals(poolName, that.poolName)
        && Objects.equals(resourceSliceCount, that.resourceSliceCount)
        && Objects.equals(shareableSummary, that.shareableSummary)
        && Objects.equals(totalDevices, that.totalDevices)
        && Objects.equals(unavailableDevices, that.unavailableDevices)
        && Objects.equals(validationError, that.validationError);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allocatedDevices, availableDevices, driver, generation, nodeName, partitionSummary, poolName, resourceSliceCount, shareableSummary, totalDevices, unavailableDevices, validationError);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3PoolStatus {\n");
    sb.append("    allocatedDevices: ").append(allocatedDevices).append('\n');
    sb.append("    availableDevices: ").append(availableDevices).append('\n');
    sb.append("    driver: ").append(driver).append('\n');
    sb.append("    generation: ").append(generation).append('\n');
    sb.append("    nodeName: ").append(nodeName).append('\n');
    sb.append("    partitionSummary: ").append(String.valueOf(partitionSummary).replace("\n", "\n    ")).append('\n');
    sb.append("    poolName: ").append(poolName).append('\n');
    sb.append("    resourceSliceCount: ").append(resourceSliceCount).append('\n');
    sb.append("    shareableSummary: ").append(String.valueOf(shareableSummary).replace("\n", "\n    ")).append('\n');
    sb.append("    totalDevices: ").append(totalDevices).append('\n');
    sb.append("    unavailableDevices: ").append(unavailableDevices).append('\n');
    sb.append("    validationError: ").append(validationError).append('\n');
    return sb.append("}").toString();
  }
}
