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
 * CSINodeStatus contains health and status information for storage on a node.
 */
public class V1CSINodeStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "storageHealth");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CSINodeStatus> CODEC = new Codec<V1CSINodeStatus>() {
    @Override
    public V1CSINodeStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CSINodeStatus)");
      }
      V1CSINodeStatus o = new V1CSINodeStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.storageHealth = Codecs.listOf(V1StorageHealth.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CSINodeStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.storageHealth != null) {
        g.writeFieldName("storageHealth");
        Codecs.listOf(V1StorageHealth.CODEC).write(g, o.storageHealth);
      }
      g.writeEndObject();
    }
  };

  private List<V1StorageHealth> storageHealth;

  public V1CSINodeStatus storageHealth(List<V1StorageHealth> storageHealth) {
    this.storageHealth = storageHealth;
    return this;
  }

  public V1CSINodeStatus addStorageHealthItem(V1StorageHealth item) {
    if (this.storageHealth == null) {
      this.storageHealth = new ArrayList<>();
    }
    this.storageHealth.add(item);
    return this;
  }

  /**
   * storageHealth contains backend health reports for CSI drivers registered on the node.
   *
   * @return storageHealth
   */
  public List<V1StorageHealth> getStorageHealth() {
    return storageHealth;
  }

  public void setStorageHealth(List<V1StorageHealth> storageHealth) {
    this.storageHealth = storageHealth;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CSINodeStatus that = (V1CSINodeStatus) other;
    return Objects.equals(storageHealth, that.storageHealth);
  }

  @Override
  public int hashCode() {
    return Objects.hash(storageHealth);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CSINodeStatus {\n");
    sb.append("    storageHealth: ").append(String.valueOf(storageHealth).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
