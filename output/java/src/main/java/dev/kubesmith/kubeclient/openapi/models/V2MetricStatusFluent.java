package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V2MetricStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V2MetricStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V2MetricStatusFluent<A extends V2MetricStatusFluent<A>> {
  private V2ContainerResourceMetricStatus containerResource;
  private V2ExternalMetricStatus external;
  private V2ObjectMetricStatus object;
  private V2PodsMetricStatus pods;
  private V2ResourceMetricStatus resource;
  private String type;

  public V2MetricStatusFluent() {}

  public V2MetricStatusFluent(V2MetricStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V2MetricStatus instance) {
    if (instance != null) {
      this.containerResource = instance.getContainerResource();
      this.external = instance.getExternal();
      this.object = instance.getObject();
      this.pods = instance.getPods();
      this.resource = instance.getResource();
      this.type = instance.getType();
    }
  }

  /** A new {@link V2MetricStatus} holding what was set (lists and maps copied). */
  V2MetricStatus toModel() {
    V2MetricStatus o = new V2MetricStatus();
    o.setContainerResource(containerResource);
    o.setExternal(external);
    o.setObject(object);
    o.setPods(pods);
    o.setResource(resource);
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V2ContainerResourceMetricStatus getContainerResource() {
    return containerResource;
  }

  public A withContainerResource(V2ContainerResourceMetricStatus containerResource) {
    this.containerResource = containerResource;
    return self();
  }

  public boolean hasContainerResource() {
    return containerResource != null;
  }

  public V2ContainerResourceMetricStatus buildContainerResource() {
    return containerResource;
  }

  public ContainerResourceNested withNewContainerResource() {
    return new ContainerResourceNested(null);
  }

  public ContainerResourceNested withNewContainerResourceLike(V2ContainerResourceMetricStatus item) {
    return new ContainerResourceNested(item);
  }

  public ContainerResourceNested editContainerResource() {
    return new ContainerResourceNested(containerResource);
  }

  public ContainerResourceNested editOrNewContainerResource() {
    return new ContainerResourceNested(containerResource != null ? containerResource : new V2ContainerResourceMetricStatus());
  }

  public ContainerResourceNested editOrNewContainerResourceLike(V2ContainerResourceMetricStatus item) {
    return new ContainerResourceNested(containerResource != null ? containerResource : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ContainerResourceNested extends V2ContainerResourceMetricStatusFluent<ContainerResourceNested> {
    ContainerResourceNested(V2ContainerResourceMetricStatus item) {
      super(item);
    }

    public A and() {
      return V2MetricStatusFluent.this.withContainerResource(toModel());
    }

    public A endContainerResource() {
      return and();
    }
  }

  public V2ExternalMetricStatus getExternal() {
    return external;
  }

  public A withExternal(V2ExternalMetricStatus external) {
    this.external = external;
    return self();
  }

  public boolean hasExternal() {
    return external != null;
  }

  public V2ExternalMetricStatus buildExternal() {
    return external;
  }

  public ExternalNested withNewExternal() {
    return new ExternalNested(null);
  }

  public ExternalNested withNewExternalLike(V2ExternalMetricStatus item) {
    return new ExternalNested(item);
  }

  public ExternalNested editExternal() {
    return new ExternalNested(external);
  }

  public ExternalNested editOrNewExternal() {
    return new ExternalNested(external != null ? external : new V2ExternalMetricStatus());
  }

  public ExternalNested editOrNewExternalLike(V2ExternalMetricStatus item) {
    return new ExternalNested(external != null ? external : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ExternalNested extends V2ExternalMetricStatusFluent<ExternalNested> {
    ExternalNested(V2ExternalMetricStatus item) {
      super(item);
    }

    public A and() {
      return V2MetricStatusFluent.this.withExternal(toModel());
    }

    public A endExternal() {
      return and();
    }
  }

  public V2ObjectMetricStatus getObject() {
    return object;
  }

  public A withObject(V2ObjectMetricStatus object) {
    this.object = object;
    return self();
  }

  public boolean hasObject() {
    return object != null;
  }

  public V2ObjectMetricStatus buildObject() {
    return object;
  }

  public ObjectNested withNewObject() {
    return new ObjectNested(null);
  }

  public ObjectNested withNewObjectLike(V2ObjectMetricStatus item) {
    return new ObjectNested(item);
  }

  public ObjectNested editObject() {
    return new ObjectNested(object);
  }

  public ObjectNested editOrNewObject() {
    return new ObjectNested(object != null ? object : new V2ObjectMetricStatus());
  }

  public ObjectNested editOrNewObjectLike(V2ObjectMetricStatus item) {
    return new ObjectNested(object != null ? object : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ObjectNested extends V2ObjectMetricStatusFluent<ObjectNested> {
    ObjectNested(V2ObjectMetricStatus item) {
      super(item);
    }

    public A and() {
      return V2MetricStatusFluent.this.withObject(toModel());
    }

    public A endObject() {
      return and();
    }
  }

  public V2PodsMetricStatus getPods() {
    return pods;
  }

  public A withPods(V2PodsMetricStatus pods) {
    this.pods = pods;
    return self();
  }

  public boolean hasPods() {
    return pods != null;
  }

  public V2PodsMetricStatus buildPods() {
    return pods;
  }

  public PodsNested withNewPods() {
    return new PodsNested(null);
  }

  public PodsNested withNewPodsLike(V2PodsMetricStatus item) {
    return new PodsNested(item);
  }

  public PodsNested editPods() {
    return new PodsNested(pods);
  }

  public PodsNested editOrNewPods() {
    return new PodsNested(pods != null ? pods : new V2PodsMetricStatus());
  }

  public PodsNested editOrNewPodsLike(V2PodsMetricStatus item) {
    return new PodsNested(pods != null ? pods : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PodsNested extends V2PodsMetricStatusFluent<PodsNested> {
    PodsNested(V2PodsMetricStatus item) {
      super(item);
    }

    public A and() {
      return V2MetricStatusFluent.this.withPods(toModel());
    }

    public A endPods() {
      return and();
    }
  }

  public V2ResourceMetricStatus getResource() {
    return resource;
  }

  public A withResource(V2ResourceMetricStatus resource) {
    this.resource = resource;
    return self();
  }

  public boolean hasResource() {
    return resource != null;
  }

  public V2ResourceMetricStatus buildResource() {
    return resource;
  }

  public ResourceNested withNewResource() {
    return new ResourceNested(null);
  }

  public ResourceNested withNewResourceLike(V2ResourceMetricStatus item) {
    return new ResourceNested(item);
  }

  public ResourceNested editResource() {
    return new ResourceNested(resource);
  }

  public ResourceNested editOrNewResource() {
    return new ResourceNested(resource != null ? resource : new V2ResourceMetricStatus());
  }

  public ResourceNested editOrNewResourceLike(V2ResourceMetricStatus item) {
    return new ResourceNested(resource != null ? resource : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ResourceNested extends V2ResourceMetricStatusFluent<ResourceNested> {
    ResourceNested(V2ResourceMetricStatus item) {
      super(item);
    }

    public A and() {
      return V2MetricStatusFluent.this.withResource(toModel());
    }

    public A endResource() {
      return and();
    }
  }

  public String getType() {
    return type;
  }

  public A withType(String type) {
    this.type = type;
    return self();
  }

  public boolean hasType() {
    return type != null;
  }
}
