package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1PersistentVolumeClaimSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PersistentVolumeClaimSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PersistentVolumeClaimSpecFluent<A extends V1PersistentVolumeClaimSpecFluent<A>> {
  private List<String> accessModes;
  private V1TypedLocalObjectReference dataSource;
  private V1TypedObjectReference dataSourceRef;
  private V1VolumeResourceRequirements resources;
  private V1LabelSelector selector;
  private String storageClassName;
  private String volumeAttributesClassName;
  private String volumeMode;
  private String volumeName;

  public V1PersistentVolumeClaimSpecFluent() {}

  public V1PersistentVolumeClaimSpecFluent(V1PersistentVolumeClaimSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PersistentVolumeClaimSpec instance) {
    if (instance != null) {
      this.accessModes = instance.getAccessModes() == null ? null : new ArrayList<>(instance.getAccessModes());
      this.dataSource = instance.getDataSource();
      this.dataSourceRef = instance.getDataSourceRef();
      this.resources = instance.getResources();
      this.selector = instance.getSelector();
      this.storageClassName = instance.getStorageClassName();
      this.volumeAttributesClassName = instance.getVolumeAttributesClassName();
      this.volumeMode = instance.getVolumeMode();
      this.volumeName = instance.getVolumeName();
    }
  }

  /** A new {@link V1PersistentVolumeClaimSpec} holding what was set (lists and maps copied). */
  V1PersistentVolumeClaimSpec toModel() {
    V1PersistentVolumeClaimSpec o = new V1PersistentVolumeClaimSpec();
    o.setAccessModes(accessModes == null ? null : new ArrayList<>(accessModes));
    o.setDataSource(dataSource);
    o.setDataSourceRef(dataSourceRef);
    o.setResources(resources);
    o.setSelector(selector);
    o.setStorageClassName(storageClassName);
    o.setVolumeAttributesClassName(volumeAttributesClassName);
    o.setVolumeMode(volumeMode);
    o.setVolumeName(volumeName);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getAccessModes() {
    return accessModes;
  }

  public A withAccessModes(List<String> accessModes) {
    this.accessModes = accessModes == null ? null : new ArrayList<>(accessModes);
    return self();
  }

  public boolean hasAccessModes() {
    return accessModes != null;
  }

  public A withAccessModes(String... items) {
    this.accessModes = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToAccessModes(String... items) {
    for (String item : items) {
      addToAccessModes(-1, item);
    }
    return self();
  }

  public A removeFromAccessModes(String... items) {
    return removeAllFromAccessModes(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToAccessModes(int index, String item) {
    if (this.accessModes == null) {
      this.accessModes = new ArrayList<>();
    }
    if (index < 0 || index >= this.accessModes.size()) {
      this.accessModes.add(item);
    } else {
      this.accessModes.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToAccessModes(int index, String item) {
    if (index < 0 || this.accessModes == null || index >= this.accessModes.size()) {
      return addToAccessModes(-1, item);
    }
    this.accessModes.set(index, item);
    return self();
  }

  public A addAllToAccessModes(Collection<String> items) {
    for (String item : items) {
      addToAccessModes(-1, item);
    }
    return self();
  }

  public A removeAllFromAccessModes(Collection<String> items) {
    if (this.accessModes != null) {
      this.accessModes.removeAll(items);
    }
    return self();
  }

  public V1TypedLocalObjectReference getDataSource() {
    return dataSource;
  }

  public A withDataSource(V1TypedLocalObjectReference dataSource) {
    this.dataSource = dataSource;
    return self();
  }

  public boolean hasDataSource() {
    return dataSource != null;
  }

  public V1TypedLocalObjectReference buildDataSource() {
    return dataSource;
  }

  public DataSourceNested withNewDataSource() {
    return new DataSourceNested(null);
  }

  public DataSourceNested withNewDataSourceLike(V1TypedLocalObjectReference item) {
    return new DataSourceNested(item);
  }

  public DataSourceNested editDataSource() {
    return new DataSourceNested(dataSource);
  }

  public DataSourceNested editOrNewDataSource() {
    return new DataSourceNested(dataSource != null ? dataSource : new V1TypedLocalObjectReference());
  }

  public DataSourceNested editOrNewDataSourceLike(V1TypedLocalObjectReference item) {
    return new DataSourceNested(dataSource != null ? dataSource : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DataSourceNested extends V1TypedLocalObjectReferenceFluent<DataSourceNested> {
    DataSourceNested(V1TypedLocalObjectReference item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeClaimSpecFluent.this.withDataSource(toModel());
    }

    public A endDataSource() {
      return and();
    }
  }

  public V1TypedObjectReference getDataSourceRef() {
    return dataSourceRef;
  }

  public A withDataSourceRef(V1TypedObjectReference dataSourceRef) {
    this.dataSourceRef = dataSourceRef;
    return self();
  }

  public boolean hasDataSourceRef() {
    return dataSourceRef != null;
  }

  public V1TypedObjectReference buildDataSourceRef() {
    return dataSourceRef;
  }

  public DataSourceRefNested withNewDataSourceRef() {
    return new DataSourceRefNested(null);
  }

  public DataSourceRefNested withNewDataSourceRefLike(V1TypedObjectReference item) {
    return new DataSourceRefNested(item);
  }

  public DataSourceRefNested editDataSourceRef() {
    return new DataSourceRefNested(dataSourceRef);
  }

  public DataSourceRefNested editOrNewDataSourceRef() {
    return new DataSourceRefNested(dataSourceRef != null ? dataSourceRef : new V1TypedObjectReference());
  }

  public DataSourceRefNested editOrNewDataSourceRefLike(V1TypedObjectReference item) {
    return new DataSourceRefNested(dataSourceRef != null ? dataSourceRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DataSourceRefNested extends V1TypedObjectReferenceFluent<DataSourceRefNested> {
    DataSourceRefNested(V1TypedObjectReference item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeClaimSpecFluent.this.withDataSourceRef(toModel());
    }

    public A endDataSourceRef() {
      return and();
    }
  }

  public V1VolumeResourceRequirements getResources() {
    return resources;
  }

  public A withResources(V1VolumeResourceRequirements resources) {
    this.resources = resources;
    return self();
  }

  public boolean hasResources() {
    return resources != null;
  }

  public V1VolumeResourceRequirements buildResources() {
    return resources;
  }

  public ResourcesNested withNewResources() {
    return new ResourcesNested(null);
  }

  public ResourcesNested withNewResourcesLike(V1VolumeResourceRequirements item) {
    return new ResourcesNested(item);
  }

  public ResourcesNested editResources() {
    return new ResourcesNested(resources);
  }

  public ResourcesNested editOrNewResources() {
    return new ResourcesNested(resources != null ? resources : new V1VolumeResourceRequirements());
  }

  public ResourcesNested editOrNewResourcesLike(V1VolumeResourceRequirements item) {
    return new ResourcesNested(resources != null ? resources : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ResourcesNested extends V1VolumeResourceRequirementsFluent<ResourcesNested> {
    ResourcesNested(V1VolumeResourceRequirements item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeClaimSpecFluent.this.withResources(toModel());
    }

    public A endResources() {
      return and();
    }
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
      return V1PersistentVolumeClaimSpecFluent.this.withSelector(toModel());
    }

    public A endSelector() {
      return and();
    }
  }

  public String getStorageClassName() {
    return storageClassName;
  }

  public A withStorageClassName(String storageClassName) {
    this.storageClassName = storageClassName;
    return self();
  }

  public boolean hasStorageClassName() {
    return storageClassName != null;
  }

  public String getVolumeAttributesClassName() {
    return volumeAttributesClassName;
  }

  public A withVolumeAttributesClassName(String volumeAttributesClassName) {
    this.volumeAttributesClassName = volumeAttributesClassName;
    return self();
  }

  public boolean hasVolumeAttributesClassName() {
    return volumeAttributesClassName != null;
  }

  public String getVolumeMode() {
    return volumeMode;
  }

  public A withVolumeMode(String volumeMode) {
    this.volumeMode = volumeMode;
    return self();
  }

  public boolean hasVolumeMode() {
    return volumeMode != null;
  }

  public String getVolumeName() {
    return volumeName;
  }

  public A withVolumeName(String volumeName) {
    this.volumeName = volumeName;
    return self();
  }

  public boolean hasVolumeName() {
    return volumeName != null;
  }
}
