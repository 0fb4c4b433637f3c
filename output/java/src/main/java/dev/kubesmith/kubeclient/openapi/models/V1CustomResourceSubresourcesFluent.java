package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1CustomResourceSubresources}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CustomResourceSubresourcesBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CustomResourceSubresourcesFluent<A extends V1CustomResourceSubresourcesFluent<A>> {
  private V1CustomResourceSubresourceScale scale;
  private V1CustomResourceSubresourceStatus status;

  public V1CustomResourceSubresourcesFluent() {}

  public V1CustomResourceSubresourcesFluent(V1CustomResourceSubresources instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CustomResourceSubresources instance) {
    if (instance != null) {
      this.scale = instance.getScale();
      this.status = instance.getStatus();
    }
  }

  /** A new {@link V1CustomResourceSubresources} holding what was set (lists and maps copied). */
  V1CustomResourceSubresources toModel() {
    V1CustomResourceSubresources o = new V1CustomResourceSubresources();
    o.setScale(scale);
    o.setStatus(status);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1CustomResourceSubresourceScale getScale() {
    return scale;
  }

  public A withScale(V1CustomResourceSubresourceScale scale) {
    this.scale = scale;
    return self();
  }

  public boolean hasScale() {
    return scale != null;
  }

  public V1CustomResourceSubresourceScale buildScale() {
    return scale;
  }

  public ScaleNested withNewScale() {
    return new ScaleNested(null);
  }

  public ScaleNested withNewScaleLike(V1CustomResourceSubresourceScale item) {
    return new ScaleNested(item);
  }

  public ScaleNested editScale() {
    return new ScaleNested(scale);
  }

  public ScaleNested editOrNewScale() {
    return new ScaleNested(scale != null ? scale : new V1CustomResourceSubresourceScale());
  }

  public ScaleNested editOrNewScaleLike(V1CustomResourceSubresourceScale item) {
    return new ScaleNested(scale != null ? scale : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ScaleNested extends V1CustomResourceSubresourceScaleFluent<ScaleNested> {
    ScaleNested(V1CustomResourceSubresourceScale item) {
      super(item);
    }

    public A and() {
      return V1CustomResourceSubresourcesFluent.this.withScale(toModel());
    }

    public A endScale() {
      return and();
    }
  }

  public V1CustomResourceSubresourceStatus getStatus() {
    return status;
  }

  public A withStatus(V1CustomResourceSubresourceStatus status) {
    this.status = status;
    return self();
  }

  public boolean hasStatus() {
    return status != null;
  }

  public V1CustomResourceSubresourceStatus buildStatus() {
    return status;
  }

  public StatusNested withNewStatus() {
    return new StatusNested(null);
  }

  public StatusNested withNewStatusLike(V1CustomResourceSubresourceStatus item) {
    return new StatusNested(item);
  }

  public StatusNested editStatus() {
    return new StatusNested(status);
  }

  public StatusNested editOrNewStatus() {
    return new StatusNested(status != null ? status : new V1CustomResourceSubresourceStatus());
  }

  public StatusNested editOrNewStatusLike(V1CustomResourceSubresourceStatus item) {
    return new StatusNested(status != null ? status : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class StatusNested extends V1CustomResourceSubresourceStatusFluent<StatusNested> {
    StatusNested(V1CustomResourceSubresourceStatus item) {
      super(item);
    }

    public A and() {
      return V1CustomResourceSubresourcesFluent.this.withStatus(toModel());
    }

    public A endStatus() {
      return and();
    }
  }
}
