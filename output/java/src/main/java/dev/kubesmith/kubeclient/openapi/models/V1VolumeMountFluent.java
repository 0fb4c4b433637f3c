package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1VolumeMount}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1VolumeMountBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1VolumeMountFluent<A extends V1VolumeMountFluent<A>> {
  private List<String> bindMountOptions;
  private String mountPath;
  private String mountPropagation;
  private String name;
  private Boolean readOnly;
  private String recursiveReadOnly;
  private String subPath;
  private String subPathExpr;

  public V1VolumeMountFluent() {}

  public V1VolumeMountFluent(V1VolumeMount instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1VolumeMount instance) {
    if (instance != null) {
      this.bindMountOptions = instance.getBindMountOptions() == null ? null : new ArrayList<>(instance.getBindMountOptions());
      this.mountPath = instance.getMountPath();
      this.mountPropagation = instance.getMountPropagation();
      this.name = instance.getName();
      this.readOnly = instance.getReadOnly();
      this.recursiveReadOnly = instance.getRecursiveReadOnly();
      this.subPath = instance.getSubPath();
      this.subPathExpr = instance.getSubPathExpr();
    }
  }

  /** A new {@link V1VolumeMount} holding what was set (lists and maps copied). */
  V1VolumeMount toModel() {
    V1VolumeMount o = new V1VolumeMount();
    o.setBindMountOptions(bindMountOptions == null ? null : new ArrayList<>(bindMountOptions));
    o.setMountPath(mountPath);
    o.setMountPropagation(mountPropagation);
    o.setName(name);
    o.setReadOnly(readOnly);
    o.setRecursiveReadOnly(recursiveReadOnly);
    o.setSubPath(subPath);
    o.setSubPathExpr(subPathExpr);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getBindMountOptions() {
    return bindMountOptions;
  }

  public A withBindMountOptions(List<String> bindMountOptions) {
    this.bindMountOptions = bindMountOptions == null ? null : new ArrayList<>(bindMountOptions);
    return self();
  }

  public boolean hasBindMountOptions() {
    return bindMountOptions != null;
  }

  public A withBindMountOptions(String... items) {
    this.bindMountOptions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToBindMountOptions(String... items) {
    for (String item : items) {
      addToBindMountOptions(-1, item);
    }
    return self();
  }

  public A removeFromBindMountOptions(String... items) {
    return removeAllFromBindMountOptions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToBindMountOptions(int index, String item) {
    if (this.bindMountOptions == null) {
      this.bindMountOptions = new ArrayList<>();
    }
    if (index < 0 || index >= this.bindMountOptions.size()) {
      this.bindMountOptions.add(item);
    } else {
      this.bindMountOptions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToBindMountOptions(int index, String item) {
    if (index < 0 || this.bindMountOptions == null || index >= this.bindMountOptions.size()) {
      return addToBindMountOptions(-1, item);
    }
    this.bindMountOptions.set(index, item);
    return self();
  }

  public A addAllToBindMountOptions(Collection<String> items) {
    for (String item : items) {
      addToBindMountOptions(-1, item);
    }
    return self();
  }

  public A removeAllFromBindMountOptions(Collection<String> items) {
    if (this.bindMountOptions != null) {
      this.bindMountOptions.removeAll(items);
    }
    return self();
  }

  public String getMountPath() {
    return mountPath;
  }

  public A withMountPath(String mountPath) {
    this.mountPath = mountPath;
    return self();
  }

  public boolean hasMountPath() {
    return mountPath != null;
  }

  public String getMountPropagation() {
    return mountPropagation;
  }

  public A withMountPropagation(String mountPropagation) {
    this.mountPropagation = mountPropagation;
    return self();
  }

  public boolean hasMountPropagation() {
    return mountPropagation != null;
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

  public Boolean getReadOnly() {
    return readOnly;
  }

  public A withReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return self();
  }

  public boolean hasReadOnly() {
    return readOnly != null;
  }

  public String getRecursiveReadOnly() {
    return recursiveReadOnly;
  }

  public A withRecursiveReadOnly(String recursiveReadOnly) {
    this.recursiveReadOnly = recursiveReadOnly;
    return self();
  }

  public boolean hasRecursiveReadOnly() {
    return recursiveReadOnly != null;
  }

  public String getSubPath() {
    return subPath;
  }

  public A withSubPath(String subPath) {
    this.subPath = subPath;
    return self();
  }

  public boolean hasSubPath() {
    return subPath != null;
  }

  public String getSubPathExpr() {
    return subPathExpr;
  }

  public A withSubPathExpr(String subPathExpr) {
    this.subPathExpr = subPathExpr;
    return self();
  }

  public boolean hasSubPathExpr() {
    return subPathExpr != null;
  }
}
