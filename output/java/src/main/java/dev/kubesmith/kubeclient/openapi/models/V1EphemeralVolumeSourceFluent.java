package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1EphemeralVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1EphemeralVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1EphemeralVolumeSourceFluent<A extends V1EphemeralVolumeSourceFluent<A>> {
  private V1PersistentVolumeClaimTemplate volumeClaimTemplate;

  public V1EphemeralVolumeSourceFluent() {}

  public V1EphemeralVolumeSourceFluent(V1EphemeralVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1EphemeralVolumeSource instance) {
    if (instance != null) {
      this.volumeClaimTemplate = instance.getVolumeClaimTemplate();
    }
  }

  /** A new {@link V1EphemeralVolumeSource} holding what was set (lists and maps copied). */
  V1EphemeralVolumeSource toModel() {
    V1EphemeralVolumeSource o = new V1EphemeralVolumeSource();
    o.setVolumeClaimTemplate(volumeClaimTemplate);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1PersistentVolumeClaimTemplate getVolumeClaimTemplate() {
    return volumeClaimTemplate;
  }

  public A withVolumeClaimTemplate(V1PersistentVolumeClaimTemplate volumeClaimTemplate) {
    this.volumeClaimTemplate = volumeClaimTemplate;
    return self();
  }

  public boolean hasVolumeClaimTemplate() {
    return volumeClaimTemplate != null;
  }

  public V1PersistentVolumeClaimTemplate buildVolumeClaimTemplate() {
    return volumeClaimTemplate;
  }

  public VolumeClaimTemplateNested withNewVolumeClaimTemplate() {
    return new VolumeClaimTemplateNested(null);
  }

  public VolumeClaimTemplateNested withNewVolumeClaimTemplateLike(V1PersistentVolumeClaimTemplate item) {
    return new VolumeClaimTemplateNested(item);
  }

  public VolumeClaimTemplateNested editVolumeClaimTemplate() {
    return new VolumeClaimTemplateNested(volumeClaimTemplate);
  }

  public VolumeClaimTemplateNested editOrNewVolumeClaimTemplate() {
    return new VolumeClaimTemplateNested(volumeClaimTemplate != null ? volumeClaimTemplate : new V1PersistentVolumeClaimTemplate());
  }

  public VolumeClaimTemplateNested editOrNewVolumeClaimTemplateLike(V1PersistentVolumeClaimTemplate item) {
    return new VolumeClaimTemplateNested(volumeClaimTemplate != null ? volumeClaimTemplate : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class VolumeClaimTemplateNested extends V1PersistentVolumeClaimTemplateFluent<VolumeClaimTemplateNested> {
    VolumeClaimTemplateNested(V1PersistentVolumeClaimTemplate item) {
      super(item);
    }

    public A and() {
      return V1EphemeralVolumeSourceFluent.this.withVolumeClaimTemplate(toModel());
    }

    public A endVolumeClaimTemplate() {
      return and();
    }
  }
}
