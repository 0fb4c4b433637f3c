package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1SelectableField}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SelectableFieldBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SelectableFieldFluent<A extends V1SelectableFieldFluent<A>> {
  private String jsonPath;

  public V1SelectableFieldFluent() {}

  public V1SelectableFieldFluent(V1SelectableField instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1SelectableField instance) {
    if (instance != null) {
      this.jsonPath = instance.getJsonPath();
    }
  }

  /** A new {@link V1SelectableField} holding what was set (lists and maps copied). */
  V1SelectableField toModel() {
    V1SelectableField o = new V1SelectableField();
    o.setJsonPath(jsonPath);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getJsonPath() {
    return jsonPath;
  }

  public A withJsonPath(String jsonPath) {
    this.jsonPath = jsonPath;
    return self();
  }

  public boolean hasJsonPath() {
    return jsonPath != null;
  }
}
