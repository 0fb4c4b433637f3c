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
 * EvictionRequestTarget contains a reference to an object that should be evicted.
 */
public class V1alpha1EvictionRequestTarget {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "pod");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1EvictionRequestTarget> CODEC = new Codec<V1alpha1EvictionRequestTarget>() {
    @Override
    public V1alpha1EvictionRequestTarget read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1EvictionRequestTarget)");
      }
      V1alpha1EvictionRequestTarget o = new V1alpha1EvictionRequestTarget();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.pod = V1alpha1EvictionRequestPodReference.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1EvictionRequestTarget o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.pod != null) {
        g.writeFieldName("pod");
        V1alpha1EvictionRequestPodReference.CODEC.write(g, o.pod);
      }
      g.writeEndObject();
    }
  };

  private V1alpha1EvictionRequestPodReference pod;

  public V1alpha1EvictionRequestTarget pod(V1alpha1EvictionRequestPodReference pod) {
    this.pod = pod;
    return this;
  }

  /**
   * pod references a pod that is subject to eviction/termination. Pods that are part of a
   * PodGroup (.spec.schedulingGroup is set) are not supported.
   *
   * @return pod
   */
  public V1alpha1EvictionRequestPodReference getPod() {
    return pod;
  }

  public void setPod(V1alpha1EvictionRequestPodReference pod) {
    this.pod = pod;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha1EvictionRequestTarget that = (V1alpha1EvictionRequestTarget) other;
    return Objects.equals(pod, that.pod);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pod);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1EvictionRequestTarget {\n");
    sb.append("    pod: ").append(String.valueOf(pod).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
