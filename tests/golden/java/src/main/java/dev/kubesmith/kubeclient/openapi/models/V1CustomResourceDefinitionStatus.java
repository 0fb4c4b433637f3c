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
 * CustomResourceDefinitionStatus indicates the state of the CustomResourceDefinition
 */
public class V1CustomResourceDefinitionStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "acceptedNames",
      "conditions",
      "observedGeneration",
      "storedVersions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CustomResourceDefinitionStatus> CODEC = new Codec<V1CustomResourceDefinitionStatus>() {
    @Override
    public V1CustomResourceDefinitionStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CustomResourceDefinitionStatus)");
      }
      V1CustomResourceDefinitionStatus o = new V1CustomResourceDefinitionStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.acceptedNames = V1CustomResourceDefinitionNames.CODEC.read(p);
            break;
          case 1:
            o.conditions = Codecs.listOf(V1CustomResourceDefinitionCondition.CODEC).read(p);
            break;
          case 2:
            o.observedGeneration = Codecs.INT64.read(p);
            break;
          case 3:
            o.storedVersions = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CustomResourceDefinitionStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.acceptedNames != null) {
        g.writeFieldName("acceptedNames");
        V1CustomResourceDefinitionNames.CODEC.write(g, o.acceptedNames);
      }
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1CustomResourceDefinitionCondition.CODEC).write(g, o.conditions);
      }
      if (o.observedGeneration != null) {
        g.writeFieldName("observedGeneration");
        Codecs.INT64.write(g, o.observedGeneration);
      }
      if (o.storedVersions != null) {
        g.writeFieldName("storedVersions");
        Codecs.listOf(Codecs.STRING).write(g, o.storedVersions);
      }
      g.writeEndObject();
    }
  };

  private V1CustomResourceDefinitionNames acceptedNames;

  private List<V1CustomResourceDefinitionCondition> conditions;

  private Long observedGeneration;

  private List<String> storedVersions;

  public V1CustomResourceDefinitionStatus acceptedNames(V1CustomResourceDefinitionNames acceptedNames) {
    this.acceptedNames = acceptedNames;
    return this;
  }

  /**
   * acceptedNames are the names that are actually being used to serve discovery. They may be
   * different than the names in spec.
   *
   * @return acceptedNames
   */
  public V1CustomResourceDefinitionNames getAcceptedNames() {
    return acceptedNames;
  }

  public void setAcceptedNames(V1CustomResourceDefinitionNames acceptedNames) {
    this.acceptedNames = acceptedNames;
  }

  public V1CustomResourceDefinitionStatus conditions(List<V1CustomResourceDefinitionCondition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1CustomResourceDefinitionStatus addConditionsItem(V1CustomResourceDefinitionCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * conditions indicate state for particular aspects of a CustomResourceDefinition
   *
   * @return conditions
   */
  public List<V1CustomResourceDefinitionCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1CustomResourceDefinitionCondition> conditions) {
    this.conditions = conditions;
  }

  public V1CustomResourceDefinitionStatus observedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return this;
  }

  /**
   * The generation observed by the CRD controller.
   *
   * @return observedGeneration
   */
  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public V1CustomResourceDefinitionStatus storedVersions(List<String> storedVersions) {
    this.storedVersions = storedVersions;
    return this;
  }

  public V1CustomResourceDefinitionStatus addStoredVersionsItem(String item) {
    if (this.storedVersions == null) {
      this.storedVersions = new ArrayList<>();
    }
    this.storedVersions.add(item);
    return this;
  }

  /**
   * storedVersions lists all versions of CustomResources that were ever persisted. Tracking
   * these versions allows a migration path for stored versions in etcd. The field is mutable so
   * a migration controller can finish a migration to another version (ensuring no old objects
   * are left in storage), and then remove the rest of the versions from this list. Versions may
   * not be removed from `spec.versions` while they exist in this list.
   *
   * @return storedVersions
   */
  public List<String> getStoredVersions() {
    return storedVersions;
  }

  public void setStoredVersions(List<String> storedVersions) {
    this.storedVersions = storedVersions;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CustomResourceDefinitionStatus that = (V1CustomResourceDefinitionStatus) other;
    return Objects.equals(acceptedNames, that.acceptedNames)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(storedVersions, that.storedVersions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(acceptedNames, conditions, observedGeneration, storedVersions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CustomResourceDefinitionStatus {\n");
    sb.append("    acceptedNames: ").append(String.valueOf(acceptedNames).replace("\n", "\n    ")).append('\n');
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    observedGeneration: ").append(observedGeneration).append('\n');
    sb.append("    storedVersions: ").append(String.valueOf(storedVersions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
