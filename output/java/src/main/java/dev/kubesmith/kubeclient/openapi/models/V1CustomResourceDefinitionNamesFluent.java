package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1CustomResourceDefinitionNames}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CustomResourceDefinitionNamesBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CustomResourceDefinitionNamesFluent<A extends V1CustomResourceDefinitionNamesFluent<A>> {
  private List<String> categories;
  private String kind;
  private String listKind;
  private String plural;
  private List<String> shortNames;
  private String singular;

  public V1CustomResourceDefinitionNamesFluent() {}

  public V1CustomResourceDefinitionNamesFluent(V1CustomResourceDefinitionNames instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CustomResourceDefinitionNames instance) {
    if (instance != null) {
      this.categories = instance.getCategories() == null ? null : new ArrayList<>(instance.getCategories());
      this.kind = instance.getKind();
      this.listKind = instance.getListKind();
      this.plural = instance.getPlural();
      this.shortNames = instance.getShortNames() == null ? null : new ArrayList<>(instance.getShortNames());
      this.singular = instance.getSingular();
    }
  }

  /** A new {@link V1CustomResourceDefinitionNames} holding what was set (lists and maps copied). */
  V1CustomResourceDefinitionNames toModel() {
    V1CustomResourceDefinitionNames o = new V1CustomResourceDefinitionNames();
    o.setCategories(categories == null ? null : new ArrayList<>(categories));
    o.setKind(kind);
    o.setListKind(listKind);
    o.setPlural(plural);
    o.setShortNames(shortNames == null ? null : new ArrayList<>(shortNames));
    o.setSingular(singular);
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

  public String getListKind() {
    return listKind;
  }

  public A withListKind(String listKind) {
    this.listKind = listKind;
    return self();
  }

  public boolean hasListKind() {
    return listKind != null;
  }

  public String getPlural() {
    return plural;
  }

  public A withPlural(String plural) {
    this.plural = plural;
    return self();
  }

  public boolean hasPlural() {
    return plural != null;
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

  public String getSingular() {
    return singular;
  }

  public A withSingular(String singular) {
    this.singular = singular;
    return self();
  }

  public boolean hasSingular() {
    return singular != null;
  }
}
