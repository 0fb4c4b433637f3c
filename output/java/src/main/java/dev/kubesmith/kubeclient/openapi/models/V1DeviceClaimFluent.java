package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1DeviceClaim}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DeviceClaimBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DeviceClaimFluent<A extends V1DeviceClaimFluent<A>> {
  private List<V1DeviceClaimConfiguration> config;
  private List<V1DeviceConstraint> constraints;
  private List<V1DeviceRequest> requests;

  public V1DeviceClaimFluent() {}

  public V1DeviceClaimFluent(V1DeviceClaim instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DeviceClaim instance) {
    if (instance != null) {
      this.config = instance.getConfig() == null ? null : new ArrayList<>(instance.getConfig());
      this.constraints = instance.getConstraints() == null ? null : new ArrayList<>(instance.getConstraints());
      this.requests = instance.getRequests() == null ? null : new ArrayList<>(instance.getRequests());
    }
  }

  /** A new {@link V1DeviceClaim} holding what was set (lists and maps copied). */
  V1DeviceClaim toModel() {
    V1DeviceClaim o = new V1DeviceClaim();
    o.setConfig(config == null ? null : new ArrayList<>(config));
    o.setConstraints(constraints == null ? null : new ArrayList<>(constraints));
    o.setRequests(requests == null ? null : new ArrayList<>(requests));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1DeviceClaimConfiguration> getConfig() {
    return config;
  }

  public A withConfig(List<V1DeviceClaimConfiguration> config) {
    this.config = config == null ? null : new ArrayList<>(config);
    return self();
  }

  public boolean hasConfig() {
    return config != null;
  }

  public A withConfig(V1DeviceClaimConfiguration... items) {
    this.config = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConfig(V1DeviceClaimConfiguration... items) {
    for (V1DeviceClaimConfiguration item : items) {
      addToConfig(-1, item);
    }
    return self();
  }

  public A removeFromConfig(V1DeviceClaimConfiguration... items) {
    return removeAllFromConfig(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConfig(int index, V1DeviceClaimConfiguration item) {
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
  public A setToConfig(int index, V1DeviceClaimConfiguration item) {
    if (index < 0 || this.config == null || index >= this.config.size()) {
      return addToConfig(-1, item);
    }
    this.config.set(index, item);
    return self();
  }

  public A addAllToConfig(Collection<V1DeviceClaimConfiguration> items) {
    for (V1DeviceClaimConfiguration item : items) {
      addToConfig(-1, item);
    }
    return self();
  }

  public A removeAllFromConfig(Collection<V1DeviceClaimConfiguration> items) {
    if (this.config != null) {
      this.config.removeAll(items);
    }
    return self();
  }

  public List<V1DeviceClaimConfiguration> buildConfig() {
    return config;
  }

  public V1DeviceClaimConfiguration buildConfig(int index) {
    return this.config.get(index);
  }

  public ConfigNested addNewConfig() {
    return new ConfigNested(-1, null);
  }

  public ConfigNested addNewConfigLike(V1DeviceClaimConfiguration item) {
    return new ConfigNested(-1, item);
  }

  public ConfigNested setNewConfigLike(int index, V1DeviceClaimConfiguration item) {
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
  public class ConfigNested extends V1DeviceClaimConfigurationFluent<ConfigNested> {
    private final int index;

    ConfigNested(int index, V1DeviceClaimConfiguration item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1DeviceClaimFluent.this.setToConfig(index, toModel());
    }

    public A endConfig() {
      return and();
    }
  }

  public List<V1DeviceConstraint> getConstraints() {
    return constraints;
  }

  public A withConstraints(List<V1DeviceConstraint> constraints) {
    this.constraints = constraints == null ? null : new ArrayList<>(constraints);
    return self();
  }

  public boolean hasConstraints() {
    return constraints != null;
  }

  public A withConstraints(V1DeviceConstraint... items) {
    this.constraints = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConstraints(V1DeviceConstraint... items) {
    for (V1DeviceConstraint item : items) {
      addToConstraints(-1, item);
    }
    return self();
  }

  public A removeFromConstraints(V1DeviceConstraint... items) {
    return removeAllFromConstraints(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConstraints(int index, V1DeviceConstraint item) {
    if (this.constraints == null) {
      this.constraints = new ArrayList<>();
    }
    if (index < 0 || index >= this.constraints.size()) {
      this.constraints.add(item);
    } else {
      this.constraints.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToConstraints(int index, V1DeviceConstraint item) {
    if (index < 0 || this.constraints == null || index >= this.constraints.size()) {
      return addToConstraints(-1, item);
    }
    this.constraints.set(index, item);
    return self();
  }

  public A addAllToConstraints(Collection<V1DeviceConstraint> items) {
    for (V1DeviceConstraint item : items) {
      addToConstraints(-1, item);
    }
    return self();
  }

  public A removeAllFromConstraints(Collection<V1DeviceConstraint> items) {
    if (this.constraints != null) {
      this.constraints.removeAll(items);
    }
    return self();
  }

  public List<V1DeviceConstraint> buildConstraints() {
    return constraints;
  }

  public V1DeviceConstraint buildConstraint(int index) {
    return this.constraints.get(index);
  }

  public ConstraintsNested addNewConstraint() {
    return new ConstraintsNested(-1, null);
  }

  public ConstraintsNested addNewConstraintLike(V1DeviceConstraint item) {
    return new ConstraintsNested(-1, item);
  }

  public ConstraintsNested setNewConstraintLike(int index, V1DeviceConstraint item) {
    return new ConstraintsNested(index, item);
  }

  public ConstraintsNested editConstraint(int index) {
    if (this.constraints == null || index < 0 || index >= this.constraints.size()) {
      throw new IndexOutOfBoundsException("can't edit constraints [" + index + "]");
    }
    return new ConstraintsNested(index, this.constraints.get(index));
  }

  public ConstraintsNested editFirstConstraint() {
    return editConstraint(0);
  }

  public ConstraintsNested editLastConstraint() {
    return editConstraint(this.constraints == null ? -1 : this.constraints.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ConstraintsNested extends V1DeviceConstraintFluent<ConstraintsNested> {
    private final int index;

    ConstraintsNested(int index, V1DeviceConstraint item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1DeviceClaimFluent.this.setToConstraints(index, toModel());
    }

    public A endConstraint() {
      return and();
    }
  }

  public List<V1DeviceRequest> getRequests() {
    return requests;
  }

  public A withRequests(List<V1DeviceRequest> requests) {
    this.requests = requests == null ? null : new ArrayList<>(requests);
    return self();
  }

  public boolean hasRequests() {
    return requests != null;
  }

  public A withRequests(V1DeviceRequest... items) {
    this.requests = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToRequests(V1DeviceRequest... items) {
    for (V1DeviceRequest item : items) {
      addToRequests(-1, item);
    }
    return self();
  }

  public A removeFromRequests(V1DeviceRequest... items) {
    return removeAllFromRequests(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToRequests(int index, V1DeviceRequest item) {
    if (this.requests == null) {
      this.requests = new ArrayList<>();
    }
    if (index < 0 || index >= this.requests.size()) {
      this.requests.add(item);
    } else {
      this.requests.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToRequests(int index, V1DeviceRequest item) {
    if (index < 0 || this.requests == null || index >= this.requests.size()) {
      return addToRequests(-1, item);
    }
    this.requests.set(index, item);
    return self();
  }

  public A addAllToRequests(Collection<V1DeviceRequest> items) {
    for (V1DeviceRequest item : items) {
      addToRequests(-1, item);
    }
    return self();
  }

  public A removeAllFromRequests(Collection<V1DeviceRequest> items) {
    if (this.requests != null) {
      this.requests.removeAll(items);
    }
    return self();
  }

  public List<V1DeviceRequest> buildRequests() {
    return requests;
  }

  public V1DeviceRequest buildRequest(int index) {
    return this.requests.get(index);
  }

  public RequestsNested addNewRequest() {
    return new RequestsNested(-1, null);
  }

  public RequestsNested addNewRequestLike(V1DeviceRequest item) {
    return new RequestsNested(-1, item);
  }

  public RequestsNested setNewRequestLike(int index, V1DeviceRequest item) {
    return new RequestsNested(index, item);
  }

  public RequestsNested editRequest(int index) {
    if (this.requests == null || index < 0 || index >= this.requests.size()) {
      throw new IndexOutOfBoundsException("can't edit requests [" + index + "]");
    }
    return new RequestsNested(index, this.requests.get(index));
  }

  public RequestsNested editFirstRequest() {
    return editRequest(0);
  }

  public RequestsNested editLastRequest() {
    return editRequest(this.requests == null ? -1 : this.requests.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class RequestsNested extends V1DeviceRequestFluent<RequestsNested> {
    private final int index;

    RequestsNested(int index, V1DeviceRequest item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1DeviceClaimFluent.this.setToRequests(index, toModel());
    }

    public A endRequest() {
      return and();
    }
  }
}
