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
 * API server instances report the versions they can decode and the version they encode objects
 * to when persisting objects in the backend.
 */
public class V1alpha1StorageVersionStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "commonEncodingVersion",
      "conditions",
      "storageVersions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1StorageVersionStatus> CODEC = new Codec<V1alpha1StorageVersionStatus>() {
    @Override
    public V1alpha1StorageVersionStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1StorageVersionStatus)");
      }
      V1alpha1StorageVersionStatus o = new V1alpha1StorageVersionStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.commonEncodingVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.conditions = Codecs.listOf(V1alpha1StorageVersionCondition.CODEC).read(p);
            break;
          case 2:
            o.storageVersions = Codecs.listOf(V1alpha1ServerStorageVersion.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1StorageVersionStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.commonEncodingVersion != null) {
        g.writeFieldName("commonEncodingVersion");
        Codecs.STRING.write(g, o.commonEncodingVersion);
      }
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1alpha1StorageVersionCondition.CODEC).write(g, o.conditions);
      }
      if (o.storageVersions != null) {
        g.writeFieldName("storageVersions");
        Codecs.listOf(V1alpha1ServerStorageVersion.CODEC).write(g, o.storageVersions);
      }
      g.writeEndObject();
    }
  };

  private String commonEncodingVersion;

  private List<V1alpha1StorageVersionCondition> conditions;

  private List<V1alpha1ServerStorageVersion> storageVersions;

  public V1alpha1StorageVersionStatus commonEncodingVersion(String commonEncodingVersion) {
    this.commonEncodingVersion = commonEncodingVersion;
    return this;
  }

  /**
   * commonEncodingVersion is set to an encoding storage version if all API server instances
   * share that same version. If they don't share one storage version, this field is left empty.
   * API servers should finish updating its storageVersionStatus entry before serving write
   * operations, so that this field will be in sync with the reality.
   *
   * @return commonEncodingVersion
   */
  public String getCommonEncodingVersion() {
    return commonEncodingVersion;
  }

  public void setCommonEncodingVersion(String commonEncodingVersion) {
    this.commonEncodingVersion = commonEncodingVersion;
  }

  public V1alpha1StorageVersionStatus conditions(List<V1alpha1StorageVersionCondition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1alpha1StorageVersionStatus addConditionsItem(V1alpha1StorageVersionCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * conditions lists the latest available observations of the storageVersion's state.
   *
   * @return conditions
   */
  public List<V1alpha1StorageVersionCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1alpha1StorageVersionCondition> conditions) {
    this.conditions = conditions;
  }

  public V1alpha1StorageVersionStatus storageVersions(List<V1alpha1ServerStorageVersion> storageVersions) {
    this.storageVersions = storageVersions;
    return this;
  }

  public V1alpha1StorageVersionStatus addStorageVersionsItem(V1alpha1ServerStorageVersion item) {
    if (this.storageVersions == null) {
      this.storageVersions = new ArrayList<>();
    }
    this.storageVersions.add(item);
    return this;
  }

  /**
   * storageVersions lists the reported versions per API server instance.
   *
   * @return storageVersions
   */
  public List<V1alpha1ServerStorageVersion> getStorageVersions() {
    return storageVersions;
  }

  public void setStorageVersions(List<V1alpha1ServerStorageVersion> storageVersions) {
    this.storageVersions = storageVersions;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha1StorageVersionStatus that = (V1alpha1StorageVersionStatus) other;
    return Objects.equals(commonEncodingVersion, that.commonEncodingVersion)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(storageVersions, that.storageVersions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(commonEncodingVersion, conditions, storageVersions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1StorageVersionStatus {\n");
    sb.append("    commonEncodingVersion: ").append(commonEncodingVersion).append('\n');
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    storageVersions: ").append(String.valueOf(storageVersions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
