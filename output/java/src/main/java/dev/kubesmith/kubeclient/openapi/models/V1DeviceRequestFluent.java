package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1DeviceRequest}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DeviceRequestBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DeviceRequestFluent<A extends V1DeviceRequestFluent<A>> {
  private V1ExactDeviceRequest exactly;
  private List<V1DeviceSubRequest> firstAvailable;
  private String name;

  public V1DeviceRequestFluent() {}

  public V1DeviceRequestFluent(V1DeviceRequest instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DeviceRequest instance) {
    if (instance != null) {
      this.exactly = instance.getExactly();
      this.firstAvailable = instance.getFirstAvailable() == null ? null : new ArrayList<>(instance.getFirstAvailable());
      this.name = instance.getName();
    }
  }

  /** A new {@link V1DeviceRequest} holding what was set (lists and maps copied). */
  V1DeviceRequest toModel() {
    V1DeviceRequest o = new V1DeviceRequest();
    o.setExactly(exactly);
    o.setFirstAvailable(firstAvailable == null ? null : new ArrayList<>(firstAvailable));
    o.setName(name);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1ExactDeviceRequest getExactly() {
    return exactly;
  }

  public A withExactly(V1ExactDeviceRequest exactly) {
    this.exactly = exactly;
    return self();
  }

  public boolean hasExactly() {
    return exactly != null;
  }

  public V1ExactDeviceRequest buildExactly() {
    return exactly;
  }

  public ExactlyNested withNewExactly() {
    return new ExactlyNested(null);
  }

  public ExactlyNested withNewExactlyLike(V1ExactDeviceRequest item) {
    return new ExactlyNested(item);
  }

  public ExactlyNested editExactly() {
    return new ExactlyNested(exactly);
  }

  public ExactlyNested editOrNewExactly() {
    return new ExactlyNested(exactly != null ? exactly : new V1ExactDeviceRequest());
  }

  public ExactlyNested editOrNewExactlyLike(V1ExactDeviceRequest item) {
    return new ExactlyNested(exactly != null ? exactly : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ExactlyNested extends V1ExactDeviceRequestFluent<ExactlyNested> {
    ExactlyNested(V1ExactDeviceRequest item) {
      super(item);
    }

    public A and() {
      return V1DeviceRequestFluent.this.withExactly(toModel());
    }

    public A endExactly() {
      return and();
    }
  }

  public List<V1DeviceSubRequest> getFirstAvailable() {
    return firstAvailable;
  }

  public A withFirstAvailable(List<V1DeviceSubRequest> firstAvailable) {
    this.firstAvailable = firstAvailable == null ? null : new ArrayList<>(firstAvailable);
    return self();
  }

  public boolean hasFirstAvailable() {
    return firstAvailable != null;
  }

  public A withFirstAvailable(V1DeviceSubRequest... items) {
    this.firstAvailable = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToFirstAvailable(V1DeviceSubRequest... items) {
    for (V1DeviceSubRequest item : items) {
      addToFirstAvailable(-1, item);
    }
    return self();
  }

  public A removeFromFirstAvailable(V1DeviceSubRequest... items) {
    return removeAllFromFirstAvailable(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToFirstAvailable(int index, V1DeviceSubRequest item) {
    if (this.firstAvailable == null) {
      this.firstAvailable = new ArrayList<>();
    }
    if (index < 0 || index >= this.firstAvailable.size()) {
      this.firstAvailable.add(item);
    } else {
      this.firstAvailable.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToFirstAvailable(int index, V1DeviceSubRequest item) {
    if (index < 0 || this.firstAvailable == null || index >= this.firstAvailable.size()) {
      return addToFirstAvailable(-1, item);
    }
    this.firstAvailable.set(index, item);
    return self();
  }

  public A addAllToFirstAvailable(Collection<V1DeviceSubRequest> items) {
    for (V1DeviceSubRequest item : items) {
      addToFirstAvailable(-1, item);
    }
    return self();
  }

  public A removeAllFromFirstAvailable(Collection<V1DeviceSubRequest> items) {
    if (this.firstAvailable != null) {
      this.firstAvailable.removeAll(items);
    }
    return self();
  }

  public List<V1DeviceSubRequest> buildFirstAvailable() {
    return firstAvailable;
  }

  public V1DeviceSubRequest buildFirstAvailable(int index) {
    return this.firstAvailable.get(index);
  }

  public FirstAvailableNested addNewFirstAvailable() {
    return new FirstAvailableNested(-1, null);
  }

  public FirstAvailableNested addNewFirstAvailableLike(V1DeviceSubRequest item) {
    return new FirstAvailableNested(-1, item);
  }

  public FirstAvailableNested setNewFirstAvailableLike(int index, V1DeviceSubRequest item) {
    return new FirstAvailableNested(index, item);
  }

  public FirstAvailableNested editFirstAvailable(int index) {
    if (this.firstAvailable == null || index < 0 || index >= this.firstAvailable.size()) {
      throw new IndexOutOfBoundsException("can't edit firstAvailable [" + index + "]");
    }
    return new FirstAvailableNested(index, this.firstAvailable.get(index));
  }

  public FirstAvailableNested editFirstFirstAvailable() {
    return editFirstAvailable(0);
  }

  public FirstAvailableNested editLastFirstAvailable() {
    return editFirstAvailable(this.firstAvailable == null ? -1 : this.firstAvailable.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class FirstAvailableNested extends V1DeviceSubRequestFluent<FirstAvailableNested> {
    private final int index;

    FirstAvailableNested(int index, V1DeviceSubRequest item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1DeviceRequestFluent.this.setToFirstAvailable(index, toModel());
    }

    public A endFirstAvailable() {
      return and();
    }
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
}
