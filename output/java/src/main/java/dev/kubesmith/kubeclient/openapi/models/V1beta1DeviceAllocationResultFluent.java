package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1beta1DeviceAllocationResult}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1DeviceAllocationResultBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1DeviceAllocationResultFluent<A extends V1beta1DeviceAllocationResultFluent<A>> {
  private List<V1beta1DeviceAllocationConfiguration> config;
  private List<V1beta1DeviceRequestAllocationResult> results;

  public V1beta1DeviceAllocationResultFluent() {}

  public V1beta1DeviceAllocationResultFluent(V1beta1DeviceAllocationResult instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1DeviceAllocationResult instance) {
    if (instance != null) {
      this.config = instance.getConfig() == null ? null : new ArrayList<>(instance.getConfig());
      this.results = instance.getResults() == null ? null : new ArrayList<>(instance.getResults());
    }
  }

  /** A new {@link V1beta1DeviceAllocationResult} holding what was set (lists and maps copied). */
  V1beta1DeviceAllocationResult toModel() {
    V1beta1DeviceAllocationResult o = new V1beta1DeviceAllocationResult();
    o.setConfig(config == null ? null : new ArrayList<>(config));
    o.setResults(results == null ? null : new ArrayList<>(results));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1beta1DeviceAllocationConfiguration> getConfig() {
    return config;
  }

  public A withConfig(List<V1beta1DeviceAllocationConfiguration> config) {
    this.config = config == null ? null : new ArrayList<>(config);
    return self();
  }

  public boolean hasConfig() {
    return config != null;
  }

  public A withConfig(V1beta1DeviceAllocationConfiguration... items) {
    this.config = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConfig(V1beta1DeviceAllocationConfiguration... items) {
    for (V1beta1DeviceAllocationConfiguration item : items) {
      addToConfig(-1, item);
    }
    return self();
  }

  public A removeFromConfig(V1beta1DeviceAllocationConfiguration... items) {
    return removeAllFromConfig(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConfig(int index, V1beta1DeviceAllocationConfiguration item) {
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
  public A setToConfig(int index, V1beta1DeviceAllocationConfiguration item) {
    if (index < 0 || this.config == null || index >= this.config.size()) {
      return addToConfig(-1, item);
    }
    this.config.set(index, item);
    return self();
  }

  public A addAllToConfig(Collection<V1beta1DeviceAllocationConfiguration> items) {
    for (V1beta1DeviceAllocationConfiguration item : items) {
      addToConfig(-1, item);
    }
    return self();
  }

  public A removeAllFromConfig(Collection<V1beta1DeviceAllocationConfiguration> items) {
    if (this.config != null) {
      this.config.removeAll(items);
    }
    return self();
  }

  public List<V1beta1DeviceAllocationConfiguration> buildConfig() {
    return config;
  }

  public V1beta1DeviceAllocationConfiguration buildConfig(int index) {
    return this.config.get(index);
  }

  public ConfigNested addNewConfig() {
    return new ConfigNested(-1, null);
  }

  public ConfigNested addNewConfigLike(V1beta1DeviceAllocationConfiguration item) {
    return new ConfigNested(-1, item);
  }

  public ConfigNested setNewConfigLike(int index, V1beta1DeviceAllocationConfiguration item) {
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
  public class ConfigNested extends V1beta1DeviceAllocationConfigurationFluent<ConfigNested> {
    private final int index;

    ConfigNested(int index, V1beta1DeviceAllocationConfiguration item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta1DeviceAllocationResultFluent.this.setToConfig(index, toModel());
    }

    public A endConfig() {
      return and();
    }
  }

  public List<V1beta1DeviceRequestAllocationResult> getResults() {
    return results;
  }

  public A withResults(List<V1beta1DeviceRequestAllocationResult> results) {
    this.results = results == null ? null : new ArrayList<>(results);
    return self();
  }

  public boolean hasResults() {
    return results != null;
  }

  public A withResults(V1beta1DeviceRequestAllocationResult... items) {
    this.results = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToResults(V1beta1DeviceRequestAllocationResult... items) {
    for (V1beta1DeviceRequestAllocationResult item : items) {
      addToResults(-1, item);
    }
    return self();
  }

  public A removeFromResults(V1beta1DeviceRequestAllocationResult... items) {
    return removeAllFromResults(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToResults(int index, V1beta1DeviceRequestAllocationResult item) {
    if (this.results == null) {
      this.results = new ArrayList<>();
    }
    if (index < 0 || index >= this.results.size()) {
      this.results.add(item);
    } else {
      this.results.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToResults(int index, V1beta1DeviceRequestAllocationResult item) {
    if (index < 0 || this.results == null || index >= this.results.size()) {
      return addToResults(-1, item);
    }
    this.results.set(index, item);
    return self();
  }

  public A addAllToResults(Collection<V1beta1DeviceRequestAllocationResult> items) {
    for (V1beta1DeviceRequestAllocationResult item : items) {
      addToResults(-1, item);
    }
    return self();
  }

  public A removeAllFromResults(Collection<V1beta1DeviceRequestAllocationResult> items) {
    if (this.results != null) {
      this.results.removeAll(items);
    }
    return self();
  }

  public List<V1beta1DeviceRequestAllocationResult> buildResults() {
    return results;
  }

  public V1beta1DeviceRequestAllocationResult buildResult(int index) {
    return this.results.get(index);
  }

  public ResultsNested addNewResult() {
    return new ResultsNested(-1, null);
  }

  public ResultsNested addNewResultLike(V1beta1DeviceRequestAllocationResult item) {
    return new ResultsNested(-1, item);
  }

  public ResultsNested setNewResultLike(int index, V1beta1DeviceRequestAllocationResult item) {
    return new ResultsNested(index, item);
  }

  public ResultsNested editResult(int index) {
    if (this.results == null || index < 0 || index >= this.results.size()) {
      throw new IndexOutOfBoundsException("can't edit results [" + index + "]");
    }
    return new ResultsNested(index, this.results.get(index));
  }

  public ResultsNested editFirstResult() {
    return editResult(0);
  }

  public ResultsNested editLastResult() {
    return editResult(this.results == null ? -1 : this.results.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ResultsNested extends V1beta1DeviceRequestAllocationResultFluent<ResultsNested> {
    private final int index;

    ResultsNested(int index, V1beta1DeviceRequestAllocationResult item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta1DeviceAllocationResultFluent.this.setToResults(index, toModel());
    }

    public A endResult() {
      return and();
    }
  }
}
