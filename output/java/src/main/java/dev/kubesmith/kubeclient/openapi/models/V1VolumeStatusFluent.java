package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1VolumeStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1VolumeStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1VolumeStatusFluent<A extends V1VolumeStatusFluent<A>> {
  private V1ImageVolumeStatus image;

  public V1VolumeStatusFluent() {}

  public V1VolumeStatusFluent(V1VolumeStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1VolumeStatus instance) {
    if (instance != null) {
      this.image = instance.getImage();
    }
  }

  /** A new {@link V1VolumeStatus} holding what was set (lists and maps copied). */
  V1VolumeStatus toModel() {
    V1VolumeStatus o = new V1VolumeStatus();
    o.setImage(image);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1ImageVolumeStatus getImage() {
    return image;
  }

  public A withImage(V1ImageVolumeStatus image) {
    this.image = image;
    return self();
  }

  public boolean hasImage() {
    return image != null;
  }

  public V1ImageVolumeStatus buildImage() {
    return image;
  }

  public ImageNested withNewImage() {
    return new ImageNested(null);
  }

  public ImageNested withNewImageLike(V1ImageVolumeStatus item) {
    return new ImageNested(item);
  }

  public ImageNested editImage() {
    return new ImageNested(image);
  }

  public ImageNested editOrNewImage() {
    return new ImageNested(image != null ? image : new V1ImageVolumeStatus());
  }

  public ImageNested editOrNewImageLike(V1ImageVolumeStatus item) {
    return new ImageNested(image != null ? image : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ImageNested extends V1ImageVolumeStatusFluent<ImageNested> {
    ImageNested(V1ImageVolumeStatus item) {
      super(item);
    }

    public A and() {
      return V1VolumeStatusFluent.this.withImage(toModel());
    }

    public A endImage() {
      return and();
    }
  }
}
