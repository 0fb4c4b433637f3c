package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import java.io.IOException;

/**
 * CustomResourceSubresourceStatus defines how to serve the status subresource for
 * CustomResources. Status is represented by the `.status` JSON path inside of a
 * CustomResource. When set, * exposes a /status subresource for the custom resource * PUT
 * requests to the /status subresource take a custom resource object, and ignore changes to
 * anything except the status stanza * PUT/POST/PATCH requests to the custom resource ignore
 * changes to the status stanza
 */
public class V1CustomResourceSubresourceStatus {
  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CustomResourceSubresourceStatus> CODEC = new Codec<V1CustomResourceSubresourceStatus>() {
    @Override
    public V1CustomResourceSubresourceStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CustomResourceSubresourceStatus)");
      }
      V1CustomResourceSubresourceStatus o = new V1CustomResourceSubresourceStatus();
      while (p.nextFieldName() != null) {
        p.nextToken();
        p.skipChildren();
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CustomResourceSubresourceStatus o) throws IOException {
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
    StringBuilder sb = new StringBuilder("class V1CustomResourceSubresourceStatus {\n");
    return sb.append("}").toString();
  }
}
