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
 * Mutation specifies the CEL expression which is used to apply the Mutation.
 */
public class V1alpha1Mutation {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "applyConfiguration",
      "jsonPatch",
      "patchType");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1Mutation> CODEC = new Codec<V1alpha1Mutation>() {
    @Override
    public V1alpha1Mutation read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1Mutation)");
      }
      V1alpha1Mutation o = new V1alpha1Mutation();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.applyConfiguration = V1alpha1ApplyConfiguration.CODEC.read(p);
            break;
          case 1:
            o.jsonPatch = V1alpha1JSONPatch.CODEC.read(p);
            break;
          case 2:
            o.patchType = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1Mutation o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.applyConfiguration != null) {
        g.writeFieldName("applyConfiguration");
        V1alpha1ApplyConfiguration.CODEC.write(g, o.applyConfiguration);
      }
      if (o.jsonPatch != null) {
        g.writeFieldName("jsonPatch");
        V1alpha1JSONPatch.CODEC.write(g, o.jsonPatch);
      }
      if (o.patchType != null) {
        g.writeFieldName("patchType");
        Codecs.STRING.write(g, o.patchType);
      }
      g.writeEndObject();
    }
  };

  private V1alpha1ApplyConfiguration applyConfiguration;

  private V1alpha1JSONPatch jsonPatch;

  private String patchType;

  public V1alpha1Mutation applyConfiguration(V1alpha1ApplyConfiguration applyConfiguration) {
    this.applyConfiguration = applyConfiguration;
    return this;
  }

  /**
   * applyConfiguration defines the desired configuration values of an object. The configuration
   * is applied to the admission object using [structured merge
   * diff](https://github.com/kubernetes-sigs/structured-merge-diff). A CEL expression is used to
   * create apply configuration.
   *
   * @return applyConfiguration
   */
  public V1alpha1ApplyConfiguration getApplyConfiguration() {
    return applyConfiguration;
  }

  public void setApplyConfiguration(V1alpha1ApplyConfiguration applyConfiguration) {
    this.applyConfiguration = applyConfiguration;
  }

  public V1alpha1Mutation jsonPatch(V1alpha1JSONPatch jsonPatch) {
    this.jsonPatch = jsonPatch;
    return this;
  }

  /**
   * jsonPatch defines a [JSON patch](https://jsonpatch.com/) operation to perform a mutation to
   * the object. A CEL expression is used to create the JSON patch.
   *
   * @return jsonPatch
   */
  public V1alpha1JSONPatch getJsonPatch() {
    return jsonPatch;
  }

  public void setJsonPatch(V1alpha1JSONPatch jsonPatch) {
    this.jsonPatch = jsonPatch;
  }

  public V1alpha1Mutation patchType(String patchType) {
    this.patchType = patchType;
    return this;
  }

  /**
   * patchType indicates the patch strategy used. Allowed values are "ApplyConfiguration" and
   * "JSONPatch". Required.
   *
   * @return patchType
   */
  public String getPatchType() {
    return patchType;
  }

  public void setPatchType(String patchType) {
    this.patchType = patchType;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha1Mutation that = (V1alpha1Mutation) other;
    return Objects.equals(applyConfiguration, that.applyConfiguration)
        && Objects.equals(jsonPatch, that.jsonPatch)
        && Objects.equals(patchType, that.patchType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(applyConfiguration, jsonPatch, patchType);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1Mutation {\n");
    sb.append("    applyConfiguration: ").append(String.valueOf(applyConfiguration).replace("\n", "\n    ")).append('\n');
    sb.append("    jsonPatch: ").append(String.valueOf(jsonPatch).replace("\n", "\n    ")).append('\n');
    sb.append("    patchType: ").append(patchType).append('\n');
    return sb.append("}").toString();
  }
}
