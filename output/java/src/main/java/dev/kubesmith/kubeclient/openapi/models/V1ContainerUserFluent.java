package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ContainerUser}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ContainerUserBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ContainerUserFluent<A extends V1ContainerUserFluent<A>> {
  private V1LinuxContainerUser linux;

  public V1ContainerUserFluent() {}

  public V1ContainerUserFluent(V1ContainerUser instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ContainerUser instance) {
    if (instance != null) {
      this.linux = instance.getLinux();
    }
  }

  /** A new {@link V1ContainerUser} holding what was set (lists and maps copied). */
  V1ContainerUser toModel() {
    V1ContainerUser o = new V1ContainerUser();
    o.setLinux(linux);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1LinuxContainerUser getLinux() {
    return linux;
  }

  public A withLinux(V1LinuxContainerUser linux) {
    this.linux = linux;
    return self();
  }

  public boolean hasLinux() {
    return linux != null;
  }

  public V1LinuxContainerUser buildLinux() {
    return linux;
  }

  public LinuxNested withNewLinux() {
    return new LinuxNested(null);
  }

  public LinuxNested withNewLinuxLike(V1LinuxContainerUser item) {
    return new LinuxNested(item);
  }

  public LinuxNested editLinux() {
    return new LinuxNested(linux);
  }

  public LinuxNested editOrNewLinux() {
    return new LinuxNested(linux != null ? linux : new V1LinuxContainerUser());
  }

  public LinuxNested editOrNewLinuxLike(V1LinuxContainerUser item) {
    return new LinuxNested(linux != null ? linux : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class LinuxNested extends V1LinuxContainerUserFluent<LinuxNested> {
    LinuxNested(V1LinuxContainerUser item) {
      super(item);
    }

    public A and() {
      return V1ContainerUserFluent.this.withLinux(toModel());
    }

    public A endLinux() {
      return and();
    }
  }
}
