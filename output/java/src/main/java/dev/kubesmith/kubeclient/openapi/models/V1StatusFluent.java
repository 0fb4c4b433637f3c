package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1Status}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1StatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1StatusFluent<A extends V1StatusFluent<A>> {
  private String apiVersion;
  private Integer code;
  private V1StatusDetails details;
  private String kind;
  private String message;
  private V1ListMeta metadata;
  private String reason;
  private String status;

  public V1StatusFluent() {}

  public V1StatusFluent(V1Status instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Status instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.code = instance.getCode();
      this.details = instance.getDetails();
      this.kind = instance.getKind();
      this.message = instance.getMessage();
      this.metadata = instance.getMetadata();
      this.reason = instance.getReason();
      this.status = instance.getStatus();
    }
  }

  /** A new {@link V1Status} holding what was set (lists and maps copied). */
  V1Status toModel() {
    V1Status o = new V1Status();
    o.setApiVersion(apiVersion);
    o.setCode(code);
    o.setDetails(details);
    o.setKind(kind);
    o.setMessage(message);
    o.setMetadata(metadata);
    o.setReason(reason);
    o.setStatus(status);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public A withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return self();
  }

  public boolean hasApiVersion() {
    return apiVersion != null;
  }

  public Integer getCode() {
    return code;
  }

  public A withCode(Integer code) {
    this.code = code;
    return self();
  }

  public boolean hasCode() {
    return code != null;
  }

  public V1StatusDetails getDetails() {
    return details;
  }

  public A withDetails(V1StatusDetails details) {
    this.details = details;
    return self();
  }

  public boolean hasDetails() {
    return details != null;
  }

  public V1StatusDetails buildDetails() {
    return details;
  }

  public DetailsNested withNewDetails() {
    return new DetailsNested(null);
  }

  public DetailsNested withNewDetailsLike(V1StatusDetails item) {
    return new DetailsNested(item);
  }

  public DetailsNested editDetails() {
    return new DetailsNested(details);
  }

  public DetailsNested editOrNewDetails() {
    return new DetailsNested(details != null ? details : new V1StatusDetails());
  }

  public DetailsNested editOrNewDetailsLike(V1StatusDetails item) {
    return new DetailsNested(details != null ? details : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DetailsNested extends V1StatusDetailsFluent<DetailsNested> {
    DetailsNested(V1StatusDetails item) {
      super(item);
    }

    public A and() {
      return V1StatusFluent.this.withDetails(toModel());
    }

    public A endDetails() {
      return and();
    }
  }

  public String getKind() {
    return kind;
  }

  public A withKind(String kind) {
    this.kind = kind;
    return self();
  }

  public boolean hasKind() {
    return kind != null;
  }

  public String getMessage() {
    return message;
  }

  public A withMessage(String message) {
    this.message = message;
    return self();
  }

  public boolean hasMessage() {
    return message != null;
  }

  public V1ListMeta getMetadata() {
    return metadata;
  }

  public A withMetadata(V1ListMeta metadata) {
    this.metadata = metadata;
    return self();
  }

  public boolean hasMetadata() {
    return metadata != null;
  }

  public V1ListMeta buildMetadata() {
    return metadata;
  }

  public MetadataNested withNewMetadata() {
    return new MetadataNested(null);
  }

  public MetadataNested withNewMetadataLike(V1ListMeta item) {
    return new MetadataNested(item);
  }

  public MetadataNested editMetadata() {
    return new MetadataNested(metadata);
  }

  public MetadataNested editOrNewMetadata() {
    return new MetadataNested(metadata != null ? metadata : new V1ListMeta());
  }

  public MetadataNested editOrNewMetadataLike(V1ListMeta item) {
    return new MetadataNested(metadata != null ? metadata : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MetadataNested extends V1ListMetaFluent<MetadataNested> {
    MetadataNested(V1ListMeta item) {
      super(item);
    }

    public A and() {
      return V1StatusFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public String getReason() {
    return reason;
  }

  public A withReason(String reason) {
    this.reason = reason;
    return self();
  }

  public boolean hasReason() {
    return reason != null;
  }

  public String getStatus() {
    return status;
  }

  public A withStatus(String status) {
    this.status = status;
    return self();
  }

  public boolean hasStatus() {
    return status != null;
  }
}
