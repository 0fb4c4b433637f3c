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
 * Spec to control the desired behavior of daemon set rolling update.
 */
public class V1RollingUpdateDaemonSet {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "maxSurge",
      "maxUnavailable");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1RollingUpdateDaemonSet> CODEC = new Codec<V1RollingUpdateDaemonSet>() {
    @Override
    public V1RollingUpdateDaemonSet read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1RollingUpdateDaemonSet)");
      }
      V1RollingUpdateDaemonSet o = new V1RollingUpdateDaemonSet();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.maxSurge = Codecs.INT_OR_STRING.read(p);
            break;
          case 1:
            o.maxUnavailable = Codecs.INT_OR_STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1RollingUpdateDaemonSet o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.maxSurge != null) {
        g.writeFieldName("maxSurge");
        Codecs.INT_OR_STRING.write(g, o.maxSurge);
      }
      if (o.maxUnavailable != null) {
        g.writeFieldName("maxUnavailable");
        Codecs.INT_OR_STRING.write(g, o.maxUnavailable);
      }
      g.writeEndObject();
    }
  };

  private IntOrString maxSurge;

  private IntOrString maxUnavailable;

  public V1RollingUpdateDaemonSet maxSurge(IntOrString maxSurge) {
    this.maxSurge = maxSurge;
    return this;
  }

  /**
   * The maximum number of nodes with an existing available DaemonSet pod that can have an
   * updated DaemonSet pod during during an update. Value can be an absolute number (ex: 5) or a
   * percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute
   * number is calculated from percentage by rounding up to a minimum of 1. Default value is 0.
   * Example: when this is set to 30%, at most 30% of the total number of nodes that should be
   * running the daemon pod (i.e. status.desiredNumberScheduled) can have their a new pod created
   * before the old pod is marked as deleted. The update starts by launching new pods on 30% of
   * nodes. Once an updated pod is available (Ready for at least minReadySeconds) the old
   * DaemonSet pod on that node is marked deleted. If the old pod becomes unavailable for any
   * reason (Ready transitions to false, is evicted, or is drained) an updated pod is immediately
   * created on that node without considering surge limits. Allowing surge implies the
   * possibility that the resources consumed by the daemonset on any given node can double if the
   * readiness check fails, and so resource intensive daemonsets should take into account that
   * they may cause evictions during disruption.
   *
   * @return maxSurge
   */
  public IntOrString getMaxSurge() {
    return maxSurge;
  }

  public void setMaxSurge(IntOrString maxSurge) {
    this.maxSurge = maxSurge;
  }

  public V1RollingUpdateDaemonSet maxUnavailable(IntOrString maxUnavailable) {
    this.maxUnavailable = maxUnavailable;
    return this;
  }

  /**
   * The maximum number of DaemonSet pods that can be unavailable during the update. Value can be
   * an absolute number (ex: 5) or a percentage of total number of DaemonSet pods at the start of
   * the update (ex: 10%). Absolute number is calculated from percentage by rounding up. This
   * cannot be 0 if MaxSurge is 0 Default value is 1. Example: when this is set to 30%, at most
   * 30% of the total number of nodes that should be running the daemon pod (i.e.
   * status.desiredNumberScheduled) can have their pods stopped for an update at any given time.
   * The update starts by stopping at most 30% of those DaemonSet pods and then brings up new
   * DaemonSet pods in their place. Once the new pods are available, it then proceeds onto other
   * DaemonSet pods, thus ensuring that at least 70% of original number of DaemonSet pods are
   * available at all times during the update.
   *
   * @return maxUnavailable
   */
  public IntOrString getMaxUnavailable() {
    return maxUnavailable;
  }

  public void setMaxUnavailable(IntOrString maxUnavailable) {
    this.maxUnavailable = maxUnavailable;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1RollingUpdateDaemonSet that = (V1RollingUpdateDaemonSet) other;
    return Objects.equals(maxSurge, that.maxSurge)
        && Objects.equals(maxUnavailable, that.maxUnavailable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxSurge, maxUnavailable);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1RollingUpdateDaemonSet {\n");
    sb.append("    maxSurge: ").append(maxSurge).append('\n');
    sb.append("    maxUnavailable: ").append(maxUnavailable).append('\n');
    return sb.append("}").toString();
  }
}
