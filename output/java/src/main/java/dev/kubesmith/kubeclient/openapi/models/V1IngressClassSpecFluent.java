package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1IngressClassSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1IngressClassSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1IngressClassSpecFluent<A extends V1IngressClassSpecFluent<A>> {
  private String controller;
  private V1IngressClassParametersReference parameters;

  public V1IngressClassSpecFluent() {}

  public V1IngressClassSpecFluent(V1IngressClassSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1IngressClassSpec instance) {
    if (instance != null) {
      this.controller = instance.getController();
      this.parameters = instance.getParameters();
    }
  }

  /** A new {@link V1IngressClassSpec} holding what was set (lists and maps copied). */
  V1IngressClassSpec toModel() {
    V1IngressClassSpec o = new V1IngressClassSpec();
    o.setController(controller);
    o.setParameters(parameters);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getController() {
    return controller;
  }

  public A withController(String controller) {
    this.controller = controller;
    return self();
  }

  public boolean hasController() {
    return controller != null;
  }

  public V1IngressClassParametersReference getParameters() {
    return parameters;
  }

  public A withParameters(V1IngressClassParametersReference parameters) {
    this.parameters = parameters;
    return self();
  }

  public boolean hasParameters() {
    return parameters != null;
  }

  public V1IngressClassParametersReference buildParameters() {
    return parameters;
  }

  public ParametersNested withNewParameters() {
    return new ParametersNested(null);
  }

  public ParametersNested withNewParametersLike(V1IngressClassParametersReference item) {
    return new ParametersNested(item);
  }

  public ParametersNested editParameters() {
    return new ParametersNested(parameters);
  }

  public ParametersNested editOrNewParameters() {
    return new ParametersNested(parameters != null ? parameters : new V1IngressClassParametersReference());
  }

  public ParametersNested editOrNewParametersLike(V1IngressClassParametersReference item) {
    return new ParametersNested(parameters != null ? parameters : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ParametersNested extends V1IngressClassParametersReferenceFluent<ParametersNested> {
    ParametersNested(V1IngressClassParametersReference item) {
      super(item);
    }

    public A and() {
      return V1IngressClassSpecFluent.this.withParameters(toModel());
    }

    public A endParameters() {
      return and();
    }
  }
}
