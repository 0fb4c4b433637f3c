package dev.kubesmith.kubeclient.openapi.models;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fluent setters of {@link V1VolumeAttachmentStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1VolumeAttachmentStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1VolumeAttachmentStatusFluent<A extends V1VolumeAttachmentStatusFluent<A>> {
  private V1VolumeError attachError;
  private Boolean attached;
  private Map<String, String> attachmentMetadata;
  private V1VolumeError detachError;

  public V1VolumeAttachmentStatusFluent() {}

  public V1VolumeAttachmentStatusFluent(V1VolumeAttachmentStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1VolumeAttachmentStatus instance) {
    if (instance != null) {
      this.attachError = instance.getAttachError();
      this.attached = instance.getAttached();
      this.attachmentMetadata = instance.getAttachmentMetadata() == null ? null : new LinkedHashMap<>(instance.getAttachmentMetadata());
      this.detachError = instance.getDetachError();
    }
  }

  /** A new {@link V1VolumeAttachmentStatus} holding what was set (lists and maps copied). */
  V1VolumeAttachmentStatus toModel() {
    V1VolumeAttachmentStatus o = new V1VolumeAttachmentStatus();
    o.setAttachError(attachError);
    o.setAttached(attached);
    o.setAttachmentMetadata(attachmentMetadata == null ? null : new LinkedHashMap<>(attachmentMetadata));
    o.setDetachError(detachError);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1VolumeError getAttachError() {
    return attachError;
  }

  public A withAttachError(V1VolumeError attachError) {
    this.attachError = attachError;
    return self();
  }

  public boolean hasAttachError() {
    return attachError != null;
  }

  public V1VolumeError buildAttachError() {
    return attachError;
  }

  public AttachErrorNested withNewAttachError() {
    return new AttachErrorNested(null);
  }

  public AttachErrorNested withNewAttachErrorLike(V1VolumeError item) {
    return new AttachErrorNested(item);
  }

  public AttachErrorNested editAttachError() {
    return new AttachErrorNested(attachError);
  }

  public AttachErrorNested editOrNewAttachError() {
    return new AttachErrorNested(attachError != null ? attachError : new V1VolumeError());
  }

  public AttachErrorNested editOrNewAttachErrorLike(V1VolumeError item) {
    return new AttachErrorNested(attachError != null ? attachError : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class AttachErrorNested extends V1VolumeErrorFluent<AttachErrorNested> {
    AttachErrorNested(V1VolumeError item) {
      super(item);
    }

    public A and() {
      return V1VolumeAttachmentStatusFluent.this.withAttachError(toModel());
    }

    public A endAttachError() {
      return and();
    }
  }

  public Boolean getAttached() {
    return attached;
  }

  public A withAttached(Boolean attached) {
    this.attached = attached;
    return self();
  }

  public boolean hasAttached() {
    return attached != null;
  }

  public Map<String, String> getAttachmentMetadata() {
    return attachmentMetadata;
  }

  public A withAttachmentMetadata(Map<String, String> attachmentMetadata) {
    this.attachmentMetadata = attachmentMetadata == null ? null : new LinkedHashMap<>(attachmentMetadata);
    return self();
  }

  public boolean hasAttachmentMetadata() {
    return attachmentMetadata != null;
  }

  public A addToAttachmentMetadata(String key, String value) {
    if (this.attachmentMetadata == null) {
      this.attachmentMetadata = new LinkedHashMap<>();
    }
    this.attachmentMetadata.put(key, value);
    return self();
  }

  public A addToAttachmentMetadata(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToAttachmentMetadata(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromAttachmentMetadata(String key) {
    if (this.attachmentMetadata != null) {
      this.attachmentMetadata.remove(key);
    }
    return self();
  }

  public A removeFromAttachmentMetadata(Map<String, String> map) {
    if (this.attachmentMetadata != null && map != null) {
      this.attachmentMetadata.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public V1VolumeError getDetachError() {
    return detachError;
  }

  public A withDetachError(V1VolumeError detachError) {
    this.detachError = detachError;
    return self();
  }

  public boolean hasDetachError() {
    return detachError != null;
  }

  public V1VolumeError buildDetachError() {
    return detachError;
  }

  public DetachErrorNested withNewDetachError() {
    return new DetachErrorNested(null);
  }

  public DetachErrorNested withNewDetachErrorLike(V1VolumeError item) {
    return new DetachErrorNested(item);
  }

  public DetachErrorNested editDetachError() {
    return new DetachErrorNested(detachError);
  }

  public DetachErrorNested editOrNewDetachError() {
    return new DetachErrorNested(detachError != null ? detachError : new V1VolumeError());
  }

  public DetachErrorNested editOrNewDetachErrorLike(V1VolumeError item) {
    return new DetachErrorNested(detachError != null ? detachError : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DetachErrorNested extends V1VolumeErrorFluent<DetachErrorNested> {
    DetachErrorNested(V1VolumeError item) {
      super(item);
    }

    public A and() {
      return V1VolumeAttachmentStatusFluent.this.withDetachError(toModel());
    }

    public A endDetachError() {
      return and();
    }
  }
}
