package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1alpha3WorkloadSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3WorkloadSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3WorkloadSpecFluent<A extends V1alpha3WorkloadSpecFluent<A>> {
  private List<V1alpha3CompositePodGroupTemplate> compositePodGroupTemplates;
  private V1alpha3TypedLocalObjectReference controllerRef;
  private List<V1alpha3PodGroupTemplate> podGroupTemplates;

  public V1alpha3WorkloadSpecFluent() {}

  public V1alpha3WorkloadSpecFluent(V1alpha3WorkloadSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3WorkloadSpec instance) {
    if (instance != null) {
      this.compositePodGroupTemplates = instance.getCompositePodGroupTemplates() == null ? null : new ArrayList<>(instance.getCompositePodGroupTemplates());
      this.controllerRef = instance.getControllerRef();
      this.podGroupTemplates = instance.getPodGroupTemplates() == null ? null : new ArrayList<>(instance.getPodGroupTemplates());
    }
  }

  /** A new {@link V1alpha3WorkloadSpec} holding what was set (lists and maps copied). */
  V1alpha3WorkloadSpec toModel() {
    V1alpha3WorkloadSpec o = new V1alpha3WorkloadSpec();
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

  public List<V1alpha3CompositePodGroupTemplate> getCompositePodGroupTemplates() {
    return compositePodGroupTemplates;
  }

  public A withCompositePodGroupTemplates(List<V1alpha3CompositePodGroupTemplate> compositePodGroupTemplates) {
    this.compositePodGroupTemplates = compositePodGroupTemplates == null ? null : new ArrayList<>(compositePodGroupTemplates);
    return self();
  }

  public boolean hasCompositePodGroupTemplates() {
    return compositePodGroupTemplates != null;
  }

  public A withCompositePodGroupTemplates(V1alpha3CompositePodGroupTemplate... items) {
    this.compositePodGroupTemplates = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToCompositePodGroupTemplates(V1alpha3CompositePodGroupTemplate... items) {
    for (V1alpha3CompositePodGroupTemplate item : items) {
      addToCompositePodGroupTemplates(-1, item);
    }
    return self();
  }

  public A removeFromCompositePodGroupTemplates(V1alpha3CompositePodGroupTemplate... items) {
    return removeAllFromCompositePodGroupTemplates(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToCompositePodGroupTemplates(int index, V1alpha3CompositePodGroupTemplate item) {
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
  public A setToCompositePodGroupTemplates(int index, V1alpha3CompositePodGroupTemplate item) {
    if (index < 0 || this.compositePodGroupTemplates == null || index >= this.compositePodGroupTemplates.size()) {
      return addToCompositePodGroupTemplates(-1, item);
    }
    this.compositePodGroupTemplates.set(index, item);
    return self();
  }

  public A addAllToCompositePodGroupTemplates(Collection<V1alpha3CompositePodGroupTemplate> items) {
    for (V1alpha3CompositePodGroupTemplate item : items) {
      addToCompositePodGroupTemplates(-1, item);
    }
    return self();
  }

  public A removeAllFromCompositePodGroupTemplates(Collection<V1alpha3CompositePodGroupTemplate> items) {
    if (this.compositePodGroupTemplates != null) {
      this.compositePodGroupTemplates.removeAll(items);
    }
    return self();
  }

  public List<V1alpha3CompositePodGroupTemplate> buildCompositePodGroupTemplates() {
    return compositePodGroupTemplates;
  }

  public V1alpha3CompositePodGroupTemplate buildCompositePodGroupTemplate(int index) {
    return this.compositePodGroupTemplates.get(index);
  }

  public CompositePodGroupTemplatesNested addNewCompositePodGroupTemplate() {
    return new CompositePodGroupTemplatesNested(-1, null);
  }

  public CompositePodGroupTemplatesNested addNewCompositePodGroupTemplateLike(V1alpha3CompositePodGroupTemplate item) {
    return new CompositePodGroupTemplatesNested(-1, item);
  }

  public CompositePodGroupTemplatesNested setNewCompositePodGroupTemplateLike(int index, V1alpha3CompositePodGroupTemplate item) {
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
  public class CompositePodGroupTemplatesNested extends V1alpha3CompositePodGroupTemplateFluent<CompositePodGroupTemplatesNested> {
    private final int index;

    CompositePodGroupTemplatesNested(int index, V1alpha3CompositePodGroupTemplate item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1alpha3WorkloadSpecFluent.this.setToCompositePodGroupTemplates(index, toModel());
    }

    public A endCompositePodGroupTemplate() {
      return and();
    }
  }

  public V1alpha3TypedLocalObjectReference getControllerRef() {
    return controllerRef;
  }

  public A withControllerRef(V1alpha3TypedLocalObjectReference controllerRef) {
    this.controllerRef = controllerRef;
    return self();
  }

  public boolean hasControllerRef() {
    return controllerRef != null;
  }

  public V1alpha3TypedLocalObjectReference buildControllerRef() {
    return controllerRef;
  }

  public ControllerRefNested withNewControllerRef() {
    return new ControllerRefNested(null);
  }

  public ControllerRefNested withNewControllerRefLike(V1alpha3TypedLocalObjectReference item) {
    return new ControllerRefNested(item);
  }

  public ControllerRefNested editControllerRef() {
    return new ControllerRefNested(controllerRef);
  }

  public ControllerRefNested editOrNewControllerRef() {
    return new ControllerRefNested(controllerRef != null ? controllerRef : new V1alpha3TypedLocalObjectReference());
  }

  public ControllerRefNested editOrNewControllerRefLike(V1alpha3TypedLocalObjectReference item) {
    return new ControllerRefNested(controllerRef != null ? controllerRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ControllerRefNested extends V1alpha3TypedLocalObjectReferenceFluent<ControllerRefNested> {
    ControllerRefNested(V1alpha3TypedLocalObjectReference item) {
      super(item);
    }

    public A and() {
      return V1alpha3WorkloadSpecFluent.this.withControllerRef(toModel());
    }

    public A endControllerRef() {
      return and();
    }
  }

  public List<V1alpha3PodGroupTemplate> getPodGroupTemplates() {
    return podGroupTemplates;
  }

  public A withPodGroupTemplates(List<V1alpha3PodGroupTemplate> podGroupTemplates) {
    this.podGroupTemplates = podGroupTemplates == null ? null : new ArrayList<>(podGroupTemplates);
    return self();
  }

  public boolean hasPodGroupTemplates() {
    return podGroupTemplates != null;
  }

  public A withPodGroupTemplates(V1alpha3PodGroupTemplate... items) {
    this.podGroupTemplates = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPodGroupTemplates(V1alpha3PodGroupTemplate... items) {
    for (V1alpha3PodGroupTemplate item : items) {
      addToPodGroupTemplates(-1, item);
    }
    return self();
  }

  public A removeFromPodGroupTemplates(V1alpha3PodGroupTemplate... items) {
    return removeAllFromPodGroupTemplates(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPodGroupTemplates(int index, V1alpha3PodGroupTemplate item) {
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
  public A setToPodGroupTemplates(int index, V1alpha3PodGroupTemplate item) {
    if (index < 0 || this.podGroupTemplates == null || index >= this.podGroupTemplates.size()) {
      return addToPodGroupTemplates(-1, item);
    }
    this.podGroupTemplates.set(index, item);
    return self();
  }

  public A addAllToPodGroupTemplates(Collection<V1alpha3PodGroupTemplate> items) {
    for (V1alpha3PodGroupTemplate item : items) {
      addToPodGroupTemplates(-1, item);
    }
    return self();
  }

  public A removeAllFromPodGroupTemplates(Collection<V1alpha3PodGroupTemplate> items) {
    if (this.podGroupTemplates != null) {
      this.podGroupTemplates.removeAll(items);
    }
    return self();
  }

  public List<V1alpha3PodGroupTemplate> buildPodGroupTemplates() {
    return podGroupTemplates;
  }

  public V1alpha3PodGroupTemplate buildPodGroupTemplate(int index) {
    return this.podGroupTemplates.get(index);
  }

  public PodGroupTemplatesNested addNewPodGroupTemplate() {
    return new PodGroupTemplatesNested(-1, null);
  }

  public PodGroupTemplatesNested addNewPodGroupTemplateLike(V1alpha3PodGroupTemplate item) {
    return new PodGroupTemplatesNested(-1, item);
  }

  public PodGroupTemplatesNested setNewPodGroupTemplateLike(int index, V1alpha3PodGroupTemplate item) {
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
  public class PodGroupTemplatesNested extends V1alpha3PodGroupTemplateFluent<PodGroupTemplatesNested> {
    private final int index;

    PodGroupTemplatesNested(int index, V1alpha3PodGroupTemplate item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1alpha3WorkloadSpecFluent.this.setToPodGroupTemplates(index, toModel());
    }

    public A endPodGroupTemplate() {
      return and();
    }
  }
}
