package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1PodDNSConfig}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodDNSConfigBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodDNSConfigFluent<A extends V1PodDNSConfigFluent<A>> {
  private List<String> nameservers;
  private List<V1PodDNSConfigOption> options;
  private List<String> searches;

  public V1PodDNSConfigFluent() {}

  public V1PodDNSConfigFluent(V1PodDNSConfig instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodDNSConfig instance) {
    if (instance != null) {
      this.nameservers = instance.getNameservers() == null ? null : new ArrayList<>(instance.getNameservers());
      this.options = instance.getOptions() == null ? null : new ArrayList<>(instance.getOptions());
      this.searches = instance.getSearches() == null ? null : new ArrayList<>(instance.getSearches());
    }
  }

  /** A new {@link V1PodDNSConfig} holding what was set (lists and maps copied). */
  V1PodDNSConfig toModel() {
    V1PodDNSConfig o = new V1PodDNSConfig();
    o.setNameservers(nameservers == null ? null : new ArrayList<>(nameservers));
    o.setOptions(options == null ? null : new ArrayList<>(options));
    o.setSearches(searches == null ? null : new ArrayList<>(searches));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getNameservers() {
    return nameservers;
  }

  public A withNameservers(List<String> nameservers) {
    this.nameservers = nameservers == null ? null : new ArrayList<>(nameservers);
    return self();
  }

  public boolean hasNameservers() {
    return nameservers != null;
  }

  public A withNameservers(String... items) {
    this.nameservers = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToNameservers(String... items) {
    for (String item : items) {
      addToNameservers(-1, item);
    }
    return self();
  }

  public A removeFromNameservers(String... items) {
    return removeAllFromNameservers(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToNameservers(int index, String item) {
    if (this.nameservers == null) {
      this.nameservers = new ArrayList<>();
    }
    if (index < 0 || index >= this.nameservers.size()) {
      this.nameservers.add(item);
    } else {
      this.nameservers.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToNameservers(int index, String item) {
    if (index < 0 || this.nameservers == null || index >= this.nameservers.size()) {
      return addToNameservers(-1, item);
    }
    this.nameservers.set(index, item);
    return self();
  }

  public A addAllToNameservers(Collection<String> items) {
    for (String item : items) {
      addToNameservers(-1, item);
    }
    return self();
  }

  public A removeAllFromNameservers(Collection<String> items) {
    if (this.nameservers != null) {
      this.nameservers.removeAll(items);
    }
    return self();
  }

  public List<V1PodDNSConfigOption> getOptions() {
    return options;
  }

  public A withOptions(List<V1PodDNSConfigOption> options) {
    this.options = options == null ? null : new ArrayList<>(options);
    return self();
  }

  public boolean hasOptions() {
    return options != null;
  }

  public A withOptions(V1PodDNSConfigOption... items) {
    this.options = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToOptions(V1PodDNSConfigOption... items) {
    for (V1PodDNSConfigOption item : items) {
      addToOptions(-1, item);
    }
    return self();
  }

  public A removeFromOptions(V1PodDNSConfigOption... items) {
    return removeAllFromOptions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToOptions(int index, V1PodDNSConfigOption item) {
    if (this.options == null) {
      this.options = new ArrayList<>();
    }
    if (index < 0 || index >= this.options.size()) {
      this.options.add(item);
    } else {
      this.options.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToOptions(int index, V1PodDNSConfigOption item) {
    if (index < 0 || this.options == null || index >= this.options.size()) {
      return addToOptions(-1, item);
    }
    this.options.set(index, item);
    return self();
  }

  public A addAllToOptions(Collection<V1PodDNSConfigOption> items) {
    for (V1PodDNSConfigOption item : items) {
      addToOptions(-1, item);
    }
    return self();
  }

  public A removeAllFromOptions(Collection<V1PodDNSConfigOption> items) {
    if (this.options != null) {
      this.options.removeAll(items);
    }
    return self();
  }

  public List<V1PodDNSConfigOption> buildOptions() {
    return options;
  }

  public V1PodDNSConfigOption buildOption(int index) {
    return this.options.get(index);
  }

  public OptionsNested addNewOption() {
    return new OptionsNested(-1, null);
  }

  public OptionsNested addNewOptionLike(V1PodDNSConfigOption item) {
    return new OptionsNested(-1, item);
  }

  public OptionsNested setNewOptionLike(int index, V1PodDNSConfigOption item) {
    return new OptionsNested(index, item);
  }

  public OptionsNested editOption(int index) {
    if (this.options == null || index < 0 || index >= this.options.size()) {
      throw new IndexOutOfBoundsException("can't edit options [" + index + "]");
    }
    return new OptionsNested(index, this.options.get(index));
  }

  public OptionsNested editFirstOption() {
    return editOption(0);
  }

  public OptionsNested editLastOption() {
    return editOption(this.options == null ? -1 : this.options.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class OptionsNested extends V1PodDNSConfigOptionFluent<OptionsNested> {
    private final int index;

    OptionsNested(int index, V1PodDNSConfigOption item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodDNSConfigFluent.this.setToOptions(index, toModel());
    }

    public A endOption() {
      return and();
    }
  }

  public List<String> getSearches() {
    return searches;
  }

  public A withSearches(List<String> searches) {
    this.searches = searches == null ? null : new ArrayList<>(searches);
    return self();
  }

  public boolean hasSearches() {
    return searches != null;
  }

  public A withSearches(String... items) {
    this.searches = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToSearches(String... items) {
    for (String item : items) {
      addToSearches(-1, item);
    }
    return self();
  }

  public A removeFromSearches(String... items) {
    return removeAllFromSearches(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToSearches(int index, String item) {
    if (this.searches == null) {
      this.searches = new ArrayList<>();
    }
    if (index < 0 || index >= this.searches.size()) {
      this.searches.add(item);
    } else {
      this.searches.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToSearches(int index, String item) {
    if (index < 0 || this.searches == null || index >= this.searches.size()) {
      return addToSearches(-1, item);
    }
    this.searches.set(index, item);
    return self();
  }

  public A addAllToSearches(Collection<String> items) {
    for (String item : items) {
      addToSearches(-1, item);
    }
    return self();
  }

  public A removeAllFromSearches(Collection<String> items) {
    if (this.searches != null) {
      this.searches.removeAll(items);
    }
    return self();
  }
}
