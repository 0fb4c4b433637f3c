package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.common.KubernetesListObject;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * StorageVersionMigrationList is a collection of storage version migrations.
 */
public class V1beta1StorageVersionMigrationList implements KubernetesListObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "items",
      "kind",
      "metadata");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1StorageVersionMigrationList> CODEC = new Codec<V1beta1StorageVersionMigrationList>() {
    @Override
    public V1beta1StorageVersionMigrationList read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1StorageVersionMigrationList)");
      }
      V1beta1StorageVersionMigrationList o = new V1beta1StorageVersionMigrationList();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.items = Codecs.listOf(V1beta1StorageVersionMigration.CODEC).read(p);
            break;
          case 2:
            o.kind = Codecs.STRING.read(p);
            break;
          case 3:
            o.metadata = V1ListMeta.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1StorageVersionMigrationList o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.items != null) {
        g.writeFieldName("items");
        Codecs.listOf(V1beta1StorageVersionMigration.CODEC).write(g, o.items);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.metadata != null) {
        g.writeFieldName("metadata");
        V1ListMeta.CODEC.write(g, o.metadata);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private List<V1beta1StorageVersionMigration> items;

  private String kind;

  private V1ListMeta metadata;

  public V1beta1StorageVersionMigrationList apiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  /**
   * APIVersion defines the versioned schema of this representation of an object. Servers should
   * convert recognized schemas to the latest internal value, and may reject unrecognized values.
   * More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   *
   * @return apiVersion
   */
  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public V1beta1StorageVersionMigrationList items(List<V1beta1StorageVersionMigration> items) {
    this.items = items;
    return this;
  }

  public V1beta1StorageVersionMigrationList addItemsItem(V1beta1StorageVersionMigration item) {
    if (this.items == null) {
      this.items = new ArrayList<>();
    }
    this.items.add(item);
    return this;
  }

  /**
   * Items is the list of StorageVersionMigration
   *
   * @return items
   */
  public List<V1beta1StorageVersionMigration> getItems() {
    return items;
  }

  public void setItems(List<V1beta1StorageVersionMigration> items) {
    this.items = items;
  }

  public V1beta1StorageVersionMigrationList kind(String kind) {
    this.kind = kind;
    return this;
  }

  /**
   * Kind is a string value representing the REST resource this object represents. Servers may
   * infer this from the endpoint the client submits requests to. Cannot be updated. In
   * CamelCase. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   *
   * @return kind
   */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public V1beta1StorageVersionMigrationList metadata(V1ListMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * Standard list metadata More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
   *
   * @return metadata
   */
  public V1ListMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(V1ListMeta metadata) {
    this.metadata = metadata;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1StorageVersionMigrationList that = (V1beta1StorageVersionMigrationList) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(items, that.items)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, items, kind, metadata);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1StorageVersionMigrationList {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    items: ").append(String.valueOf(items).replace("\n", "\n    ")).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
