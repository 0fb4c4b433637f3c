package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V2MetricSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V2MetricSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V2MetricSpecFluent<A extends V2MetricSpecFluent<A>> {
  private V2ContainerResourceMetricSource containerResource;
  private V2ExternalMetricSource external;
  private V2ObjectMetricSource object;
  private V2PodsMetricSource pods;
  private V2ResourceMetricSource resource;
  private String type;

  public V2MetricSpecFluent() {}

  public V2MetricSpecFluent(V2MetricSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V2MetricSpec instance) {
    if (instance != null) {
      this.containerResource = instance.getContainerResource();
      this.external = instance.getExternal();
      this.object = instance.getObject();
      this.pods = instance.getPods();
      this.resource = instance.getResource();
      this.type = instance.getType();
    }
  }

  /** A new {@link V2MetricSpec} holding what was set (lists and maps copied). */
  V2MetricSpec toModel() {
    V2MetricSpec o = new V2MetricSpec();
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

  public V2ContainerResourceMetricSource getContainerResource() {
    return containerResource;
  }

  public A withContainerResource(V2ContainerResourceMetricSource containerResource) {
    this.containerResource = containerResource;
    return self();
  }

  public boolean hasContainerResource() {
    return containerResource != null;
  }

  public V2ContainerResourceMetricSource buildContainerResource() {
    return containerResource;
  }

  public ContainerResourceNested withNewContainerResource() {
    return new ContainerResourceNested(null);
  }

  public ContainerResourceNested withNewContainerResourceLike(V2ContainerResourceMetricSource item) {
    return new ContainerResourceNested(item);
  }

  public ContainerResourceNested editContainerResource() {
    return new ContainerResourceNested(containerResource);
  }

  public ContainerResourceNested editOrNewContainerResource() {
    return new ContainerResourceNested(containerResource != null ? containerResource : new V2ContainerResourceMetricSource());
  }

  public ContainerResourceNested editOrNewContainerResourceLike(V2ContainerResourceMetricSource item) {
    return new ContainerResourceNested(containerResource != null ? containerResource : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ContainerResourceNested extends V2ContainerResourceMetricSourceFluent<ContainerResourceNested> {
    ContainerResourceNested(V2ContainerResourceMetricSource item) {
      super(item);
    }

    public A and() {
      return V2MetricSpecFluent.this.withContainerResource(toModel());
    }

    public A endContainerResource() {
      return and();
    }
  }

  public V2ExternalMetricSource getExternal() {
    return external;
  }

  public A withExternal(V2ExternalMetricSource external) {
    this.external = external;
    return self();
  }

  public boolean hasExternal() {
    return external != null;
  }

  public V2ExternalMetricSource buildExternal() {
    return external;
  }

  public ExternalNested withNewExternal() {
    return new ExternalNested(null);
  }

  public ExternalNested withNewExternalLike(V2ExternalMetricSource item) {
    return new ExternalNested(item);
  }

  public ExternalNested editExternal() {
    return new ExternalNested(external);
  }

  public ExternalNested editOrNewExternal() {
    return new ExternalNested(external != null ? external : new V2ExternalMetricSource());
  }

  public ExternalNested editOrNewExternalLike(V2ExternalMetricSource item) {
    return new ExternalNested(external != null ? external : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ExternalNested extends V2ExternalMetricSourceFluent<ExternalNested> {
    ExternalNested(V2ExternalMetricSource item) {
      super(item);
    }

    public A and() {
      return V2MetricSpecFluent.this.withExternal(toModel());
    }

    public A endExternal() {
      return and();
    }
  }

  public V2ObjectMetricSource getObject() {
    return object;
  }

  public A withObject(V2ObjectMetricSource object) {
    this.object = object;
    return self();
  }

  public boolean hasObject() {
    return object != null;
  }

  public V2ObjectMetricSource buildObject() {
    return object;
  }

  public ObjectNested withNewObject() {
    return new ObjectNested(null);
  }

  public ObjectNested withNewObjectLike(V2ObjectMetricSource item) {
    return new ObjectNested(item);
  }

  public ObjectNested editObject() {
    return new ObjectNested(object);
  }

  public ObjectNested editOrNewObject() {
    return new ObjectNested(object != null ? object : new V2ObjectMetricSource());
  }

  public ObjectNested editOrNewObjectLike(V2ObjectMetricSource item) {
    return new ObjectNested(object != null ? object : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ObjectNested extends V2ObjectMetricSourceFluent<ObjectNested> {
    ObjectNested(V2ObjectMetricSource item) {
      super(item);
    }

    public A and() {
      return V2MetricSpecFluent.this.withObject(toModel());
    }

    public A endObject() {
      return and();
    }
  }

  public V2PodsMetricSource getPods() {
    return pods;
  }

  public A withPods(V2PodsMetricSource pods) {
    this.pods = pods;
    return self();
  }

  public boolean hasPods() {
    return pods != null;
  }

  public V2PodsMetricSource buildPods() {
    return pods;
  }

  public PodsNested withNewPods() {
    return new PodsNested(null);
  }

  public PodsNested withNewPodsLike(V2PodsMetricSource item) {
    return new PodsNested(item);
  }

  public PodsNested editPods() {
    return new PodsNested(pods);
  }

  public PodsNested editOrNewPods() {
    return new PodsNested(pods != null ? pods : new V2PodsMetricSource());
  }

  public PodsNested editOrNewPodsLike(V2PodsMetricSource item) {
    return new PodsNested(pods != null ? pods : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PodsNested extends V2PodsMetricSourceFluent<PodsNested> {
    PodsNested(V2PodsMetricSource item) {
      super(item);
    }

    public A and() {
      return V2MetricSpecFluent.this.withPods(toModel());
    }

    public A endPods() {
      return and();
    }
  }

  public V2ResourceMetricSource getResource() {
    return resource;
  }

  public A withResource(V2ResourceMetricSource resource) {
    this.resource = resource;
    return self();
  }

  public boolean hasResource() {
    return resource != null;
  }

  public V2ResourceMetricSource buildResource() {
    return resource;
  }

  public ResourceNested withNewResource() {
    return new ResourceNested(null);
  }

  public ResourceNested withNewResourceLike(V2ResourceMetricSource item) {
    return new ResourceNested(item);
  }

  public ResourceNested editResource() {
    return new ResourceNested(resource);
  }

  public ResourceNested editOrNewResource() {
    return new ResourceNested(resource != null ? resource : new V2ResourceMetricSource());
  }

  public ResourceNested editOrNewResourceLike(V2ResourceMetricSource item) {
    return new ResourceNested(resource != null ? resource : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ResourceNested extends V2ResourceMetricSourceFluent<ResourceNested> {
    ResourceNested(V2ResourceMetricSource item) {
      super(item);
    }

    public A and() {
      return V2MetricSpecFluent.this.withResource(toModel());
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
