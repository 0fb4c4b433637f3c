package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1ObjectMeta}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ObjectMetaBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ObjectMetaFluent<A extends V1ObjectMetaFluent<A>> {
  private Map<String, String> annotations;
  private OffsetDateTime creationTimestamp;
  private Long deletionGracePeriodSeconds;
  private OffsetDateTime deletionTimestamp;
  private List<String> finalizers;
  private String generateName;
  private Long generation;
  private Map<String, String> labels;
  private List<V1ManagedFieldsEntry> managedFields;
  private String name;
  private String namespace;
  private List<V1OwnerReference> ownerReferences;
  private String resourceVersion;
  private String selfLink;
  private String uid;

  public V1ObjectMetaFluent() {}

  public V1ObjectMetaFluent(V1ObjectMeta instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ObjectMeta instance) {
    if (instance != null) {
      this.annotations = instance.getAnnotations() == null ? null : new LinkedHashMap<>(instance.getAnnotations());
      this.creationTimestamp = instance.getCreationTimestamp();
      this.deletionGracePeriodSeconds = instance.getDeletionGracePeriodSeconds();
      this.deletionTimestamp = instance.getDeletionTimestamp();
      this.finalizers = instance.getFinalizers() == null ? null : new ArrayList<>(instance.getFinalizers());
      this.generateName = instance.getGenerateName();
      this.generation = instance.getGeneration();
      this.labels = instance.getLabels() == null ? null : new LinkedHashMap<>(instance.getLabels());
      this.managedFields = instance.getManagedFields() == null ? null : new ArrayList<>(instance.getManagedFields());
      this.name = instance.getName();
      this.namespace = instance.getNamespace();
      this.ownerReferences = instance.getOwnerReferences() == null ? null : new ArrayList<>(instance.getOwnerReferences());
      this.resourceVersion = instance.getResourceVersion();
      this.selfLink = instance.getSelfLink();
      this.uid = instance.getUid();
    }
  }

  /** A new {@link V1ObjectMeta} holding what was set (lists and maps copied). */
  V1ObjectMeta toModel() {
    V1ObjectMeta o = new V1ObjectMeta();
    o.setAnnotations(annotations == null ? null : new LinkedHashMap<>(annotations));
    o.setCreationTimestamp(creationTimestamp);
    o.setDeletionGracePeriodSeconds(deletionGracePeriodSeconds);
    o.setDeletionTimestamp(deletionTimestamp);
    o.setFinalizers(finalizers == null ? null : new ArrayList<>(finalizers));
    o.setGenerateName(generateName);
    o.setGeneration(generation);
    o.setLabels(labels == null ? null : new LinkedHashMap<>(labels));
    o.setManagedFields(managedFields == null ? null : new ArrayList<>(managedFields));
    o.setName(name);
    o.setNamespace(namespace);
    o.setOwnerReferences(ownerReferences == null ? null : new ArrayList<>(ownerReferences));
    o.setResourceVersion(resourceVersion);
    o.setSelfLink(selfLink);
    o.setUid(uid);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Map<String, String> getAnnotations() {
    return annotations;
  }

  public A withAnnotations(Map<String, String> annotations) {
    this.annotations = annotations == null ? null : new LinkedHashMap<>(annotations);
    return self();
  }

  public boolean hasAnnotations() {
    return annotations != null;
  }

  public A addToAnnotations(String key, String value) {
    if (this.annotations == null) {
      this.annotations = new LinkedHashMap<>();
    }
    this.annotations.put(key, value);
    return self();
  }

  public A addToAnnotations(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToAnnotations(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromAnnotations(String key) {
    if (this.annotations != null) {
      this.annotations.remove(key);
    }
    return self();
  }

  public A removeFromAnnotations(Map<String, String> map) {
    if (this.annotations != null && map != null) {
      this.annotations.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public OffsetDateTime getCreationTimestamp() {
    return creationTimestamp;
  }

  public A withCreationTimestamp(OffsetDateTime creationTimestamp) {
    this.creationTimestamp = creationTimestamp;
    return self();
  }

  public boolean hasCreationTimestamp() {
    return creationTimestamp != null;
  }

  public Long getDeletionGracePeriodSeconds() {
    return deletionGracePeriodSeconds;
  }

  public A withDeletionGracePeriodSeconds(Long deletionGracePeriodSeconds) {
    this.deletionGracePeriodSeconds = deletionGracePeriodSeconds;
    return self();
  }

  public boolean hasDeletionGracePeriodSeconds() {
    return deletionGracePeriodSeconds != null;
  }

  public OffsetDateTime getDeletionTimestamp() {
    return deletionTimestamp;
  }

  public A withDeletionTimestamp(OffsetDateTime deletionTimestamp) {
    this.deletionTimestamp = deletionTimestamp;
    return self();
  }

  public boolean hasDeletionTimestamp() {
    return deletionTimestamp != null;
  }

  public List<String> getFinalizers() {
    return finalizers;
  }

  public A withFinalizers(List<String> finalizers) {
    this.finalizers = finalizers == null ? null : new ArrayList<>(finalizers);
    return self();
  }

  public boolean hasFinalizers() {
    return finalizers != null;
  }

  public A withFinalizers(String... items) {
    this.finalizers = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToFinalizers(String... items) {
    for (String item : items) {
      addToFinalizers(-1, item);
    }
    return self();
  }

  public A removeFromFinalizers(String... items) {
    return removeAllFromFinalizers(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToFinalizers(int index, String item) {
    if (this.finalizers == null) {
      this.finalizers = new ArrayList<>();
    }
    if (index < 0 || index >= this.finalizers.size()) {
      this.finalizers.add(item);
    } else {
      this.finalizers.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToFinalizers(int index, String item) {
    if (index < 0 || this.finalizers == null || index >= this.finalizers.size()) {
      return addToFinalizers(-1, item);
    }
    this.finalizers.set(index, item);
    return self();
  }

  public A addAllToFinalizers(Collection<String> items) {
    for (String item : items) {
      addToFinalizers(-1, item);
    }
    return self();
  }

  public A removeAllFromFinalizers(Collection<String> items) {
    if (this.finalizers != null) {
      this.finalizers.removeAll(items);
    }
    return self();
  }

  public String getGenerateName() {
    return generateName;
  }

  public A withGenerateName(String generateName) {
    this.generateName = generateName;
    return self();
  }

  public boolean hasGenerateName() {
    return generateName != null;
  }

  public Long getGeneration() {
    return generation;
  }

  public A withGeneration(Long generation) {
    this.generation = generation;
    return self();
  }

  public boolean hasGeneration() {
    return generation != null;
  }

  public Map<String, String> getLabels() {
    return labels;
  }

  public A withLabels(Map<String, String> labels) {
    this.labels = labels == null ? null : new LinkedHashMap<>(labels);
    return self();
  }

  public boolean hasLabels() {
    return labels != null;
  }

  public A addToLabels(String key, String value) {
    if (this.labels == null) {
      this.labels = new LinkedHashMap<>();
    }
    this.labels.put(key, value);
    return self();
  }

  public A addToLabels(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToLabels(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromLabels(String key) {
    if (this.labels != null) {
      this.labels.remove(key);
    }
    return self();
  }

  public A removeFromLabels(Map<String, String> map) {
    if (this.labels != null && map != null) {
      this.labels.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public List<V1ManagedFieldsEntry> getManagedFields() {
    return managedFields;
  }

  public A withManagedFields(List<V1ManagedFieldsEntry> managedFields) {
    this.managedFields = managedFields == null ? null : new ArrayList<>(managedFields);
    return self();
  }

  public boolean hasManagedFields() {
    return managedFields != null;
  }

  public A withManagedFields(V1ManagedFieldsEntry... items) {
    this.managedFields = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToManagedFields(V1ManagedFieldsEntry... items) {
    for (V1ManagedFieldsEntry item : items) {
      addToManagedFields(-1, item);
    }
    return self();
  }

  public A removeFromManagedFields(V1ManagedFieldsEntry... items) {
    return removeAllFromManagedFields(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToManagedFields(int index, V1ManagedFieldsEntry item) {
    if (this.managedFields == null) {
      this.managedFields = new ArrayList<>();
    }
    if (index < 0 || index >= this.managedFields.size()) {
      this.managedFields.add(item);
    } else {
      this.managedFields.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToManagedFields(int index, V1ManagedFieldsEntry item) {
    if (index < 0 || this.managedFields == null || index >= this.managedFields.size()) {
      return addToManagedFields(-1, item);
    }
    this.managedFields.set(index, item);
    return self();
  }

  public A addAllToManagedFields(Collection<V1ManagedFieldsEntry> items) {
    for (V1ManagedFieldsEntry item : items) {
      addToManagedFields(-1, item);
    }
    return self();
  }

  public A removeAllFromManagedFields(Collection<V1ManagedFieldsEntry> items) {
    if (this.managedFields != null) {
      this.managedFields.removeAll(items);
    }
    return self();
  }

  public List<V1ManagedFieldsEntry> buildManagedFields() {
    return managedFields;
  }

  public V1ManagedFieldsEntry buildManagedField(int index) {
    return this.managedFields.get(index);
  }

  public ManagedFieldsNested addNewManagedField() {
    return new ManagedFieldsNested(-1, null);
  }

  public ManagedFieldsNested addNewManagedFieldLike(V1ManagedFieldsEntry item) {
    return new ManagedFieldsNested(-1, item);
  }

  public ManagedFieldsNested setNewManagedFieldLike(int index, V1ManagedFieldsEntry item) {
    return new ManagedFieldsNested(index, item);
  }

  public ManagedFieldsNested editManagedField(int index) {
    if (this.managedFields == null || index < 0 || index >= this.managedFields.size()) {
      throw new IndexOutOfBoundsException("can't edit managedFields [" + index + "]");
    }
    return new ManagedFieldsNested(index, this.managedFields.get(index));
  }

  public ManagedFieldsNested editFirstManagedField() {
    return editManagedField(0);
  }

  public ManagedFieldsNested editLastManagedField() {
    return editManagedField(this.managedFields == null ? -1 : this.managedFields.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ManagedFieldsNested extends V1ManagedFieldsEntryFluent<ManagedFieldsNested> {
    private final int index;

    ManagedFieldsNested(int index, V1ManagedFieldsEntry item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ObjectMetaFluent.this.setToManagedFields(index, toModel());
    }

    public A endManagedField() {
      return and();
    }
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

  public String getNamespace() {
    return namespace;
  }

  public A withNamespace(String namespace) {
    this.namespace = namespace;
    return self();
  }

  public boolean hasNamespace() {
    return namespace != null;
  }

  public List<V1OwnerReference> getOwnerReferences() {
    return ownerReferences;
  }

  public A withOwnerReferences(List<V1OwnerReference> ownerReferences) {
    this.ownerReferences = ownerReferences == null ? null : new ArrayList<>(ownerReferences);
    return self();
  }

  public boolean hasOwnerReferences() {
    return ownerReferences != null;
  }

  public A withOwnerReferences(V1OwnerReference... items) {
    this.ownerReferences = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToOwnerReferences(V1OwnerReference... items) {
    for (V1OwnerReference item : items) {
      addToOwnerReferences(-1, item);
    }
    return self();
  }

  public A removeFromOwnerReferences(V1OwnerReference... items) {
    return removeAllFromOwnerReferences(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToOwnerReferences(int index, V1OwnerReference item) {
    if (this.ownerReferences == null) {
      this.ownerReferences = new ArrayList<>();
    }
    if (index < 0 || index >= this.ownerReferences.size()) {
      this.ownerReferences.add(item);
    } else {
      this.ownerReferences.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToOwnerReferences(int index, V1OwnerReference item) {
    if (index < 0 || this.ownerReferences == null || index >= this.ownerReferences.size()) {
      return addToOwnerReferences(-1, item);
    }
    this.ownerReferences.set(index, item);
    return self();
  }

  public A addAllToOwnerReferences(Collection<V1OwnerReference> items) {
    for (V1OwnerReference item : items) {
      addToOwnerReferences(-1, item);
    }
    return self();
  }

  public A removeAllFromOwnerReferences(Collection<V1OwnerReference> items) {
    if (this.ownerReferences != null) {
      this.ownerReferences.removeAll(items);
    }
    return self();
  }

  public List<V1OwnerReference> buildOwnerReferences() {
    return ownerReferences;
  }

  public V1OwnerReference buildOwnerReference(int index) {
    return this.ownerReferences.get(index);
  }

  public OwnerReferencesNested addNewOwnerReference() {
    return new OwnerReferencesNested(-1, null);
  }

  public OwnerReferencesNested addNewOwnerReferenceLike(V1OwnerReference item) {
    return new OwnerReferencesNested(-1, item);
  }

  public OwnerReferencesNested setNewOwnerReferenceLike(int index, V1OwnerReference item) {
    return new OwnerReferencesNested(index, item);
  }

  public OwnerReferencesNested editOwnerReference(int index) {
    if (this.ownerReferences == null || index < 0 || index >= this.ownerReferences.size()) {
      throw new IndexOutOfBoundsException("can't edit ownerReferences [" + index + "]");
    }
    return new OwnerReferencesNested(index, this.ownerReferences.get(index));
  }

  public OwnerReferencesNested editFirstOwnerReference() {
    return editOwnerReference(0);
  }

  public OwnerReferencesNested editLastOwnerReference() {
    return editOwnerReference(this.ownerReferences == null ? -1 : this.ownerReferences.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class OwnerReferencesNested extends V1OwnerReferenceFluent<OwnerReferencesNested> {
    private final int index;

    OwnerReferencesNested(int index, V1OwnerReference item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ObjectMetaFluent.this.setToOwnerReferences(index, toModel());
    }

    public A endOwnerReference() {
      return and();
    }
  }

  public String getResourceVersion() {
    return resourceVersion;
  }

  public A withResourceVersion(String resourceVersion) {
    this.resourceVersion = resourceVersion;
    return self();
  }

  public boolean hasResourceVersion() {
    return resourceVersion != null;
  }

  public String getSelfLink() {
    return selfLink;
  }

  public A withSelfLink(String selfLink) {
    this.selfLink = selfLink;
    return self();
  }

  public boolean hasSelfLink() {
    return selfLink != null;
  }

  public String getUid() {
    return uid;
  }

  public A withUid(String uid) {
    this.uid = uid;
    return self();
  }

  public boolean hasUid() {
    return uid != null;
  }
}
