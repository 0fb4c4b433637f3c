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
 * CustomResourceDefinitionVersion describes a version for CRD.
 */
public class V1CustomResourceDefinitionVersion {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "additionalPrinterColumns",
      "deprecated",
      "deprecationWarning",
      "name",
      "schema",
      "selectableFields",
      "served",
      "storage",
      "subresources");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CustomResourceDefinitionVersion> CODEC = new Codec<V1CustomResourceDefinitionVersion>() {
    @Override
    public V1CustomResourceDefinitionVersion read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CustomResourceDefinitionVersion)");
      }
      V1CustomResourceDefinitionVersion o = new V1CustomResourceDefinitionVersion();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.additionalPrinterColumns = Codecs.listOf(V1CustomResourceColumnDefinition.CODEC).read(p);
            break;
          case 1:
            o.deprecated = Codecs.BOOLEAN.read(p);
            break;
          case 2:
            o.deprecationWarning = Codecs.STRING.read(p);
            break;
          case 3:
            o.name = Codecs.STRING.read(p);
            break;
          case 4:
            o.schema = V1CustomResourceValidation.CODEC.read(p);
            break;
          case 5:
            o.selectableFields = Codecs.listOf(V1SelectableField.CODEC).read(p);
            break;
          case 6:
            o.served = Codecs.BOOLEAN.read(p);
            break;
          case 7:
            o.storage = Codecs.BOOLEAN.read(p);
            break;
          case 8:
            o.subresources = V1CustomResourceSubresources.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CustomResourceDefinitionVersion o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.additionalPrinterColumns != null) {
        g.writeFieldName("additionalPrinterColumns");
        Codecs.listOf(V1CustomResourceColumnDefinition.CODEC).write(g, o.additionalPrinterColumns);
      }
      if (o.deprecated != null) {
        g.writeFieldName("deprecated");
        Codecs.BOOLEAN.write(g, o.deprecated);
      }
      if (o.deprecationWarning != null) {
        g.writeFieldName("deprecationWarning");
        Codecs.STRING.write(g, o.deprecationWarning);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.schema != null) {
        g.writeFieldName("schema");
        V1CustomResourceValidation.CODEC.write(g, o.schema);
      }
      if (o.selectableFields != null) {
        g.writeFieldName("selectableFields");
        Codecs.listOf(V1SelectableField.CODEC).write(g, o.selectableFields);
      }
      if (o.served != null) {
        g.writeFieldName("served");
        Codecs.BOOLEAN.write(g, o.served);
      }
      if (o.storage != null) {
        g.writeFieldName("storage");
        Codecs.BOOLEAN.write(g, o.storage);
      }
      if (o.subresources != null) {
        g.writeFieldName("subresources");
        V1CustomResourceSubresources.CODEC.write(g, o.subresources);
      }
      g.writeEndObject();
    }
  };

  private List<V1CustomResourceColumnDefinition> additionalPrinterColumns;

  private Boolean deprecated;

  private String deprecationWarning;

  private String name;

  private V1CustomResourceValidation schema;

  private List<V1SelectableField> selectableFields;

  private Boolean served;

  private Boolean storage;

  private V1CustomResourceSubresources subresources;

  public V1CustomResourceDefinitionVersion additionalPrinterColumns(List<V1CustomResourceColumnDefinition> additionalPrinterColumns) {
    this.additionalPrinterColumns = additionalPrinterColumns;
    return this;
  }

  public V1CustomResourceDefinitionVersion addAdditionalPrinterColumnsItem(V1CustomResourceColumnDefinition item) {
    if (this.additionalPrinterColumns == null) {
      this.additionalPrinterColumns = new ArrayList<>();
    }
    this.additionalPrinterColumns.add(item);
    return this;
  }

  /**
   * additionalPrinterColumns specifies additional columns returned in Table output. See
   * https://kubernetes.io/docs/reference/using-api/api-concepts/#receiving-resources-as-tables
   * for details. If no columns are specified, a single column displaying the age of the custom
   * resource is used.
   *
   * @return additionalPrinterColumns
   */
  public List<V1CustomResourceColumnDefinition> getAdditionalPrinterColumns() {
    return additionalPrinterColumns;
  }

  public void setAdditionalPrinterColumns(List<V1CustomResourceColumnDefinition> additionalPrinterColumns) {
    this.additionalPrinterColumns = additionalPrinterColumns;
  }

  public V1CustomResourceDefinitionVersion deprecated(Boolean deprecated) {
    this.deprecated = deprecated;
    return this;
  }

  /**
   * deprecated indicates this version of the custom resource API is deprecated. When set to
   * true, API requests to this version receive a warning header in the server response. Defaults
   * to false.
   *
   * @return deprecated
   */
  public Boolean getDeprecated() {
    return deprecated;
  }

  public void setDeprecated(Boolean deprecated) {
    this.deprecated = deprecated;
  }

  public V1CustomResourceDefinitionVersion deprecationWarning(String deprecationWarning) {
    this.deprecationWarning = deprecationWarning;
    return this;
  }

  /**
   * deprecationWarning overrides the default warning returned to API clients. May only be set
   * when `deprecated` is true. The default warning indicates this version is deprecated and
   * recommends use of the newest served version of equal or greater stability, if one exists.
   *
   * @return deprecationWarning
   */
  public String getDeprecationWarning() {
    return deprecationWarning;
  }

  public void setDeprecationWarning(String deprecationWarning) {
    this.deprecationWarning = deprecationWarning;
  }

  public V1CustomResourceDefinitionVersion name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name is the version name, e.g. “v1”, “v2beta1”, etc. The custom resources are served under
   * this version at `/apis/&lt;group&gt;/&lt;version&gt;/...` if `served` is true.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1CustomResourceDefinitionVersion schema(V1CustomResourceValidation schema) {
    this.schema = schema;
    return this;
  }

  /**
   * schema describes the schema used for validation, pruning, and defaulting of this version of
   * the custom resource.
   *
   * @return schema
   */
  public V1CustomResourceValidation getSchema() {
    return schema;
  }

  public void setSchema(V1CustomResourceValidation schema) {
    this.schema = schema;
  }

  public V1CustomResourceDefinitionVersion selectableFields(List<V1SelectableField> selectableFields) {
    this.selectableFields = selectableFields;
    return this;
  }

  public V1CustomResourceDefinitionVersion addSelectableFieldsItem(V1SelectableField item) {
    if (this.selectableFields == null) {
      this.selectableFields = new ArrayList<>();
    }
    this.selectableFields.add(item);
    return this;
  }

  /**
   * selectableFields specifies paths to fields that may be used as field selectors. A maximum of
   * 8 selectable fields are allowed. See
   * https://kubernetes.io/docs/concepts/overview/working-with-objects/field-selectors
   *
   * @return selectableFields
   */
  public List<V1SelectableField> getSelectableFields() {
    return selectableFields;
  }

  public void setSelectableFields(List<V1SelectableField> selectableFields) {
    this.selectableFields = selectableFields;
  }

  public V1CustomResourceDefinitionVersion served(Boolean served) {
    this.served = served;
    return this;
  }

  /**
   * served is a flag enabling/disabling this version from being served via REST APIs
   *
   * @return served
   */
  public Boolean getServed() {
    return served;
  }

  public void setServed(Boolean served) {
    this.served = served;
  }

  public V1CustomResourceDefinitionVersion storage(Boolean storage) {
    this.storage = storage;
    return this;
  }

  /**
   * storage indicates this version should be used when persisting custom resources to storage.
   * There must be exactly one version with storage=true.
   *
   * @return storage
   */
  public Boolean getStorage() {
    return storage;
  }

  public void setStorage(Boolean storage) {
    this.storage = storage;
  }

  public V1CustomResourceDefinitionVersion subresources(V1CustomResourceSubresources subresources) {
    this.subresources = subresources;
    return this;
  }

  /**
   * subresources specify what subresources this version of the defined custom resource have.
   *
   * @return subresources
   */
  public V1CustomResourceSubresources getSubresources() {
    return subresources;
  }

  public void setSubresources(V1CustomResourceSubresources subresources) {
    this.subresources = subresources;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CustomResourceDefinitionVersion that = (V1CustomResourceDefinitionVersion) other;
    return Objects.equals(additionalPrinterColumns, that.additionalPrinterColumns)
        && Objects.equals(deprecated, that.deprecated)
        && Objects.equals(deprecationWarning, that.deprecationWarning)
        && Objects.equals(name, that.name)
        && Objects.equals(schema, that.schema)
        && Objects.equals(selectableFields, that.selectableFields)
        && Objects.equals(served, that.served)
        && Objects.equals(storage, that.storage)
        && Objects.equals(subresources, that.subresources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(additionalPrinterColumns, deprecated, deprecationWarning, name, schema, selectableFields, served, storage, subresources);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CustomResourceDefinitionVersion {\n");
    sb.append("    additionalPrinterColumns: ").append(String.valueOf(additionalPrinterColumns).replace("\n", "\n    ")).append('\n');
    sb.append("    deprecated: ").append(deprecated).append('\n');
    sb.append("    deprecationWarning: ").append(deprecationWarning).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    schema: ").append(String.valueOf(schema).replace("\n", "\n    ")).append('\n');
    sb.append("    selectableFields: ").append(String.valueOf(selectableFields).replace("\n", "\n    ")).append('\n');
    sb.append("    served: ").append(served).append('\n');
    sb.append("    storage: ").append(storage).append('\n');
    sb.append("    subresources: ").append(String.valueOf(subresources).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
