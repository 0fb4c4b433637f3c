package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1beta1CapacityRequestPolicy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1CapacityRequestPolicyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1CapacityRequestPolicyFluent<A extends V1beta1CapacityRequestPolicyFluent<A>> {
  private Quantity _default;
  private V1beta1CapacityRequestPolicyRange validRange;
  private List<Quantity> validValues;

  public V1beta1CapacityRequestPolicyFluent() {}

  public V1beta1CapacityRequestPolicyFluent(V1beta1CapacityRequestPolicy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1CapacityRequestPolicy instance) {
    if (instance != null) {
      this._default = instance.getDefault();
      this.validRange = instance.getValidRange();
      this.validValues = instance.getValidValues() == null ? null : new ArrayList<>(instance.getValidValues());
    }
  }

  /** A new {@link V1beta1CapacityRequestPolicy} holding what was set (lists and maps copied). */
  V1beta1CapacityRequestPolicy toModel() {
    V1beta1CapacityRequestPolicy o = new V1beta1CapacityRequestPolicy();
    o.setDefault(_default);
    o.setValidRange(validRange);
    o.setValidValues(validValues == null ? null : new ArrayList<>(validValues));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Quantity getDefault() {
    return _default;
  }

  public A withDefault(Quantity _default) {
    this._default = _default;
    return self();
  }

  public boolean hasDefault() {
    return _default != null;
  }

  public V1beta1CapacityRequestPolicyRange getValidRange() {
    return validRange;
  }

  public A withValidRange(V1beta1CapacityRequestPolicyRange validRange) {
    this.validRange = validRange;
    return self();
  }

  public boolean hasValidRange() {
    return validRange != null;
  }

  public V1beta1CapacityRequestPolicyRange buildValidRange() {
    return validRange;
  }

  public ValidRangeNested withNewValidRange() {
    return new ValidRangeNested(null);
  }

  public ValidRangeNested withNewValidRangeLike(V1beta1CapacityRequestPolicyRange item) {
    return new ValidRangeNested(item);
  }

  public ValidRangeNested editValidRange() {
    return new ValidRangeNested(validRange);
  }

  public ValidRangeNested editOrNewValidRange() {
    return new ValidRangeNested(validRange != null ? validRange : new V1beta1CapacityRequestPolicyRange());
  }

  public ValidRangeNested editOrNewValidRangeLike(V1beta1CapacityRequestPolicyRange item) {
    return new ValidRangeNested(validRange != null ? validRange : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ValidRangeNested extends V1beta1CapacityRequestPolicyRangeFluent<ValidRangeNested> {
    ValidRangeNested(V1beta1CapacityRequestPolicyRange item) {
      super(item);
    }

    public A and() {
      return V1beta1CapacityRequestPolicyFluent.this.withValidRange(toModel());
    }

    public A endValidRange() {
      return and();
    }
  }

  public List<Quantity> getValidValues() {
    return validValues;
  }

  public A withValidValues(List<Quantity> validValues) {
    this.validValues = validValues == null ? null : new ArrayList<>(validValues);
    return self();
  }

  public boolean hasValidValues() {
    return validValues != null;
  }

  public A withValidValues(Quantity... items) {
    this.validValues = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToValidValues(Quantity... items) {
    for (Quantity item : items) {
      addToValidValues(-1, item);
    }
    return self();
  }

  public A removeFromValidValues(Quantity... items) {
    return removeAllFromValidValues(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToValidValues(int index, Quantity item) {
    if (this.validValues == null) {
      this.validValues = new ArrayList<>();
    }
    if (index < 0 || index >= this.validValues.size()) {
      this.validValues.add(item);
    } else {
      this.validValues.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToValidValues(int index, Quantity item) {
    if (index < 0 || this.validValues == null || index >= this.validValues.size()) {
      return addToValidValues(-1, item);
    }
    this.validValues.set(index, item);
    return self();
  }

  public A addAllToValidValues(Collection<Quantity> items) {
    for (Quantity item : items) {
      addToValidValues(-1, item);
    }
    return self();
  }

  public A removeAllFromValidValues(Collection<Quantity> items) {
    if (this.validValues != null) {
      this.validValues.removeAll(items);
    }
    return self();
  }
}
