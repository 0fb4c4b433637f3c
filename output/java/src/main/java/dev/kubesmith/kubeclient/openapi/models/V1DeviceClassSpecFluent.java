package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1DeviceClassSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DeviceClassSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DeviceClassSpecFluent<A extends V1DeviceClassSpecFluent<A>> {
  private List<V1DeviceClassConfiguration> config;
  private String extendedResourceName;
  private List<V1DeviceSelector> selectors;

  public V1DeviceClassSpecFluent() {}

  public V1DeviceClassSpecFluent(V1DeviceClassSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DeviceClassSpec instance) {
    if (instance != null) {
      this.config = instance.getConfig() == null ? null : new ArrayList<>(instance.getConfig());
      this.extendedResourceName = instance.getExtendedResourceName();
      this.selectors = instance.getSelectors() == null ? null : new ArrayList<>(instance.getSelectors());
    }
  }

  /** A new {@link V1DeviceClassSpec} holding what was set (lists and maps copied). */
  V1DeviceClassSpec toModel() {
    V1DeviceClassSpec o = new V1DeviceClassSpec();
    o.setConfig(config == null ? null : new ArrayList<>(config));
    o.setExtendedResourceName(extendedResourceName);
    o.setSelectors(selectors == null ? null : new ArrayList<>(selectors));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1DeviceClassConfiguration> getConfig() {
    return config;
  }

  public A withConfig(List<V1DeviceClassConfiguration> config) {
    this.config = config == null ? null : new ArrayList<>(config);
    return self();
  }

  public boolean hasConfig() {
    return config != null;
  }

  public A withConfig(V1DeviceClassConfiguration... items) {
    this.config = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConfig(V1DeviceClassConfiguration... items) {
    for (V1DeviceClassConfiguration item : items) {
      addToConfig(-1, item);
    }
    return self();
  }

  public A removeFromConfig(V1DeviceClassConfiguration... items) {
    return removeAllFromConfig(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConfig(int index, V1DeviceClassConfiguration item) {
    if (this.config == null) {
      this.config = new ArrayList<>();
    }
    if (index < 0 || index >= this.config.size()) {
      this.config.add(item);
    } else {
      this.config.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToConfig(int index, V1DeviceClassConfiguration item) {
    if (index < 0 || this.config == null || index >= this.config.size()) {
      return addToConfig(-1, item);
    }
    this.config.set(index, item);
    return self();
  }

  public A addAllToConfig(Collection<V1DeviceClassConfiguration> items) {
    for (V1DeviceClassConfiguration item : items) {
      addToConfig(-1, item);
    }
    return self();
  }

  public A removeAllFromConfig(Collection<V1DeviceClassConfiguration> items) {
    if (this.config != null) {
      this.config.removeAll(items);
    }
    return self();
  }

  public List<V1DeviceClassConfiguration> buildConfig() {
    return config;
  }

  public V1DeviceClassConfiguration buildConfig(int index) {
    return this.config.get(index);
  }

  public ConfigNested addNewConfig() {
    return new ConfigNested(-1, null);
  }

  public ConfigNested addNewConfigLike(V1DeviceClassConfiguration item) {
    return new ConfigNested(-1, item);
  }

  public ConfigNested setNewConfigLike(int index, V1DeviceClassConfiguration item) {
    return new ConfigNested(index, item);
  }

  public ConfigNested editConfig(int index) {
    if (this.config == null || index < 0 || index >= this.config.size()) {
      throw new IndexOutOfBoundsException("can't edit config [" + index + "]");
    }
    return new ConfigNested(index, this.config.get(index));
  }

  public ConfigNested editFirstConfig() {
    return editConfig(0);
  }

  public ConfigNested editLastConfig() {
    return editConfig(this.config == null ? -1 : this.config.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ConfigNested extends V1DeviceClassConfigurationFluent<ConfigNested> {
    private final int index;

    ConfigNested(int index, V1DeviceClassConfiguration item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1DeviceClassSpecFluent.this.setToConfig(index, toModel());
    }

    public A endConfig() {
      return and();
    }
  }

  public String getExtendedResourceName() {
    return extendedResourceName;
  }

  public A withExtendedResourceName(String extendedResourceName) {
    this.extendedResourceName = extendedResourceName;
    return self();
  }

  public boolean hasExtendedResourceName() {
    return extendedResourceName != null;
  }

  public List<V1DeviceSelector> getSelectors() {
    return selectors;
  }

  public A withSelectors(List<V1DeviceSelector> selectors) {
    this.selectors = selectors == null ? null : new ArrayList<>(selectors);
    return self();
  }

  public boolean hasSelectors() {
    return selectors != null;
  }

  public A withSelectors(V1DeviceSelector... items) {
    this.selectors = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToSelectors(V1DeviceSelector... items) {
    for (V1DeviceSelector item : items) {
      addToSelectors(-1, item);
    }
    return self();
  }

  public A removeFromSelectors(V1DeviceSelector... items) {
    return removeAllFromSelectors(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToSelectors(int index, V1DeviceSelector item) {
    if (this.selectors == null) {
      this.selectors = new ArrayList<>();
    }
    if (index < 0 || index >= this.selectors.size()) {
      this.selectors.add(item);
    } else {
      this.selectors.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToSelectors(int index, V1DeviceSelector item) {
    if (index < 0 || this.selectors == null || index >= this.selectors.size()) {
      return addToSelectors(-1, item);
    }
    this.selectors.set(index, item);
    return self();
  }

  public A addAllToSelectors(Collection<V1DeviceSelector> items) {
    for (V1DeviceSelector item : items) {
      addToSelectors(-1, item);
    }
    return self();
  }

  public A removeAllFromSelectors(Collection<V1DeviceSelector> items) {
    if (this.selectors != null) {
      this.selectors.removeAll(items);
    }
    return self();
  }

  public List<V1DeviceSelector> buildSelectors() {
    return selectors;
  }

  public V1DeviceSelector buildSelector(int index) {
    return this.selectors.get(index);
  }

  public SelectorsNested addNewSelector() {
    return new SelectorsNested(-1, null);
  }

  public SelectorsNested addNewSelectorLike(V1DeviceSelector item) {
    return new SelectorsNested(-1, item);
  }

  public SelectorsNested setNewSelectorLike(int index, V1DeviceSelector item) {
    return new SelectorsNested(index, item);
  }

  public SelectorsNested editSelector(int index) {
    if (this.selectors == null || index < 0 || index >= this.selectors.size()) {
      throw new IndexOutOfBoundsException("can't edit selectors [" + index + "]");
    }
    return new SelectorsNested(index, this.selectors.get(index));
  }

  public SelectorsNested editFirstSelector() {
    return editSelector(0);
  }

  public SelectorsNested editLastSelector() {
    return editSelector(this.selectors == null ? -1 : this.selectors.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class SelectorsNested extends V1DeviceSelectorFluent<SelectorsNested> {
    private final int index;

    SelectorsNested(int index, V1DeviceSelector item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1DeviceClassSpecFluent.this.setToSelectors(index, toModel());
    }

    public A endSelector() {
      return and();
    }
  }
}
