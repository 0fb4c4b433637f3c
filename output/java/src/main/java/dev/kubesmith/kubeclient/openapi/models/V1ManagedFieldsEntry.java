package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that
 * the fieldset applies to.
 */
public class V1ManagedFieldsEntry {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "fieldsType",
      "fieldsV1",
      "manager",
      "operation",
      "subresource",
      "time");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ManagedFieldsEntry> CODEC = new Codec<V1ManagedFieldsEntry>() {
    @Override
    public V1ManagedFieldsEntry read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ManagedFieldsEntry)");
      }
      V1ManagedFieldsEntry o = new V1ManagedFieldsEntry();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.fieldsType = Codecs.STRING.read(p);
            break;
          case 2:
            o.fieldsV1 = Codecs.ANY.read(p);
            break;
          case 3:
            o.manager = Codecs.STRING.read(p);
            break;
          case 4:
            o.operation = Codecs.STRING.read(p);
            break;
          case 5:
            o.subresource = Codecs.STRING.read(p);
            break;
          case 6:
            o.time = Codecs.TIME.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ManagedFieldsEntry o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.fieldsType != null) {
        g.writeFieldName("fieldsType");
        Codecs.STRING.write(g, o.fieldsType);
      }
      if (o.fieldsV1 != null) {
        g.writeFieldName("fieldsV1");
        Codecs.ANY.write(g, o.fieldsV1);
      }
      if (o.manager != null) {
        g.writeFieldName("manager");
        Codecs.STRING.write(g, o.manager);
      }
      if (o.operation != null) {
        g.writeFieldName("operation");
        Codecs.STRING.write(g, o.operation);
      }
      if (o.subresource != null) {
        g.writeFieldName("subresource");
        Codecs.STRING.write(g, o.subresource);
      }
      if (o.time != null) {
        g.writeFieldName("time");
        Codecs.TIME.write(g, o.time);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private String fieldsType;

  private Object fieldsV1;

  private String manager;

  private String operation;

  private String subresource;

  private OffsetDateTime time;

  public V1ManagedFieldsEntry apiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  /**
   * APIVersion defines the version of this resource that this field set applies to. The format
   * is "group/version" just like the top-level APIVersion field. It is necessary to track the
   * version of a field set because it cannot be automatically converted.
   *
   * @return apiVersion
   */
  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public V1ManagedFieldsEntry fieldsType(String fieldsType) {
    this.fieldsType = fieldsType;
    return this;
  }

  /**
   * FieldsType is the discriminator for the different fields format and version. There is
   * currently only one possible value: "FieldsV1"
   *
   * @return fieldsType
   */
  public String getFieldsType() {
    return fieldsType;
  }

  public void setFieldsType(String fieldsType) {
    this.fieldsType = fieldsType;
  }

  public V1ManagedFieldsEntry fieldsV1(Object fieldsV1) {
    this.fieldsV1 = fieldsV1;
    return this;
  }

  /**
   * FieldsV1 holds the first JSON version format as described in the "FieldsV1" type.
   *
   * @return fieldsV1
   */
  public Object getFieldsV1() {
    return fieldsV1;
  }

  public void setFieldsV1(Object fieldsV1) {
    this.fieldsV1 = fieldsV1;
  }

  public V1ManagedFieldsEntry manager(String manager) {
    this.manager = manager;
    return this;
  }

  /**
   * Manager is an identifier of the workflow managing these fields.
   *
   * @return manager
   */
  public String getManager() {
    return manager;
  }

  public void setManager(String manager) {
    this.manager = manager;
  }

  public V1ManagedFieldsEntry operation(String operation) {
    this.operation = operation;
    return this;
  }

  /**
   * Operation is the type of operation which lead to this ManagedFieldsEntry being created. The
   * only valid values for this field are 'Apply' and 'Update'.
   *
   * @return operation
   */
  public String getOperation() {
    return operation;
  }

  public void setOperation(String operation) {
    this.operation = operation;
  }

  public V1ManagedFieldsEntry subresource(String subresource) {
    this.subresource = subresource;
    return this;
  }

  /**
   * Subresource is the name of the subresource used to update that object, or empty string if
   * the object was updated through the main resource. The value of this field is used to
   * distinguish between managers, even if they share the same name. For example, a status update
   * will be distinct from a regular update using the same manager name. Note that the APIVersion
   * field is not related to the Subresource field and it always corresponds to the version of
   * the main resource.
   *
   * @return subresource
   */
  public String getSubresource() {
    return subresource;
  }

  public void setSubresource(String subresource) {
    this.subresource = subresource;
  }

  public V1ManagedFieldsEntry time(OffsetDateTime time) {
    this.time = time;
    return this;
  }

  /**
   * Time is the timestamp of when the ManagedFields entry was added. The timestamp will also be
   * updated if a field is added, the manager changes any of the owned fields value or removes a
   * field. The timestamp does not update when a field is removed from the entry because another
   * manager took it over.
   *
   * @return time
   */
  public OffsetDateTime getTime() {
    return time;
  }

  public void setTime(OffsetDateTime time) {
    this.time = time;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ManagedFieldsEntry that = (V1ManagedFieldsEntry) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(fieldsType, that.fieldsType)
        && Objects.equals(fieldsV1, that.fieldsV1)
        && Objects.equals(manager, that.manager)
        && Objects.equals(operation, that.operation)
        && Objects.equals(subresource, that.subresource)
        && Objects.equals(time, that.time);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, fieldsType, fieldsV1, manager, operation, subresource, time);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ManagedFieldsEntry {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    fieldsType: ").append(fieldsType).append('\n');
    sb.append("    fieldsV1: ").append(fieldsV1).append('\n');
    sb.append("    manager: ").append(manager).append('\n');
    sb.append("    operation: ").append(operation).append('\n');
    sb.append("    subresource: ").append(subresource).append('\n');
    sb.append("    time: ").append(time).append('\n');
    return sb.append("}").toString();
  }
}
