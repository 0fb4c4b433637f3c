package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1beta1DeviceRequest}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1DeviceRequestBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1DeviceRequestFluent<A extends V1beta1DeviceRequestFluent<A>> {
  private Boolean adminAccess;
  private String allocationMode;
  private V1beta1CapacityRequirements capacity;
  private Long count;
  private List<V1beta1DeviceDerivedAttribute> derivedAttributes;
  private String deviceClassName;
  private List<V1beta1DeviceSubRequest> firstAvailable;
  private String name;
  private List<V1beta1DeviceSelector> selectors;
  private List<V1beta1DeviceToleration> tolerations;

  public V1beta1DeviceRequestFluent() {}

  public V1beta1DeviceRequestFluent(V1beta1DeviceRequest instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1DeviceRequest instance) {
    if (instance != null) {
      this.adminAccess = instance.getAdminAccess();
      this.allocationMode = instance.getAllocationMode();
      this.capacity = instance.getCapacity();
      this.count = instance.getCount();
      this.derivedAttributes = instance.getDerivedAttributes() == null ? null : new ArrayList<>(instance.getDerivedAttributes());
      this.deviceClassName = instance.getDeviceClassName();
      this.firstAvailable = instance.getFirstAvailable() == null ? null : new ArrayList<>(instance.getFirstAvailable());
      this.name = instance.getName();
      this.selectors = instance.getSelectors() == null ? null : new ArrayList<>(instance.getSelectors());
      this.tolerations = instance.getTolerations() == null ? null : new ArrayList<>(instance.getTolerations());
    }
  }

  /** A new {@link V1beta1DeviceRequest} holding what was set (lists and maps copied). */
  V1beta1DeviceRequest toModel() {
    V1beta1DeviceRequest o = new V1beta1DeviceRequest();
    o.setAdminAccess(adminAccess);
    o.setAllocationMode(allocationMode);
    o.setCapacity(capacity);
    o.setCount(count);
    o.setDerivedAttributes(derivedAttributes == null ? null : new ArrayList<>(derivedAttributes));
    o.setDeviceClassName(deviceClassName);
    o.setFirstAvailable(firstAvailable == null ? null : new ArrayList<>(firstAvailable));
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

  public Boolean getAdminAccess() {
    return adminAccess;
  }

  public A withAdminAccess(Boolean adminAccess) {
    this.adminAccess = adminAccess;
    return self();
  }

  public boolean hasAdminAccess() {
    return adminAccess != null;
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

  public V1beta1CapacityRequirements getCapacity() {
    return capacity;
  }

  public A withCapacity(V1beta1CapacityRequirements capacity) {
    this.capacity = capacity;
    return self();
  }

  public boolean hasCapacity() {
    return capacity != null;
  }

  public V1beta1CapacityRequirements buildCapacity() {
    return capacity;
  }

  public CapacityNested withNewCapacity() {
    return new CapacityNested(null);
  }

  public CapacityNested withNewCapacityLike(V1beta1CapacityRequirements item) {
    return new CapacityNested(item);
  }

  public CapacityNested editCapacity() {
    return new CapacityNested(capacity);
  }

  public CapacityNested editOrNewCapacity() {
    return new CapacityNested(capacity != null ? capacity : new V1beta1CapacityRequirements());
  }

  public CapacityNested editOrNewCapacityLike(V1beta1CapacityRequirements item) {
    return new CapacityNested(capacity != null ? capacity : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class CapacityNested extends V1beta1CapacityRequirementsFluent<CapacityNested> {
    CapacityNested(V1beta1CapacityRequirements item) {
      super(item);
    }

    public A and() {
      return V1beta1DeviceRequestFluent.this.withCapacity(toModel());
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

  public List<V1beta1DeviceDerivedAttribute> getDerivedAttributes() {
    return derivedAttributes;
  }

  public A withDerivedAttributes(List<V1beta1DeviceDerivedAttribute> derivedAttributes) {
    this.derivedAttributes = derivedAttributes == null ? null : new ArrayList<>(derivedAttributes);
    return self();
  }

  public boolean hasDerivedAttributes() {
    return derivedAttributes != null;
  }

  public A withDerivedAttributes(V1beta1DeviceDerivedAttribute... items) {
    this.derivedAttributes = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToDerivedAttributes(V1beta1DeviceDerivedAttribute... items) {
    for (V1beta1DeviceDerivedAttribute item : items) {
      addToDerivedAttributes(-1, item);
    }
    return self();
  }

  public A removeFromDerivedAttributes(V1beta1DeviceDerivedAttribute... items) {
    return removeAllFromDerivedAttributes(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToDerivedAttributes(int index, V1beta1DeviceDerivedAttribute item) {
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
  public A setToDerivedAttributes(int index, V1beta1DeviceDerivedAttribute item) {
    if (index < 0 || this.derivedAttributes == null || index >= this.derivedAttributes.size()) {
      return addToDerivedAttributes(-1, item);
    }
    this.derivedAttributes.set(index, item);
    return self();
  }

  public A addAllToDerivedAttributes(Collection<V1beta1DeviceDerivedAttribute> items) {
    for (V1beta1DeviceDerivedAttribute item : items) {
      addToDerivedAttributes(-1, item);
    }
    return self();
  }

  public A removeAllFromDerivedAttributes(Collection<V1beta1DeviceDerivedAttribute> items) {
    if (this.derivedAttributes != null) {
      this.derivedAttributes.removeAll(items);
    }
    return self();
  }

  public List<V1beta1DeviceDerivedAttribute> buildDerivedAttributes() {
    return derivedAttributes;
  }

  public V1beta1DeviceDerivedAttribute buildDerivedAttribute(int index) {
    return this.derivedAttributes.get(index);
  }

  public DerivedAttributesNested addNewDerivedAttribute() {
    return new DerivedAttributesNested(-1, null);
  }

  public DerivedAttributesNested addNewDerivedAttributeLike(V1beta1DeviceDerivedAttribute item) {
    return new DerivedAttributesNested(-1, item);
  }

  public DerivedAttributesNested setNewDerivedAttributeLike(int index, V1beta1DeviceDerivedAttribute item) {
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
  public class DerivedAttributesNested extends V1beta1DeviceDerivedAttributeFluent<DerivedAttributesNested> {
    private final int index;

    DerivedAttributesNested(int index, V1beta1DeviceDerivedAttribute item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta1DeviceRequestFluent.this.setToDerivedAttributes(index, toModel());
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

  public List<V1beta1DeviceSubRequest> getFirstAvailable() {
    return firstAvailable;
  }

  public A withFirstAvailable(List<V1beta1DeviceSubRequest> firstAvailable) {
    this.firstAvailable = firstAvailable == null ? null : new ArrayList<>(firstAvailable);
    return self();
  }

  public boolean hasFirstAvailable() {
    return firstAvailable != null;
  }

  public A withFirstAvailable(V1beta1DeviceSubRequest... items) {
    this.firstAvailable = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToFirstAvailable(V1beta1DeviceSubRequest... items) {
    for (V1beta1DeviceSubRequest item : items) {
      addToFirstAvailable(-1, item);
    }
    return self();
  }

  public A removeFromFirstAvailable(V1beta1DeviceSubRequest... items) {
    return removeAllFromFirstAvailable(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToFirstAvailable(int index, V1beta1DeviceSubRequest item) {
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
  public A setToFirstAvailable(int index, V1beta1DeviceSubRequest item) {
    if (index < 0 || this.firstAvailable == null || index >= this.firstAvailable.size()) {
      return addToFirstAvailable(-1, item);
    }
    this.firstAvailable.set(index, item);
    return self();
  }

  public A addAllToFirstAvailable(Collection<V1beta1DeviceSubRequest> items) {
    for (V1beta1DeviceSubRequest item : items) {
      addToFirstAvailable(-1, item);
    }
    return self();
  }

  public A removeAllFromFirstAvailable(Collection<V1beta1DeviceSubRequest> items) {
    if (this.firstAvailable != null) {
      this.firstAvailable.removeAll(items);
    }
    return self();
  }

  public List<V1beta1DeviceSubRequest> buildFirstAvailable() {
    return firstAvailable;
  }

  public V1beta1DeviceSubRequest buildFirstAvailable(int index) {
    return this.firstAvailable.get(index);
  }

  public FirstAvailableNested addNewFirstAvailable() {
    return new FirstAvailableNested(-1, null);
  }

  public FirstAvailableNested addNewFirstAvailableLike(V1beta1DeviceSubRequest item) {
    return new FirstAvailableNested(-1, item);
  }

  public FirstAvailableNested setNewFirstAvailableLike(int index, V1beta1DeviceSubRequest item) {
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
  public class FirstAvailableNested extends V1beta1DeviceSubRequestFluent<FirstAvailableNested> {
    private final int index;

    FirstAvailableNested(int index, V1beta1DeviceSubRequest item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta1DeviceRequestFluent.this.setToFirstAvailable(index, toModel());
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

  public List<V1beta1DeviceSelector> getSelectors() {
    return selectors;
  }

  public A withSelectors(List<V1beta1DeviceSelector> selectors) {
    this.selectors = selectors == null ? null : new ArrayList<>(selectors);
    return self();
  }

  public boolean hasSelectors() {
    return selectors != null;
  }

  public A withSelectors(V1beta1DeviceSelector... items) {
    this.selectors = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToSelectors(V1beta1DeviceSelector... items) {
    for (V1beta1DeviceSelector item : items) {
      addToSelectors(-1, item);
    }
    return self();
  }

  public A removeFromSelectors(V1beta1DeviceSelector... items) {
    return removeAllFromSelectors(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToSelectors(int index, V1beta1DeviceSelector item) {
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
  public A setToSelectors(int index, V1beta1DeviceSelector item) {
    if (index < 0 || this.selectors == null || index >= this.selectors.size()) {
      return addToSelectors(-1, item);
    }
    this.selectors.set(index, item);
    return self();
  }

  public A addAllToSelectors(Collection<V1beta1DeviceSelector> items) {
    for (V1beta1DeviceSelector item : items) {
      addToSelectors(-1, item);
    }
    return self();
  }

  public A removeAllFromSelectors(Collection<V1beta1DeviceSelector> items) {
    if (this.selectors != null) {
      this.selectors.removeAll(items);
    }
    return self();
  }

  public List<V1beta1DeviceSelector> buildSelectors() {
    return selectors;
  }

  public V1beta1DeviceSelector buildSelector(int index) {
    return this.selectors.get(index);
  }

  public SelectorsNested addNewSelector() {
    return new SelectorsNested(-1, null);
  }

  public SelectorsNested addNewSelectorLike(V1beta1DeviceSelector item) {
    return new SelectorsNested(-1, item);
  }

  public SelectorsNested setNewSelectorLike(int index, V1beta1DeviceSelector item) {
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
  public class SelectorsNested extends V1beta1DeviceSelectorFluent<SelectorsNested> {
    private final int index;

    SelectorsNested(int index, V1beta1DeviceSelector item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta1DeviceRequestFluent.this.setToSelectors(index, toModel());
    }

    public A endSelector() {
      return and();
    }
  }

  public List<V1beta1DeviceToleration> getTolerations() {
    return tolerations;
  }

  public A withTolerations(List<V1beta1DeviceToleration> tolerations) {
    this.tolerations = tolerations == null ? null : new ArrayList<>(tolerations);
    return self();
  }

  public boolean hasTolerations() {
    return tolerations != null;
  }

  public A withTolerations(V1beta1DeviceToleration... items) {
    this.tolerations = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToTolerations(V1beta1DeviceToleration... items) {
    for (V1beta1DeviceToleration item : items) {
      addToTolerations(-1, item);
    }
    return self();
  }

  public A removeFromTolerations(V1beta1DeviceToleration... items) {
    return removeAllFromTolerations(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToTolerations(int index, V1beta1DeviceToleration item) {
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
  public A setToTolerations(int index, V1beta1DeviceToleration item) {
    if (index < 0 || this.tolerations == null || index >= this.tolerations.size()) {
      return addToTolerations(-1, item);
    }
    this.tolerations.set(index, item);
    return self();
  }

  public A addAllToTolerations(Collection<V1beta1DeviceToleration> items) {
    for (V1beta1DeviceToleration item : items) {
      addToTolerations(-1, item);
    }
    return self();
  }

  public A removeAllFromTolerations(Collection<V1beta1DeviceToleration> items) {
    if (this.tolerations != null) {
      this.tolerations.removeAll(items);
    }
    return self();
  }

  public List<V1beta1DeviceToleration> buildTolerations() {
    return tolerations;
  }

  public V1beta1DeviceToleration buildToleration(int index) {
    return this.tolerations.get(index);
  }

  public TolerationsNested addNewToleration() {
    return new TolerationsNested(-1, null);
  }

  public TolerationsNested addNewTolerationLike(V1beta1DeviceToleration item) {
    return new TolerationsNested(-1, item);
  }

  public TolerationsNested setNewTolerationLike(int index, V1beta1DeviceToleration item) {
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
  public class TolerationsNested extends V1beta1DeviceTolerationFluent<TolerationsNested> {
    private final int index;

    TolerationsNested(int index, V1beta1DeviceToleration item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta1DeviceRequestFluent.this.setToTolerations(index, toModel());
    }

    public A endToleration() {
      return and();
    }
  }
}
