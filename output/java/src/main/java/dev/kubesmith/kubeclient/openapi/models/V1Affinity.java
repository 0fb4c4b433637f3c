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
 * Affinity is a group of affinity scheduling rules.
 */
public class V1Affinity {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "nodeAffinity",
      "podAffinity",
      "podAntiAffinity");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1Affinity> CODEC = new Codec<V1Affinity>() {
    @Override
    public V1Affinity read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1Affinity)");
      }
      V1Affinity o = new V1Affinity();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.nodeAffinity = V1NodeAffinity.CODEC.read(p);
            break;
          case 1:
            o.podAffinity = V1PodAffinity.CODEC.read(p);
            break;
          case 2:
            o.podAntiAffinity = V1PodAntiAffinity.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1Affinity o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.nodeAffinity != null) {
        g.writeFieldName("nodeAffinity");
        V1NodeAffinity.CODEC.write(g, o.nodeAffinity);
      }
      if (o.podAffinity != null) {
        g.writeFieldName("podAffinity");
        V1PodAffinity.CODEC.write(g, o.podAffinity);
      }
      if (o.podAntiAffinity != null) {
        g.writeFieldName("podAntiAffinity");
        V1PodAntiAffinity.CODEC.write(g, o.podAntiAffinity);
      }
      g.writeEndObject();
    }
  };

  private V1NodeAffinity nodeAffinity;

  private V1PodAffinity podAffinity;

  private V1PodAntiAffinity podAntiAffinity;

  public V1Affinity nodeAffinity(V1NodeAffinity nodeAffinity) {
    this.nodeAffinity = nodeAffinity;
    return this;
  }

  /**
   * Describes node affinity scheduling rules for the pod.
   *
   * @return nodeAffinity
   */
  public V1NodeAffinity getNodeAffinity() {
    return nodeAffinity;
  }

  public void setNodeAffinity(V1NodeAffinity nodeAffinity) {
    this.nodeAffinity = nodeAffinity;
  }

  public V1Affinity podAffinity(V1PodAffinity podAffinity) {
    this.podAffinity = podAffinity;
    return this;
  }

  /**
   * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone,
   * etc. as some other pod(s)).
   *
   * @return podAffinity
   */
  public V1PodAffinity getPodAffinity() {
    return podAffinity;
  }

  public void setPodAffinity(V1PodAffinity podAffinity) {
    this.podAffinity = podAffinity;
  }

  public V1Affinity podAntiAffinity(V1PodAntiAffinity podAntiAffinity) {
    this.podAntiAffinity = podAntiAffinity;
    return this;
  }

  /**
   * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node,
   * zone, etc. as some other pod(s)).
   *
   * @return podAntiAffinity
   */
  public V1PodAntiAffinity getPodAntiAffinity() {
    return podAntiAffinity;
  }

  public void setPodAntiAffinity(V1PodAntiAffinity podAntiAffinity) {
    this.podAntiAffinity = podAntiAffinity;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1Affinity that = (V1Affinity) other;
    return Objects.equals(nodeAffinity, that.nodeAffinity)
        && Objects.equals(podAffinity, that.podAffinity)
        && Objects.equals(podAntiAffinity, that.podAntiAffinity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nodeAffinity, podAffinity, podAntiAffinity);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1Affinity {\n");
    sb.append("    nodeAffinity: ").append(String.valueOf(nodeAffinity).replace("\n", "\n    ")).append('\n');
    sb.append("    podAffinity: ").append(String.valueOf(podAffinity).replace("\n", "\n    ")).append('\n');
    sb.append("    podAntiAffinity: ").append(String.valueOf(podAntiAffinity).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
