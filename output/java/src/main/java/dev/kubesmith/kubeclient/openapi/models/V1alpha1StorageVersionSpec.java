package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import java.io.IOException;

/**
 * StorageVersionSpec is an empty spec.
 */
public class V1alpha1StorageVersionSpec {
  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1StorageVersionSpec> CODEC = new Codec<V1alpha1StorageVersionSpec>() {
    @Override
    public V1alpha1StorageVersionSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1StorageVersionSpec)");
      }
      V1alpha1StorageVersionSpec o = new V1alpha1StorageVersionSpec();
      while (p.nextFieldName() != null) {
        p.nextToken();
        p.skipChildren();
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1StorageVersionSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      g.writeEndObject();
    }
  };

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    return true;
  }

  @Override
  public int hashCode() {
    return 0;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1StorageVersionSpec {\n");
    return sb.append("}").toString();
  }
}
