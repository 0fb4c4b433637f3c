package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1SelfSubjectAccessReviewSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SelfSubjectAccessReviewSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SelfSubjectAccessReviewSpecFluent<A extends V1SelfSubjectAccessReviewSpecFluent<A>> {
  private V1NonResourceAttributes nonResourceAttributes;
  private V1ResourceAttributes resourceAttributes;

  public V1SelfSubjectAccessReviewSpecFluent() {}

  public V1SelfSubjectAccessReviewSpecFluent(V1SelfSubjectAccessReviewSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1SelfSubjectAccessReviewSpec instance) {
    if (instance != null) {
      this.nonResourceAttributes = instance.getNonResourceAttributes();
      this.resourceAttributes = instance.getResourceAttributes();
    }
  }

  /** A new {@link V1SelfSubjectAccessReviewSpec} holding what was set (lists and maps copied). */
  V1SelfSubjectAccessReviewSpec toModel() {
    V1SelfSubjectAccessReviewSpec o = new V1SelfSubjectAccessReviewSpec();
    o.setNonResourceAttributes(nonResourceAttributes);
    o.setResourceAttributes(resourceAttributes);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1NonResourceAttributes getNonResourceAttributes() {
    return nonResourceAttributes;
  }

  public A withNonResourceAttributes(V1NonResourceAttributes nonResourceAttributes) {
    this.nonResourceAttributes = nonResourceAttributes;
    return self();
  }

  public boolean hasNonResourceAttributes() {
    return nonResourceAttributes != null;
  }

  public V1NonResourceAttributes buildNonResourceAttributes() {
    return nonResourceAttributes;
  }

  public NonResourceAttributesNested withNewNonResourceAttributes() {
    return new NonResourceAttributesNested(null);
  }

  public NonResourceAttributesNested withNewNonResourceAttributesLike(V1NonResourceAttributes item) {
    return new NonResourceAttributesNested(item);
  }

  public NonResourceAttributesNested editNonResourceAttributes() {
    return new NonResourceAttributesNested(nonResourceAttributes);
  }

  public NonResourceAttributesNested editOrNewNonResourceAttributes() {
    return new NonResourceAttributesNested(nonResourceAttributes != null ? nonResourceAttributes : new V1NonResourceAttributes());
  }

  public NonResourceAttributesNested editOrNewNonResourceAttributesLike(V1NonResourceAttributes item) {
    return new NonResourceAttributesNested(nonResourceAttributes != null ? nonResourceAttributes : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class NonResourceAttributesNested extends V1NonResourceAttributesFluent<NonResourceAttributesNested> {
    NonResourceAttributesNested(V1NonResourceAttributes item) {
      super(item);
    }

    public A and() {
      return V1SelfSubjectAccessReviewSpecFluent.this.withNonResourceAttributes(toModel());
    }

    public A endNonResourceAttributes() {
      return and();
    }
  }

  public V1ResourceAttributes getResourceAttributes() {
    return resourceAttributes;
  }

  public A withResourceAttributes(V1ResourceAttributes resourceAttributes) {
    this.resourceAttributes = resourceAttributes;
    return self();
  }

  public boolean hasResourceAttributes() {
    return resourceAttributes != null;
  }

  public V1ResourceAttributes buildResourceAttributes() {
    return resourceAttributes;
  }

  public ResourceAttributesNested withNewResourceAttributes() {
    return new ResourceAttributesNested(null);
  }

  public ResourceAttributesNested withNewResourceAttributesLike(V1ResourceAttributes item) {
    return new ResourceAttributesNested(item);
  }

  public ResourceAttributesNested editResourceAttributes() {
    return new ResourceAttributesNested(resourceAttributes);
  }

  public ResourceAttributesNested editOrNewResourceAttributes() {
    return new ResourceAttributesNested(resourceAttributes != null ? resourceAttributes : new V1ResourceAttributes());
  }

  public ResourceAttributesNested editOrNewResourceAttributesLike(V1ResourceAttributes item) {
    return new ResourceAttributesNested(resourceAttributes != null ? resourceAttributes : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ResourceAttributesNested extends V1ResourceAttributesFluent<ResourceAttributesNested> {
    ResourceAttributesNested(V1ResourceAttributes item) {
      super(item);
    }

    public A and() {
      return V1SelfSubjectAccessReviewSpecFluent.this.withResourceAttributes(toModel());
    }

    public A endResourceAttributes() {
      return and();
    }
  }
}
