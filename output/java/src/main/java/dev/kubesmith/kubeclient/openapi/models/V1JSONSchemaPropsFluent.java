package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1JSONSchemaProps}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1JSONSchemaPropsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1JSONSchemaPropsFluent<A extends V1JSONSchemaPropsFluent<A>> {
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

  public V1JSONSchemaPropsFluent() {}

  public V1JSONSchemaPropsFluent(V1JSONSchemaProps instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1JSONSchemaProps instance) {
    if (instance != null) {
      this.$ref = instance.get$Ref();
      this.$schema = instance.get$Schema();
      this.additionalItems = instance.getAdditionalItems();
      this.additionalProperties = instance.getAdditionalProperties();
      this.allOf = instance.getAllOf() == null ? null : new ArrayList<>(instance.getAllOf());
      this.anyOf = instance.getAnyOf() == null ? null : new ArrayList<>(instance.getAnyOf());
      this._default = instance.getDefault();
      this.definitions = instance.getDefinitions() == null ? null : new LinkedHashMap<>(instance.getDefinitions());
      this.dependencies = instance.getDependencies() == null ? null : new LinkedHashMap<>(instance.getDependencies());
      this.description = instance.getDescription();
      this._enum = instance.getEnum() == null ? null : new ArrayList<>(instance.getEnum());
      this.example = instance.getExample();
      this.exclusiveMaximum = instance.getExclusiveMaximum();
      this.exclusiveMinimum = instance.getExclusiveMinimum();
      this.externalDocs = instance.getExternalDocs();
      this.format = instance.getFormat();
      this.id = instance.getId();
      this.items = instance.getItems();
      this.maxItems = instance.getMaxItems();
      this.maxLength = instance.getMaxLength();
      this.maxProperties = instance.getMaxProperties();
      this.maximum = instance.getMaximum();
      this.minItems = instance.getMinItems();
      this.minLength = instance.getMinLength();
      this.minProperties = instance.getMinProperties();
      this.minimum = instance.getMinimum();
      this.multipleOf = instance.getMultipleOf();
      this.not = instance.getNot();
      this.nullable = instance.getNullable();
      this.oneOf = instance.getOneOf() == null ? null : new ArrayList<>(instance.getOneOf());
      this.pattern = instance.getPattern();
      this.patternProperties = instance.getPatternProperties() == null ? null : new LinkedHashMap<>(instance.getPatternProperties());
      this.properties = instance.getProperties() == null ? null : new LinkedHashMap<>(instance.getProperties());
      this.required = instance.getRequired() == null ? null : new ArrayList<>(instance.getRequired());
      this.title = instance.getTitle();
      this.type = instance.getType();
      this.uniqueItems = instance.getUniqueItems();
      this.xKubernetesEmbeddedResource = instance.getxKubernetesEmbeddedResource();
      this.xKubernetesIntOrString = instance.getxKubernetesIntOrString();
      this.xKubernetesListMapKeys = instance.getxKubernetesListMapKeys() == null ? null : new ArrayList<>(instance.getxKubernetesListMapKeys());
      this.xKubernetesListType = instance.getxKubernetesListType();
      this.xKubernetesMapType = instance.getxKubernetesMapType();
      this.xKubernetesPreserveUnknownFields = instance.getxKubernetesPreserveUnknownFields();
      this.xKubernetesValidations = instance.getxKubernetesValidations() == null ? null : new ArrayList<>(instance.getxKubernetesValidations());
    }
  }

  /** A new {@link V1JSONSchemaProps} holding what was set (lists and maps copied). */
  V1JSONSchemaProps toModel() {
    V1JSONSchemaProps o = new V1JSONSchemaProps();
    o.set$Ref($ref);
    o.set$Schema($schema);
    o.setAdditionalItems(additionalItems);
    o.setAdditionalProperties(additionalProperties);
    o.setAllOf(allOf == null ? null : new ArrayList<>(allOf));
    o.setAnyOf(anyOf == null ? null : new ArrayList<>(anyOf));
    o.setDefault(_default);
    o.setDefinitions(definitions == null ? null : new LinkedHashMap<>(definitions));
    o.setDependencies(dependencies == null ? null : new LinkedHashMap<>(dependencies));
    o.setDescription(description);
    o.setEnum(_enum == null ? null : new ArrayList<>(_enum));
    o.setExample(example);
    o.setExclusiveMaximum(exclusiveMaximum);
    o.setExclusiveMinimum(exclusiveMinimum);
    o.setExternalDocs(externalDocs);
    o.setFormat(format);
    o.setId(id);
    o.setItems(items);
    o.setMaxItems(maxItems);
    o.setMaxLength(maxLength);
    o.setMaxProperties(maxProperties);
    o.setMaximum(maximum);
    o.setMinItems(minItems);
    o.setMinLength(minLength);
    o.setMinProperties(minProperties);
    o.setMinimum(minimum);
    o.setMultipleOf(multipleOf);
    o.setNot(not);
    o.setNullable(nullable);
    o.setOneOf(oneOf == null ? null : new ArrayList<>(oneOf));
    o.setPattern(pattern);
    o.setPatternProperties(patternProperties == null ? null : new LinkedHashMap<>(patternProperties));
    o.setProperties(properties == null ? null : new LinkedHashMap<>(properties));
    o.setRequired(required == null ? null : new ArrayList<>(required));
    o.setTitle(title);
    o.setType(type);
    o.setUniqueItems(uniqueItems);
    o.setxKubernetesEmbeddedResource(xKubernetesEmbeddedResource);
    o.setxKubernetesIntOrString(xKubernetesIntOrString);
    o.setxKubernetesListMapKeys(xKubernetesListMapKeys == null ? null : new ArrayList<>(xKubernetesListMapKeys));
    o.setxKubernetesListType(xKubernetesListType);
    o.setxKubernetesMapType(xKubernetesMapType);
    o.setxKubernetesPreserveUnknownFields(xKubernetesPreserveUnknownFields);
    o.setxKubernetesValidations(xKubernetesValidations == null ? null : new ArrayList<>(xKubernetesValidations));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String get$Ref() {
    return $ref;
  }

  public A withRef(String $ref) {
    this.$ref = $ref;
    return self();
  }

  public boolean hasRef() {
    return $ref != null;
  }

  public String get$Schema() {
    return $schema;
  }

  public A withSchema(String $schema) {
    this.$schema = $schema;
    return self();
  }

  public boolean hasSchema() {
    return $schema != null;
  }

  public Object getAdditionalItems() {
    return additionalItems;
  }

  public A withAdditionalItems(Object additionalItems) {
    this.additionalItems = additionalItems;
    return self();
  }

  public boolean hasAdditionalItems() {
    return additionalItems != null;
  }

  public Object getAdditionalProperties() {
    return additionalProperties;
  }

  public A withAdditionalProperties(Object additionalProperties) {
    this.additionalProperties = additionalProperties;
    return self();
  }

  public boolean hasAdditionalProperties() {
    return additionalProperties != null;
  }

  public List<V1JSONSchemaProps> getAllOf() {
    return allOf;
  }

  public A withAllOf(List<V1JSONSchemaProps> allOf) {
    this.allOf = allOf == null ? null : new ArrayList<>(allOf);
    return self();
  }

  public boolean hasAllOf() {
    return allOf != null;
  }

  public A withAllOf(V1JSONSchemaProps... items) {
    this.allOf = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToAllOf(V1JSONSchemaProps... items) {
    for (V1JSONSchemaProps item : items) {
      addToAllOf(-1, item);
    }
    return self();
  }

  public A removeFromAllOf(V1JSONSchemaProps... items) {
    return removeAllFromAllOf(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToAllOf(int index, V1JSONSchemaProps item) {
    if (this.allOf == null) {
      this.allOf = new ArrayList<>();
    }
    if (index < 0 || index >= this.allOf.size()) {
      this.allOf.add(item);
    } else {
      this.allOf.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToAllOf(int index, V1JSONSchemaProps item) {
    if (index < 0 || this.allOf == null || index >= this.allOf.size()) {
      return addToAllOf(-1, item);
    }
    this.allOf.set(index, item);
    return self();
  }

  public A addAllToAllOf(Collection<V1JSONSchemaProps> items) {
    for (V1JSONSchemaProps item : items) {
      addToAllOf(-1, item);
    }
    return self();
  }

  public A removeAllFromAllOf(Collection<V1JSONSchemaProps> items) {
    if (this.allOf != null) {
      this.allOf.removeAll(items);
    }
    return self();
  }

  public List<V1JSONSchemaProps> buildAllOf() {
    return allOf;
  }

  public V1JSONSchemaProps buildAllOf(int index) {
    return this.allOf.get(index);
  }

  public AllOfNested addNewAllOf() {
    return new AllOfNested(-1, null);
  }

  public AllOfNested addNewAllOfLike(V1JSONSchemaProps item) {
    return new AllOfNested(-1, item);
  }

  public AllOfNested setNewAllOfLike(int index, V1JSONSchemaProps item) {
    return new AllOfNested(index, item);
  }

  public AllOfNested editAllOf(int index) {
    if (this.allOf == null || index < 0 || index >= this.allOf.size()) {
      throw new IndexOutOfBoundsException("can't edit allOf [" + index + "]");
    }
    return new AllOfNested(index, this.allOf.get(index));
  }

  public AllOfNested editFirstAllOf() {
    return editAllOf(0);
  }

  public AllOfNested editLastAllOf() {
    return editAllOf(this.allOf == null ? -1 : this.allOf.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class AllOfNested extends V1JSONSchemaPropsFluent<AllOfNested> {
    private final int index;

    AllOfNested(int index, V1JSONSchemaProps item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1JSONSchemaPropsFluent.this.setToAllOf(index, toModel());
    }

    public A endAllOf() {
      return and();
    }
  }

  public List<V1JSONSchemaProps> getAnyOf() {
    return anyOf;
  }

  public A withAnyOf(List<V1JSONSchemaProps> anyOf) {
    this.anyOf = anyOf == null ? null : new ArrayList<>(anyOf);
    return self();
  }

  public boolean hasAnyOf() {
    return anyOf != null;
  }

  public A withAnyOf(V1JSONSchemaProps... items) {
    this.anyOf = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToAnyOf(V1JSONSchemaProps... items) {
    for (V1JSONSchemaProps item : items) {
      addToAnyOf(-1, item);
    }
    return self();
  }

  public A removeFromAnyOf(V1JSONSchemaProps... items) {
    return removeAllFromAnyOf(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToAnyOf(int index, V1JSONSchemaProps item) {
    if (this.anyOf == null) {
      this.anyOf = new ArrayList<>();
    }
    if (index < 0 || index >= this.anyOf.size()) {
      this.anyOf.add(item);
    } else {
      this.anyOf.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToAnyOf(int index, V1JSONSchemaProps item) {
    if (index < 0 || this.anyOf == null || index >= this.anyOf.size()) {
      return addToAnyOf(-1, item);
    }
    this.anyOf.set(index, item);
    return self();
  }

  public A addAllToAnyOf(Collection<V1JSONSchemaProps> items) {
    for (V1JSONSchemaProps item : items) {
      addToAnyOf(-1, item);
    }
    return self();
  }

  public A removeAllFromAnyOf(Collection<V1JSONSchemaProps> items) {
    if (this.anyOf != null) {
      this.anyOf.removeAll(items);
    }
    return self();
  }

  public List<V1JSONSchemaProps> buildAnyOf() {
    return anyOf;
  }

  public V1JSONSchemaProps buildAnyOf(int index) {
    return this.anyOf.get(index);
  }

  public AnyOfNested addNewAnyOf() {
    return new AnyOfNested(-1, null);
  }

  public AnyOfNested addNewAnyOfLike(V1JSONSchemaProps item) {
    return new AnyOfNested(-1, item);
  }

  public AnyOfNested setNewAnyOfLike(int index, V1JSONSchemaProps item) {
    return new AnyOfNested(index, item);
  }

  public AnyOfNested editAnyOf(int index) {
    if (this.anyOf == null || index < 0 || index >= this.anyOf.size()) {
      throw new IndexOutOfBoundsException("can't edit anyOf [" + index + "]");
    }
    return new AnyOfNested(index, this.anyOf.get(index));
  }

  public AnyOfNested editFirstAnyOf() {
    return editAnyOf(0);
  }

  public AnyOfNested editLastAnyOf() {
    return editAnyOf(this.anyOf == null ? -1 : this.anyOf.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class AnyOfNested extends V1JSONSchemaPropsFluent<AnyOfNested> {
    private final int index;

    AnyOfNested(int index, V1JSONSchemaProps item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1JSONSchemaPropsFluent.this.setToAnyOf(index, toModel());
    }

    public A endAnyOf() {
      return and();
    }
  }

  public Object getDefault() {
    return _default;
  }

  public A withDefault(Object _default) {
    this._default = _default;
    return self();
  }

  public boolean hasDefault() {
    return _default != null;
  }

  public Map<String, V1JSONSchemaProps> getDefinitions() {
    return definitions;
  }

  public A withDefinitions(Map<String, V1JSONSchemaProps> definitions) {
    this.definitions = definitions == null ? null : new LinkedHashMap<>(definitions);
    return self();
  }

  public boolean hasDefinitions() {
    return definitions != null;
  }

  public A addToDefinitions(String key, V1JSONSchemaProps value) {
    if (this.definitions == null) {
      this.definitions = new LinkedHashMap<>();
    }
    this.definitions.put(key, value);
    return self();
  }

  public A addToDefinitions(Map<String, V1JSONSchemaProps> map) {
    if (map != null) {
      for (Map.Entry<String, V1JSONSchemaProps> entry : map.entrySet()) {
        addToDefinitions(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromDefinitions(String key) {
    if (this.definitions != null) {
      this.definitions.remove(key);
    }
    return self();
  }

  public A removeFromDefinitions(Map<String, V1JSONSchemaProps> map) {
    if (this.definitions != null && map != null) {
      this.definitions.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public Map<String, Object> getDependencies() {
    return dependencies;
  }

  public A withDependencies(Map<String, Object> dependencies) {
    this.dependencies = dependencies == null ? null : new LinkedHashMap<>(dependencies);
    return self();
  }

  public boolean hasDependencies() {
    return dependencies != null;
  }

  public A addToDependencies(String key, Object value) {
    if (this.dependencies == null) {
      this.dependencies = new LinkedHashMap<>();
    }
    this.dependencies.put(key, value);
    return self();
  }

  public A addToDependencies(Map<String, Object> map) {
    if (map != null) {
      for (Map.Entry<String, Object> entry : map.entrySet()) {
        addToDependencies(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromDependencies(String key) {
    if (this.dependencies != null) {
      this.dependencies.remove(key);
    }
    return self();
  }

  public A removeFromDependencies(Map<String, Object> map) {
    if (this.dependencies != null && map != null) {
      this.dependencies.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public String getDescription() {
    return description;
  }

  public A withDescription(String description) {
    this.description = description;
    return self();
  }

  public boolean hasDescription() {
    return description != null;
  }

  public List<Object> getEnum() {
    return _enum;
  }

  public A withEnum(List<Object> _enum) {
    this._enum = _enum == null ? null : new ArrayList<>(_enum);
    return self();
  }

  public boolean hasEnum() {
    return _enum != null;
  }

  public A withEnum(Object... items) {
    this._enum = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToEnum(Object... items) {
    for (Object item : items) {
      addToEnum(-1, item);
    }
    return self();
  }

  public A removeFromEnum(Object... items) {
    return removeAllFromEnum(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToEnum(int index, Object item) {
    if (this._enum == null) {
      this._enum = new ArrayList<>();
    }
    if (index < 0 || index >= this._enum.size()) {
      this._enum.add(item);
    } else {
      this._enum.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToEnum(int index, Object item) {
    if (index < 0 || this._enum == null || index >= this._enum.size()) {
      return addToEnum(-1, item);
    }
    this._enum.set(index, item);
    return self();
  }

  public A addAllToEnum(Collection<Object> items) {
    for (Object item : items) {
      addToEnum(-1, item);
    }
    return self();
  }

  public A removeAllFromEnum(Collection<Object> items) {
    if (this._enum != null) {
      this._enum.removeAll(items);
    }
    return self();
  }

  public Object getExample() {
    return example;
  }

  public A withExample(Object example) {
    this.example = example;
    return self();
  }

  public boolean hasExample() {
    return example != null;
  }

  public Boolean getExclusiveMaximum() {
    return exclusiveMaximum;
  }

  public A withExclusiveMaximum(Boolean exclusiveMaximum) {
    this.exclusiveMaximum = exclusiveMaximum;
    return self();
  }

  public boolean hasExclusiveMaximum() {
    return exclusiveMaximum != null;
  }

  public Boolean getExclusiveMinimum() {
    return exclusiveMinimum;
  }

  public A withExclusiveMinimum(Boolean exclusiveMinimum) {
    this.exclusiveMinimum = exclusiveMinimum;
    return self();
  }

  public boolean hasExclusiveMinimum() {
    return exclusiveMinimum != null;
  }

  public V1ExternalDocumentation getExternalDocs() {
    return externalDocs;
  }

  public A withExternalDocs(V1ExternalDocumentation externalDocs) {
    this.externalDocs = externalDocs;
    return self();
  }

  public boolean hasExternalDocs() {
    return externalDocs != null;
  }

  public V1ExternalDocumentation buildExternalDocs() {
    return externalDocs;
  }

  public ExternalDocsNested withNewExternalDocs() {
    return new ExternalDocsNested(null);
  }

  public ExternalDocsNested withNewExternalDocsLike(V1ExternalDocumentation item) {
    return new ExternalDocsNested(item);
  }

  public ExternalDocsNested editExternalDocs() {
    return new ExternalDocsNested(externalDocs);
  }

  public ExternalDocsNested editOrNewExternalDocs() {
    return new ExternalDocsNested(externalDocs != null ? externalDocs : new V1ExternalDocumentation());
  }

  public ExternalDocsNested editOrNewExternalDocsLike(V1ExternalDocumentation item) {
    return new ExternalDocsNested(externalDocs != null ? externalDocs : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ExternalDocsNested extends V1ExternalDocumentationFluent<ExternalDocsNested> {
    ExternalDocsNested(V1ExternalDocumentation item) {
      super(item);
    }

    public A and() {
      return V1JSONSchemaPropsFluent.this.withExternalDocs(toModel());
    }

    public A endExternalDocs() {
      return and();
    }
  }

  public String getFormat() {
    return format;
  }

  public A withFormat(String format) {
    this.format = format;
    return self();
  }

  public boolean hasFormat() {
    return format != null;
  }

  public String getId() {
    return id;
  }

  public A withId(String id) {
    this.id = id;
    return self();
  }

  public boolean hasId() {
    return id != null;
  }

  public Object getItems() {
    return items;
  }

  public A withItems(Object items) {
    this.items = items;
    return self();
  }

  public boolean hasItems() {
    return items != null;
  }

  public Long getMaxItems() {
    return maxItems;
  }

  public A withMaxItems(Long maxItems) {
    this.maxItems = maxItems;
    return self();
  }

  public boolean hasMaxItems() {
    return maxItems != null;
  }

  public Long getMaxLength() {
    return maxLength;
  }

  public A withMaxLength(Long maxLength) {
    this.maxLength = maxLength;
    return self();
  }

  public boolean hasMaxLength() {
    return maxLength != null;
  }

  public Long getMaxProperties() {
    return maxProperties;
  }

  public A withMaxProperties(Long maxProperties) {
    this.maxProperties = maxProperties;
    return self();
  }

  public boolean hasMaxProperties() {
    return maxProperties != null;
  }

  public Double getMaximum() {
    return maximum;
  }

  public A withMaximum(Double maximum) {
    this.maximum = maximum;
    return self();
  }

  public boolean hasMaximum() {
    return maximum != null;
  }

  public Long getMinItems() {
    return minItems;
  }

  public A withMinItems(Long minItems) {
    this.minItems = minItems;
    return self();
  }

  public boolean hasMinItems() {
    return minItems != null;
  }

  public Long getMinLength() {
    return minLength;
  }

  public A withMinLength(Long minLength) {
    this.minLength = minLength;
    return self();
  }

  public boolean hasMinLength() {
    return minLength != null;
  }

  public Long getMinProperties() {
    return minProperties;
  }

  public A withMinProperties(Long minProperties) {
    this.minProperties = minProperties;
    return self();
  }

  public boolean hasMinProperties() {
    return minProperties != null;
  }

  public Double getMinimum() {
    return minimum;
  }

  public A withMinimum(Double minimum) {
    this.minimum = minimum;
    return self();
  }

  public boolean hasMinimum() {
    return minimum != null;
  }

  public Double getMultipleOf() {
    return multipleOf;
  }

  public A withMultipleOf(Double multipleOf) {
    this.multipleOf = multipleOf;
    return self();
  }

  public boolean hasMultipleOf() {
    return multipleOf != null;
  }

  public V1JSONSchemaProps getNot() {
    return not;
  }

  public A withNot(V1JSONSchemaProps not) {
    this.not = not;
    return self();
  }

  public boolean hasNot() {
    return not != null;
  }

  public V1JSONSchemaProps buildNot() {
    return not;
  }

  public NotNested withNewNot() {
    return new NotNested(null);
  }

  public NotNested withNewNotLike(V1JSONSchemaProps item) {
    return new NotNested(item);
  }

  public NotNested editNot() {
    return new NotNested(not);
  }

  public NotNested editOrNewNot() {
    return new NotNested(not != null ? not : new V1JSONSchemaProps());
  }

  public NotNested editOrNewNotLike(V1JSONSchemaProps item) {
    return new NotNested(not != null ? not : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class NotNested extends V1JSONSchemaPropsFluent<NotNested> {
    NotNested(V1JSONSchemaProps item) {
      super(item);
    }

    public A and() {
      return V1JSONSchemaPropsFluent.this.withNot(toModel());
    }

    public A endNot() {
      return and();
    }
  }

  public Boolean getNullable() {
    return nullable;
  }

  public A withNullable(Boolean nullable) {
    this.nullable = nullable;
    return self();
  }

  public boolean hasNullable() {
    return nullable != null;
  }

  public List<V1JSONSchemaProps> getOneOf() {
    return oneOf;
  }

  public A withOneOf(List<V1JSONSchemaProps> oneOf) {
    this.oneOf = oneOf == null ? null : new ArrayList<>(oneOf);
    return self();
  }

  public boolean hasOneOf() {
    return oneOf != null;
  }

  public A withOneOf(V1JSONSchemaProps... items) {
    this.oneOf = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToOneOf(V1JSONSchemaProps... items) {
    for (V1JSONSchemaProps item : items) {
      addToOneOf(-1, item);
    }
    return self();
  }

  public A removeFromOneOf(V1JSONSchemaProps... items) {
    return removeAllFromOneOf(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToOneOf(int index, V1JSONSchemaProps item) {
    if (this.oneOf == null) {
      this.oneOf = new ArrayList<>();
    }
    if (index < 0 || index >= this.oneOf.size()) {
      this.oneOf.add(item);
    } else {
      this.oneOf.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToOneOf(int index, V1JSONSchemaProps item) {
    if (index < 0 || this.oneOf == null || index >= this.oneOf.size()) {
      return addToOneOf(-1, item);
    }
    this.oneOf.set(index, item);
    return self();
  }

  public A addAllToOneOf(Collection<V1JSONSchemaProps> items) {
    for (V1JSONSchemaProps item : items) {
      addToOneOf(-1, item);
    }
    return self();
  }

  public A removeAllFromOneOf(Collection<V1JSONSchemaProps> items) {
    if (this.oneOf != null) {
      this.oneOf.removeAll(items);
    }
    return self();
  }

  public List<V1JSONSchemaProps> buildOneOf() {
    return oneOf;
  }

  public V1JSONSchemaProps buildOneOf(int index) {
    return this.oneOf.get(index);
  }

  public OneOfNested addNewOneOf() {
    return new OneOfNested(-1, null);
  }

  public OneOfNested addNewOneOfLike(V1JSONSchemaProps item) {
    return new OneOfNested(-1, item);
  }

  public OneOfNested setNewOneOfLike(int index, V1JSONSchemaProps item) {
    return new OneOfNested(index, item);
  }

  public OneOfNested editOneOf(int index) {
    if (this.oneOf == null || index < 0 || index >= this.oneOf.size()) {
      throw new IndexOutOfBoundsException("can't edit oneOf [" + index + "]");
    }
    return new OneOfNested(index, this.oneOf.get(index));
  }

  public OneOfNested editFirstOneOf() {
    return editOneOf(0);
  }

  public OneOfNested editLastOneOf() {
    return editOneOf(this.oneOf == null ? -1 : this.oneOf.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class OneOfNested extends V1JSONSchemaPropsFluent<OneOfNested> {
    private final int index;

    OneOfNested(int index, V1JSONSchemaProps item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1JSONSchemaPropsFluent.this.setToOneOf(index, toModel());
    }

    public A endOneOf() {
      return and();
    }
  }

  public String getPattern() {
    return pattern;
  }

  public A withPattern(String pattern) {
    this.pattern = pattern;
    return self();
  }

  public boolean hasPattern() {
    return pattern != null;
  }

  public Map<String, V1JSONSchemaProps> getPatternProperties() {
    return patternProperties;
  }

  public A withPatternProperties(Map<String, V1JSONSchemaProps> patternProperties) {
    this.patternProperties = patternProperties == null ? null : new LinkedHashMap<>(patternProperties);
    return self();
  }

  public boolean hasPatternProperties() {
    return patternProperties != null;
  }

  public A addToPatternProperties(String key, V1JSONSchemaProps value) {
    if (this.patternProperties == null) {
      this.patternProperties = new LinkedHashMap<>();
    }
    this.patternProperties.put(key, value);
    return self();
  }

  public A addToPatternProperties(Map<String, V1JSONSchemaProps> map) {
    if (map != null) {
      for (Map.Entry<String, V1JSONSchemaProps> entry : map.entrySet()) {
        addToPatternProperties(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromPatternProperties(String key) {
    if (this.patternProperties != null) {
      this.patternProperties.remove(key);
    }
    return self();
  }

  public A removeFromPatternProperties(Map<String, V1JSONSchemaProps> map) {
    if (this.patternProperties != null && map != null) {
      this.patternProperties.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public Map<String, V1JSONSchemaProps> getProperties() {
    return properties;
  }

  public A withProperties(Map<String, V1JSONSchemaProps> properties) {
    this.properties = properties == null ? null : new LinkedHashMap<>(properties);
    return self();
  }

  public boolean hasProperties() {
    return properties != null;
  }

  public A addToProperties(String key, V1JSONSchemaProps value) {
    if (this.properties == null) {
      this.properties = new LinkedHashMap<>();
    }
    this.properties.put(key, value);
    return self();
  }

  public A addToProperties(Map<String, V1JSONSchemaProps> map) {
    if (map != null) {
      for (Map.Entry<String, V1JSONSchemaProps> entry : map.entrySet()) {
        addToProperties(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromProperties(String key) {
    if (this.properties != null) {
      this.properties.remove(key);
    }
    return self();
  }

  public A removeFromProperties(Map<String, V1JSONSchemaProps> map) {
    if (this.properties != null && map != null) {
      this.properties.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public List<String> getRequired() {
    return required;
  }

  public A withRequired(List<String> required) {
    this.required = required == null ? null : new ArrayList<>(required);
    return self();
  }

  public boolean hasRequired() {
    return required != null;
  }

  public A withRequired(String... items) {
    this.required = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToRequired(String... items) {
    for (String item : items) {
      addToRequired(-1, item);
    }
    return self();
  }

  public A removeFromRequired(String... items) {
    return removeAllFromRequired(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToRequired(int index, String item) {
    if (this.required == null) {
      this.required = new ArrayList<>();
    }
    if (index < 0 || index >= this.required.size()) {
      this.required.add(item);
    } else {
      this.required.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToRequired(int index, String item) {
    if (index < 0 || this.required == null || index >= this.required.size()) {
      return addToRequired(-1, item);
    }
    this.required.set(index, item);
    return self();
  }

  public A addAllToRequired(Collection<String> items) {
    for (String item : items) {
      addToRequired(-1, item);
    }
    return self();
  }

  public A removeAllFromRequired(Collection<String> items) {
    if (this.required != null) {
      this.required.removeAll(items);
    }
    return self();
  }

  public String getTitle() {
    return title;
  }

  public A withTitle(String title) {
    this.title = title;
    return self();
  }

  public boolean hasTitle() {
    return title != null;
  }

  public String getType() {
    return type;
  }

  public A withType(String type) {
    this.type = type;
    return self();
  }

  public boolean hasType() {
    return type != null;
  }

  public Boolean getUniqueItems() {
    return uniqueItems;
  }

  public A withUniqueItems(Boolean uniqueItems) {
    this.uniqueItems = uniqueItems;
    return self();
  }

  public boolean hasUniqueItems() {
    return uniqueItems != null;
  }

  public Boolean getxKubernetesEmbeddedResource() {
    return xKubernetesEmbeddedResource;
  }

  public A withXKubernetesEmbeddedResource(Boolean xKubernetesEmbeddedResource) {
    this.xKubernetesEmbeddedResource = xKubernetesEmbeddedResource;
    return self();
  }

  public boolean hasXKubernetesEmbeddedResource() {
    return xKubernetesEmbeddedResource != null;
  }

  public Boolean getxKubernetesIntOrString() {
    return xKubernetesIntOrString;
  }

  public A withXKubernetesIntOrString(Boolean xKubernetesIntOrString) {
    this.xKubernetesIntOrString = xKubernetesIntOrString;
    return self();
  }

  public boolean hasXKubernetesIntOrString() {
    return xKubernetesIntOrString != null;
  }

  public List<String> getxKubernetesListMapKeys() {
    return xKubernetesListMapKeys;
  }

  public A withXKubernetesListMapKeys(List<String> xKubernetesListMapKeys) {
    this.xKubernetesListMapKeys = xKubernetesListMapKeys == null ? null : new ArrayList<>(xKubernetesListMapKeys);
    return self();
  }

  public boolean hasXKubernetesListMapKeys() {
    return xKubernetesListMapKeys != null;
  }

  public A withXKubernetesListMapKeys(String... items) {
    this.xKubernetesListMapKeys = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToXKubernetesListMapKeys(String... items) {
    for (String item : items) {
      addToXKubernetesListMapKeys(-1, item);
    }
    return self();
  }

  public A removeFromXKubernetesListMapKeys(String... items) {
    return removeAllFromXKubernetesListMapKeys(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToXKubernetesListMapKeys(int index, String item) {
    if (this.xKubernetesListMapKeys == null) {
      this.xKubernetesListMapKeys = new ArrayList<>();
    }
    if (index < 0 || index >= this.xKubernetesListMapKeys.size()) {
      this.xKubernetesListMapKeys.add(item);
    } else {
      this.xKubernetesListMapKeys.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToXKubernetesListMapKeys(int index, String item) {
    if (index < 0 || this.xKubernetesListMapKeys == null || index >= this.xKubernetesListMapKeys.size()) {
      return addToXKubernetesListMapKeys(-1, item);
    }
    this.xKubernetesListMapKeys.set(index, item);
    return self();
  }

  public A addAllToXKubernetesListMapKeys(Collection<String> items) {
    for (String item : items) {
      addToXKubernetesListMapKeys(-1, item);
    }
    return self();
  }

  public A removeAllFromXKubernetesListMapKeys(Collection<String> items) {
    if (this.xKubernetesListMapKeys != null) {
      this.xKubernetesListMapKeys.removeAll(items);
    }
    return self();
  }

  public String getxKubernetesListType() {
    return xKubernetesListType;
  }

  public A withXKubernetesListType(String xKubernetesListType) {
    this.xKubernetesListType = xKubernetesListType;
    return self();
  }

  public boolean hasXKubernetesListType() {
    return xKubernetesListType != null;
  }

  public String getxKubernetesMapType() {
    return xKubernetesMapType;
  }

  public A withXKubernetesMapType(String xKubernetesMapType) {
    this.xKubernetesMapType = xKubernetesMapType;
    return self();
  }

  public boolean hasXKubernetesMapType() {
    return xKubernetesMapType != null;
  }

  public Boolean getxKubernetesPreserveUnknownFields() {
    return xKubernetesPreserveUnknownFields;
  }

  public A withXKubernetesPreserveUnknownFields(Boolean xKubernetesPreserveUnknownFields) {
    this.xKubernetesPreserveUnknownFields = xKubernetesPreserveUnknownFields;
    return self();
  }

  public boolean hasXKubernetesPreserveUnknownFields() {
    return xKubernetesPreserveUnknownFields != null;
  }

  public List<V1ValidationRule> getxKubernetesValidations() {
    return xKubernetesValidations;
  }

  public A withXKubernetesValidations(List<V1ValidationRule> xKubernetesValidations) {
    this.xKubernetesValidations = xKubernetesValidations == null ? null : new ArrayList<>(xKubernetesValidations);
    return self();
  }

  public boolean hasXKubernetesValidations() {
    return xKubernetesValidations != null;
  }

  public A withXKubernetesValidations(V1ValidationRule... items) {
    this.xKubernetesValidations = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToXKubernetesValidations(V1ValidationRule... items) {
    for (V1ValidationRule item : items) {
      addToXKubernetesValidations(-1, item);
    }
    return self();
  }

  public A removeFromXKubernetesValidations(V1ValidationRule... items) {
    return removeAllFromXKubernetesValidations(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToXKubernetesValidations(int index, V1ValidationRule item) {
    if (this.xKubernetesValidations == null) {
      this.xKubernetesValidations = new ArrayList<>();
    }
    if (index < 0 || index >= this.xKubernetesValidations.size()) {
      this.xKubernetesValidations.add(item);
    } else {
      this.xKubernetesValidations.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToXKubernetesValidations(int index, V1ValidationRule item) {
    if (index < 0 || this.xKubernetesValidations == null || index >= this.xKubernetesValidations.size()) {
      return addToXKubernetesValidations(-1, item);
    }
    this.xKubernetesValidations.set(index, item);
    return self();
  }

  public A addAllToXKubernetesValidations(Collection<V1ValidationRule> items) {
    for (V1ValidationRule item : items) {
      addToXKubernetesValidations(-1, item);
    }
    return self();
  }

  public A removeAllFromXKubernetesValidations(Collection<V1ValidationRule> items) {
    if (this.xKubernetesValidations != null) {
      this.xKubernetesValidations.removeAll(items);
    }
    return self();
  }

  public List<V1ValidationRule> buildXKubernetesValidations() {
    return xKubernetesValidations;
  }

  public V1ValidationRule buildXKubernetesValidation(int index) {
    return this.xKubernetesValidations.get(index);
  }

  public XKubernetesValidationsNested addNewXKubernetesValidation() {
    return new XKubernetesValidationsNested(-1, null);
  }

  public XKubernetesValidationsNested addNewXKubernetesValidationLike(V1ValidationRule item) {
    return new XKubernetesValidationsNested(-1, item);
  }

  public XKubernetesValidationsNested setNewXKubernetesValidationLike(int index, V1ValidationRule item) {
    return new XKubernetesValidationsNested(index, item);
  }

  public XKubernetesValidationsNested editXKubernetesValidation(int index) {
    if (this.xKubernetesValidations == null || index < 0 || index >= this.xKubernetesValidations.size()) {
      throw new IndexOutOfBoundsException("can't edit xKubernetesValidations [" + index + "]");
    }
    return new XKubernetesValidationsNested(index, this.xKubernetesValidations.get(index));
  }

  public XKubernetesValidationsNested editFirstXKubernetesValidation() {
    return editXKubernetesValidation(0);
  }

  public XKubernetesValidationsNested editLastXKubernetesValidation() {
    return editXKubernetesValidation(this.xKubernetesValidations == null ? -1 : this.xKubernetesValidations.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class XKubernetesValidationsNested extends V1ValidationRuleFluent<XKubernetesValidationsNested> {
    private final int index;

    XKubernetesValidationsNested(int index, V1ValidationRule item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1JSONSchemaPropsFluent.this.setToXKubernetesValidations(index, toModel());
    }

    public A endXKubernetesValidation() {
      return and();
    }
  }
}
