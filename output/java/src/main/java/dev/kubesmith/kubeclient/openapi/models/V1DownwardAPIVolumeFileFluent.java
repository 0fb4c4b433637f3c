package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1DownwardAPIVolumeFile}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DownwardAPIVolumeFileBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DownwardAPIVolumeFileFluent<A extends V1DownwardAPIVolumeFileFluent<A>> {
  private V1ObjectFieldSelector fieldRef;
  private Integer mode;
  private String path;
  private V1ResourceFieldSelector resourceFieldRef;
  private Long user;

  public V1DownwardAPIVolumeFileFluent() {}

  public V1DownwardAPIVolumeFileFluent(V1DownwardAPIVolumeFile instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DownwardAPIVolumeFile instance) {
    if (instance != null) {
      this.fieldRef = instance.getFieldRef();
      this.mode = instance.getMode();
      this.path = instance.getPath();
      this.resourceFieldRef = instance.getResourceFieldRef();
      this.user = instance.getUser();
    }
  }

  /** A new {@link V1DownwardAPIVolumeFile} holding what was set (lists and maps copied). */
  V1DownwardAPIVolumeFile toModel() {
    V1DownwardAPIVolumeFile o = new V1DownwardAPIVolumeFile();
    o.setFieldRef(fieldRef);
    o.setMode(mode);
    o.setPath(path);
    o.setResourceFieldRef(resourceFieldRef);
    o.setUser(user);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1ObjectFieldSelector getFieldRef() {
    return fieldRef;
  }

  public A withFieldRef(V1ObjectFieldSelector fieldRef) {
    this.fieldRef = fieldRef;
    return self();
  }

  public boolean hasFieldRef() {
    return fieldRef != null;
  }

  public V1ObjectFieldSelector buildFieldRef() {
    return fieldRef;
  }

  public FieldRefNested withNewFieldRef() {
    return new FieldRefNested(null);
  }

  public FieldRefNested withNewFieldRefLike(V1ObjectFieldSelector item) {
    return new FieldRefNested(item);
  }

  public FieldRefNested editFieldRef() {
    return new FieldRefNested(fieldRef);
  }

  public FieldRefNested editOrNewFieldRef() {
    return new FieldRefNested(fieldRef != null ? fieldRef : new V1ObjectFieldSelector());
  }

  public FieldRefNested editOrNewFieldRefLike(V1ObjectFieldSelector item) {
    return new FieldRefNested(fieldRef != null ? fieldRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class FieldRefNested extends V1ObjectFieldSelectorFluent<FieldRefNested> {
    FieldRefNested(V1ObjectFieldSelector item) {
      super(item);
    }

    public A and() {
      return V1DownwardAPIVolumeFileFluent.this.withFieldRef(toModel());
    }

    public A endFieldRef() {
      return and();
    }
  }

  public Integer getMode() {
    return mode;
  }

  public A withMode(Integer mode) {
    this.mode = mode;
    return self();
  }

  public boolean hasMode() {
    return mode != null;
  }

  public String getPath() {
    return path;
  }

  public A withPath(String path) {
    this.path = path;
    return self();
  }

  public boolean hasPath() {
    return path != null;
  }

  public V1ResourceFieldSelector getResourceFieldRef() {
    return resourceFieldRef;
  }

  public A withResourceFieldRef(V1ResourceFieldSelector resourceFieldRef) {
    this.resourceFieldRef = resourceFieldRef;
    return self();
  }

  public boolean hasResourceFieldRef() {
    return resourceFieldRef != null;
  }

  public V1ResourceFieldSelector buildResourceFieldRef() {
    return resourceFieldRef;
  }

  public ResourceFieldRefNested withNewResourceFieldRef() {
    return new ResourceFieldRefNested(null);
  }

  public ResourceFieldRefNested withNewResourceFieldRefLike(V1ResourceFieldSelector item) {
    return new ResourceFieldRefNested(item);
  }

  public ResourceFieldRefNested editResourceFieldRef() {
    return new ResourceFieldRefNested(resourceFieldRef);
  }

  public ResourceFieldRefNested editOrNewResourceFieldRef() {
    return new ResourceFieldRefNested(resourceFieldRef != null ? resourceFieldRef : new V1ResourceFieldSelector());
  }

  public ResourceFieldRefNested editOrNewResourceFieldRefLike(V1ResourceFieldSelector item) {
    return new ResourceFieldRefNested(resourceFieldRef != null ? resourceFieldRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ResourceFieldRefNested extends V1ResourceFieldSelectorFluent<ResourceFieldRefNested> {
    ResourceFieldRefNested(V1ResourceFieldSelector item) {
      super(item);
    }

    public A and() {
      return V1DownwardAPIVolumeFileFluent.this.withResourceFieldRef(toModel());
    }

    public A endResourceFieldRef() {
      return and();
    }
  }

  public Long getUser() {
    return user;
  }

  public A withUser(Long user) {
    this.user = user;
    return self();
  }

  public boolean hasUser() {
    return user != null;
  }
}
