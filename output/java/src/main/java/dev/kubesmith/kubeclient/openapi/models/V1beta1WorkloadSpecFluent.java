package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1beta1WorkloadSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1WorkloadSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1WorkloadSpecFluent<A extends V1beta1WorkloadSpecFluent<A>> {
  private List<V1beta1CompositePodGroupTemplate> compositePodGroupTemplates;
  private V1beta1TypedLocalObjectReference controllerRef;
  private List<V1beta1PodGroupTemplate> podGroupTemplates;

  public V1beta1WorkloadSpecFluent() {}

  public V1beta1WorkloadSpecFluent(V1beta1WorkloadSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1WorkloadSpec instance) {
    if (instance != null) {
      this.compositePodGroupTemplates = instance.getCompositePodGroupTemplates() == null ? null : new ArrayList<>(instance.getCompositePodGroupTemplates());
      this.controllerRef = instance.getControllerRef();
      this.podGroupTemplates = instance.getPodGroupTemplates() == null ? null : new ArrayList<>(instance.getPodGroupTemplates());
    }
  }

  /** A new {@link V1beta1WorkloadSpec} holding what was set (lists and maps copied). */
  V1beta1WorkloadSpec toModel() {
    V1beta1WorkloadSpec o = new V1beta1WorkloadSpec();
    o.setCompositePodGroupTemplates(compositePodGroupTemplates == null ? null : new ArrayList<>(compositePodGroupTemplates));
    o.setControllerRef(controllerRef);
    o.setPodGroupTemplates(podGroupTemplates == null ? null : new ArrayList<>(podGroupTemplates));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1beta1CompositePodGroupTemplate> getCompositePodGroupTemplates() {
    return compositePodGroupTemplates;
  }

  public A withCompositePodGroupTemplates(List<V1beta1CompositePodGroupTemplate> compositePodGroupTemplates) {
    this.compositePodGroupTemplates = compositePodGroupTemplates == null ? null : new ArrayList<>(compositePodGroupTemplates);
    return self();
  }

  public boolean hasCompositePodGroupTemplates() {
    return compositePodGroupTemplates != null;
  }

  public A withCompositePodGroupTemplates(V1beta1CompositePodGroupTemplate... items) {
    this.compositePodGroupTemplates = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToCompositePodGroupTemplates(V1beta1CompositePodGroupTemplate... items) {
    for (V1beta1CompositePodGroupTemplate item : items) {
      addToCompositePodGroupTemplates(-1, item);
    }
    return self();
  }

  public A removeFromCompositePodGroupTemplates(V1beta1CompositePodGroupTemplate... items) {
    return removeAllFromCompositePodGroupTemplates(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToCompositePodGroupTemplates(int index, V1beta1CompositePodGroupTemplate item) {
    if (this.compositePodGroupTemplates == null) {
      this.compositePodGroupTemplates = new ArrayList<>();
    }
    if (index < 0 || index >= this.compositePodGroupTemplates.size()) {
      this.compositePodGroupTemplates.add(item);
    } else {
      this.compositePodGroupTemplates.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToCompositePodGroupTemplates(int index, V1beta1CompositePodGroupTemplate item) {
    if (index < 0 || this.compositePodGroupTemplates == null || index >= this.compositePodGroupTemplates.size()) {
      return addToCompositePodGroupTemplates(-1, item);
    }
    this.compositePodGroupTemplates.set(index, item);
    return self();
  }

  public A addAllToCompositePodGroupTemplates(Collection<V1beta1CompositePodGroupTemplate> items) {
    for (V1beta1CompositePodGroupTemplate item : items) {
      addToCompositePodGroupTemplates(-1, item);
    }
    return self();
  }

  public A removeAllFromCompositePodGroupTemplates(Collection<V1beta1CompositePodGroupTemplate> items) {
    if (this.compositePodGroupTemplates != null) {
      this.compositePodGroupTemplates.removeAll(items);
    }
    return self();
  }

  public List<V1beta1CompositePodGroupTemplate> buildCompositePodGroupTemplates() {
    return compositePodGroupTemplates;
  }

  public V1beta1CompositePodGroupTemplate buildCompositePodGroupTemplate(int index) {
    return this.compositePodGroupTemplates.get(index);
  }

  public CompositePodGroupTemplatesNested addNewCompositePodGroupTemplate() {
    return new CompositePodGroupTemplatesNested(-1, null);
  }

  public CompositePodGroupTemplatesNested addNewCompositePodGroupTemplateLike(V1beta1CompositePodGroupTemplate item) {
    return new CompositePodGroupTemplatesNested(-1, item);
  }

  public CompositePodGroupTemplatesNested setNewCompositePodGroupTemplateLike(int index, V1beta1CompositePodGroupTemplate item) {
    return new CompositePodGroupTemplatesNested(index, item);
  }

  public CompositePodGroupTemplatesNested editCompositePodGroupTemplate(int index) {
    if (this.compositePodGroupTemplates == null || index < 0 || index >= this.compositePodGroupTemplates.size()) {
      throw new IndexOutOfBoundsException("can't edit compositePodGroupTemplates [" + index + "]");
    }
    return new CompositePodGroupTemplatesNested(index, this.compositePodGroupTemplates.get(index));
  }

  public CompositePodGroupTemplatesNested editFirstCompositePodGroupTemplate() {
    return editCompositePodGroupTemplate(0);
  }

  public CompositePodGroupTemplatesNested editLastCompositePodGroupTemplate() {
    return editCompositePodGroupTemplate(this.compositePodGroupTemplates == null ? -1 : this.compositePodGroupTemplates.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class CompositePodGroupTemplatesNested extends V1beta1CompositePodGroupTemplateFluent<CompositePodGroupTemplatesNested> {
    private final int index;

    CompositePodGroupTemplatesNested(int index, V1beta1CompositePodGroupTemplate item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta1WorkloadSpecFluent.this.setToCompositePodGroupTemplates(index, toModel());
    }

    public A endCompositePodGroupTemplate() {
      return and();
    }
  }

  public V1beta1TypedLocalObjectReference getControllerRef() {
    return controllerRef;
  }

  public A withControllerRef(V1beta1TypedLocalObjectReference controllerRef) {
    this.controllerRef = controllerRef;
    return self();
  }

  public boolean hasControllerRef() {
    return controllerRef != null;
  }

  public V1beta1TypedLocalObjectReference buildControllerRef() {
    return controllerRef;
  }

  public ControllerRefNested withNewControllerRef() {
    return new ControllerRefNested(null);
  }

  public ControllerRefNested withNewControllerRefLike(V1beta1TypedLocalObjectReference item) {
    return new ControllerRefNested(item);
  }

  public ControllerRefNested editControllerRef() {
    return new ControllerRefNested(controllerRef);
  }

  public ControllerRefNested editOrNewControllerRef() {
    return new ControllerRefNested(controllerRef != null ? controllerRef : new V1beta1TypedLocalObjectReference());
  }

  public ControllerRefNested editOrNewControllerRefLike(V1beta1TypedLocalObjectReference item) {
    return new ControllerRefNested(controllerRef != null ? controllerRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ControllerRefNested extends V1beta1TypedLocalObjectReferenceFluent<ControllerRefNested> {
    ControllerRefNested(V1beta1TypedLocalObjectReference item) {
      super(item);
    }

    public A and() {
      return V1beta1WorkloadSpecFluent.this.withControllerRef(toModel());
    }

    public A endControllerRef() {
      return and();
    }
  }

  public List<V1beta1PodGroupTemplate> getPodGroupTemplates() {
    return podGroupTemplates;
  }

  public A withPodGroupTemplates(List<V1beta1PodGroupTemplate> podGroupTemplates) {
    this.podGroupTemplates = podGroupTemplates == null ? null : new ArrayList<>(podGroupTemplates);
    return self();
  }

  public boolean hasPodGroupTemplates() {
    return podGroupTemplates != null;
  }

  public A withPodGroupTemplates(V1beta1PodGroupTemplate... items) {
    this.podGroupTemplates = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPodGroupTemplates(V1beta1PodGroupTemplate... items) {
    for (V1beta1PodGroupTemplate item : items) {
      addToPodGroupTemplates(-1, item);
    }
    return self();
  }

  public A removeFromPodGroupTemplates(V1beta1PodGroupTemplate... items) {
    return removeAllFromPodGroupTemplates(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPodGroupTemplates(int index, V1beta1PodGroupTemplate item) {
    if (this.podGroupTemplates == null) {
      this.podGroupTemplates = new ArrayList<>();
    }
    if (index < 0 || index >= this.podGroupTemplates.size()) {
      this.podGroupTemplates.add(item);
    } else {
      this.podGroupTemplates.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToPodGroupTemplates(int index, V1beta1PodGroupTemplate item) {
    if (index < 0 || this.podGroupTemplates == null || index >= this.podGroupTemplates.size()) {
      return addToPodGroupTemplates(-1, item);
    }
    this.podGroupTemplates.set(index, item);
    return self();
  }

  public A addAllToPodGroupTemplates(Collection<V1beta1PodGroupTemplate> items) {
    for (V1beta1PodGroupTemplate item : items) {
      addToPodGroupTemplates(-1, item);
    }
    return self();
  }

  public A removeAllFromPodGroupTemplates(Collection<V1beta1PodGroupTemplate> items) {
    if (this.podGroupTemplates != null) {
      this.podGroupTemplates.removeAll(items);
    }
    return self();
  }

  public List<V1beta1PodGroupTemplate> buildPodGroupTemplates() {
    return podGroupTemplates;
  }

  public V1beta1PodGroupTemplate buildPodGroupTemplate(int index) {
    return this.podGroupTemplates.get(index);
  }

  public PodGroupTemplatesNested addNewPodGroupTemplate() {
    return new PodGroupTemplatesNested(-1, null);
  }

  public PodGroupTemplatesNested addNewPodGroupTemplateLike(V1beta1PodGroupTemplate item) {
    return new PodGroupTemplatesNested(-1, item);
  }

  public PodGroupTemplatesNested setNewPodGroupTemplateLike(int index, V1beta1PodGroupTemplate item) {
    return new PodGroupTemplatesNested(index, item);
  }

  public PodGroupTemplatesNested editPodGroupTemplate(int index) {
    if (this.podGroupTemplates == null || index < 0 || index >= this.podGroupTemplates.size()) {
      throw new IndexOutOfBoundsException("can't edit podGroupTemplates [" + index + "]");
    }
    return new PodGroupTemplatesNested(index, this.podGroupTemplates.get(index));
  }

  public PodGroupTemplatesNested editFirstPodGroupTemplate() {
    return editPodGroupTemplate(0);
  }

  public PodGroupTemplatesNested editLastPodGroupTemplate() {
    return editPodGroupTemplate(this.podGroupTemplates == null ? -1 : this.podGroupTemplates.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class PodGroupTemplatesNested extends V1beta1PodGroupTemplateFluent<PodGroupTemplatesNested> {
    private final int index;

    PodGroupTemplatesNested(int index, V1beta1PodGroupTemplate item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta1WorkloadSpecFluent.this.setToPodGroupTemplates(index, toModel());
    }

    public A endPodGroupTemplate() {
      return and();
    }
  }
}
