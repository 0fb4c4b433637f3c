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
 * Adds and removes POSIX capabilities from running containers.
 */
public class V1Capabilities {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "add",
      "drop");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1Capabilities> CODEC = new Codec<V1Capabilities>() {
    @Override
    public V1Capabilities read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1Capabilities)");
      }
      V1Capabilities o = new V1Capabilities();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.add = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.drop = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1Capabilities o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.add != null) {
        g.writeFieldName("add");
        Codecs.listOf(Codecs.STRING).write(g, o.add);
      }
      if (o.drop != null) {
        g.writeFieldName("drop");
        Codecs.listOf(Codecs.STRING).write(g, o.drop);
      }
      g.writeEndObject();
    }
  };

  private List<String> add;

  private List<String> drop;

  public V1Capabilities add(List<String> add) {
    this.add = add;
    return this;
  }

  public V1Capabilities addAddItem(String item) {
    if (this.add == null) {
      this.add = new ArrayList<>();
    }
    this.add.add(item);
    return this;
  }

  /**
   * Added capabilities
   *
   * @return add
   */
  public List<String> getAdd() {
    return add;
  }

  public void setAdd(List<String> add) {
    this.add = add;
  }

  public V1Capabilities drop(List<String> drop) {
    this.drop = drop;
    return this;
  }

  public V1Capabilities addDropItem(String item) {
    if (this.drop == null) {
      this.drop = new ArrayList<>();
    }
    this.drop.add(item);
    return this;
  }

  /**
   * Removed capabilities
   *
   * @return drop
   */
  public List<String> getDrop() {
    return drop;
  }

  public void setDrop(List<String> drop) {
    this.drop = drop;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1Capabilities that = (V1Capabilities) other;
    return Objects.equals(add, that.add)
        && Objects.equals(drop, that.drop);
  }

  @Override
  public int hashCode() {
    return Objects.hash(add, drop);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1Capabilities {\n");
    sb.append("    add: ").append(String.valueOf(add).replace("\n", "\n    ")).append('\n');
    sb.append("    drop: ").append(String.valueOf(drop).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
