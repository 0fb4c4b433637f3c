package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1IPAddressSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1IPAddressSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1IPAddressSpecFluent<A extends V1IPAddressSpecFluent<A>> {
  private V1ParentReference parentRef;

  public V1IPAddressSpecFluent() {}

  public V1IPAddressSpecFluent(V1IPAddressSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1IPAddressSpec instance) {
    if (instance != null) {
      this.parentRef = instance.getParentRef();
    }
  }

  /** A new {@link V1IPAddressSpec} holding what was set (lists and maps copied). */
  V1IPAddressSpec toModel() {
    V1IPAddressSpec o = new V1IPAddressSpec();
    o.setParentRef(parentRef);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1ParentReference getParentRef() {
    return parentRef;
  }

  public A withParentRef(V1ParentReference parentRef) {
    this.parentRef = parentRef;
    return self();
  }

  public boolean hasParentRef() {
    return parentRef != null;
  }

  public V1ParentReference buildParentRef() {
    return parentRef;
  }

  public ParentRefNested withNewParentRef() {
    return new ParentRefNested(null);
  }

  public ParentRefNested withNewParentRefLike(V1ParentReference item) {
    return new ParentRefNested(item);
  }

  public ParentRefNested editParentRef() {
    return new ParentRefNested(parentRef);
  }

  public ParentRefNested editOrNewParentRef() {
    return new ParentRefNested(parentRef != null ? parentRef : new V1ParentReference());
  }

  public ParentRefNested editOrNewParentRefLike(V1ParentReference item) {
    return new ParentRefNested(parentRef != null ? parentRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ParentRefNested extends V1ParentReferenceFluent<ParentRefNested> {
    ParentRefNested(V1ParentReference item) {
      super(item);
    }

    public A and() {
      return V1IPAddressSpecFluent.this.withParentRef(toModel());
    }

    public A endParentRef() {
      return and();
    }
  }
}
