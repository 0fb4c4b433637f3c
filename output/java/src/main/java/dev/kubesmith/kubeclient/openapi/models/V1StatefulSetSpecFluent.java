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
  private Integer minReadySeconds;
  private V1StatefulSetOrdinals ordinals;
  private V1StatefulSetPersistentVolumeClaimRetentionPolicy persistentVolumeClaimRetentionPolicy;
  private String podManagementPolicy;
  private Integer replicas;
  private Integer revisionHistoryLimit;
  private V1LabelSelector selector;
  private String serviceName;
  private V1PodTemplateSpec template;
  private V1StatefulSetUpdateStrategy updateStrategy;
  private List<V1PersistentVolumeClaim> volumeClaimTemplates;

  public V1StatefulSetSpecFluent() {}

  public V1StatefulSetSpecFluent(V1StatefulSetSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1StatefulSetSpec instance) {
    if (instance != null) {
      this.minReadySeconds = instance.getMinReadySeconds();
      this.ordinals = instance.getOrdinals();
      this.persistentVolumeClaimRetentionPolicy = instance.getPersistentVolumeClaimRetentionPolicy();
      this.podManagementPolicy = instance.getPodManagementPolicy();
      this.replicas = instance.getReplicas();
      this.revisionHistoryLimit = instance.getRevisionHistoryLimit();
      this.selector = instance.getSelector();
      this.serviceName = instance.getServiceName();
      this.template = instance.getTemplate();
      this.updateStrategy = instance.getUpdateStrategy();
      this.volumeClaimTemplates = instance.getVolumeClaimTemplates() == null ? null : new ArrayList<>(instance.getVolumeClaimTemplates());
    }
  }

  /** A new {@link V1StatefulSetSpec} holding what was set (lists and maps copied). */
  V1StatefulSetSpec toModel() {
    V1StatefulSetSpec o = new V1StatefulSetSpec();
    o.setMinReadySeconds(minReadySeconds);
    o.setOrdinals(ordinals);
    o.setPersistentVolumeClaimRetentionPolicy(persistentVolumeClaimRetentionPolicy);
    o.setPodManagementPolicy(podManagementPolicy);
    o.setReplicas(replicas);
    o.setRevisionHistoryLimit(revisionHistoryLimit);
    o.setSelector(selector);
    o.setServiceName(serviceName);
    o.setTemplate(template);
    o.setUpdateStrategy(updateStrategy);
    o.setVolumeClaimTemplates(volumeClaimTemplates == null ? null : new ArrayList<>(volumeClaimTemplates));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getMinReadySeconds() {
    return minReadySeconds;
  }

  public A withMinReadySeconds(Integer minReadySeconds) {
    this.minReadySeconds = minReadySeconds;
    return self();
  }

  public boolean hasMinReadySeconds() {
    return minReadySeconds != null;
  }

  public V1StatefulSetOrdinals getOrdinals() {
    return ordinals;
  }

  public A withOrdinals(V1StatefulSetOrdinals ordinals) {
    this.ordinals = ordinals;
    return self();
  }

  public boolean hasOrdinals() {
    return ordinals != null;
  }

  public V1StatefulSetOrdinals buildOrdinals() {
    return ordinals;
  }

  public OrdinalsNested withNewOrdinals() {
    return new OrdinalsNested(null);
  }

  public OrdinalsNested withNewOrdinalsLike(V1StatefulSetOrdinals item) {
    return new OrdinalsNested(item);
  }

  public OrdinalsNested editOrdinals() {
    return new OrdinalsNested(ordinals);
  }

  public OrdinalsNested editOrNewOrdinals() {
    return new OrdinalsNested(ordinals != null ? ordinals : new V1StatefulSetOrdinals());
  }

  public OrdinalsNested editOrNewOrdinalsLike(V1StatefulSetOrdinals item) {
    return new OrdinalsNested(ordinals != null ? ordinals : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class OrdinalsNested extends V1StatefulSetOrdinalsFluent<OrdinalsNested> {
    OrdinalsNested(V1StatefulSetOrdinals item) {
      super(item);
    }

    public A and() {
      return V1StatefulSetSpecFluent.this.withOrdinals(toModel());
    }

    public A endOrdinals() {
      return and();
    }
  }

  public V1StatefulSetPersistentVolumeClaimRetentionPolicy getPersistentVolumeClaimRetentionPolicy() {
    return persistentVolumeClaimRetentionPolicy;
  }

  public A withPersistentVolumeClaimRetentionPolicy(V1StatefulSetPersistentVolumeClaimRetentionPolicy persistentVolumeClaimRetentionPolicy) {
    this.persistentVolumeClaimRetentionPolicy = persistentVolumeClaimRetentionPolicy;
    return self();
  }

  public boolean hasPersistentVolumeClaimRetentionPolicy() {
    return persistentVolumeClaimRetentionPolicy != null;
  }

  public V1StatefulSetPersistentVolumeClaimRetentionPolicy buildPersistentVolumeClaimRetentionPolicy() {
    return persistentVolumeClaimRetentionPolicy;
  }

  public PersistentVolumeClaimRetentionPolicyNested withNewPersistentVolumeClaimRetentionPolicy() {
    return new PersistentVolumeClaimRetentionPolicyNested(null);
  }

  public PersistentVolumeClaimRetentionPolicyNested withNewPersistentVolumeClaimRetentionPolicyLike(V1StatefulSetPersistentVolumeClaimRetentionPolicy item) {
    return new PersistentVolumeClaimRetentionPolicyNested(item);
  }

  public PersistentVolumeClaimRetentionPolicyNested editPersistentVolumeClaimRetentionPolicy() {
    return new PersistentVolumeClaimRetentionPolicyNested(persistentVolumeClaimRetentionPolicy);
  }

  public PersistentVolumeClaimRetentionPolicyNested editOrNewPersistentVolumeClaimRetentionPolicy() {
    return new PersistentVolumeClaimRetentionPolicyNested(persistentVolumeClaimRetentionPolicy != null ? persistentVolumeClaimRetentionPolicy : new V1StatefulSetPersistentVolumeClaimRetentionPolicy());
  }

  public PersistentVolumeClaimRetentionPolicyNested editOrNewPersistentVolumeClaimRetentionPolicyLike(V1StatefulSetPersistentVolumeClaimRetentionPolicy item) {
    return new PersistentVolumeClaimRetentionPolicyNested(persistentVolumeClaimRetentionPolicy != null ? persistentVolumeClaimRetentionPolicy : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PersistentVolumeClaimRetentionPolicyNested extends V1StatefulSetPersistentVolumeClaimRetentionPolicyFluent<PersistentVolumeClaimRetentionPolicyNested> {
    PersistentVolumeClaimRetentionPolicyNested(V1StatefulSetPersistentVolumeClaimRetentionPolicy item) {
      super(item);
    }

    public A and() {
      return V1StatefulSetSpecFluent.this.withPersistentVolumeClaimRetentionPolicy(toModel());
    }

    public A endPersistentVolumeClaimRetentionPolicy() {
      return and();
    }
  }

  public String getPodManagementPolicy() {
    return podManagementPolicy;
  }

  public A withPodManagementPolicy(String podManagementPolicy) {
    this.podManagementPolicy = podManagementPolicy;
    return self();
  }

  public boolean hasPodManagementPolicy() {
    return podManagementPolicy != null;
  }

  public Integer getReplicas() {
    return replicas;
  }

  public A withReplicas(Integer replicas) {
    this.replicas = replicas;
    return self();
  }

  public boolean hasReplicas() {
    return replicas != null;
  }

  public Integer getRevisionHistoryLimit() {
    return revisionHistoryLimit;
  }

  public A withRevisionHistoryLimit(Integer revisionHistoryLimit) {
    this.revisionHistoryLimit = revisionHistoryLimit;
    return self();
  }

  public boolean hasRevisionHistoryLimit() {
    return revisionHistoryLimit != null;
  }

  public V1LabelSelector getSelector() {
    return selector;
  }

  public A withSelector(V1LabelSelector selector) {
    this.selector = selector;
    return self();
  }

  public boolean hasSelector() {
    return selector != null;
  }

  public V1LabelSelector buildSelector() {
    return selector;
  }

  public SelectorNested withNewSelector() {
    return new SelectorNested(null);
  }

  public SelectorNested withNewSelectorLike(V1LabelSelector item) {
    return new SelectorNested(item);
  }

  public SelectorNested editSelector() {
    return new SelectorNested(selector);
  }

  public SelectorNested editOrNewSelector() {
    return new SelectorNested(selector != null ? selector : new V1LabelSelector());
  }

  public SelectorNested editOrNewSelectorLike(V1LabelSelector item) {
    return new SelectorNested(selector != null ? selector : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SelectorNested extends V1LabelSelectorFluent<SelectorNested> {
    SelectorNested(V1LabelSelector item) {
      super(item);
    }

    public A and() {
      return V1StatefulSetSpecFluent.this.withSelector(toModel());
    }

    public A endSelector() {
      return and();
    }
  }

  public String getServiceName() {
    return serviceName;
  }

  public A withServiceName(String serviceName) {
    this.serviceName = serviceName;
    return self();
  }

  public boolean hasServiceName() {
    return serviceName != null;
  }

  public V1PodTemplateSpec getTemplate() {
    return template;
  }

  public A withTemplate(V1PodTemplateSpec template) {
    this.template = template;
    return self();
  }

  public boolean hasTemplate() {
    return template != null;
  }

  public V1PodTemplateSpec buildTemplate() {
    return template;
  }

  public TemplateNested withNewTemplate() {
    return new TemplateNested(null);
  }

  public TemplateNested withNewTemplateLike(V1PodTemplateSpec item) {
    return new TemplateNested(item);
  }

  public TemplateNested editTemplate() {
    return new TemplateNested(template);
  }

  public TemplateNested editOrNewTemplate() {
    return new TemplateNested(template != null ? template : new V1PodTemplateSpec());
  }

  public TemplateNested editOrNewTemplateLike(V1PodTemplateSpec item) {
    return new TemplateNested(template != null ? template : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class TemplateNested extends V1PodTemplateSpecFluent<TemplateNested> {
    TemplateNested(V1PodTemplateSpec item) {
      super(item);
    }

    public A and() {
      return V1StatefulSetSpecFluent.this.withTemplate(toModel());
    }

    public A endTemplate() {
      return and();
    }
  }

  public V1StatefulSetUpdateStrategy getUpdateStrategy() {
    return updateStrategy;
  }

  public A withUpdateStrategy(V1StatefulSetUpdateStrategy updateStrategy) {
    this.updateStrategy = updateStrategy;
    return self();
  }

  public boolean hasUpdateStrategy() {
    return updateStrategy != null;
  }

  public V1StatefulSetUpdateStrategy buildUpdateStrategy() {
    return updateStrategy;
  }

  public UpdateStrategyNested withNewUpdateStrategy() {
    return new UpdateStrategyNested(null);
  }

  public UpdateStrategyNested withNewUpdateStrategyLike(V1StatefulSetUpdateStrategy item) {
    return new UpdateStrategyNested(item);
  }

  public UpdateStrategyNested editUpdateStrategy() {
    return new UpdateStrategyNested(updateStrategy);
  }

  public UpdateStrategyNested editOrNewUpdateStrategy() {
    return new UpdateStrategyNested(updateStrategy != null ? updateStrategy : new V1StatefulSetUpdateStrategy());
  }

  public UpdateStrategyNested editOrNewUpdateStrategyLike(V1StatefulSetUpdateStrategy item) {
    return new UpdateStrategyNested(updateStrategy != null ? updateStrategy : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class UpdateStrategyNested extends V1StatefulSetUpdateStrategyFluent<UpdateStrategyNested> {
    UpdateStrategyNested(V1StatefulSetUpdateStrategy item) {
      super(item);
    }

    public A and() {
      return V1StatefulSetSpecFluent.this.withUpdateStrategy(toModel());
    }

    public A endUpdateStrategy() {
      return and();
    }
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
