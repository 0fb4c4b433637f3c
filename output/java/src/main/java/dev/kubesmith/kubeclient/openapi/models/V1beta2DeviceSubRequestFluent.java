package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1beta2DeviceSubRequest}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta2DeviceSubRequestBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta2DeviceSubRequestFluent<A extends V1beta2DeviceSubRequestFluent<A>> {
  private String allocationMode;
  private V1beta2CapacityRequirements capacity;
  private Long count;
  private List<V1beta2DeviceDerivedAttribute> derivedAttributes;
  private String deviceClassName;
  private String name;
  private List<V1beta2DeviceSelector> selectors;
  private List<V1beta2DeviceToleration> tolerations;

  public V1beta2DeviceSubRequestFluent() {}

  public V1beta2DeviceSubRequestFluent(V1beta2DeviceSubRequest instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta2DeviceSubRequest instance) {
    if (instance != null) {
      this.allocationMode = instance.getAllocationMode();
      this.capacity = instance.getCapacity();
      this.count = instance.getCount();
      this.derivedAttributes = instance.getDerivedAttributes() == null ? null : new ArrayList<>(instance.getDerivedAttributes());
      this.deviceClassName = instance.getDeviceClassName();
      this.name = instance.getName();
      this.selectors = instance.getSelectors() == null ? null : new ArrayList<>(instance.getSelectors());
      this.tolerations = instance.getTolerations() == null ? null : new ArrayList<>(instance.getTolerations());
    }
  }

  /** A new {@link V1beta2DeviceSubRequest} holding what was set (lists and maps copied). */
  V1beta2DeviceSubRequest toModel() {
    V1beta2DeviceSubRequest o = new V1beta2DeviceSubRequest();
    o.setAllocationMode(allocationMode);
    o.setCapacity(capacity);
    o.setCount(count);
    o.setDerivedAttributes(derivedAttributes == null ? null : new ArrayList<>(derivedAttributes));
    o.setDeviceClassName(deviceClassName);
    o.setName(name);
    o.setSelectors(selectors == null ? null : new ArrayList<>(selectors));
    o.setTolerations(tolerations == null ? null : new ArrayList<>(tolerations));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getAllocationMode() {
    return allocationMode;
  }

  public A withAllocationMode(String allocationMode) {
    this.allocationMode = allocationMode;
    return self();
  }

  public boolean hasAllocationMode() {
    return allocationMode != null;
  }

  public V1beta2CapacityRequirements getCapacity() {
    return capacity;
  }

  public A withCapacity(V1beta2CapacityRequirements capacity) {
    this.capacity = capacity;
    return self();
  }

  public boolean hasCapacity() {
    return capacity != null;
  }

  public V1beta2CapacityRequirements buildCapacity() {
    return capacity;
  }

  public CapacityNested withNewCapacity() {
    return new CapacityNested(null);
  }

  public CapacityNested withNewCapacityLike(V1beta2CapacityRequirements item) {
    return new CapacityNested(item);
  }

  public CapacityNested editCapacity() {
    return new CapacityNested(capacity);
  }

  public CapacityNested editOrNewCapacity() {
    return new CapacityNested(capacity != null ? capacity : new V1beta2CapacityRequirements());
  }

  public CapacityNested editOrNewCapacityLike(V1beta2CapacityRequirements item) {
    return new CapacityNested(capacity != null ? capacity : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class CapacityNested extends V1beta2CapacityRequirementsFluent<CapacityNested> {
    CapacityNested(V1beta2CapacityRequirements item) {
      super(item);
    }

    public A and() {
      return V1beta2DeviceSubRequestFluent.this.withCapacity(toModel());
    }

    public A endCapacity() {
      return and();
    }
  }

  public Long getCount() {
    return count;
  }

  public A withCount(Long count) {
    this.count = count;
    return self();
  }

  public boolean hasCount() {
    return count != null;
  }

  public List<V1beta2DeviceDerivedAttribute> getDerivedAttributes() {
    return derivedAttributes;
  }

  public A withDerivedAttributes(List<V1beta2DeviceDerivedAttribute> derivedAttributes) {
    this.derivedAttributes = derivedAttributes == null ? null : new ArrayList<>(derivedAttributes);
    return self();
  }

  public boolean hasDerivedAttributes() {
    return derivedAttributes != null;
  }

  public A withDerivedAttributes(V1beta2DeviceDerivedAttribute... items) {
    this.derivedAttributes = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToDerivedAttributes(V1beta2DeviceDerivedAttribute... items) {
    for (V1beta2DeviceDerivedAttribute item : items) {
      addToDerivedAttributes(-1, item);
    }
    return self();
  }

  public A removeFromDerivedAttributes(V1beta2DeviceDerivedAttribute... items) {
    return removeAllFromDerivedAttributes(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToDerivedAttributes(int index, V1beta2DeviceDerivedAttribute item) {
    if (this.derivedAttributes == null) {
      this.derivedAttributes = new ArrayList<>();
    }
    if (index < 0 || index >= this.derivedAttributes.size()) {
      this.derivedAttributes.add(item);
    } else {
      this.derivedAttributes.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToDerivedAttributes(int index, V1beta2DeviceDerivedAttribute item) {
    if (index < 0 || this.derivedAttributes == null || index >= this.derivedAttributes.size()) {
      return addToDerivedAttributes(-1, item);
    }
    this.derivedAttributes.set(index, item);
    return self();
  }

  public A addAllToDerivedAttributes(Collection<V1beta2DeviceDerivedAttribute> items) {
    for (V1beta2DeviceDerivedAttribute item : items) {
      addToDerivedAttributes(-1, item);
    }
    return self();
  }

  public A removeAllFromDerivedAttributes(Collection<V1beta2DeviceDerivedAttribute> items) {
    if (this.derivedAttributes != null) {
      this.derivedAttributes.removeAll(items);
    }
    return self();
  }

  public List<V1beta2DeviceDerivedAttribute> buildDerivedAttributes() {
    return derivedAttributes;
  }

  public V1beta2DeviceDerivedAttribute buildDerivedAttribute(int index) {
    return this.derivedAttributes.get(index);
  }

  public DerivedAttributesNested addNewDerivedAttribute() {
    return new DerivedAttributesNested(-1, null);
  }

  public DerivedAttributesNested addNewDerivedAttributeLike(V1beta2DeviceDerivedAttribute item) {
    return new DerivedAttributesNested(-1, item);
  }

  public DerivedAttributesNested setNewDerivedAttributeLike(int index, V1beta2DeviceDerivedAttribute item) {
    return new DerivedAttributesNested(index, item);
  }

  public DerivedAttributesNested editDerivedAttribute(int index) {
    if (this.derivedAttributes == null || index < 0 || index >= this.derivedAttributes.size()) {
      throw new IndexOutOfBoundsException("can't edit derivedAttributes [" + index + "]");
    }
    return new DerivedAttributesNested(index, this.derivedAttributes.get(index));
  }

  public DerivedAttributesNested editFirstDerivedAttribute() {
    return editDerivedAttribute(0);
  }

  public DerivedAttributesNested editLastDerivedAttribute() {
    return editDerivedAttribute(this.derivedAttributes == null ? -1 : this.derivedAttributes.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class DerivedAttributesNested extends V1beta2DeviceDerivedAttributeFluent<DerivedAttributesNested> {
    private final int index;

    DerivedAttributesNested(int index, V1beta2DeviceDerivedAttribute item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta2DeviceSubRequestFluent.this.setToDerivedAttributes(index, toModel());
    }

    public A endDerivedAttribute() {
      return and();
    }
  }

  public String getDeviceClassName() {
    return deviceClassName;
  }

  public A withDeviceClassName(String deviceClassName) {
    this.deviceClassName = deviceClassName;
    return self();
  }

  public boolean hasDeviceClassName() {
    return deviceClassName != null;
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

  public List<V1beta2DeviceSelector> getSelectors() {
    return selectors;
  }

  public A withSelectors(List<V1beta2DeviceSelector> selectors) {
    this.selectors = selectors == null ? null : new ArrayList<>(selectors);
    return self();
  }

  public boolean hasSelectors() {
    return selectors != null;
  }

  public A withSelectors(V1beta2DeviceSelector... items) {
    this.selectors = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToSelectors(V1beta2DeviceSelector... items) {
    for (V1beta2DeviceSelector item : items) {
      addToSelectors(-1, item);
    }
    return self();
  }

  public A removeFromSelectors(V1beta2DeviceSelector... items) {
    return removeAllFromSelectors(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToSelectors(int index, V1beta2DeviceSelector item) {
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
  public A setToSelectors(int index, V1beta2DeviceSelector item) {
    if (index < 0 || this.selectors == null || index >= this.selectors.size()) {
      return addToSelectors(-1, item);
    }
    this.selectors.set(index, item);
    return self();
  }

  public A addAllToSelectors(Collection<V1beta2DeviceSelector> items) {
    for (V1beta2DeviceSelector item : items) {
      addToSelectors(-1, item);
    }
    return self();
  }

  public A removeAllFromSelectors(Collection<V1beta2DeviceSelector> items) {
    if (this.selectors != null) {
      this.selectors.removeAll(items);
    }
    return self();
  }

  public List<V1beta2DeviceSelector> buildSelectors() {
    return selectors;
  }

  public V1beta2DeviceSelector buildSelector(int index) {
    return this.selectors.get(index);
  }

  public SelectorsNested addNewSelector() {
    return new SelectorsNested(-1, null);
  }

  public SelectorsNested addNewSelectorLike(V1beta2DeviceSelector item) {
    return new SelectorsNested(-1, item);
  }

  public SelectorsNested setNewSelectorLike(int index, V1beta2DeviceSelector item) {
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
  public class SelectorsNested extends V1beta2DeviceSelectorFluent<SelectorsNested> {
    private final int index;

    SelectorsNested(int index, V1beta2DeviceSelector item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta2DeviceSubRequestFluent.this.setToSelectors(index, toModel());
    }

    public A endSelector() {
      return and();
    }
  }

  public List<V1beta2DeviceToleration> getTolerations() {
    return tolerations;
  }

  public A withTolerations(List<V1beta2DeviceToleration> tolerations) {
    this.tolerations = tolerations == null ? null : new ArrayList<>(tolerations);
    return self();
  }

  public boolean hasTolerations() {
    return tolerations != null;
  }

  public A withTolerations(V1beta2DeviceToleration... items) {
    this.tolerations = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToTolerations(V1beta2DeviceToleration... items) {
    for (V1beta2DeviceToleration item : items) {
      addToTolerations(-1, item);
    }
    return self();
  }

  public A removeFromTolerations(V1beta2DeviceToleration... items) {
    return removeAllFromTolerations(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToTolerations(int index, V1beta2DeviceToleration item) {
    if (this.tolerations == null) {
      this.tolerations = new ArrayList<>();
    }
    if (index < 0 || index >= this.tolerations.size()) {
      this.tolerations.add(item);
    } else {
      this.tolerations.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToTolerations(int index, V1beta2DeviceToleration item) {
    if (index < 0 || this.tolerations == null || index >= this.tolerations.size()) {
      return addToTolerations(-1, item);
    }
    this.tolerations.set(index, item);
    return self();
  }

  public A addAllToTolerations(Collection<V1beta2DeviceToleration> items) {
    for (V1beta2DeviceToleration item : items) {
      addToTolerations(-1, item);
    }
    return self();
  }

  public A removeAllFromTolerations(Collection<V1beta2DeviceToleration> items) {
    if (this.tolerations != null) {
      this.tolerations.removeAll(items);
    }
    return self();
  }

  public List<V1beta2DeviceToleration> buildTolerations() {
    return tolerations;
  }

  public V1beta2DeviceToleration buildToleration(int index) {
    return this.tolerations.get(index);
  }

  public TolerationsNested addNewToleration() {
    return new TolerationsNested(-1, null);
  }

  public TolerationsNested addNewTolerationLike(V1beta2DeviceToleration item) {
    return new TolerationsNested(-1, item);
  }

  public TolerationsNested setNewTolerationLike(int index, V1beta2DeviceToleration item) {
    return new TolerationsNested(index, item);
  }

  public TolerationsNested editToleration(int index) {
    if (this.tolerations == null || index < 0 || index >= this.tolerations.size()) {
      throw new IndexOutOfBoundsException("can't edit tolerations [" + index + "]");
    }
    return new TolerationsNested(index, this.tolerations.get(index));
  }

  public TolerationsNested editFirstToleration() {
    return editToleration(0);
  }

  public TolerationsNested editLastToleration() {
    return editToleration(this.tolerations == null ? -1 : this.tolerations.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class TolerationsNested extends V1beta2DeviceTolerationFluent<TolerationsNested> {
    private final int index;

    TolerationsNested(int index, V1beta2DeviceToleration item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta2DeviceSubRequestFluent.this.setToTolerations(index, toModel());
    }

    public A endToleration() {
      return and();
    }
  }
}
