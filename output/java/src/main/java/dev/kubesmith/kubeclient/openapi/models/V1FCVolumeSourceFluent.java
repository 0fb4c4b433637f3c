package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1FCVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1FCVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1FCVolumeSourceFluent<A extends V1FCVolumeSourceFluent<A>> {
  private String fsType;
  private Integer lun;
  private Boolean readOnly;
  private List<String> targetWWNs;
  private List<String> wwids;

  public V1FCVolumeSourceFluent() {}

  public V1FCVolumeSourceFluent(V1FCVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1FCVolumeSource instance) {
    if (instance != null) {
      this.fsType = instance.getFsType();
      this.lun = instance.getLun();
      this.readOnly = instance.getReadOnly();
      this.targetWWNs = instance.getTargetWWNs() == null ? null : new ArrayList<>(instance.getTargetWWNs());
      this.wwids = instance.getWwids() == null ? null : new ArrayList<>(instance.getWwids());
    }
  }

  /** A new {@link V1FCVolumeSource} holding what was set (lists and maps copied). */
  V1FCVolumeSource toModel() {
    V1FCVolumeSource o = new V1FCVolumeSource();
    o.setFsType(fsType);
    o.setLun(lun);
    o.setReadOnly(readOnly);
    o.setTargetWWNs(targetWWNs == null ? null : new ArrayList<>(targetWWNs));
    o.setWwids(wwids == null ? null : new ArrayList<>(wwids));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getFsType() {
    return fsType;
  }

  public A withFsType(String fsType) {
    this.fsType = fsType;
    return self();
  }

  public boolean hasFsType() {
    return fsType != null;
  }

  public Integer getLun() {
    return lun;
  }

  public A withLun(Integer lun) {
    this.lun = lun;
    return self();
  }

  public boolean hasLun() {
    return lun != null;
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

  public List<String> getTargetWWNs() {
    return targetWWNs;
  }

  public A withTargetWWNs(List<String> targetWWNs) {
    this.targetWWNs = targetWWNs == null ? null : new ArrayList<>(targetWWNs);
    return self();
  }

  public boolean hasTargetWWNs() {
    return targetWWNs != null;
  }

  public A withTargetWWNs(String... items) {
    this.targetWWNs = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToTargetWWNs(String... items) {
    for (String item : items) {
      addToTargetWWNs(-1, item);
    }
    return self();
  }

  public A removeFromTargetWWNs(String... items) {
    return removeAllFromTargetWWNs(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToTargetWWNs(int index, String item) {
    if (this.targetWWNs == null) {
      this.targetWWNs = new ArrayList<>();
    }
    if (index < 0 || index >= this.targetWWNs.size()) {
      this.targetWWNs.add(item);
    } else {
      this.targetWWNs.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToTargetWWNs(int index, String item) {
    if (index < 0 || this.targetWWNs == null || index >= this.targetWWNs.size()) {
      return addToTargetWWNs(-1, item);
    }
    this.targetWWNs.set(index, item);
    return self();
  }

  public A addAllToTargetWWNs(Collection<String> items) {
    for (String item : items) {
      addToTargetWWNs(-1, item);
    }
    return self();
  }

  public A removeAllFromTargetWWNs(Collection<String> items) {
    if (this.targetWWNs != null) {
      this.targetWWNs.removeAll(items);
    }
    return self();
  }

  public List<String> getWwids() {
    return wwids;
  }

  public A withWwids(List<String> wwids) {
    this.wwids = wwids == null ? null : new ArrayList<>(wwids);
    return self();
  }

  public boolean hasWwids() {
    return wwids != null;
  }

  public A withWwids(String... items) {
    this.wwids = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToWwids(String... items) {
    for (String item : items) {
      addToWwids(-1, item);
    }
    return self();
  }

  public A removeFromWwids(String... items) {
    return removeAllFromWwids(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToWwids(int index, String item) {
    if (this.wwids == null) {
      this.wwids = new ArrayList<>();
    }
    if (index < 0 || index >= this.wwids.size()) {
      this.wwids.add(item);
    } else {
      this.wwids.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToWwids(int index, String item) {
    if (index < 0 || this.wwids == null || index >= this.wwids.size()) {
      return addToWwids(-1, item);
    }
    this.wwids.set(index, item);
    return self();
  }

  public A addAllToWwids(Collection<String> items) {
    for (String item : items) {
      addToWwids(-1, item);
    }
    return self();
  }

  public A removeAllFromWwids(Collection<String> items) {
    if (this.wwids != null) {
      this.wwids.removeAll(items);
    }
    return self();
  }
}
