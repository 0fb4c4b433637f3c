package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1CustomResourceDefinitionSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CustomResourceDefinitionSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CustomResourceDefinitionSpecFluent<A extends V1CustomResourceDefinitionSpecFluent<A>> {
  private V1CustomResourceConversion conversion;
  private String group;
  private V1CustomResourceDefinitionNames names;
  private Boolean preserveUnknownFields;
  private String scope;
  private List<V1CustomResourceDefinitionVersion> versions;

  public V1CustomResourceDefinitionSpecFluent() {}

  public V1CustomResourceDefinitionSpecFluent(V1CustomResourceDefinitionSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CustomResourceDefinitionSpec instance) {
    if (instance != null) {
      this.conversion = instance.getConversion();
      this.group = instance.getGroup();
      this.names = instance.getNames();
      this.preserveUnknownFields = instance.getPreserveUnknownFields();
      this.scope = instance.getScope();
      this.versions = instance.getVersions() == null ? null : new ArrayList<>(instance.getVersions());
    }
  }

  /** A new {@link V1CustomResourceDefinitionSpec} holding what was set (lists and maps copied). */
  V1CustomResourceDefinitionSpec toModel() {
    V1CustomResourceDefinitionSpec o = new V1CustomResourceDefinitionSpec();
    o.setConversion(conversion);
    o.setGroup(group);
    o.setNames(names);
    o.setPreserveUnknownFields(preserveUnknownFields);
    o.setScope(scope);
    o.setVersions(versions == null ? null : new ArrayList<>(versions));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1CustomResourceConversion getConversion() {
    return conversion;
  }

  public A withConversion(V1CustomResourceConversion conversion) {
    this.conversion = conversion;
    return self();
  }

  public boolean hasConversion() {
    return conversion != null;
  }

  public V1CustomResourceConversion buildConversion() {
    return conversion;
  }

  public ConversionNested withNewConversion() {
    return new ConversionNested(null);
  }

  public ConversionNested withNewConversionLike(V1CustomResourceConversion item) {
    return new ConversionNested(item);
  }

  public ConversionNested editConversion() {
    return new ConversionNested(conversion);
  }

  public ConversionNested editOrNewConversion() {
    return new ConversionNested(conversion != null ? conversion : new V1CustomResourceConversion());
  }

  public ConversionNested editOrNewConversionLike(V1CustomResourceConversion item) {
    return new ConversionNested(conversion != null ? conversion : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ConversionNested extends V1CustomResourceConversionFluent<ConversionNested> {
    ConversionNested(V1CustomResourceConversion item) {
      super(item);
    }

    public A and() {
      return V1CustomResourceDefinitionSpecFluent.this.withConversion(toModel());
    }

    public A endConversion() {
      return and();
    }
  }

  public String getGroup() {
    return group;
  }

  public A withGroup(String group) {
    this.group = group;
    return self();
  }

  public boolean hasGroup() {
    return group != null;
  }

  public V1CustomResourceDefinitionNames getNames() {
    return names;
  }

  public A withNames(V1CustomResourceDefinitionNames names) {
    this.names = names;
    return self();
  }

  public boolean hasNames() {
    return names != null;
  }

  public V1CustomResourceDefinitionNames buildNames() {
    return names;
  }

  public NamesNested withNewNames() {
    return new NamesNested(null);
  }

  public NamesNested withNewNamesLike(V1CustomResourceDefinitionNames item) {
    return new NamesNested(item);
  }

  public NamesNested editNames() {
    return new NamesNested(names);
  }

  public NamesNested editOrNewNames() {
    return new NamesNested(names != null ? names : new V1CustomResourceDefinitionNames());
  }

  public NamesNested editOrNewNamesLike(V1CustomResourceDefinitionNames item) {
    return new NamesNested(names != null ? names : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class NamesNested extends V1CustomResourceDefinitionNamesFluent<NamesNested> {
    NamesNested(V1CustomResourceDefinitionNames item) {
      super(item);
    }

    public A and() {
      return V1CustomResourceDefinitionSpecFluent.this.withNames(toModel());
    }

    public A endNames() {
      return and();
    }
  }

  public Boolean getPreserveUnknownFields() {
    return preserveUnknownFields;
  }

  public A withPreserveUnknownFields(Boolean preserveUnknownFields) {
    this.preserveUnknownFields = preserveUnknownFields;
    return self();
  }

  public boolean hasPreserveUnknownFields() {
    return preserveUnknownFields != null;
  }

  public String getScope() {
    return scope;
  }

  public A withScope(String scope) {
    this.scope = scope;
    return self();
  }

  public boolean hasScope() {
    return scope != null;
  }

  public List<V1CustomResourceDefinitionVersion> getVersions() {
    return versions;
  }

  public A withVersions(List<V1CustomResourceDefinitionVersion> versions) {
    this.versions = versions == null ? null : new ArrayList<>(versions);
    return self();
  }

  public boolean hasVersions() {
    return versions != null;
  }

  public A withVersions(V1CustomResourceDefinitionVersion... items) {
    this.versions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToVersions(V1CustomResourceDefinitionVersion... items) {
    for (V1CustomResourceDefinitionVersion item : items) {
      addToVersions(-1, item);
    }
    return self();
  }

  public A removeFromVersions(V1CustomResourceDefinitionVersion... items) {
    return removeAllFromVersions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToVersions(int index, V1CustomResourceDefinitionVersion item) {
    if (this.versions == null) {
      this.versions = new ArrayList<>();
    }
    if (index < 0 || index >= this.versions.size()) {
      this.versions.add(item);
    } else {
      this.versions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToVersions(int index, V1CustomResourceDefinitionVersion item) {
    if (index < 0 || this.versions == null || index >= this.versions.size()) {
      return addToVersions(-1, item);
    }
    this.versions.set(index, item);
    return self();
  }

  public A addAllToVersions(Collection<V1CustomResourceDefinitionVersion> items) {
    for (V1CustomResourceDefinitionVersion item : items) {
      addToVersions(-1, item);
    }
    return self();
  }

  public A removeAllFromVersions(Collection<V1CustomResourceDefinitionVersion> items) {
    if (this.versions != null) {
      this.versions.removeAll(items);
    }
    return self();
  }

  public List<V1CustomResourceDefinitionVersion> buildVersions() {
    return versions;
  }

  public V1CustomResourceDefinitionVersion buildVersion(int index) {
    return this.versions.get(index);
  }

  public VersionsNested addNewVersion() {
    return new VersionsNested(-1, null);
  }

  public VersionsNested addNewVersionLike(V1CustomResourceDefinitionVersion item) {
    return new VersionsNested(-1, item);
  }

  public VersionsNested setNewVersionLike(int index, V1CustomResourceDefinitionVersion item) {
    return new VersionsNested(index, item);
  }

  public VersionsNested editVersion(int index) {
    if (this.versions == null || index < 0 || index >= this.versions.size()) {
      throw new IndexOutOfBoundsException("can't edit versions [" + index + "]");
    }
    return new VersionsNested(index, this.versions.get(index));
  }

  public VersionsNested editFirstVersion() {
    return editVersion(0);
  }

  public VersionsNested editLastVersion() {
    return editVersion(this.versions == null ? -1 : this.versions.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class VersionsNested extends V1CustomResourceDefinitionVersionFluent<VersionsNested> {
    private final int index;

    VersionsNested(int index, V1CustomResourceDefinitionVersion item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1CustomResourceDefinitionSpecFluent.this.setToVersions(index, toModel());
    }

    public A endVersion() {
      return and();
    }
  }
}
