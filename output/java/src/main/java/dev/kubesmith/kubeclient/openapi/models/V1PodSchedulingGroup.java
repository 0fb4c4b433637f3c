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
 * PodSchedulingGroup identifies the runtime scheduling group instance that a Pod belongs to.
 * The scheduler uses this information to apply workload-aware scheduling semantics. Exactly
 * one field must be specified.
 */
public class V1PodSchedulingGroup {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "podGroupName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodSchedulingGroup> CODEC = new Codec<V1PodSchedulingGroup>() {
    @Override
    public V1PodSchedulingGroup read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodSchedulingGroup)");
      }
      V1PodSchedulingGroup o = new V1PodSchedulingGroup();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.podGroupName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodSchedulingGroup o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.podGroupName != null) {
        g.writeFieldName("podGroupName");
        Codecs.STRING.write(g, o.podGroupName);
      }
      g.writeEndObject();
    }
  };

  private String podGroupName;

  public V1PodSchedulingGroup podGroupName(String podGroupName) {
    this.podGroupName = podGroupName;
    return this;
  }

  /**
   * PodGroupName specifies the name of the standalone PodGroup object that represents the
   * runtime instance of this group. Must be a DNS subdomain.
   *
   * @return podGroupName
   */
  public String getPodGroupName() {
    return podGroupName;
  }

  public void setPodGroupName(String podGroupName) {
    this.podGroupName = podGroupName;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PodSchedulingGroup that = (V1PodSchedulingGroup) other;
    return Objects.equals(podGroupName, that.podGroupName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(podGroupName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodSchedulingGroup {\n");
    sb.append("    podGroupName: ").append(podGroupName).append('\n');
    return sb.append("}").toString();
  }
}
