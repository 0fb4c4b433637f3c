package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1StatefulSetSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1StatefulSetSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1StatefulSetSpecFluent<A extends V1StatefulSetSpecFluent<A>> {
  private List<V1PersistentVolumeClaim> volumeClaimTemplates;

  public V1StatefulSetSpecFluent() {}

  public V1StatefulSetSpecFluent(V1StatefulSetSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1StatefulSetSpec instance) {
    if (instance != null) {
      this.volumeClaimTemplates = instance.getVolumeClaimTemplates() == null ? null : new ArrayList<>(instance.getVolumeClaimTemplates());
    }
  }

  /** A new {@link V1StatefulSetSpec} holding what was set (lists and maps copied). */
  V1StatefulSetSpec toModel() {
    V1StatefulSetSpec o = new V1StatefulSetSpec();
    o.setVolumeClaimTemplates(volumeClaimTemplates == null ? null : new ArrayList<>(volumeClaimTemplates));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1PersistentVolumeClaim> getVolumeClaimTemplates() {
    return volumeClaimTemplates;
  }

  public A withVolumeClaimTemplates(List<V1PersistentVolumeClaim> volumeClaimTemplates) {
    this.volumeClaimTemplates = volumeClaimTemplates == null ? null : new ArrayList<>(volumeClaimTemplates);
    return self();
  }

  public boolean hasVolumeClaimTemplates() {
    return volumeClaimTemplates != null;
  }

  public A withVolumeClaimTemplates(V1PersistentVolumeClaim... items) {
    this.volumeClaimTemplates = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToVolumeClaimTemplates(V1PersistentVolumeClaim... items) {
    for (V1PersistentVolumeClaim item : items) {
      addToVolumeClaimTemplates(-1, item);
    }
    return self();
  }

  public A removeFromVolumeClaimTemplates(V1PersistentVolumeClaim... items) {
    return removeAllFromVolumeClaimTemplates(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToVolumeClaimTemplates(int index, V1PersistentVolumeClaim item) {
    if (this.volumeClaimTemplates == null) {
      this.volumeClaimTemplates = new ArrayList<>();
    }
    if (index < 0 || index >= this.volumeClaimTemplates.size()) {
      this.volumeClaimTemplates.add(item);
    } else {
      this.volumeClaimTemplates.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToVolumeClaimTemplates(int index, V1PersistentVolumeClaim item) {
    if (index < 0 || this.volumeClaimTemplates == null || index >= this.volumeClaimTemplates.size()) {
      return addToVolumeClaimTemplates(-1, item);
    }
    this.volumeClaimTemplates.set(index, item);
    return self();
  }

  public A addAllToVolumeClaimTemplates(Collection<V1PersistentVolumeClaim> items) {
    for (V1PersistentVolumeClaim item : items) {
      addToVolumeClaimTemplates(-1, item);
    }
    return self();
  }

  public A removeAllFromVolumeClaimTemplates(Collection<V1PersistentVolumeClaim> items) {
    if (this.volumeClaimTemplates != null) {
      this.volumeClaimTemplates.removeAll(items);
    }
    return self();
  }

  public List<V1PersistentVolumeClaim> buildVolumeClaimTemplates() {
    return volumeClaimTemplates;
  }

  public V1PersistentVolumeClaim buildVolumeClaimTemplate(int index) {
    return this.volumeClaimTemplates.get(index);
  }

  public VolumeClaimTemplatesNested addNewVolumeClaimTemplate() {
    return new VolumeClaimTemplatesNested(-1, null);
  }

  public VolumeClaimTemplatesNested addNewVolumeClaimTemplateLike(V1PersistentVolumeClaim item) {
    return new VolumeClaimTemplatesNested(-1, item);
  }

  public VolumeClaimTemplatesNested setNewVolumeClaimTemplateLike(int index, V1PersistentVolumeClaim item) {
    return new VolumeClaimTemplatesNested(index, item);
  }

  public VolumeClaimTemplatesNested editVolumeClaimTemplate(int index) {
    if (this.volumeClaimTemplates == null || index < 0 || index >= this.volumeClaimTemplates.size()) {
      throw new IndexOutOfBoundsException("can't edit volumeClaimTemplates [" + index + "]");
    }
    return new VolumeClaimTemplatesNested(index, this.volumeClaimTemplates.get(index));
  }

  public VolumeClaimTemplatesNested editFirstVolumeClaimTemplate() {
    return editVolumeClaimTemplate(0);
  }

  public VolumeClaimTemplatesNested editLastVolumeClaimTemplate() {
    return editVolumeClaimTemplate(this.volumeClaimTemplates == null ? -1 : this.volumeClaimTemplates.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class VolumeClaimTemplatesNested extends V1PersistentVolumeClaimFluent<VolumeClaimTemplatesNested> {
    private final int index;

    VolumeClaimTemplatesNested(int index, V1PersistentVolumeClaim item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1StatefulSetSpecFluent.this.setToVolumeClaimTemplates(index, toModel());
    }

    public A endVolumeClaimTemplate() {
      return and();
    }
  }
}
