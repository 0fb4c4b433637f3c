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
 * WorkloadPodGroupDisruptionMode defines how individual pods within a group can be disrupted.
 * Exactly one mode must be set.
 */
public class V1alpha3WorkloadPodGroupDisruptionMode {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "all",
      "single");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3WorkloadPodGroupDisruptionMode> CODEC = new Codec<V1alpha3WorkloadPodGroupDisruptionMode>() {
    @Override
    public V1alpha3WorkloadPodGroupDisruptionMode read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3WorkloadPodGroupDisruptionMode)");
      }
      V1alpha3WorkloadPodGroupDisruptionMode o = new V1alpha3WorkloadPodGroupDisruptionMode();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.all = V1alpha3WorkloadPodGroupAllDisruptionMode.CODEC.read(p);
            break;
          case 1:
            o.single = V1alpha3WorkloadPodGroupSingleDisruptionMode.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3WorkloadPodGroupDisruptionMode o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.all != null) {
        g.writeFieldName("all");
        V1alpha3WorkloadPodGroupAllDisruptionMode.CODEC.write(g, o.all);
      }
      if (o.single != null) {
        g.writeFieldName("single");
        V1alpha3WorkloadPodGroupSingleDisruptionMode.CODEC.write(g, o.single);
      }
      g.writeEndObject();
    }
  };

  private V1alpha3WorkloadPodGroupAllDisruptionMode all;

  private V1alpha3WorkloadPodGroupSingleDisruptionMode single;

  public V1alpha3WorkloadPodGroupDisruptionMode all(V1alpha3WorkloadPodGroupAllDisruptionMode all) {
    this.all = all;
    return this;
  }

  /**
   * all specifies that all pods in the group must be disrupted together.
   *
   * @return all
   */
  public V1alpha3WorkloadPodGroupAllDisruptionMode getAll() {
    return all;
  }

  public void setAll(V1alpha3WorkloadPodGroupAllDisruptionMode all) {
    this.all = all;
  }

  public V1alpha3WorkloadPodGroupDisruptionMode single(V1alpha3WorkloadPodGroupSingleDisruptionMode single) {
    this.single = single;
    return this;
  }

  /**
   * single specifies that pods can be disrupted independently from each other.
   *
   * @return single
   */
  public V1alpha3WorkloadPodGroupSingleDisruptionMode getSingle() {
    return single;
  }

  public void setSingle(V1alpha3WorkloadPodGroupSingleDisruptionMode single) {
    this.single = single;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha3WorkloadPodGroupDisruptionMode that = (V1alpha3WorkloadPodGroupDisruptionMode) other;
    return Objects.equals(all, that.all)
        && Objects.equals(single, that.single);
  }

  @Override
  public int hashCode() {
    return Objects.hash(all, single);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3WorkloadPodGroupDisruptionMode {\n");
    sb.append("    all: ").append(String.valueOf(all).replace("\n", "\n    ")).append('\n');
    sb.append("    single: ").append(String.valueOf(single).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
