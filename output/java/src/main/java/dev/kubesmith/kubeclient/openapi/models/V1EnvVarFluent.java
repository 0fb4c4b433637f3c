package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1EnvVar}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1EnvVarBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1EnvVarFluent<A extends V1EnvVarFluent<A>> {
  private String name;
  private String value;
  private V1EnvVarSource valueFrom;

  public V1EnvVarFluent() {}

  public V1EnvVarFluent(V1EnvVar instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1EnvVar instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.value = instance.getValue();
      this.valueFrom = instance.getValueFrom();
    }
  }

  /** A new {@link V1EnvVar} holding what was set (lists and maps copied). */
  V1EnvVar toModel() {
    V1EnvVar o = new V1EnvVar();
    o.setName(name);
    o.setValue(value);
    o.setValueFrom(valueFrom);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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

  public String getValue() {
    return value;
  }

  public A withValue(String value) {
    this.value = value;
    return self();
  }

  public boolean hasValue() {
    return value != null;
  }

  public V1EnvVarSource getValueFrom() {
    return valueFrom;
  }

  public A withValueFrom(V1EnvVarSource valueFrom) {
    this.valueFrom = valueFrom;
    return self();
  }

  public boolean hasValueFrom() {
    return valueFrom != null;
  }

  public V1EnvVarSource buildValueFrom() {
    return valueFrom;
  }

  public ValueFromNested withNewValueFrom() {
    return new ValueFromNested(null);
  }

  public ValueFromNested withNewValueFromLike(V1EnvVarSource item) {
    return new ValueFromNested(item);
  }

  public ValueFromNested editValueFrom() {
    return new ValueFromNested(valueFrom);
  }

  public ValueFromNested editOrNewValueFrom() {
    return new ValueFromNested(valueFrom != null ? valueFrom : new V1EnvVarSource());
  }

  public ValueFromNested editOrNewValueFromLike(V1EnvVarSource item) {
    return new ValueFromNested(valueFrom != null ? valueFrom : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ValueFromNested extends V1EnvVarSourceFluent<ValueFromNested> {
    ValueFromNested(V1EnvVarSource item) {
      super(item);
    }

    public A and() {
      return V1EnvVarFluent.this.withValueFrom(toModel());
    }

    public A endValueFrom() {
      return and();
    }
  }
}
