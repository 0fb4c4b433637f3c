package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link CoreV1ResourceClaim}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link CoreV1ResourceClaimBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class CoreV1ResourceClaimFluent<A extends CoreV1ResourceClaimFluent<A>> {
  private String name;
  private String request;

  public CoreV1ResourceClaimFluent() {}

  public CoreV1ResourceClaimFluent(CoreV1ResourceClaim instance) {
    copyInstance(instance);
  }

  protected void copyInstance(CoreV1ResourceClaim instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.request = instance.getRequest();
    }
  }

  /** A new {@link CoreV1ResourceClaim} holding what was set (lists and maps copied). */
  CoreV1ResourceClaim toModel() {
    CoreV1ResourceClaim o = new CoreV1ResourceClaim();
    o.setName(name);
    o.setRequest(request);
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

  public String getRequest() {
    return request;
  }

  public A withRequest(String request) {
    this.request = request;
    return self();
  }

  public boolean hasRequest() {
    return request != null;
  }
}
