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
 * Spec of the storage version migration.
 */
public class V1StorageVersionMigrationSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "resource");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1StorageVersionMigrationSpec> CODEC = new Codec<V1StorageVersionMigrationSpec>() {
    @Override
    public V1StorageVersionMigrationSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1StorageVersionMigrationSpec)");
      }
      V1StorageVersionMigrationSpec o = new V1StorageVersionMigrationSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.resource = V1GroupResource.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1StorageVersionMigrationSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.resource != null) {
        g.writeFieldName("resource");
        V1GroupResource.CODEC.write(g, o.resource);
      }
      g.writeEndObject();
    }
  };

  private V1GroupResource resource;

  public V1StorageVersionMigrationSpec resource(V1GroupResource resource) {
    this.resource = resource;
    return this;
  }

  /**
   * The resource that is being migrated. The migrator sends requests to the endpoint serving the
   * resource. Immutable.
   *
   * @return resource
   */
  public V1GroupResource getResource() {
    return resource;
  }

  public void setResource(V1GroupResource resource) {
    this.resource = resource;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1StorageVersionMigrationSpec that = (V1StorageVersionMigrationSpec) other;
    return Objects.equals(resource, that.resource);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resource);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1StorageVersionMigrationSpec {\n");
    sb.append("    resource: ").append(String.valueOf(resource).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
