package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3PartitionTypeStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3PartitionTypeStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3PartitionTypeStatusFluent<A extends V1alpha3PartitionTypeStatusFluent<A>> {
  private Integer allocatable;
  private String attribute;
  private Integer total;
  private String type;

  public V1alpha3PartitionTypeStatusFluent() {}

  public V1alpha3PartitionTypeStatusFluent(V1alpha3PartitionTypeStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3PartitionTypeStatus instance) {
    if (instance != null) {
      this.allocatable = instance.getAllocatable();
      this.attribute = instance.getAttribute();
      this.total = instance.getTotal();
      this.type = instance.getType();
    }
  }

  /** A new {@link V1alpha3PartitionTypeStatus} holding what was set (lists and maps copied). */
  V1alpha3PartitionTypeStatus toModel() {
    V1alpha3PartitionTypeStatus o = new V1alpha3PartitionTypeStatus();
    o.setAllocatable(allocatable);
    o.setAttribute(attribute);
    o.setTotal(total);
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getAllocatable() {
    return allocatable;
  }

  public A withAllocatable(Integer allocatable) {
    this.allocatable = allocatable;
    return self();
  }

  public boolean hasAllocatable() {
    return allocatable != null;
  }

  public String getAttribute() {
    return attribute;
  }

  public A withAttribute(String attribute) {
    this.attribute = attribute;
    return self();
  }

  public boolean hasAttribute() {
    return attribute != null;
  }

  public Integer getTotal() {
    return total;
  }

  public A withTotal(Integer total) {
    this.total = total;
    return self();
  }

  public boolean hasTotal() {
    return total != null;
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
