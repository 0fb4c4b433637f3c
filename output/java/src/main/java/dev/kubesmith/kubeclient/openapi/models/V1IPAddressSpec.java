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
 * IPAddressSpec describe the attributes in an IP Address.
 */
public class V1IPAddressSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "parentRef");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1IPAddressSpec> CODEC = new Codec<V1IPAddressSpec>() {
    @Override
    public V1IPAddressSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1IPAddressSpec)");
      }
      V1IPAddressSpec o = new V1IPAddressSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.parentRef = V1ParentReference.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1IPAddressSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.parentRef != null) {
        g.writeFieldName("parentRef");
        V1ParentReference.CODEC.write(g, o.parentRef);
      }
      g.writeEndObject();
    }
  };

  private V1ParentReference parentRef;

  public V1IPAddressSpec parentRef(V1ParentReference parentRef) {
    this.parentRef = parentRef;
    return this;
  }

  /**
   * parentRef references the resource that an IPAddress is attached to. An IPAddress must
   * reference a parent object.
   *
   * @return parentRef
   */
  public V1ParentReference getParentRef() {
    return parentRef;
  }

  public void setParentRef(V1ParentReference parentRef) {
    this.parentRef = parentRef;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1IPAddressSpec that = (V1IPAddressSpec) other;
    return Objects.equals(parentRef, that.parentRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parentRef);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1IPAddressSpec {\n");
    sb.append("    parentRef: ").append(String.valueOf(parentRef).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
