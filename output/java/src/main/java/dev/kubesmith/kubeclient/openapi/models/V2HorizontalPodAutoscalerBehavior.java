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
 * HorizontalPodAutoscalerBehavior configures the scaling behavior of the target in both Up and
 * Down directions (scaleUp and scaleDown fields respectively).
 */
public class V2HorizontalPodAutoscalerBehavior {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "scaleDown",
      "scaleUp");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V2HorizontalPodAutoscalerBehavior> CODEC = new Codec<V2HorizontalPodAutoscalerBehavior>() {
    @Override
    public V2HorizontalPodAutoscalerBehavior read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V2HorizontalPodAutoscalerBehavior)");
      }
      V2HorizontalPodAutoscalerBehavior o = new V2HorizontalPodAutoscalerBehavior();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.scaleDown = V2HPAScalingRules.CODEC.read(p);
            break;
          case 1:
            o.scaleUp = V2HPAScalingRules.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V2HorizontalPodAutoscalerBehavior o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.scaleDown != null) {
        g.writeFieldName("scaleDown");
        V2HPAScalingRules.CODEC.write(g, o.scaleDown);
      }
      if (o.scaleUp != null) {
        g.writeFieldName("scaleUp");
        V2HPAScalingRules.CODEC.write(g, o.scaleUp);
      }
      g.writeEndObject();
    }
  };

  private V2HPAScalingRules scaleDown;

  private V2HPAScalingRules scaleUp;

  public V2HorizontalPodAutoscalerBehavior scaleDown(V2HPAScalingRules scaleDown) {
    this.scaleDown = scaleDown;
    return this;
  }

  /**
   * scaleDown is scaling policy for scaling Down. If not set, the default value is to allow to
   * scale down to minReplicas pods, with a 300 second stabilization window (i.e., the highest
   * recommendation for the last 300sec is used).
   *
   * @return scaleDown
   */
  public V2HPAScalingRules getScaleDown() {
    return scaleDown;
  }

  public void setScaleDown(V2HPAScalingRules scaleDown) {
    this.scaleDown = scaleDown;
  }

  public V2HorizontalPodAutoscalerBehavior scaleUp(V2HPAScalingRules scaleUp) {
    this.scaleUp = scaleUp;
    return this;
  }

  /**
   * scaleUp is scaling policy for scaling Up. If not set, the default value is the higher of:
   *   * increase no more than 4 pods per 60 seconds
   *   * double the number of pods per 60 seconds
   * No stabilization is used.
   *
   * @return scaleUp
   */
  public V2HPAScalingRules getScaleUp() {
    return scaleUp;
  }

  public void setScaleUp(V2HPAScalingRules scaleUp) {
    this.scaleUp = scaleUp;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V2HorizontalPodAutoscalerBehavior that = (V2HorizontalPodAutoscalerBehavior) other;
    return Objects.equals(scaleDown, that.scaleDown)
        && Objects.equals(scaleUp, that.scaleUp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scaleDown, scaleUp);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V2HorizontalPodAutoscalerBehavior {\n");
    sb.append("    scaleDown: ").append(String.valueOf(scaleDown).replace("\n", "\n    ")).append('\n');
    sb.append("    scaleUp: ").append(String.valueOf(scaleUp).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
