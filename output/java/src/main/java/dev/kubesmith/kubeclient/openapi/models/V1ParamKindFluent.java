package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ParamKind}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ParamKindBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ParamKindFluent<A extends V1ParamKindFluent<A>> {
  private String apiVersion;
  private String kind;

  public V1ParamKindFluent() {}

  public V1ParamKindFluent(V1ParamKind instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ParamKind instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
    }
  }

  /** A new {@link V1ParamKind} holding what was set (lists and maps copied). */
  V1ParamKind toModel() {
    V1ParamKind o = new V1ParamKind();
    o.setApiVersion(apiVersion);
    o.setKind(kind);
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
}
