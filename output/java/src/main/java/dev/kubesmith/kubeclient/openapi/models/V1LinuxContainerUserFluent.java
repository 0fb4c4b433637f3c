package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1LinuxContainerUser}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1LinuxContainerUserBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1LinuxContainerUserFluent<A extends V1LinuxContainerUserFluent<A>> {
  private Long gid;
  private List<Long> supplementalGroups;
  private Long uid;

  public V1LinuxContainerUserFluent() {}

  public V1LinuxContainerUserFluent(V1LinuxContainerUser instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1LinuxContainerUser instance) {
    if (instance != null) {
      this.gid = instance.getGid();
      this.supplementalGroups = instance.getSupplementalGroups() == null ? null : new ArrayList<>(instance.getSupplementalGroups());
      this.uid = instance.getUid();
    }
  }

  /** A new {@link V1LinuxContainerUser} holding what was set (lists and maps copied). */
  V1LinuxContainerUser toModel() {
    V1LinuxContainerUser o = new V1LinuxContainerUser();
    o.setGid(gid);
    o.setSupplementalGroups(supplementalGroups == null ? null : new ArrayList<>(supplementalGroups));
    o.setUid(uid);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Long getGid() {
    return gid;
  }

  public A withGid(Long gid) {
    this.gid = gid;
    return self();
  }

  public boolean hasGid() {
    return gid != null;
  }

  public List<Long> getSupplementalGroups() {
    return supplementalGroups;
  }

  public A withSupplementalGroups(List<Long> supplementalGroups) {
    this.supplementalGroups = supplementalGroups == null ? null : new ArrayList<>(supplementalGroups);
    return self();
  }

  public boolean hasSupplementalGroups() {
    return supplementalGroups != null;
  }

  public A withSupplementalGroups(Long... items) {
    this.supplementalGroups = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToSupplementalGroups(Long... items) {
    for (Long item : items) {
      addToSupplementalGroups(-1, item);
    }
    return self();
  }

  public A removeFromSupplementalGroups(Long... items) {
    return removeAllFromSupplementalGroups(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToSupplementalGroups(int index, Long item) {
    if (this.supplementalGroups == null) {
      this.supplementalGroups = new ArrayList<>();
    }
    if (index < 0 || index >= this.supplementalGroups.size()) {
      this.supplementalGroups.add(item);
    } else {
      this.supplementalGroups.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToSupplementalGroups(int index, Long item) {
    if (index < 0 || this.supplementalGroups == null || index >= this.supplementalGroups.size()) {
      return addToSupplementalGroups(-1, item);
    }
    this.supplementalGroups.set(index, item);
    return self();
  }

  public A addAllToSupplementalGroups(Collection<Long> items) {
    for (Long item : items) {
      addToSupplementalGroups(-1, item);
    }
    return self();
  }

  public A removeAllFromSupplementalGroups(Collection<Long> items) {
    if (this.supplementalGroups != null) {
      this.supplementalGroups.removeAll(items);
    }
    return self();
  }

  public Long getUid() {
    return uid;
  }

  public A withUid(Long uid) {
    this.uid = uid;
    return self();
  }

  public boolean hasUid() {
    return uid != null;
  }
}
