package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1StorageVersionMigrationSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1StorageVersionMigrationSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1StorageVersionMigrationSpecFluent<A extends V1beta1StorageVersionMigrationSpecFluent<A>> {
  private V1GroupResource resource;

  public V1beta1StorageVersionMigrationSpecFluent() {}

  public V1beta1StorageVersionMigrationSpecFluent(V1beta1StorageVersionMigrationSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1StorageVersionMigrationSpec instance) {
    if (instance != null) {
      this.resource = instance.getResource();
    }
  }

  /** A new {@link V1beta1StorageVersionMigrationSpec} holding what was set (lists and maps copied). */
  V1beta1StorageVersionMigrationSpec toModel() {
    V1beta1StorageVersionMigrationSpec o = new V1beta1StorageVersionMigrationSpec();
    o.setResource(resource);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1GroupResource getResource() {
    return resource;
  }

  public A withResource(V1GroupResource resource) {
    this.resource = resource;
    return self();
  }

  public boolean hasResource() {
    return resource != null;
  }

  public V1GroupResource buildResource() {
    return resource;
  }

  public ResourceNested withNewResource() {
    return new ResourceNested(null);
  }

  public ResourceNested withNewResourceLike(V1GroupResource item) {
    return new ResourceNested(item);
  }

  public ResourceNested editResource() {
    return new ResourceNested(resource);
  }

  public ResourceNested editOrNewResource() {
    return new ResourceNested(resource != null ? resource : new V1GroupResource());
  }

  public ResourceNested editOrNewResourceLike(V1GroupResource item) {
    return new ResourceNested(resource != null ? resource : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ResourceNested extends V1GroupResourceFluent<ResourceNested> {
    ResourceNested(V1GroupResource item) {
      super(item);
    }

    public A and() {
      return V1beta1StorageVersionMigrationSpecFluent.this.withResource(toModel());
    }

    public A endResource() {
      return and();
    }
  }
}
