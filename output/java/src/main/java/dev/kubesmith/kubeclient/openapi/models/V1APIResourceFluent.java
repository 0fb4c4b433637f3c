package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1APIResource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1APIResourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1APIResourceFluent<A extends V1APIResourceFluent<A>> {
  private List<String> categories;
  private String group;
  private String kind;
  private String name;
  private Boolean namespaced;
  private List<String> shortNames;
  private String singularName;
  private String storageVersionHash;
  private List<String> verbs;
  private String version;

  public V1APIResourceFluent() {}

  public V1APIResourceFluent(V1APIResource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1APIResource instance) {
    if (instance != null) {
      this.categories = instance.getCategories() == null ? null : new ArrayList<>(instance.getCategories());
      this.group = instance.getGroup();
      this.kind = instance.getKind();
      this.name = instance.getName();
      this.namespaced = instance.getNamespaced();
      this.shortNames = instance.getShortNames() == null ? null : new ArrayList<>(instance.getShortNames());
      this.singularName = instance.getSingularName();
      this.storageVersionHash = instance.getStorageVersionHash();
      this.verbs = instance.getVerbs() == null ? null : new ArrayList<>(instance.getVerbs());
      this.version = instance.getVersion();
    }
  }

  /** A new {@link V1APIResource} holding what was set (lists and maps copied). */
  V1APIResource toModel() {
    V1APIResource o = new V1APIResource();
    o.setCategories(categories == null ? null : new ArrayList<>(categories));
    o.setGroup(group);
    o.setKind(kind);
    o.setName(name);
    o.setNamespaced(namespaced);
    o.setShortNames(shortNames == null ? null : new ArrayList<>(shortNames));
    o.setSingularName(singularName);
    o.setStorageVersionHash(storageVersionHash);
    o.setVerbs(verbs == null ? null : new ArrayList<>(verbs));
    o.setVersion(version);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getCategories() {
    return categories;
  }

  public A withCategories(List<String> categories) {
    this.categories = categories == null ? null : new ArrayList<>(categories);
    return self();
  }

  public boolean hasCategories() {
    return categories != null;
  }

  public A withCategories(String... items) {
    this.categories = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToCategories(String... items) {
    for (String item : items) {
      addToCategories(-1, item);
    }
    return self();
  }

  public A removeFromCategories(String... items) {
    return removeAllFromCategories(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToCategories(int index, String item) {
    if (this.categories == null) {
      this.categories = new ArrayList<>();
    }
    if (index < 0 || index >= this.categories.size()) {
      this.categories.add(item);
    } else {
      this.categories.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToCategories(int index, String item) {
    if (index < 0 || this.categories == null || index >= this.categories.size()) {
      return addToCategories(-1, item);
    }
    this.categories.set(index, item);
    return self();
  }

  public A addAllToCategories(Collection<String> items) {
    for (String item : items) {
      addToCategories(-1, item);
    }
    return self();
  }

  public A removeAllFromCategories(Collection<String> items) {
    if (this.categories != null) {
      this.categories.removeAll(items);
    }
    return self();
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

  public String getKind() {
    return kind;
  }

  public A withKind(String kind) {
    this.kind = kind;
    return self();
  }

  public boolean hasKind() {
    return kind != null;
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

  public Boolean getNamespaced() {
    return namespaced;
  }

  public A withNamespaced(Boolean namespaced) {
    this.namespaced = namespaced;
    return self();
  }

  public boolean hasNamespaced() {
    return namespaced != null;
  }

  public List<String> getShortNames() {
    return shortNames;
  }

  public A withShortNames(List<String> shortNames) {
    this.shortNames = shortNames == null ? null : new ArrayList<>(shortNames);
    return self();
  }

  public boolean hasShortNames() {
    return shortNames != null;
  }

  public A withShortNames(String... items) {
    this.shortNames = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToShortNames(String... items) {
    for (String item : items) {
      addToShortNames(-1, item);
    }
    return self();
  }

  public A removeFromShortNames(String... items) {
    return removeAllFromShortNames(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToShortNames(int index, String item) {
    if (this.shortNames == null) {
      this.shortNames = new ArrayList<>();
    }
    if (index < 0 || index >= this.shortNames.size()) {
      this.shortNames.add(item);
    } else {
      this.shortNames.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToShortNames(int index, String item) {
    if (index < 0 || this.shortNames == null || index >= this.shortNames.size()) {
      return addToShortNames(-1, item);
    }
    this.shortNames.set(index, item);
    return self();
  }

  public A addAllToShortNames(Collection<String> items) {
    for (String item : items) {
      addToShortNames(-1, item);
    }
    return self();
  }

  public A removeAllFromShortNames(Collection<String> items) {
    if (this.shortNames != null) {
      this.shortNames.removeAll(items);
    }
    return self();
  }

  public String getSingularName() {
    return singularName;
  }

  public A withSingularName(String singularName) {
    this.singularName = singularName;
    return self();
  }

  public boolean hasSingularName() {
    return singularName != null;
  }

  public String getStorageVersionHash() {
    return storageVersionHash;
  }

  public A withStorageVersionHash(String storageVersionHash) {
    this.storageVersionHash = storageVersionHash;
    return self();
  }

  public boolean hasStorageVersionHash() {
    return storageVersionHash != null;
  }

  public List<String> getVerbs() {
    return verbs;
  }

  public A withVerbs(List<String> verbs) {
    this.verbs = verbs == null ? null : new ArrayList<>(verbs);
    return self();
  }

  public boolean hasVerbs() {
    return verbs != null;
  }

  public A withVerbs(String... items) {
    this.verbs = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToVerbs(String... items) {
    for (String item : items) {
      addToVerbs(-1, item);
    }
    return self();
  }

  public A removeFromVerbs(String... items) {
    return removeAllFromVerbs(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToVerbs(int index, String item) {
    if (this.verbs == null) {
      this.verbs = new ArrayList<>();
    }
    if (index < 0 || index >= this.verbs.size()) {
      this.verbs.add(item);
    } else {
      this.verbs.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToVerbs(int index, String item) {
    if (index < 0 || this.verbs == null || index >= this.verbs.size()) {
      return addToVerbs(-1, item);
    }
    this.verbs.set(index, item);
    return self();
  }

  public A addAllToVerbs(Collection<String> items) {
    for (String item : items) {
      addToVerbs(-1, item);
    }
    return self();
  }

  public A removeAllFromVerbs(Collection<String> items) {
    if (this.verbs != null) {
      this.verbs.removeAll(items);
    }
    return self();
  }

  public String getVersion() {
    return version;
  }

  public A withVersion(String version) {
    this.version = version;
    return self();
  }

  public boolean hasVersion() {
    return version != null;
  }
}
