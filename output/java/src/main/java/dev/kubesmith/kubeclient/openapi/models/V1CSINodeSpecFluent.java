package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1CSINodeSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CSINodeSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CSINodeSpecFluent<A extends V1CSINodeSpecFluent<A>> {
  private List<V1CSINodeDriver> drivers;

  public V1CSINodeSpecFluent() {}

  public V1CSINodeSpecFluent(V1CSINodeSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CSINodeSpec instance) {
    if (instance != null) {
      this.drivers = instance.getDrivers() == null ? null : new ArrayList<>(instance.getDrivers());
    }
  }

  /** A new {@link V1CSINodeSpec} holding what was set (lists and maps copied). */
  V1CSINodeSpec toModel() {
    V1CSINodeSpec o = new V1CSINodeSpec();
    o.setDrivers(drivers == null ? null : new ArrayList<>(drivers));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1CSINodeDriver> getDrivers() {
    return drivers;
  }

  public A withDrivers(List<V1CSINodeDriver> drivers) {
    this.drivers = drivers == null ? null : new ArrayList<>(drivers);
    return self();
  }

  public boolean hasDrivers() {
    return drivers != null;
  }

  public A withDrivers(V1CSINodeDriver... items) {
    this.drivers = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToDrivers(V1CSINodeDriver... items) {
    for (V1CSINodeDriver item : items) {
      addToDrivers(-1, item);
    }
    return self();
  }

  public A removeFromDrivers(V1CSINodeDriver... items) {
    return removeAllFromDrivers(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToDrivers(int index, V1CSINodeDriver item) {
    if (this.drivers == null) {
      this.drivers = new ArrayList<>();
    }
    if (index < 0 || index >= this.drivers.size()) {
      this.drivers.add(item);
    } else {
      this.drivers.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToDrivers(int index, V1CSINodeDriver item) {
    if (index < 0 || this.drivers == null || index >= this.drivers.size()) {
      return addToDrivers(-1, item);
    }
    this.drivers.set(index, item);
    return self();
  }

  public A addAllToDrivers(Collection<V1CSINodeDriver> items) {
    for (V1CSINodeDriver item : items) {
      addToDrivers(-1, item);
    }
    return self();
  }

  public A removeAllFromDrivers(Collection<V1CSINodeDriver> items) {
    if (this.drivers != null) {
      this.drivers.removeAll(items);
    }
    return self();
  }

  public List<V1CSINodeDriver> buildDrivers() {
    return drivers;
  }

  public V1CSINodeDriver buildDriver(int index) {
    return this.drivers.get(index);
  }

  public DriversNested addNewDriver() {
    return new DriversNested(-1, null);
  }

  public DriversNested addNewDriverLike(V1CSINodeDriver item) {
    return new DriversNested(-1, item);
  }

  public DriversNested setNewDriverLike(int index, V1CSINodeDriver item) {
    return new DriversNested(index, item);
  }

  public DriversNested editDriver(int index) {
    if (this.drivers == null || index < 0 || index >= this.drivers.size()) {
      throw new IndexOutOfBoundsException("can't edit drivers [" + index + "]");
    }
    return new DriversNested(index, this.drivers.get(index));
  }

  public DriversNested editFirstDriver() {
    return editDriver(0);
  }

  public DriversNested editLastDriver() {
    return editDriver(this.drivers == null ? -1 : this.drivers.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class DriversNested extends V1CSINodeDriverFluent<DriversNested> {
    private final int index;

    DriversNested(int index, V1CSINodeDriver item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1CSINodeSpecFluent.this.setToDrivers(index, toModel());
    }

    public A endDriver() {
      return and();
    }
  }
}
