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
 * NodeFeatures describes the set of features implemented by the CRI implementation. The
 * features contained in the NodeFeatures should depend only on the cri implementation
 * independent of runtime handlers.
 */
public class V1NodeFeatures {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "supplementalGroupsPolicy");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeFeatures> CODEC = new Codec<V1NodeFeatures>() {
    @Override
    public V1NodeFeatures read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeFeatures)");
      }
      V1NodeFeatures o = new V1NodeFeatures();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.supplementalGroupsPolicy = Codecs.BOOLEAN.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeFeatures o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.supplementalGroupsPolicy != null) {
        g.writeFieldName("supplementalGroupsPolicy");
        Codecs.BOOLEAN.write(g, o.supplementalGroupsPolicy);
      }
      g.writeEndObject();
    }
  };

  private Boolean supplementalGroupsPolicy;

  public V1NodeFeatures supplementalGroupsPolicy(Boolean supplementalGroupsPolicy) {
    this.supplementalGroupsPolicy = supplementalGroupsPolicy;
    return this;
  }

  /**
   * SupplementalGroupsPolicy is set to true if the runtime supports SupplementalGroupsPolicy and
   * ContainerUser.
   *
   * @return supplementalGroupsPolicy
   */
  public Boolean getSupplementalGroupsPolicy() {
    return supplementalGroupsPolicy;
  }

  public void setSupplementalGroupsPolicy(Boolean supplementalGroupsPolicy) {
    this.supplementalGroupsPolicy = supplementalGroupsPolicy;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodeFeatures that = (V1NodeFeatures) other;
    return Objects.equals(supplementalGroupsPolicy, that.supplementalGroupsPolicy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(supplementalGroupsPolicy);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeFeatures {\n");
    sb.append("    supplementalGroupsPolicy: ").append(supplementalGroupsPolicy).append('\n');
    return sb.append("}").toString();
  }
}
