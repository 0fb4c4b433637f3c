package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.IntOrString;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * RollingUpdateStatefulSetStrategy is used to communicate parameter for
 * RollingUpdateStatefulSetStrategyType.
 */
public class V1RollingUpdateStatefulSetStrategy {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "maxUnavailable",
      "partition");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1RollingUpdateStatefulSetStrategy> CODEC = new Codec<V1RollingUpdateStatefulSetStrategy>() {
    @Override
    public V1RollingUpdateStatefulSetStrategy read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1RollingUpdateStatefulSetStrategy)");
      }
      V1RollingUpdateStatefulSetStrategy o = new V1RollingUpdateStatefulSetStrategy();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.maxUnavailable = Codecs.INT_OR_STRING.read(p);
            break;
          case 1:
            o.partition = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1RollingUpdateStatefulSetStrategy o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.maxUnavailable != null) {
        g.writeFieldName("maxUnavailable");
        Codecs.INT_OR_STRING.write(g, o.maxUnavailable);
      }
      if (o.partition != null) {
        g.writeFieldName("partition");
        Codecs.INT32.write(g, o.partition);
      }
      g.writeEndObject();
    }
  };

  private IntOrString maxUnavailable;

  private Integer partition;

  public V1RollingUpdateStatefulSetStrategy maxUnavailable(IntOrString maxUnavailable) {
    this.maxUnavailable = maxUnavailable;
    return this;
  }

  /**
   * The maximum number of pods that can be unavailable during the update. Value can be an
   * absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is
   * calculated from percentage by rounding up. This can not be 0. Defaults to 1. This field is
   * beta-level and is enabled by default. The field applies to all pods in the range 0 to
   * Replicas-1. That means if there is any unavailable pod in the range 0 to Replicas-1, it will
   * be counted towards MaxUnavailable. This setting might not be effective for the OrderedReady
   * podManagementPolicy. That policy ensures pods are created and become ready one at a time.
   *
   * @return maxUnavailable
   */
  public IntOrString getMaxUnavailable() {
    return maxUnavailable;
  }

  public void setMaxUnavailable(IntOrString maxUnavailable) {
    this.maxUnavailable = maxUnavailable;
  }

  public V1RollingUpdateStatefulSetStrategy partition(Integer partition) {
    this.partition = partition;
    return this;
  }

  /**
   * Partition indicates the ordinal at which the StatefulSet should be partitioned for updates.
   * During a rolling update, all pods from ordinal Replicas-1 to Partition are updated. All pods
   * from ordinal Partition-1 to 0 remain untouched. This is helpful in being able to do a canary
   * based deployment. The default value is 0.
   *
   * @return partition
   */
  public Integer getPartition() {
    return partition;
  }

  public void setPartition(Integer partition) {
    this.partition = partition;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1RollingUpdateStatefulSetStrategy that = (V1RollingUpdateStatefulSetStrategy) other;
    return Objects.equals(maxUnavailable, that.maxUnavailable)
        && Objects.equals(partition, that.partition);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxUnavailable, partition);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1RollingUpdateStatefulSetStrategy {\n");
    sb.append("    maxUnavailable: ").append(maxUnavailable).append('\n');
    sb.append("    partition: ").append(partition).append('\n');
    return sb.append("}").toString();
  }
}
