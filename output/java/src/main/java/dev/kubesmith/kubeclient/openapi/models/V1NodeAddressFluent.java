package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1NodeAddress}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeAddressBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeAddressFluent<A extends V1NodeAddressFluent<A>> {
  private String address;
  private String type;

  public V1NodeAddressFluent() {}

  public V1NodeAddressFluent(V1NodeAddress instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeAddress instance) {
    if (instance != null) {
      this.address = instance.getAddress();
      this.type = instance.getType();
    }
  }

  /** A new {@link V1NodeAddress} holding what was set (lists and maps copied). */
  V1NodeAddress toModel() {
    V1NodeAddress o = new V1NodeAddress();
    o.setAddress(address);
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getAddress() {
    return address;
  }

  public A withAddress(String address) {
    this.address = address;
    return self();
  }

  public boolean hasAddress() {
    return address != null;
  }

  public String getType() {
    return type;
  }

  public A withType(String type) {
    this.type = type;
    return self();
  }

  public boolean hasType() {
    return type != null;
  }
}
