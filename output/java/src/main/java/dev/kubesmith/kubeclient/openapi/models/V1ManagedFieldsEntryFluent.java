package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;

/**
 * The fluent setters of {@link V1ManagedFieldsEntry}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ManagedFieldsEntryBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ManagedFieldsEntryFluent<A extends V1ManagedFieldsEntryFluent<A>> {
  private String apiVersion;
  private String fieldsType;
  private Object fieldsV1;
  private String manager;
  private String operation;
  private String subresource;
  private OffsetDateTime time;

  public V1ManagedFieldsEntryFluent() {}

  public V1ManagedFieldsEntryFluent(V1ManagedFieldsEntry instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ManagedFieldsEntry instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.fieldsType = instance.getFieldsType();
      this.fieldsV1 = instance.getFieldsV1();
      this.manager = instance.getManager();
      this.operation = instance.getOperation();
      this.subresource = instance.getSubresource();
      this.time = instance.getTime();
    }
  }

  /** A new {@link V1ManagedFieldsEntry} holding what was set (lists and maps copied). */
  V1ManagedFieldsEntry toModel() {
    V1ManagedFieldsEntry o = new V1ManagedFieldsEntry();
    o.setApiVersion(apiVersion);
    o.setFieldsType(fieldsType);
    o.setFieldsV1(fieldsV1);
    o.setManager(manager);
    o.setOperation(operation);
    o.setSubresource(subresource);
    o.setTime(time);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public A withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return self();
  }

  public boolean hasApiVersion() {
    return apiVersion != null;
  }

  public String getFieldsType() {
    return fieldsType;
  }

  public A withFieldsType(String fieldsType) {
    this.fieldsType = fieldsType;
    return self();
  }

  public boolean hasFieldsType() {
    return fieldsType != null;
  }

  public Object getFieldsV1() {
    return fieldsV1;
  }

  public A withFieldsV1(Object fieldsV1) {
    this.fieldsV1 = fieldsV1;
    return self();
  }

  public boolean hasFieldsV1() {
    return fieldsV1 != null;
  }

  public String getManager() {
    return manager;
  }

  public A withManager(String manager) {
    this.manager = manager;
    return self();
  }

  public boolean hasManager() {
    return manager != null;
  }

  public String getOperation() {
    return operation;
  }

  public A withOperation(String operation) {
    this.operation = operation;
    return self();
  }

  public boolean hasOperation() {
    return operation != null;
  }

  public String getSubresource() {
    return subresource;
  }

  public A withSubresource(String subresource) {
    this.subresource = subresource;
    return self();
  }

  public boolean hasSubresource() {
    return subresource != null;
  }

  public OffsetDateTime getTime() {
    return time;
  }

  public A withTime(OffsetDateTime time) {
    this.time = time;
    return self();
  }

  public boolean hasTime() {
    return time != null;
  }
}
