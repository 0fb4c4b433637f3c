package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ImageVolumeStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ImageVolumeStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ImageVolumeStatusFluent<A extends V1ImageVolumeStatusFluent<A>> {
  private String imageRef;

  public V1ImageVolumeStatusFluent() {}

  public V1ImageVolumeStatusFluent(V1ImageVolumeStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ImageVolumeStatus instance) {
    if (instance != null) {
      this.imageRef = instance.getImageRef();
    }
  }

  /** A new {@link V1ImageVolumeStatus} holding what was set (lists and maps copied). */
  V1ImageVolumeStatus toModel() {
    V1ImageVolumeStatus o = new V1ImageVolumeStatus();
    o.setImageRef(imageRef);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getImageRef() {
    return imageRef;
  }

  public A withImageRef(String imageRef) {
    this.imageRef = imageRef;
    return self();
  }

  public boolean hasImageRef() {
    return imageRef != null;
  }
}
