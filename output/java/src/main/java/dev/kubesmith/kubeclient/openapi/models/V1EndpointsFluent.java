package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1Endpoints}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1EndpointsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1EndpointsFluent<A extends V1EndpointsFluent<A>> {
  private String apiVersion;
  private String kind;
  private V1ObjectMeta metadata;
  private List<V1EndpointSubset> subsets;

  public V1EndpointsFluent() {}

  public V1EndpointsFluent(V1Endpoints instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Endpoints instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.subsets = instance.getSubsets() == null ? null : new ArrayList<>(instance.getSubsets());
    }
  }

  /** A new {@link V1Endpoints} holding what was set (lists and maps copied). */
  V1Endpoints toModel() {
    V1Endpoints o = new V1Endpoints();
    o.setApiVersion(apiVersion);
    o.setKind(kind);
    o.setMetadata(metadata);
    o.setSubsets(subsets == null ? null : new ArrayList<>(subsets));
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

  public String getKind() {
    return kind;
  }

  public A withKind(String kind) {
    this.kind = kind;
    return self();
  }

  public boolean hasKind() {
    return kind != null;
  }

  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public A withMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return self();
  }

  public boolean hasMetadata() {
    return metadata != null;
  }

  public V1ObjectMeta buildMetadata() {
    return metadata;
  }

  public MetadataNested withNewMetadata() {
    return new MetadataNested(null);
  }

  public MetadataNested withNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(item);
  }

  public MetadataNested editMetadata() {
    return new MetadataNested(metadata);
  }

  public MetadataNested editOrNewMetadata() {
    return new MetadataNested(metadata != null ? metadata : new V1ObjectMeta());
  }

  public MetadataNested editOrNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(metadata != null ? metadata : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MetadataNested extends V1ObjectMetaFluent<MetadataNested> {
    MetadataNested(V1ObjectMeta item) {
      super(item);
    }

    public A and() {
      return V1EndpointsFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public List<V1EndpointSubset> getSubsets() {
    return subsets;
  }

  public A withSubsets(List<V1EndpointSubset> subsets) {
    this.subsets = subsets == null ? null : new ArrayList<>(subsets);
    return self();
  }

  public boolean hasSubsets() {
    return subsets != null;
  }

  public A withSubsets(V1EndpointSubset... items) {
    this.subsets = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToSubsets(V1EndpointSubset... items) {
    for (V1EndpointSubset item : items) {
      addToSubsets(-1, item);
    }
    return self();
  }

  public A removeFromSubsets(V1EndpointSubset... items) {
    return removeAllFromSubsets(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToSubsets(int index, V1EndpointSubset item) {
    if (this.subsets == null) {
      this.subsets = new ArrayList<>();
    }
    if (index < 0 || index >= this.subsets.size()) {
      this.subsets.add(item);
    } else {
      this.subsets.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToSubsets(int index, V1EndpointSubset item) {
    if (index < 0 || this.subsets == null || index >= this.subsets.size()) {
      return addToSubsets(-1, item);
    }
    this.subsets.set(index, item);
    return self();
  }

  public A addAllToSubsets(Collection<V1EndpointSubset> items) {
    for (V1EndpointSubset item : items) {
      addToSubsets(-1, item);
    }
    return self();
  }

  public A removeAllFromSubsets(Collection<V1EndpointSubset> items) {
    if (this.subsets != null) {
      this.subsets.removeAll(items);
    }
    return self();
  }

  public List<V1EndpointSubset> buildSubsets() {
    return subsets;
  }

  public V1EndpointSubset buildSubset(int index) {
    return this.subsets.get(index);
  }

  public SubsetsNested addNewSubset() {
    return new SubsetsNested(-1, null);
  }

  public SubsetsNested addNewSubsetLike(V1EndpointSubset item) {
    return new SubsetsNested(-1, item);
  }

  public SubsetsNested setNewSubsetLike(int index, V1EndpointSubset item) {
    return new SubsetsNested(index, item);
  }

  public SubsetsNested editSubset(int index) {
    if (this.subsets == null || index < 0 || index >= this.subsets.size()) {
      throw new IndexOutOfBoundsException("can't edit subsets [" + index + "]");
    }
    return new SubsetsNested(index, this.subsets.get(index));
  }

  public SubsetsNested editFirstSubset() {
    return editSubset(0);
  }

  public SubsetsNested editLastSubset() {
    return editSubset(this.subsets == null ? -1 : this.subsets.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class SubsetsNested extends V1EndpointSubsetFluent<SubsetsNested> {
    private final int index;

    SubsetsNested(int index, V1EndpointSubset item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1EndpointsFluent.this.setToSubsets(index, toModel());
    }

    public A endSubset() {
      return and();
    }
  }
}
