package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JSONSchemaProps is a JSON-Schema following Specification Draft 4 (http://json-schema.org/).
 */
public class V1JSONSchemaProps {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "$ref",
      "$schema",
      "additionalItems",
      "additionalProperties",
      "allOf",
      "anyOf",
      "default",
      "definitions",
      "dependencies",
      "description",
      "enum",
      "example",
      "exclusiveMaximum",
      "exclusiveMinimum",
      "externalDocs",
      "format",
      "id",
      "items",
      "maxItems",
      "maxLength",
      "maxProperties",
      "maximum",
      "minItems",
      "minLength",
      "minProperties",
      "minimum",
      "multipleOf",
      "not",
      "nullable",
      "oneOf",
      "pattern",
      "patternProperties",
      "properties",
      "required",
      "title",
      "type",
      "uniqueItems",
      "x-kubernetes-embedded-resource",
      "x-kubernetes-int-or-string",
      "x-kubernetes-list-map-keys",
      "x-kubernetes-list-type",
      "x-kubernetes-map-type",
      "x-kubernetes-preserve-unknown-fields",
      "x-kubernetes-validations");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1JSONSchemaProps> CODEC = new Codec<V1JSONSchemaProps>() {
    @Override
    public V1JSONSchemaProps read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1JSONSchemaProps)");
      }
      V1JSONSchemaProps o = new V1JSONSchemaProps();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.$ref = Codecs.STRING.read(p);
            break;
          case 1:
            o.$schema = Codecs.STRING.read(p);
            break;
          case 2:
            o.additionalItems = Codecs.ANY.read(p);
            break;
          case 3:
            o.additionalProperties = Codecs.ANY.read(p);
            break;
          case 4:
            o.allOf = Codecs.listOf(V1JSONSchemaProps.CODEC).read(p);
            break;
          case 5:
            o.anyOf = Codecs.listOf(V1JSONSchemaProps.CODEC).read(p);
            break;
          case 6:
            o._default = Codecs.ANY.read(p);
            break;
          case 7:
            o.definitions = Codecs.mapOf(V1JSONSchemaProps.CODEC).read(p);
            break;
          case 8:
            o.dependencies = Codecs.mapOf(Codecs.ANY).read(p);
            break;
          case 9:
            o.description = Codecs.STRING.read(p);
            break;
          case 10:
            o._enum = Codecs.listOf(Codecs.ANY).read(p);
            break;
          case 11:
            o.example = Codecs.ANY.read(p);
            break;
          case 12:
            o.exclusiveMaximum = Codecs.BOOLEAN.read(p);
            break;
          case 13:
            o.exclusiveMinimum = Codecs.BOOLEAN.read(p);
            break;
          case 14:
            o.externalDocs = V1ExternalDocumentation.CODEC.read(p);
            break;
          case 15:
            o.format = Codecs.STRING.read(p);
            break;
          case 16:
            o.id = Codecs.STRING.read(p);
            break;
          case 17:
            o.items = Codecs.ANY.read(p);
            break;
          case 18:
            o.maxItems = Codecs.INT64.read(p);
            break;
          case 19:
            o.maxLength = Codecs.INT64.read(p);
            break;
          case 20:
            o.maxProperties = Codecs.INT64.read(p);
            break;
          case 21:
            o.maximum = Codecs.DOUBLE.read(p);
            break;
          case 22:
            o.minItems = Codecs.INT64.read(p);
            break;
          case 23:
            o.minLength = Codecs.INT64.read(p);
            break;
          case 24:
            o.minProperties = Codecs.INT64.read(p);
            break;
          case 25:
            o.minimum = Codecs.DOUBLE.read(p);
            break;
          case 26:
            o.multipleOf = Codecs.DOUBLE.read(p);
            break;
          case 27:
            o.not = V1JSONSchemaProps.CODEC.read(p);
            break;
          case 28:
            o.nullable = Codecs.BOOLEAN.read(p);
            break;
          case 29:
            o.oneOf = Codecs.listOf(V1JSONSchemaProps.CODEC).read(p);
            break;
          case 30:
            o.pattern = Codecs.STRING.read(p);
            break;
          case 31:
            o.patternProperties = Codecs.mapOf(V1JSONSchemaProps.CODEC).read(p);
            break;
          case 32:
            o.properties = Codecs.mapOf(V1JSONSchemaProps.CODEC).read(p);
            break;
          case 33:
            o.required = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 34:
            o.title = Codecs.STRING.read(p);
            break;
          case 35:
            o.type = Codecs.STRING.read(p);
            break;
          case 36:
            o.uniqueItems = Codecs.BOOLEAN.read(p);
            break;
          case 37:
            o.xKubernetesEmbeddedResource = Codecs.BOOLEAN.read(p);
            break;
          case 38:
            o.xKubernetesIntOrString = Codecs.BOOLEAN.read(p);
            break;
          case 39:
            o.xKubernetesListMapKeys = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 40:
            o.xKubernetesListType = Codecs.STRING.read(p);
            break;
          case 41:
            o.xKubernetesMapType = Codecs.STRING.read(p);
            break;
          case 42:
            o.xKubernetesPreserveUnknownFields = Codecs.BOOLEAN.read(p);
            break;
          case 43:
            o.xKubernetesValidations = Codecs.listOf(V1ValidationRule.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1JSONSchemaProps o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.$ref != null) {
        g.writeFieldName("$ref");
        Codecs.STRING.write(g, o.$ref);
      }
      if (o.$schema != null) {
        g.writeFieldName("$schema");
        Codecs.STRING.write(g, o.$schema);
      }
      if (o.additionalItems != null) {
        g.writeFieldName("additionalItems");
        Codecs.ANY.write(g, o.additionalItems);
      }
      if (o.additionalProperties != null) {
        g.writeFieldName("additionalProperties");
        Codecs.ANY.write(g, o.additionalProperties);
      }
      if (o.allOf != null) {
        g.writeFieldName("allOf");
        Codecs.listOf(V1JSONSchemaProps.CODEC).write(g, o.allOf);
      }
      if (o.anyOf != null) {
        g.writeFieldName("anyOf");
        Codecs.listOf(V1JSONSchemaProps.CODEC).write(g, o.anyOf);
      }
      if (o._default != null) {
        g.writeFieldName("default");
        Codecs.ANY.write(g, o._default);
      }
      if (o.definitions != null) {
        g.writeFieldName("definitions");
        Codecs.mapOf(V1JSONSchemaProps.CODEC).write(g, o.definitions);
      }
      if (o.dependencies != null) {
        g.writeFieldName("dependencies");
        Codecs.mapOf(Codecs.ANY).write(g, o.dependencies);
      }
      if (o.description != null) {
        g.writeFieldName("description");
        Codecs.STRING.write(g, o.description);
      }
      if (o._enum != null) {
        g.writeFieldName("enum");
        Codecs.listOf(Codecs.ANY).write(g, o._enum);
      }
      if (o.example != null) {
        g.writeFieldName("example");
        Codecs.ANY.write(g, o.example);
      }
      if (o.exclusiveMaximum != null) {
        g.writeFieldName("exclusiveMaximum");
        Codecs.BOOLEAN.write(g, o.exclusiveMaximum);
      }
      if (o.exclusiveMinimum != null) {
        g.writeFieldName("exclusiveMinimum");
        Codecs.BOOLEAN.write(g, o.exclusiveMinimum);
      }
      if (o.externalDocs != null) {
        g.writeFieldName("externalDocs");
        V1ExternalDocumentation.CODEC.write(g, o.externalDocs);
      }
      if (o.format != null) {
        g.writeFieldName("format");
        Codecs.STRING.write(g, o.format);
      }
      if (o.id != null) {
        g.writeFieldName("id");
        Codecs.STRING.write(g, o.id);
      }
      if (o.items != null) {
        g.writeFieldName("items");
        Codecs.ANY.write(g, o.items);
      }
      if (o.maxItems != null) {
        g.writeFieldName("maxItems");
        Codecs.INT64.write(g, o.maxItems);
      }
      if (o.maxLength != null) {
        g.writeFieldName("maxLength");
        Codecs.INT64.write(g, o.maxLength);
      }
      if (o.maxProperties != null) {
        g.writeFieldName("maxProperties");
        Codecs.INT64.write(g, o.maxProperties);
      }
      if (o.maximum != null) {
        g.writeFieldName("maximum");
        Codecs.DOUBLE.write(g, o.maximum);
      }
      if (o.minItems != null) {
        g.writeFieldName("minItems");
        Codecs.INT64.write(g, o.minItems);
      }
      if (o.minLength != null) {
        g.writeFieldName("minLength");
        Codecs.INT64.write(g, o.minLength);
      }
      if (o.minProperties != null) {
        g.writeFieldName("minProperties");
        Codecs.INT64.write(g, o.minProperties);
      }
      if (o.minimum != null) {
        g.writeFieldName("minimum");
        Codecs.DOUBLE.write(g, o.minimum);
      }
      if (o.multipleOf != null) {
        g.writeFieldName("multipleOf");
        Codecs.DOUBLE.write(g, o.multipleOf);
      }
      if (o.not != null) {
        g.writeFieldName("not");
        V1JSONSchemaProps.CODEC.write(g, o.not);
      }
      if (o.nullable != null) {
        g.writeFieldName("nullable");
        Codecs.BOOLEAN.write(g, o.nullable);
      }
      if (o.oneOf != null) {
        g.writeFieldName("oneOf");
        Codecs.listOf(V1JSONSchemaProps.CODEC).write(g, o.oneOf);
      }
      if (o.pattern != null) {
        g.writeFieldName("pattern");
        Codecs.STRING.write(g, o.pattern);
      }
      if (o.patternProperties != null) {
        g.writeFieldName("patternProperties");
        Codecs.mapOf(V1JSONSchemaProps.CODEC).write(g, o.patternProperties);
      }
      if (o.properties != null) {
        g.writeFieldName("properties");
        Codecs.mapOf(V1JSONSchemaProps.CODEC).write(g, o.properties);
      }
      if (o.required != null) {
        g.writeFieldName("required");
        Codecs.listOf(Codecs.STRING).write(g, o.required);
      }
      if (o.title != null) {
        g.writeFieldName("title");
        Codecs.STRING.write(g, o.title);
      }
      if (o.type != null) {
        g.writeFieldName("type");
        Codecs.STRING.write(g, o.type);
      }
      if (o.uniqueItems != null) {
        g.writeFieldName("uniqueItems");
        Codecs.BOOLEAN.write(g, o.uniqueItems);
      }
      if (o.xKubernetesEmbeddedResource != null) {
        g.writeFieldName("x-kubernetes-embedded-resource");
        Codecs.BOOLEAN.write(g, o.xKubernetesEmbeddedResource);
      }
      if (o.xKubernetesIntOrString != null) {
        g.writeFieldName("x-kubernetes-int-or-string");
        Codecs.BOOLEAN.write(g, o.xKubernetesIntOrString);
      }
      if (o.xKubernetesListMapKeys != null) {
        g.writeFieldName("x-kubernetes-list-map-keys");
        Codecs.listOf(Codecs.STRING).write(g, o.xKubernetesListMapKeys);
      }
      if (o.xKubernetesListType != null) {
        g.writeFieldName("x-kubernetes-list-type");
        Codecs.STRING.write(g, o.xKubernetesListType);
      }
      if (o.xKubernetesMapType != null) {
        g.writeFieldName("x-kubernetes-map-type");
        Codecs.STRING.write(g, o.xKubernetesMapType);
      }
      if (o.xKubernetesPreserveUnknownFields != null) {
        g.writeFieldName("x-kubernetes-preserve-unknown-fields");
        Codecs.BOOLEAN.write(g, o.xKubernetesPreserveUnknownFields);
      }
      if (o.xKubernetesValidations != null) {
        g.writeFieldName("x-kubernetes-validations");
        Codecs.listOf(V1ValidationRule.CODEC).write(g, o.xKubernetesValidations);
      }
      g.writeEndObject();
    }
  };

  private String $ref;

  private String $schema;

  private Object additionalItems;

  private Object additionalProperties;

  private List<V1JSONSchemaProps> allOf;

  private List<V1JSONSchemaProps> anyOf;

  private Object _default;

  private Map<String, V1JSONSchemaProps> definitions;

  private Map<String, Object> dependencies;

  private String description;

  private List<Object> _enum;

  private Object example;

  private Boolean exclusiveMaximum;

  private Boolean exclusiveMinimum;

  private V1ExternalDocumentation externalDocs;

  private String format;

  private String id;

  private Object items;

  private Long maxItems;

  private Long maxLength;

  private Long maxProperties;

  private Double maximum;

  private Long minItems;

  private Long minLength;

  private Long minProperties;

  private Double minimum;

  private Double multipleOf;

  private V1JSONSchemaProps not;

  private Boolean nullable;

  private List<V1JSONSchemaProps> oneOf;

  private String pattern;

  private Map<String, V1JSONSchemaProps> patternProperties;

  private Map<String, V1JSONSchemaProps> properties;

  private List<String> required;

  private String title;

  private String type;

  private Boolean uniqueItems;

  private Boolean xKubernetesEmbeddedResource;

  private Boolean xKubernetesIntOrString;

  private List<String> xKubernetesListMapKeys;

  private String xKubernetesListType;

  private String xKubernetesMapType;

  private Boolean xKubernetesPreserveUnknownFields;

  private List<V1ValidationRule> xKubernetesValidations;

  public V1JSONSchemaProps $ref(String $ref) {
    this.$ref = $ref;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return $ref
   */
  public String get$Ref() {
    return $ref;
  }

  public void set$Ref(String $ref) {
    this.$ref = $ref;
  }

  public V1JSONSchemaProps $schema(String $schema) {
    this.$schema = $schema;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return $schema
   */
  public String get$Schema() {
    return $schema;
  }

  public void set$Schema(String $schema) {
    this.$schema = $schema;
  }

  public V1JSONSchemaProps additionalItems(Object additionalItems) {
    this.additionalItems = additionalItems;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return additionalItems
   */
  public Object getAdditionalItems() {
    return additionalItems;
  }

  public void setAdditionalItems(Object additionalItems) {
    this.additionalItems = additionalItems;
  }

  public V1JSONSchemaProps additionalProperties(Object additionalProperties) {
    this.additionalProperties = additionalProperties;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return additionalProperties
   */
  public Object getAdditionalProperties() {
    return additionalProperties;
  }

  public void setAdditionalProperties(Object additionalProperties) {
    this.additionalProperties = additionalProperties;
  }

  public V1JSONSchemaProps allOf(List<V1JSONSchemaProps> allOf) {
    this.allOf = allOf;
    return this;
  }

  public V1JSONSchemaProps addAllOfItem(V1JSONSchemaProps item) {
    if (this.allOf == null) {
      this.allOf = new ArrayList<>();
    }
    this.allOf.add(item);
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return allOf
   */
  public List<V1JSONSchemaProps> getAllOf() {
    return allOf;
  }

  public void setAllOf(List<V1JSONSchemaProps> allOf) {
    this.allOf = allOf;
  }

  public V1JSONSchemaProps anyOf(List<V1JSONSchemaProps> anyOf) {
    this.anyOf = anyOf;
    return this;
  }

  public V1JSONSchemaProps addAnyOfItem(V1JSONSchemaProps item) {
    if (this.anyOf == null) {
      this.anyOf = new ArrayList<>();
    }
    this.anyOf.add(item);
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return anyOf
   */
  public List<V1JSONSchemaProps> getAnyOf() {
    return anyOf;
  }

  public void setAnyOf(List<V1JSONSchemaProps> anyOf) {
    this.anyOf = anyOf;
  }

  public V1JSONSchemaProps _default(Object _default) {
    this._default = _default;
    return this;
  }

  /**
   * default is a default value for undefined object fields. Defaulting is a beta feature under
   * the CustomResourceDefaulting feature gate. Defaulting requires spec.preserveUnknownFields to
   * be false.
   *
   * @return _default
   */
  public Object getDefault() {
    return _default;
  }

  public void setDefault(Object _default) {
    this._default = _default;
  }

  public V1JSONSchemaProps definitions(Map<String, V1JSONSchemaProps> definitions) {
    this.definitions = definitions;
    return this;
  }

  public V1JSONSchemaProps putDefinitionsItem(String key, V1JSONSchemaProps item) {
    if (this.definitions == null) {
      this.definitions = new LinkedHashMap<>();
    }
    this.definitions.put(key, item);
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return definitions
   */
  public Map<String, V1JSONSchemaProps> getDefinitions() {
    return definitions;
  }

  public void setDefinitions(Map<String, V1JSONSchemaProps> definitions) {
    this.definitions = definitions;
  }

  public V1JSONSchemaProps dependencies(Map<String, Object> dependencies) {
    this.dependencies = dependencies;
    return this;
  }

  public V1JSONSchemaProps putDependenciesItem(String key, Object item) {
    if (this.dependencies == null) {
      this.dependencies = new LinkedHashMap<>();
    }
    this.dependencies.put(key, item);
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return dependencies
   */
  public Map<String, Object> getDependencies() {
    return dependencies;
  }

  public void setDependencies(Map<String, Object> dependencies) {
    this.dependencies = dependencies;
  }

  public V1JSONSchemaProps description(String description) {
    this.description = description;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return description
   */
  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public V1JSONSchemaProps _enum(List<Object> _enum) {
    this._enum = _enum;
    return this;
  }

  public V1JSONSchemaProps addEnumItem(Object item) {
    if (this._enum == null) {
      this._enum = new ArrayList<>();
    }
    this._enum.add(item);
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return _enum
   */
  public List<Object> getEnum() {
    return _enum;
  }

  public void setEnum(List<Object> _enum) {
    this._enum = _enum;
  }

  public V1JSONSchemaProps example(Object example) {
    this.example = example;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return example
   */
  public Object getExample() {
    return example;
  }

  public void setExample(Object example) {
    this.example = example;
  }

  public V1JSONSchemaProps exclusiveMaximum(Boolean exclusiveMaximum) {
    this.exclusiveMaximum = exclusiveMaximum;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return exclusiveMaximum
   */
  public Boolean getExclusiveMaximum() {
    return exclusiveMaximum;
  }

  public void setExclusiveMaximum(Boolean exclusiveMaximum) {
    this.exclusiveMaximum = exclusiveMaximum;
  }

  public V1JSONSchemaProps exclusiveMinimum(Boolean exclusiveMinimum) {
    this.exclusiveMinimum = exclusiveMinimum;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return exclusiveMinimum
   */
  public Boolean getExclusiveMinimum() {
    return exclusiveMinimum;
  }

  public void setExclusiveMinimum(Boolean exclusiveMinimum) {
    this.exclusiveMinimum = exclusiveMinimum;
  }

  public V1JSONSchemaProps externalDocs(V1ExternalDocumentation externalDocs) {
    this.externalDocs = externalDocs;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return externalDocs
   */
  public V1ExternalDocumentation getExternalDocs() {
    return externalDocs;
  }

  public void setExternalDocs(V1ExternalDocumentation externalDocs) {
    this.externalDocs = externalDocs;
  }

  public V1JSONSchemaProps format(String format) {
    this.format = format;
    return this;
  }

  /**
   * format is an OpenAPI v3 format string. Unknown formats are ignored. The following formats
   * are validated:
   *
   * - bsonobjectid: a bson object ID, i.e. a 24 characters hex string - uri: an URI as parsed by
   * Golang net/url.ParseRequestURI - email: an email address as parsed by Golang
   * net/mail.ParseAddress - hostname: a valid representation for an Internet host name, as
   * defined by RFC 1034, section 3.1 [RFC1034]. - ipv4: an IPv4 IP as parsed by Golang
   * net.ParseIP - ipv6: an IPv6 IP as parsed by Golang net.ParseIP - cidr: a CIDR as parsed by
   * Golang net.ParseCIDR - mac: a MAC address as parsed by Golang net.ParseMAC - uuid: an UUID
   * that allows uppercase defined by the regex
   * (?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$ - uuid3: an UUID3
   * that allows uppercase defined by the regex
   * (?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?3[0-9a-f]{3}-?[0-9a-f]{4}-?[0-9a-f]{12}$ - uuid4: an UUID4
   * that allows uppercase defined by the regex
   * (?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?4[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$ - uuid5: an
   * UUID5 that allows uppercase defined by the regex
   * (?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?5[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$ - isbn: an
   * ISBN10 or ISBN13 number string like "0321751043" or "978-0321751041" - isbn10: an ISBN10
   * number string like "0321751043" - isbn13: an ISBN13 number string like "978-0321751041" -
   * creditcard: a credit card number defined by the regex
   * ^(?:4[0-9]{12}(?:[0-9]{3})?|5[1-5][0-9]{14}|6(?:011|5[0-9][0-9])[0-9]{12}|3[47][0-9]{13}|3(?:0[0-5]|[68][0-9])[0-9]{11}|(?:2131|1800|35&#92;&#92;d{3})&#92;&#92;d{11})$
   * with any non digit characters mixed in - ssn: a U.S. social security number following the
   * regex ^&#92;&#92;d{3}[- ]?&#92;&#92;d{2}[- ]?&#92;&#92;d{4}$ - hexcolor: an hexadecimal
   * color code like "#FFFFFF: following the regex ^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$ -
   * rgbcolor: an RGB color code like rgb like "rgb(255,255,2559" - byte: base64 encoded binary
   * data - password: any kind of string - date: a date string like "2006-01-02" as defined by
   * full-date in RFC3339 - duration: a duration string like "22 ns" as parsed by Golang
   * time.ParseDuration or compatible with Scala duration format - datetime: a date time string
   * like "2014-12-15T19:30:20.000Z" as defined by date-time in RFC3339.
   *
   * @return format
   */
  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public V1JSONSchemaProps id(String id) {
    this.id = id;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return id
   */
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public V1JSONSchemaProps items(Object items) {
    this.items = items;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return items
   */
  public Object getItems() {
    return items;
  }

  public void setItems(Object items) {
    this.items = items;
  }

  public V1JSONSchemaProps maxItems(Long maxItems) {
    this.maxItems = maxItems;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return maxItems
   */
  public Long getMaxItems() {
    return maxItems;
  }

  public void setMaxItems(Long maxItems) {
    this.maxItems = maxItems;
  }

  public V1JSONSchemaProps maxLength(Long maxLength) {
    this.maxLength = maxLength;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return maxLength
   */
  public Long getMaxLength() {
    return maxLength;
  }

  public void setMaxLength(Long maxLength) {
    this.maxLength = maxLength;
  }

  public V1JSONSchemaProps maxProperties(Long maxProperties) {
    this.maxProperties = maxProperties;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return maxProperties
   */
  public Long getMaxProperties() {
    return maxProperties;
  }

  public void setMaxProperties(Long maxProperties) {
    this.maxProperties = maxProperties;
  }

  public V1JSONSchemaProps maximum(Double maximum) {
    this.maximum = maximum;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return maximum
   */
  public Double getMaximum() {
    return maximum;
  }

  public void setMaximum(Double maximum) {
    this.maximum = maximum;
  }

  public V1JSONSchemaProps minItems(Long minItems) {
    this.minItems = minItems;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return minItems
   */
  public Long getMinItems() {
    return minItems;
  }

  public void setMinItems(Long minItems) {
    this.minItems = minItems;
  }

  public V1JSONSchemaProps minLength(Long minLength) {
    this.minLength = minLength;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return minLength
   */
  public Long getMinLength() {
    return minLength;
  }

  public void setMinLength(Long minLength) {
    this.minLength = minLength;
  }

  public V1JSONSchemaProps minProperties(Long minProperties) {
    this.minProperties = minProperties;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return minProperties
   */
  public Long getMinProperties() {
    return minProperties;
  }

  public void setMinProperties(Long minProperties) {
    this.minProperties = minProperties;
  }

  public V1JSONSchemaProps minimum(Double minimum) {
    this.minimum = minimum;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return minimum
   */
  public Double getMinimum() {
    return minimum;
  }

  public void setMinimum(Double minimum) {
    this.minimum = minimum;
  }

  public V1JSONSchemaProps multipleOf(Double multipleOf) {
    this.multipleOf = multipleOf;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return multipleOf
   */
  public Double getMultipleOf() {
    return multipleOf;
  }

  public void setMultipleOf(Double multipleOf) {
    this.multipleOf = multipleOf;
  }

  public V1JSONSchemaProps not(V1JSONSchemaProps not) {
    this.not = not;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return not
   */
  public V1JSONSchemaProps getNot() {
    return not;
  }

  public void setNot(V1JSONSchemaProps not) {
    this.not = not;
  }

  public V1JSONSchemaProps nullable(Boolean nullable) {
    this.nullable = nullable;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return nullable
   */
  public Boolean getNullable() {
    return nullable;
  }

  public void setNullable(Boolean nullable) {
    this.nullable = nullable;
  }

  public V1JSONSchemaProps oneOf(List<V1JSONSchemaProps> oneOf) {
    this.oneOf = oneOf;
    return this;
  }

  public V1JSONSchemaProps addOneOfItem(V1JSONSchemaProps item) {
    if (this.oneOf == null) {
      this.oneOf = new ArrayList<>();
    }
    this.oneOf.add(item);
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return oneOf
   */
  public List<V1JSONSchemaProps> getOneOf() {
    return oneOf;
  }

  public void setOneOf(List<V1JSONSchemaProps> oneOf) {
    this.oneOf = oneOf;
  }

  public V1JSONSchemaProps pattern(String pattern) {
    this.pattern = pattern;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return pattern
   */
  public String getPattern() {
    return pattern;
  }

  public void setPattern(String pattern) {
    this.pattern = pattern;
  }

  public V1JSONSchemaProps patternProperties(Map<String, V1JSONSchemaProps> patternProperties) {
    this.patternProperties = patternProperties;
    return this;
  }

  public V1JSONSchemaProps putPatternPropertiesItem(String key, V1JSONSchemaProps item) {
    if (this.patternProperties == null) {
      this.patternProperties = new LinkedHashMap<>();
    }
    this.patternProperties.put(key, item);
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return patternProperties
   */
  public Map<String, V1JSONSchemaProps> getPatternProperties() {
    return patternProperties;
  }

  public void setPatternProperties(Map<String, V1JSONSchemaProps> patternProperties) {
    this.patternProperties = patternProperties;
  }

  public V1JSONSchemaProps properties(Map<String, V1JSONSchemaProps> properties) {
    this.properties = properties;
    return this;
  }

  public V1JSONSchemaProps putPropertiesItem(String key, V1JSONSchemaProps item) {
    if (this.properties == null) {
      this.properties = new LinkedHashMap<>();
    }
    this.properties.put(key, item);
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return properties
   */
  public Map<String, V1JSONSchemaProps> getProperties() {
    return properties;
  }

  public void setProperties(Map<String, V1JSONSchemaProps> properties) {
    this.properties = properties;
  }

  public V1JSONSchemaProps required(List<String> required) {
    this.required = required;
    return this;
  }

  public V1JSONSchemaProps addRequiredItem(String item) {
    if (this.required == null) {
      this.required = new ArrayList<>();
    }
    this.required.add(item);
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return required
   */
  public List<String> getRequired() {
    return required;
  }

  public void setRequired(List<String> required) {
    this.required = required;
  }

  public V1JSONSchemaProps title(String title) {
    this.title = title;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return title
   */
  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public V1JSONSchemaProps type(String type) {
    this.type = type;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return type
   */
  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public V1JSONSchemaProps uniqueItems(Boolean uniqueItems) {
    this.uniqueItems = uniqueItems;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return uniqueItems
   */
  public Boolean getUniqueItems() {
    return uniqueItems;
  }

  public void setUniqueItems(Boolean uniqueItems) {
    this.uniqueItems = uniqueItems;
  }

  public V1JSONSchemaProps xKubernetesEmbeddedResource(Boolean xKubernetesEmbeddedResource) {
    this.xKubernetesEmbeddedResource = xKubernetesEmbeddedResource;
    return this;
  }

  /**
   * x-kubernetes-embedded-resource defines that the value is an embedded Kubernetes
   * runtime.Object, with TypeMeta and ObjectMeta. The type must be object. It is allowed to
   * further restrict the embedded object. kind, apiVersion and metadata are validated
   * automatically. x-kubernetes-preserve-unknown-fields is allowed to be true, but does not have
   * to be if the object is fully specified (up to kind, apiVersion, metadata).
   *
   * @return xKubernetesEmbeddedResource
   */
  public Boolean getxKubernetesEmbeddedResource() {
    return xKubernetesEmbeddedResource;
  }

  public void setxKubernetesEmbeddedResource(Boolean xKubernetesEmbeddedResource) {
    this.xKubernetesEmbeddedResource = xKubernetesEmbeddedResource;
  }

  public V1JSONSchemaProps xKubernetesIntOrString(Boolean xKubernetesIntOrString) {
    this.xKubernetesIntOrString = xKubernetesIntOrString;
    return this;
  }

  /**
   * x-kubernetes-int-or-string specifies that this value is either an integer or a string. If
   * this is true, an empty type is allowed and type as child of anyOf is permitted if following
   * one of the following patterns:
   *
   * 1) anyOf:
   *    - type: integer
   *    - type: string
   * 2) allOf:
   *    - anyOf:
   *      - type: integer
   *      - type: string
   *    - ... zero or more
   *
   * @return xKubernetesIntOrString
   */
  public Boolean getxKubernetesIntOrString() {
    return xKubernetesIntOrString;
  }

  public void setxKubernetesIntOrString(Boolean xKubernetesIntOrString) {
    this.xKubernetesIntOrString = xKubernetesIntOrString;
  }

  public V1JSONSchemaProps xKubernetesListMapKeys(List<String> xKubernetesListMapKeys) {
    this.xKubernetesListMapKeys = xKubernetesListMapKeys;
    return this;
  }

  public V1JSONSchemaProps addxKubernetesListMapKeysItem(String item) {
    if (this.xKubernetesListMapKeys == null) {
      this.xKubernetesListMapKeys = new ArrayList<>();
    }
    this.xKubernetesListMapKeys.add(item);
    return this;
  }

  /**
   * x-kubernetes-list-map-keys annotates an array with the x-kubernetes-list-type `map` by
   * specifying the keys used as the index of the map.
   *
   * This tag MUST only be used on lists that have the "x-kubernetes-list-type" extension set to
   * "map". Also, the values specified for this attribute must be a scalar typed field of the
   * child structure (no nesting is supported).
   *
   * The properties specified must either be required or have a default value, to ensure those
   * properties are present for all list items.
   *
   * @return xKubernetesListMapKeys
   */
  public List<String> getxKubernetesListMapKeys() {
    return xKubernetesListMapKeys;
  }

  public void setxKubernetesListMapKeys(List<String> xKubernetesListMapKeys) {
    this.xKubernetesListMapKeys = xKubernetesListMapKeys;
  }

  public V1JSONSchemaProps xKubernetesListType(String xKubernetesListType) {
    this.xKubernetesListType = xKubernetesListType;
    return this;
  }

  /**
   * x-kubernetes-list-type annotates an array to further describe its topology. This extension
   * must only be used on lists and may have 3 possible values:
   *
   * 1) `atomic`: the list is treated as a single entity, like a scalar.
   *      Atomic lists will be entirely replaced when updated. This extension
   *      may be used on any type of list (struct, scalar, ...).
   * 2) `set`:
   *      Sets are lists that must not have multiple items with the same value. Each
   *      value must be a scalar, an object with x-kubernetes-map-type `atomic` or an
   *      array with x-kubernetes-list-type `atomic`.
   * 3) `map`:
   *      These lists are like maps in that their elements have a non-index key
   *      used to identify them. Order is preserved upon merge. The map tag
   *      must only be used on a list with elements of type object.
   * Defaults to atomic for arrays.
   *
   * @return xKubernetesListType
   */
  public String getxKubernetesListType() {
    return xKubernetesListType;
  }

  public void setxKubernetesListType(String xKubernetesListType) {
    this.xKubernetesListType = xKubernetesListType;
  }

  public V1JSONSchemaProps xKubernetesMapType(String xKubernetesMapType) {
    this.xKubernetesMapType = xKubernetesMapType;
    return this;
  }

  /**
   * x-kubernetes-map-type annotates an object to further describe its topology. This extension
   * must only be used when type is object and may have 2 possible values:
   *
   * 1) `granular`:
   *      These maps are actual maps (key-value pairs) and each fields are independent
   *      from each other (they can each be manipulated by separate actors). This is
   *      the default behaviour for all maps.
   * 2) `atomic`: the list is treated as a single entity, like a scalar.
   *      Atomic maps will be entirely replaced when updated.
   *
   * @return xKubernetesMapType
   */
  public String getxKubernetesMapType() {
    return xKubernetesMapType;
  }

  public void setxKubernetesMapType(String xKubernetesMapType) {
    this.xKubernetesMapType = xKubernetesMapType;
  }

  public V1JSONSchemaProps xKubernetesPreserveUnknownFields(Boolean xKubernetesPreserveUnknownFields) {
    this.xKubernetesPreserveUnknownFields = xKubernetesPreserveUnknownFields;
    return this;
  }

  /**
   * x-kubernetes-preserve-unknown-fields stops the API server decoding step from pruning fields
   * which are not specified in the validation schema. This affects fields recursively, but
   * switches back to normal pruning behaviour if nested properties or additionalProperties are
   * specified in the schema. This can either be true or undefined. False is forbidden.
   *
   * @return xKubernetesPreserveUnknownFields
   */
  public Boolean getxKubernetesPreserveUnknownFields() {
    return xKubernetesPreserveUnknownFields;
  }

  public void setxKubernetesPreserveUnknownFields(Boolean xKubernetesPreserveUnknownFields) {
    this.xKubernetesPreserveUnknownFields = xKubernetesPreserveUnknownFields;
  }

  public V1JSONSchemaProps xKubernetesValidations(List<V1ValidationRule> xKubernetesValidations) {
    this.xKubernetesValidations = xKubernetesValidations;
    return this;
  }

  public V1JSONSchemaProps addxKubernetesValidationsItem(V1ValidationRule item) {
    if (this.xKubernetesValidations == null) {
      this.xKubernetesValidations = new ArrayList<>();
    }
    this.xKubernetesValidations.add(item);
    return this;
  }

  /**
   * x-kubernetes-validations describes a list of validation rules written in the CEL expression
   * language.
   *
   * @return xKubernetesValidations
   */
  public List<V1ValidationRule> getxKubernetesValidations() {
    return xKubernetesValidations;
  }

  public void setxKubernetesValidations(List<V1ValidationRule> xKubernetesValidations) {
    this.xKubernetesValidations = xKubernetesValidations;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1JSONSchemaProps that = (V1JSONSchemaProps) other;
    return Objects.equals($ref, that.$ref)
        && Objects.equals($schema, that.$schema)
        && Objects.equals(additionalItems, that.additionalItems)
        && Objects.equals(additionalProperties, that.additionalProperties)
        && Objects.equals(allOf, that.allOf)
        && Objects.equals(anyOf, that.anyOf)
        && Objects.equals(_default, that._default)
        && Objects.equals(definitions, that.definitions)
        && Objects.equals(dependencies, that.dependencies)
        && Objects.equals(description, that.description)
        && Objects.equals(_enum, that._enum)
        && Objects.equals(example, that.example)
        && Objects.equals(exclusiveMaximum, that.exclusiveMaximum)
        && Objects.equals(exclusiveMinimum, that.exclusiveMinimum)
        && Objects.equals(externalDocs, that.externalDocs)
        && Objects.equals(format, that.format)
        && Objects.equals(id, that.id)
        && Objects.equals(items, that.items)
        && Objects.equals(maxItems, that.maxItems)
        && Objects.equals(maxLength, that.maxLength)
        && Objects.equals(maxProperties, that.maxProperties)
        && Objects.equals(maximum, that.maximum)
        && Objects.equals(minItems, that.minItems)
        && Objects.equals(minLength, that.minLength)
        && Objects.equals(minProperties, that.minProperties)
        && Objects.equals(minimum, that.minimum)
        && Objects.equals(multipleOf, that.multipleOf)
        && Objects.equals(not, that.not)
        && Objects.equals(nullable, that.nullable)
        && Objects.equals(oneOf, that.oneOf)
        && Objects.equals(pattern, that.pattern)
        && Objects.equals(patternProperties, that.patternProperties)
        && Objects.equals(properties, that.properties)
        && Objects.equals(required, that.required)
        && Objects.equals(title, that.title)
        && Objects.equals(type, that.type)
        && Objects.equals(uniqueItems, that.uniqueItems)
        && Objects.equals(xKubernetesEmbeddedResource, that.xKubernetesEmbeddedResource)
        && Objects.equals(xKubernetesIntOrString, that.xKubernetesIntOrString)
        && Objects.equals(xKubernetesListMapKeys, that.xKubernetesListMapKeys)
        && Objects.equals(xKubernetesListType, that.xKubernetesListType)
        && Objects.equals(xKubernetesMapType, that.xKubernetesMapType)
        && Objects.equals(xKubernetesPreserveUnknownFields, that.xKubernetesPreserveUnknownFields)
        && Objects.equals(xKubernetesValidations, that.xKubernetesValidations);
  }

  @Override
  public int hashCode() {
    return Objects.hash($ref, $schema, additionalItems, additionalProperties, allOf, anyOf, _default, definitions, dependencies, description, _enum, example, exclusiveMaximum, exclusiveMinimum, externalDocs, format, id, items, maxItems, maxLength, maxProperties, maximum, minItems, minLength, minProperties, minimum, multipleOf, not, nullable, oneOf, pattern, patternProperties, properties, required, title, type, uniqueItems, xKubernetesEmbeddedResource, xKubernetesIntOrString, xKubernetesListMapKeys, xKubernetesListType, xKubernetesMapType, xKubernetesPreserveUnknownFields, xKubernetesValidations);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1JSONSchemaProps {\n");
    sb.append("    $ref: ").append($ref).append('\n');
    sb.append("    $schema: ").append($schema).append('\n');
    sb.append("    additionalItems: ").append(additionalItems).append('\n');
    sb.append("    additionalProperties: ").append(additionalProperties).append('\n');
    sb.append("    allOf: ").append(String.valueOf(allOf).replace("\n", "\n    ")).append('\n');
    sb.append("    anyOf: ").append(String.valueOf(anyOf).replace("\n", "\n    ")).append('\n');
    sb.append("    _default: ").append(_default).append('\n');
    sb.append("    definitions: ").append(String.valueOf(definitions).replace("\n", "\n    ")).append('\n');
    sb.append("    dependencies: ").append(String.valueOf(dependencies).replace("\n", "\n    ")).append('\n');
    sb.append("    description: ").append(description).append('\n');
    sb.append("    _enum: ").append(String.valueOf(_enum).replace("\n", "\n    ")).append('\n');
    sb.append("    example: ").append(example).append('\n');
    sb.append("    exclusiveMaximum: ").append(exclusiveMaximum).append('\n');
    sb.append("    exclusiveMinimum: ").append(exclusiveMinimum).append('\n');
    sb.append("    externalDocs: ").append(String.valueOf(externalDocs).replace("\n", "\n    ")).append('\n');
    sb.append("    format: ").append(format).append('\n');
    sb.append("    id: ").append(id).append('\n');
    sb.append("    items: ").append(items).append('\n');
    sb.append("    maxItems: ").append(maxItems).append('\n');
    sb.append("    maxLength: ").append(maxLength).append('\n');
    sb.append("    maxProperties: ").append(maxProperties).append('\n');
    sb.append("    maximum: ").append(maximum).append('\n');
    sb.append("    minItems: ").append(minItems).append('\n');
    sb.append("    minLength: ").append(minLength).append('\n');
    sb.append("    minProperties: ").append(minProperties).append('\n');
    sb.append("    minimum: ").append(minimum).append('\n');
    sb.append("    multipleOf: ").append(multipleOf).append('\n');
    sb.append("    not: ").append(String.valueOf(not).replace("\n", "\n    ")).append('\n');
    sb.append("    nullable: ").append(nullable).append('\n');
    sb.append("    oneOf: ").append(String.valueOf(oneOf).replace("\n", "\n    ")).append('\n');
    sb.append("    pattern: ").append(pattern).append('\n');
    sb.append("    patternProperties: ").append(String.valueOf(patternProperties).replace("\n", "\n    ")).append('\n');
    sb.append("    properties: ").append(String.valueOf(properties).replace("\n", "\n    ")).append('\n');
    sb.append("    required: ").append(String.valueOf(required).replace("\n", "\n    ")).append('\n');
    sb.append("    title: ").append(title).append('\n');
    sb.append("    type: ").append(type).append('\n');
    sb.append("    uniqueItems: ").append(uniqueItems).append('\n');
    sb.append("    xKubernetesEmbeddedResource: ").append(xKubernetesEmbeddedResource).append('\n');
    sb.append("    xKubernetesIntOrString: ").append(xKubernetesIntOrString).append('\n');
    sb.append("    xKubernetesListMapKeys: ").append(String.valueOf(xKubernetesListMapKeys).replace("\n", "\n    ")).append('\n');
    sb.append("    xKubernetesListType: ").append(xKubernetesListType).append('\n');
    sb.append("    xKubernetesMapType: ").append(xKubernetesMapType).append('\n');
    sb.append("    xKubernetesPreserveUnknownFields: ").append(xKubernetesPreserveUnknownFields).append('\n');
    sb.append("    xKubernetesValidations: ").append(String.valueOf(xKubernetesValidations).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
