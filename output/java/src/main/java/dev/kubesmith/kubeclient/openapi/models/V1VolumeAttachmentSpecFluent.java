package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1VolumeAttachmentSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1VolumeAttachmentSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1VolumeAttachmentSpecFluent<A extends V1VolumeAttachmentSpecFluent<A>> {
  private String attacher;
  private String nodeName;
  private V1VolumeAttachmentSource source;

  public V1VolumeAttachmentSpecFluent() {}

  public V1VolumeAttachmentSpecFluent(V1VolumeAttachmentSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1VolumeAttachmentSpec instance) {
    if (instance != null) {
      this.attacher = instance.getAttacher();
      this.nodeName = instance.getNodeName();
      this.source = instance.getSource();
    }
  }

  /** A new {@link V1VolumeAttachmentSpec} holding what was set (lists and maps copied). */
  V1VolumeAttachmentSpec toModel() {
    V1VolumeAttachmentSpec o = new V1VolumeAttachmentSpec();
    o.setAttacher(attacher);
    o.setNodeName(nodeName);
    o.setSource(source);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getAttacher() {
    return attacher;
  }

  public A withAttacher(String attacher) {
    this.attacher = attacher;
    return self();
  }

  public boolean hasAttacher() {
    return attacher != null;
  }

  public String getNodeName() {
    return nodeName;
  }

  public A withNodeName(String nodeName) {
    this.nodeName = nodeName;
    return self();
  }

  public boolean hasNodeName() {
    return nodeName != null;
  }

  public V1VolumeAttachmentSource getSource() {
    return source;
  }

  public A withSource(V1VolumeAttachmentSource source) {
    this.source = source;
    return self();
  }

  public boolean hasSource() {
    return source != null;
  }

  public V1VolumeAttachmentSource buildSource() {
    return source;
  }

  public SourceNested withNewSource() {
    return new SourceNested(null);
  }

  public SourceNested withNewSourceLike(V1VolumeAttachmentSource item) {
    return new SourceNested(item);
  }

  public SourceNested editSource() {
    return new SourceNested(source);
  }

  public SourceNested editOrNewSource() {
    return new SourceNested(source != null ? source : new V1VolumeAttachmentSource());
  }

  public SourceNested editOrNewSourceLike(V1VolumeAttachmentSource item) {
    return new SourceNested(source != null ? source : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SourceNested extends V1VolumeAttachmentSourceFluent<SourceNested> {
    SourceNested(V1VolumeAttachmentSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeAttachmentSpecFluent.this.withSource(toModel());
    }

    public A endSource() {
      return and();
    }
  }
}
