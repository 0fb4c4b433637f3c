package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1VolumeAttachmentSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1VolumeAttachmentSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1VolumeAttachmentSourceFluent<A extends V1VolumeAttachmentSourceFluent<A>> {
  private V1PersistentVolumeSpec inlineVolumeSpec;
  private String persistentVolumeName;

  public V1VolumeAttachmentSourceFluent() {}

  public V1VolumeAttachmentSourceFluent(V1VolumeAttachmentSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1VolumeAttachmentSource instance) {
    if (instance != null) {
      this.inlineVolumeSpec = instance.getInlineVolumeSpec();
      this.persistentVolumeName = instance.getPersistentVolumeName();
    }
  }

  /** A new {@link V1VolumeAttachmentSource} holding what was set (lists and maps copied). */
  V1VolumeAttachmentSource toModel() {
    V1VolumeAttachmentSource o = new V1VolumeAttachmentSource();
    o.setInlineVolumeSpec(inlineVolumeSpec);
    o.setPersistentVolumeName(persistentVolumeName);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1PersistentVolumeSpec getInlineVolumeSpec() {
    return inlineVolumeSpec;
  }

  public A withInlineVolumeSpec(V1PersistentVolumeSpec inlineVolumeSpec) {
    this.inlineVolumeSpec = inlineVolumeSpec;
    return self();
  }

  public boolean hasInlineVolumeSpec() {
    return inlineVolumeSpec != null;
  }

  public V1PersistentVolumeSpec buildInlineVolumeSpec() {
    return inlineVolumeSpec;
  }

  public InlineVolumeSpecNested withNewInlineVolumeSpec() {
    return new InlineVolumeSpecNested(null);
  }

  public InlineVolumeSpecNested withNewInlineVolumeSpecLike(V1PersistentVolumeSpec item) {
    return new InlineVolumeSpecNested(item);
  }

  public InlineVolumeSpecNested editInlineVolumeSpec() {
    return new InlineVolumeSpecNested(inlineVolumeSpec);
  }

  public InlineVolumeSpecNested editOrNewInlineVolumeSpec() {
    return new InlineVolumeSpecNested(inlineVolumeSpec != null ? inlineVolumeSpec : new V1PersistentVolumeSpec());
  }

  public InlineVolumeSpecNested editOrNewInlineVolumeSpecLike(V1PersistentVolumeSpec item) {
    return new InlineVolumeSpecNested(inlineVolumeSpec != null ? inlineVolumeSpec : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class InlineVolumeSpecNested extends V1PersistentVolumeSpecFluent<InlineVolumeSpecNested> {
    InlineVolumeSpecNested(V1PersistentVolumeSpec item) {
      super(item);
    }

    public A and() {
      return V1VolumeAttachmentSourceFluent.this.withInlineVolumeSpec(toModel());
    }

    public A endInlineVolumeSpec() {
      return and();
    }
  }

  public String getPersistentVolumeName() {
    return persistentVolumeName;
  }

  public A withPersistentVolumeName(String persistentVolumeName) {
    this.persistentVolumeName = persistentVolumeName;
    return self();
  }

  public boolean hasPersistentVolumeName() {
    return persistentVolumeName != null;
  }
}
