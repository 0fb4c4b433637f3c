package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3ResourcePoolStatusRequestSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3ResourcePoolStatusRequestSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3ResourcePoolStatusRequestSpecFluent<A extends V1alpha3ResourcePoolStatusRequestSpecFluent<A>> {
  private String defaultPartitionTypeAttribute;
  private String driver;
  private Integer limit;
  private String poolName;

  public V1alpha3ResourcePoolStatusRequestSpecFluent() {}

  public V1alpha3ResourcePoolStatusRequestSpecFluent(V1alpha3ResourcePoolStatusRequestSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3ResourcePoolStatusRequestSpec instance) {
    if (instance != null) {
      this.defaultPartitionTypeAttribute = instance.getDefaultPartitionTypeAttribute();
      this.driver = instance.getDriver();
      this.limit = instance.getLimit();
      this.poolName = instance.getPoolName();
    }
  }

  /** A new {@link V1alpha3ResourcePoolStatusRequestSpec} holding what was set (lists and maps copied). */
  V1alpha3ResourcePoolStatusRequestSpec toModel() {
    V1alpha3ResourcePoolStatusRequestSpec o = new V1alpha3ResourcePoolStatusRequestSpec();
    o.setDefaultPartitionTypeAttribute(defaultPartitionTypeAttribute);
    o.setDriver(driver);
    o.setLimit(limit);
    o.setPoolName(poolName);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getDefaultPartitionTypeAttribute() {
    return defaultPartitionTypeAttribute;
  }

  public A withDefaultPartitionTypeAttribute(String defaultPartitionTypeAttribute) {
    this.defaultPartitionTypeAttribute = defaultPartitionTypeAttribute;
    return self();
  }

  public boolean hasDefaultPartitionTypeAttribute() {
    return defaultPartitionTypeAttribute != null;
  }

  public String getDriver() {
    return driver;
  }

  public A withDriver(String driver) {
    this.driver = driver;
    return self();
  }

  public boolean hasDriver() {
    return driver != null;
  }

  public Integer getLimit() {
    return limit;
  }

  public A withLimit(Integer limit) {
    this.limit = limit;
    return self();
  }

  public boolean hasLimit() {
    return limit != null;
  }

  public String getPoolName() {
    return poolName;
  }

  public A withPoolName(String poolName) {
    this.poolName = poolName;
    return self();
  }

  public boolean hasPoolName() {
    return poolName != null;
  }
}
