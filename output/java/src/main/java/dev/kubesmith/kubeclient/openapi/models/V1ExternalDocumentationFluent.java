package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ExternalDocumentation}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ExternalDocumentationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ExternalDocumentationFluent<A extends V1ExternalDocumentationFluent<A>> {
  private String description;
  private String url;

  public V1ExternalDocumentationFluent() {}

  public V1ExternalDocumentationFluent(V1ExternalDocumentation instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ExternalDocumentation instance) {
    if (instance != null) {
      this.description = instance.getDescription();
      this.url = instance.getUrl();
    }
  }

  /** A new {@link V1ExternalDocumentation} holding what was set (lists and maps copied). */
  V1ExternalDocumentation toModel() {
    V1ExternalDocumentation o = new V1ExternalDocumentation();
    o.setDescription(description);
    o.setUrl(url);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getDescription() {
    return description;
  }

  public A withDescription(String description) {
    this.description = description;
    return self();
  }

  public boolean hasDescription() {
    return description != null;
  }

  public String getUrl() {
    return url;
  }

  public A withUrl(String url) {
    this.url = url;
    return self();
  }

  public boolean hasUrl() {
    return url != null;
  }
}
