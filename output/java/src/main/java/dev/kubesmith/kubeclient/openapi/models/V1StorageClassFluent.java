package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1StorageClass}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1StorageClassBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1StorageClassFluent<A extends V1StorageClassFluent<A>> {
  private Boolean allowVolumeExpansion;
  private List<V1TopologySelectorTerm> allowedTopologies;
  private String apiVersion;
  private String kind;
  private V1ObjectMeta metadata;
  private List<String> mountOptions;
  private Map<String, String> parameters;
  private String provisioner;
  private String reclaimPolicy;
  private String volumeBindingMode;

  public V1StorageClassFluent() {}

  public V1StorageClassFluent(V1StorageClass instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1StorageClass instance) {
    if (instance != null) {
      this.allowVolumeExpansion = instance.getAllowVolumeExpansion();
      this.allowedTopologies = instance.getAllowedTopologies() == null ? null : new ArrayList<>(instance.getAllowedTopologies());
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.mountOptions = instance.getMountOptions() == null ? null : new ArrayList<>(instance.getMountOptions());
      this.parameters = instance.getParameters() == null ? null : new LinkedHashMap<>(instance.getParameters());
      this.provisioner = instance.getProvisioner();
      this.reclaimPolicy = instance.getReclaimPolicy();
      this.volumeBindingMode = instance.getVolumeBindingMode();
    }
  }

  /** A new {@link V1StorageClass} holding what was set (lists and maps copied). */
  V1StorageClass toModel() {
    V1StorageClass o = new V1StorageClass();
    o.setAllowVolumeExpansion(allowVolumeExpansion);
    o.setAllowedTopologies(allowedTopologies == null ? null : new ArrayList<>(allowedTopologies));
    o.setApiVersion(apiVersion);
    o.setKind(kind);
    o.setMetadata(metadata);
    o.setMountOptions(mountOptions == null ? null : new ArrayList<>(mountOptions));
    o.setParameters(parameters == null ? null : new LinkedHashMap<>(parameters));
    o.setProvisioner(provisioner);
    o.setReclaimPolicy(reclaimPolicy);
    o.setVolumeBindingMode(volumeBindingMode);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Boolean getAllowVolumeExpansion() {
    return allowVolumeExpansion;
  }

  public A withAllowVolumeExpansion(Boolean allowVolumeExpansion) {
    this.allowVolumeExpansion = allowVolumeExpansion;
    return self();
  }

  public boolean hasAllowVolumeExpansion() {
    return allowVolumeExpansion != null;
  }

  public List<V1TopologySelectorTerm> getAllowedTopologies() {
    return allowedTopologies;
  }

  public A withAllowedTopologies(List<V1TopologySelectorTerm> allowedTopologies) {
    this.allowedTopologies = allowedTopologies == null ? null : new ArrayList<>(allowedTopologies);
    return self();
  }

  public boolean hasAllowedTopologies() {
    return allowedTopologies != null;
  }

  public A withAllowedTopologies(V1TopologySelectorTerm... items) {
    this.allowedTopologies = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToAllowedTopologies(V1TopologySelectorTerm... items) {
    for (V1TopologySelectorTerm item : items) {
      addToAllowedTopologies(-1, item);
    }
    return self();
  }

  public A removeFromAllowedTopologies(V1TopologySelectorTerm... items) {
    return removeAllFromAllowedTopologies(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToAllowedTopologies(int index, V1TopologySelectorTerm item) {
    if (this.allowedTopologies == null) {
      this.allowedTopologies = new ArrayList<>();
    }
    if (index < 0 || index >= this.allowedTopologies.size()) {
      this.allowedTopologies.add(item);
    } else {
      this.allowedTopologies.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToAllowedTopologies(int index, V1TopologySelectorTerm item) {
    if (index < 0 || this.allowedTopologies == null || index >= this.allowedTopologies.size()) {
      return addToAllowedTopologies(-1, item);
    }
    this.allowedTopologies.set(index, item);
    return self();
  }

  public A addAllToAllowedTopologies(Collection<V1TopologySelectorTerm> items) {
    for (V1TopologySelectorTerm item : items) {
      addToAllowedTopologies(-1, item);
    }
    return self();
  }

  public A removeAllFromAllowedTopologies(Collection<V1TopologySelectorTerm> items) {
    if (this.allowedTopologies != null) {
      this.allowedTopologies.removeAll(items);
    }
    return self();
  }

  public List<V1TopologySelectorTerm> buildAllowedTopologies() {
    return allowedTopologies;
  }

  public V1TopologySelectorTerm buildAllowedTopology(int index) {
    return this.allowedTopologies.get(index);
  }

  public AllowedTopologiesNested addNewAllowedTopology() {
    return new AllowedTopologiesNested(-1, null);
  }

  public AllowedTopologiesNested addNewAllowedTopologyLike(V1TopologySelectorTerm item) {
    return new AllowedTopologiesNested(-1, item);
  }

  public AllowedTopologiesNested setNewAllowedTopologyLike(int index, V1TopologySelectorTerm item) {
    return new AllowedTopologiesNested(index, item);
  }

  public AllowedTopologiesNested editAllowedTopology(int index) {
    if (this.allowedTopologies == null || index < 0 || index >= this.allowedTopologies.size()) {
      throw new IndexOutOfBoundsException("can't edit allowedTopologies [" + index + "]");
    }
    return new AllowedTopologiesNested(index, this.allowedTopologies.get(index));
  }

  public AllowedTopologiesNested editFirstAllowedTopology() {
    return editAllowedTopology(0);
  }

  public AllowedTopologiesNested editLastAllowedTopology() {
    return editAllowedTopology(this.allowedTopologies == null ? -1 : this.allowedTopologies.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class AllowedTopologiesNested extends V1TopologySelectorTermFluent<AllowedTopologiesNested> {
    private final int index;

    AllowedTopologiesNested(int index, V1TopologySelectorTerm item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1StorageClassFluent.this.setToAllowedTopologies(index, toModel());
    }

    public A endAllowedTopology() {
      return and();
    }
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
      return V1StorageClassFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public List<String> getMountOptions() {
    return mountOptions;
  }

  public A withMountOptions(List<String> mountOptions) {
    this.mountOptions = mountOptions == null ? null : new ArrayList<>(mountOptions);
    return self();
  }

  public boolean hasMountOptions() {
    return mountOptions != null;
  }

  public A withMountOptions(String... items) {
    this.mountOptions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToMountOptions(String... items) {
    for (String item : items) {
      addToMountOptions(-1, item);
    }
    return self();
  }

  public A removeFromMountOptions(String... items) {
    return removeAllFromMountOptions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToMountOptions(int index, String item) {
    if (this.mountOptions == null) {
      this.mountOptions = new ArrayList<>();
    }
    if (index < 0 || index >= this.mountOptions.size()) {
      this.mountOptions.add(item);
    } else {
      this.mountOptions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToMountOptions(int index, String item) {
    if (index < 0 || this.mountOptions == null || index >= this.mountOptions.size()) {
      return addToMountOptions(-1, item);
    }
    this.mountOptions.set(index, item);
    return self();
  }

  public A addAllToMountOptions(Collection<String> items) {
    for (String item : items) {
      addToMountOptions(-1, item);
    }
    return self();
  }

  public A removeAllFromMountOptions(Collection<String> items) {
    if (this.mountOptions != null) {
      this.mountOptions.removeAll(items);
    }
    return self();
  }

  public Map<String, String> getParameters() {
    return parameters;
  }

  public A withParameters(Map<String, String> parameters) {
    this.parameters = parameters == null ? null : new LinkedHashMap<>(parameters);
    return self();
  }

  public boolean hasParameters() {
    return parameters != null;
  }

  public A addToParameters(String key, String value) {
    if (this.parameters == null) {
      this.parameters = new LinkedHashMap<>();
    }
    this.parameters.put(key, value);
    return self();
  }

  public A addToParameters(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToParameters(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromParameters(String key) {
    if (this.parameters != null) {
      this.parameters.remove(key);
    }
    return self();
  }

  public A removeFromParameters(Map<String, String> map) {
    if (this.parameters != null && map != null) {
      this.parameters.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public String getProvisioner() {
    return provisioner;
  }

  public A withProvisioner(String provisioner) {
    this.provisioner = provisioner;
    return self();
  }

  public boolean hasProvisioner() {
    return provisioner != null;
  }

  public String getReclaimPolicy() {
    return reclaimPolicy;
  }

  public A withReclaimPolicy(String reclaimPolicy) {
    this.reclaimPolicy = reclaimPolicy;
    return self();
  }

  public boolean hasReclaimPolicy() {
    return reclaimPolicy != null;
  }

  public String getVolumeBindingMode() {
    return volumeBindingMode;
  }

  public A withVolumeBindingMode(String volumeBindingMode) {
    this.volumeBindingMode = volumeBindingMode;
    return self();
  }

  public boolean hasVolumeBindingMode() {
    return volumeBindingMode != null;
  }
}
