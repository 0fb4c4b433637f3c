package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1CustomResourceValidation}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CustomResourceValidationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CustomResourceValidationFluent<A extends V1CustomResourceValidationFluent<A>> {
  private V1JSONSchemaProps openAPIV3Schema;

  public V1CustomResourceValidationFluent() {}

  public V1CustomResourceValidationFluent(V1CustomResourceValidation instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CustomResourceValidation instance) {
    if (instance != null) {
      this.openAPIV3Schema = instance.getOpenAPIV3Schema();
    }
  }

  /** A new {@link V1CustomResourceValidation} holding what was set (lists and maps copied). */
  V1CustomResourceValidation toModel() {
    V1CustomResourceValidation o = new V1CustomResourceValidation();
    o.setOpenAPIV3Schema(openAPIV3Schema);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1JSONSchemaProps getOpenAPIV3Schema() {
    return openAPIV3Schema;
  }

  public A withOpenAPIV3Schema(V1JSONSchemaProps openAPIV3Schema) {
    this.openAPIV3Schema = openAPIV3Schema;
    return self();
  }

  public boolean hasOpenAPIV3Schema() {
    return openAPIV3Schema != null;
  }

  public V1JSONSchemaProps buildOpenAPIV3Schema() {
    return openAPIV3Schema;
  }

  public OpenAPIV3SchemaNested withNewOpenAPIV3Schema() {
    return new OpenAPIV3SchemaNested(null);
  }

  public OpenAPIV3SchemaNested withNewOpenAPIV3SchemaLike(V1JSONSchemaProps item) {
    return new OpenAPIV3SchemaNested(item);
  }

  public OpenAPIV3SchemaNested editOpenAPIV3Schema() {
    return new OpenAPIV3SchemaNested(openAPIV3Schema);
  }

  public OpenAPIV3SchemaNested editOrNewOpenAPIV3Schema() {
    return new OpenAPIV3SchemaNested(openAPIV3Schema != null ? openAPIV3Schema : new V1JSONSchemaProps());
  }

  public OpenAPIV3SchemaNested editOrNewOpenAPIV3SchemaLike(V1JSONSchemaProps item) {
    return new OpenAPIV3SchemaNested(openAPIV3Schema != null ? openAPIV3Schema : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class OpenAPIV3SchemaNested extends V1JSONSchemaPropsFluent<OpenAPIV3SchemaNested> {
    OpenAPIV3SchemaNested(V1JSONSchemaProps item) {
      super(item);
    }

    public A and() {
      return V1CustomResourceValidationFluent.this.withOpenAPIV3Schema(toModel());
    }

    public A endOpenAPIV3Schema() {
      return and();
    }
  }
}
