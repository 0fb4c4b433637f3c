package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * NamespaceSpec describes the attributes on a Namespace.
 */
public class V1NamespaceSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "finalizers");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NamespaceSpec> CODEC = new Codec<V1NamespaceSpec>() {
    @Override
    public V1NamespaceSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NamespaceSpec)");
      }
      V1NamespaceSpec o = new V1NamespaceSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.finalizers = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NamespaceSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.finalizers != null) {
        g.writeFieldName("finalizers");
        Codecs.listOf(Codecs.STRING).write(g, o.finalizers);
      }
      g.writeEndObject();
    }
  };

  private List<String> finalizers;

  public V1NamespaceSpec finalizers(List<String> finalizers) {
    this.finalizers = finalizers;
    return this;
  }

  public V1NamespaceSpec addFinalizersItem(String item) {
    if (this.finalizers == null) {
      this.finalizers = new ArrayList<>();
    }
    this.finalizers.add(item);
    return this;
  }

  /**
   * Finalizers is an opaque list of values that must be empty to permanently remove object from
   * storage. More info: https://kubernetes.io/docs/tasks/administer-cluster/namespaces/
   *
   * @return finalizers
   */
  public List<String> getFinalizers() {
    return finalizers;
  }

  public void setFinalizers(List<String> finalizers) {
    this.finalizers = finalizers;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NamespaceSpec that = (V1NamespaceSpec) other;
    return Objects.equals(finalizers, that.finalizers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(finalizers);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NamespaceSpec {\n");
    sb.append("    finalizers: ").append(String.valueOf(finalizers).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
