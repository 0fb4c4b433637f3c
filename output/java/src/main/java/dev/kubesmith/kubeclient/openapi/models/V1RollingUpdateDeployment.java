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
 * Spec to control the desired behavior of rolling update.
 */
public class V1RollingUpdateDeployment {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "maxSurge",
      "maxUnavailable");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1RollingUpdateDeployment> CODEC = new Codec<V1RollingUpdateDeployment>() {
    @Override
    public V1RollingUpdateDeployment read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1RollingUpdateDeployment)");
      }
      V1RollingUpdateDeployment o = new V1RollingUpdateDeployment();
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
    public void write(JsonGenerator g, V1RollingUpdateDeployment o) throws IOException {
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

  public V1RollingUpdateDeployment maxSurge(IntOrString maxSurge) {
    this.maxSurge = maxSurge;
    return this;
  }

  /**
   * The maximum number of pods that can be scheduled above the desired number of pods. Value can
   * be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0
   * if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up.
   * Defaults to 25%. Example: when this is set to 30%, the new ReplicaSet can be scaled up
   * immediately when the rolling update starts, such that the total number of old and new pods
   * do not exceed 130% of desired pods. Once old pods have been killed, new ReplicaSet can be
   * scaled up further, ensuring that total number of pods running at any time during the update
   * is at most 130% of desired pods.
   *
   * @return maxSurge
   */
  public IntOrString getMaxSurge() {
    return maxSurge;
  }

  public void setMaxSurge(IntOrString maxSurge) {
    this.maxSurge = maxSurge;
  }

  public V1RollingUpdateDeployment maxUnavailable(IntOrString maxUnavailable) {
    this.maxUnavailable = maxUnavailable;
    return this;
  }

  /**
   * The maximum number of pods that can be unavailable during the update. Value can be an
   * absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is
   * calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to
   * 25%. Example: when this is set to 30%, the old ReplicaSet can be scaled down to 70% of
   * desired pods immediately when the rolling update starts. Once new pods are ready, old
   * ReplicaSet can be scaled down further, followed by scaling up the new ReplicaSet, ensuring
   * that the total number of pods available at all times during the update is at least 70% of
   * desired pods.
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
    V1RollingUpdateDeployment that = (V1RollingUpdateDeployment) other;
    return Objects.equals(maxSurge, that.maxSurge)
        && Objects.equals(maxUnavailable, that.maxUnavailable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxSurge, maxUnavailable);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1RollingUpdateDeployment {\n");
    sb.append("    maxSurge: ").append(maxSurge).append('\n');
    sb.append("    maxUnavailable: ").append(maxUnavailable).append('\n');
    return sb.append("}").toString();
  }
}
