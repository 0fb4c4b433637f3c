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
 * StorageHealth contains storage backend health reported by a CSI driver on a node.
 */
public class V1StorageHealth {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "healthConditions",
      "name");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1StorageHealth> CODEC = new Codec<V1StorageHealth>() {
    @Override
    public V1StorageHealth read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1StorageHealth)");
      }
      V1StorageHealth o = new V1StorageHealth();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.healthConditions = Codecs.listOf(V1StorageHealthCondition.CODEC).read(p);
            break;
          case 1:
            o.name = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1StorageHealth o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.healthConditions != null) {
        g.writeFieldName("healthConditions");
        Codecs.listOf(V1StorageHealthCondition.CODEC).write(g, o.healthConditions);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      g.writeEndObject();
    }
  };

  private List<V1StorageHealthCondition> healthConditions;

  private String name;

  public V1StorageHealth healthConditions(List<V1StorageHealthCondition> healthConditions) {
    this.healthConditions = healthConditions;
    return this;
  }

  public V1StorageHealth addHealthConditionsItem(V1StorageHealthCondition item) {
    if (this.healthConditions == null) {
      this.healthConditions = new ArrayList<>();
    }
    this.healthConditions.add(item);
    return this;
  }

  /**
   * healthConditions are the adverse storage backend conditions reported by the CSI driver. At
   * most 16 conditions may be reported.
   *
   * @return healthConditions
   */
  public List<V1StorageHealthCondition> getHealthConditions() {
    return healthConditions;
  }

  public void setHealthConditions(List<V1StorageHealthCondition> healthConditions) {
    this.healthConditions = healthConditions;
  }

  public V1StorageHealth name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name is the CSI driver name, matching CSINodeDriver.name.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1StorageHealth that = (V1StorageHealth) other;
    return Objects.equals(healthConditions, that.healthConditions)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(healthConditions, name);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1StorageHealth {\n");
    sb.append("    healthConditions: ").append(String.valueOf(healthConditions).replace("\n", "\n    ")).append('\n');
    sb.append("    name: ").append(name).append('\n');
    return sb.append("}").toString();
  }
}
