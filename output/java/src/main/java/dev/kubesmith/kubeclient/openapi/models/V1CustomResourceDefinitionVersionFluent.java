package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1CustomResourceDefinitionVersion}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CustomResourceDefinitionVersionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CustomResourceDefinitionVersionFluent<A extends V1CustomResourceDefinitionVersionFluent<A>> {
  private List<V1CustomResourceColumnDefinition> additionalPrinterColumns;
  private Boolean deprecated;
  private String deprecationWarning;
  private String name;
  private V1CustomResourceValidation schema;
  private List<V1SelectableField> selectableFields;
  private Boolean served;
  private Boolean storage;
  private V1CustomResourceSubresources subresources;

  public V1CustomResourceDefinitionVersionFluent() {}

  public V1CustomResourceDefinitionVersionFluent(V1CustomResourceDefinitionVersion instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CustomResourceDefinitionVersion instance) {
    if (instance != null) {
      this.additionalPrinterColumns = instance.getAdditionalPrinterColumns() == null ? null : new ArrayList<>(instance.getAdditionalPrinterColumns());
      this.deprecated = instance.getDeprecated();
      this.deprecationWarning = instance.getDeprecationWarning();
      this.name = instance.getName();
      this.schema = instance.getSchema();
      this.selectableFields = instance.getSelectableFields() == null ? null : new ArrayList<>(instance.getSelectableFields());
      this.served = instance.getServed();
      this.storage = instance.getStorage();
      this.subresources = instance.getSubresources();
    }
  }

  /** A new {@link V1CustomResourceDefinitionVersion} holding what was set (lists and maps copied). */
  V1CustomResourceDefinitionVersion toModel() {
    V1CustomResourceDefinitionVersion o = new V1CustomResourceDefinitionVersion();
    o.setAdditionalPrinterColumns(additionalPrinterColumns == null ? null : new ArrayList<>(additionalPrinterColumns));
    o.setDeprecated(deprecated);
    o.setDeprecationWarning(deprecationWarning);
    o.setName(name);
    o.setSchema(schema);
    o.setSelectableFields(selectableFields == null ? null : new ArrayList<>(selectableFields));
    o.setServed(served);
    o.setStorage(storage);
    o.setSubresources(subresources);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1CustomResourceColumnDefinition> getAdditionalPrinterColumns() {
    return additionalPrinterColumns;
  }

  public A withAdditionalPrinterColumns(List<V1CustomResourceColumnDefinition> additionalPrinterColumns) {
    this.additionalPrinterColumns = additionalPrinterColumns == null ? null : new ArrayList<>(additionalPrinterColumns);
    return self();
  }

  public boolean hasAdditionalPrinterColumns() {
    return additionalPrinterColumns != null;
  }

  public A withAdditionalPrinterColumns(V1CustomResourceColumnDefinition... items) {
    this.additionalPrinterColumns = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToAdditionalPrinterColumns(V1CustomResourceColumnDefinition... items) {
    for (V1CustomResourceColumnDefinition item : items) {
      addToAdditionalPrinterColumns(-1, item);
    }
    return self();
  }

  public A removeFromAdditionalPrinterColumns(V1CustomResourceColumnDefinition... items) {
    return removeAllFromAdditionalPrinterColumns(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToAdditionalPrinterColumns(int index, V1CustomResourceColumnDefinition item) {
    if (this.additionalPrinterColumns == null) {
      this.additionalPrinterColumns = new ArrayList<>();
    }
    if (index < 0 || index >= this.additionalPrinterColumns.size()) {
      this.additionalPrinterColumns.add(item);
    } else {
      this.additionalPrinterColumns.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToAdditionalPrinterColumns(int index, V1CustomResourceColumnDefinition item) {
    if (index < 0 || this.additionalPrinterColumns == null || index >= this.additionalPrinterColumns.size()) {
      return addToAdditionalPrinterColumns(-1, item);
    }
    this.additionalPrinterColumns.set(index, item);
    return self();
  }

  public A addAllToAdditionalPrinterColumns(Collection<V1CustomResourceColumnDefinition> items) {
    for (V1CustomResourceColumnDefinition item : items) {
      addToAdditionalPrinterColumns(-1, item);
    }
    return self();
  }

  public A removeAllFromAdditionalPrinterColumns(Collection<V1CustomResourceColumnDefinition> items) {
    if (this.additionalPrinterColumns != null) {
      this.additionalPrinterColumns.removeAll(items);
    }
    return self();
  }

  public List<V1CustomResourceColumnDefinition> buildAdditionalPrinterColumns() {
    return additionalPrinterColumns;
  }

  public V1CustomResourceColumnDefinition buildAdditionalPrinterColumn(int index) {
    return this.additionalPrinterColumns.get(index);
  }

  public AdditionalPrinterColumnsNested addNewAdditionalPrinterColumn() {
    return new AdditionalPrinterColumnsNested(-1, null);
  }

  public AdditionalPrinterColumnsNested addNewAdditionalPrinterColumnLike(V1CustomResourceColumnDefinition item) {
    return new AdditionalPrinterColumnsNested(-1, item);
  }

  public AdditionalPrinterColumnsNested setNewAdditionalPrinterColumnLike(int index, V1CustomResourceColumnDefinition item) {
    return new AdditionalPrinterColumnsNested(index, item);
  }

  public AdditionalPrinterColumnsNested editAdditionalPrinterColumn(int index) {
    if (this.additionalPrinterColumns == null || index < 0 || index >= this.additionalPrinterColumns.size()) {
      throw new IndexOutOfBoundsException("can't edit additionalPrinterColumns [" + index + "]");
    }
    return new AdditionalPrinterColumnsNested(index, this.additionalPrinterColumns.get(index));
  }

  public AdditionalPrinterColumnsNested editFirstAdditionalPrinterColumn() {
    return editAdditionalPrinterColumn(0);
  }

  public AdditionalPrinterColumnsNested editLastAdditionalPrinterColumn() {
    return editAdditionalPrinterColumn(this.additionalPrinterColumns == null ? -1 : this.additionalPrinterColumns.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class AdditionalPrinterColumnsNested extends V1CustomResourceColumnDefinitionFluent<AdditionalPrinterColumnsNested> {
    private final int index;

    AdditionalPrinterColumnsNested(int index, V1CustomResourceColumnDefinition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1CustomResourceDefinitionVersionFluent.this.setToAdditionalPrinterColumns(index, toModel());
    }

    public A endAdditionalPrinterColumn() {
      return and();
    }
  }

  public Boolean getDeprecated() {
    return deprecated;
  }

  public A withDeprecated(Boolean deprecated) {
    this.deprecated = deprecated;
    return self();
  }

  public boolean hasDeprecated() {
    return deprecated != null;
  }

  public String getDeprecationWarning() {
    return deprecationWarning;
  }

  public A withDeprecationWarning(String deprecationWarning) {
    this.deprecationWarning = deprecationWarning;
    return self();
  }

  public boolean hasDeprecationWarning() {
    return deprecationWarning != null;
  }

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
  }

  public V1CustomResourceValidation getSchema() {
    return schema;
  }

  public A withSchema(V1CustomResourceValidation schema) {
    this.schema = schema;
    return self();
  }

  public boolean hasSchema() {
    return schema != null;
  }

  public V1CustomResourceValidation buildSchema() {
    return schema;
  }

  public SchemaNested withNewSchema() {
    return new SchemaNested(null);
  }

  public SchemaNested withNewSchemaLike(V1CustomResourceValidation item) {
    return new SchemaNested(item);
  }

  public SchemaNested editSchema() {
    return new SchemaNested(schema);
  }

  public SchemaNested editOrNewSchema() {
    return new SchemaNested(schema != null ? schema : new V1CustomResourceValidation());
  }

  public SchemaNested editOrNewSchemaLike(V1CustomResourceValidation item) {
    return new SchemaNested(schema != null ? schema : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SchemaNested extends V1CustomResourceValidationFluent<SchemaNested> {
    SchemaNested(V1CustomResourceValidation item) {
      super(item);
    }

    public A and() {
      return V1CustomResourceDefinitionVersionFluent.this.withSchema(toModel());
    }

    public A endSchema() {
      return and();
    }
  }

  public List<V1SelectableField> getSelectableFields() {
    return selectableFields;
  }

  public A withSelectableFields(List<V1SelectableField> selectableFields) {
    this.selectableFields = selectableFields == null ? null : new ArrayList<>(selectableFields);
    return self();
  }

  public boolean hasSelectableFields() {
    return selectableFields != null;
  }

  public A withSelectableFields(V1SelectableField... items) {
    this.selectableFields = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToSelectableFields(V1SelectableField... items) {
    for (V1SelectableField item : items) {
      addToSelectableFields(-1, item);
    }
    return self();
  }

  public A removeFromSelectableFields(V1SelectableField... items) {
    return removeAllFromSelectableFields(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToSelectableFields(int index, V1SelectableField item) {
    if (this.selectableFields == null) {
      this.selectableFields = new ArrayList<>();
    }
    if (index < 0 || index >= this.selectableFields.size()) {
      this.selectableFields.add(item);
    } else {
      this.selectableFields.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToSelectableFields(int index, V1SelectableField item) {
    if (index < 0 || this.selectableFields == null || index >= this.selectableFields.size()) {
      return addToSelectableFields(-1, item);
    }
    this.selectableFields.set(index, item);
    return self();
  }

  public A addAllToSelectableFields(Collection<V1SelectableField> items) {
    for (V1SelectableField item : items) {
      addToSelectableFields(-1, item);
    }
    return self();
  }

  public A removeAllFromSelectableFields(Collection<V1SelectableField> items) {
    if (this.selectableFields != null) {
      this.selectableFields.removeAll(items);
    }
    return self();
  }

  public List<V1SelectableField> buildSelectableFields() {
    return selectableFields;
  }

  public V1SelectableField buildSelectableField(int index) {
    return this.selectableFields.get(index);
  }

  public SelectableFieldsNested addNewSelectableField() {
    return new SelectableFieldsNested(-1, null);
  }

  public SelectableFieldsNested addNewSelectableFieldLike(V1SelectableField item) {
    return new SelectableFieldsNested(-1, item);
  }

  public SelectableFieldsNested setNewSelectableFieldLike(int index, V1SelectableField item) {
    return new SelectableFieldsNested(index, item);
  }

  public SelectableFieldsNested editSelectableField(int index) {
    if (this.selectableFields == null || index < 0 || index >= this.selectableFields.size()) {
      throw new IndexOutOfBoundsException("can't edit selectableFields [" + index + "]");
    }
    return new SelectableFieldsNested(index, this.selectableFields.get(index));
  }

  public SelectableFieldsNested editFirstSelectableField() {
    return editSelectableField(0);
  }

  public SelectableFieldsNested editLastSelectableField() {
    return editSelectableField(this.selectableFields == null ? -1 : this.selectableFields.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class SelectableFieldsNested extends V1SelectableFieldFluent<SelectableFieldsNested> {
    private final int index;

    SelectableFieldsNested(int index, V1SelectableField item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1CustomResourceDefinitionVersionFluent.this.setToSelectableFields(index, toModel());
    }

    public A endSelectableField() {
      return and();
    }
  }

  public Boolean getServed() {
    return served;
  }

  public A withServed(Boolean served) {
    this.served = served;
    return self();
  }

  public boolean hasServed() {
    return served != null;
  }

  public Boolean getStorage() {
    return storage;
  }

  public A withStorage(Boolean storage) {
    this.storage = storage;
    return self();
  }

  public boolean hasStorage() {
    return storage != null;
  }

  public V1CustomResourceSubresources getSubresources() {
    return subresources;
  }

  public A withSubresources(V1CustomResourceSubresources subresources) {
    this.subresources = subresources;
    return self();
  }

  public boolean hasSubresources() {
    return subresources != null;
  }

  public V1CustomResourceSubresources buildSubresources() {
    return subresources;
  }

  public SubresourcesNested withNewSubresources() {
    return new SubresourcesNested(null);
  }

  public SubresourcesNested withNewSubresourcesLike(V1CustomResourceSubresources item) {
    return new SubresourcesNested(item);
  }

  public SubresourcesNested editSubresources() {
    return new SubresourcesNested(subresources);
  }

  public SubresourcesNested editOrNewSubresources() {
    return new SubresourcesNested(subresources != null ? subresources : new V1CustomResourceSubresources());
  }

  public SubresourcesNested editOrNewSubresourcesLike(V1CustomResourceSubresources item) {
    return new SubresourcesNested(subresources != null ? subresources : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SubresourcesNested extends V1CustomResourceSubresourcesFluent<SubresourcesNested> {
    SubresourcesNested(V1CustomResourceSubresources item) {
      super(item);
    }

    public A and() {
      return V1CustomResourceDefinitionVersionFluent.this.withSubresources(toModel());
    }

    public A endSubresources() {
      return and();
    }
  }
}
