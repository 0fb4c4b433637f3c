package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha1Mutation}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1MutationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1MutationFluent<A extends V1alpha1MutationFluent<A>> {
  private V1alpha1ApplyConfiguration applyConfiguration;
  private V1alpha1JSONPatch jsonPatch;
  private String patchType;

  public V1alpha1MutationFluent() {}

  public V1alpha1MutationFluent(V1alpha1Mutation instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1Mutation instance) {
    if (instance != null) {
      this.applyConfiguration = instance.getApplyConfiguration();
      this.jsonPatch = instance.getJsonPatch();
      this.patchType = instance.getPatchType();
    }
  }

  /** A new {@link V1alpha1Mutation} holding what was set (lists and maps copied). */
  V1alpha1Mutation toModel() {
    V1alpha1Mutation o = new V1alpha1Mutation();
    o.setApplyConfiguration(applyConfiguration);
    o.setJsonPatch(jsonPatch);
    o.setPatchType(patchType);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1alpha1ApplyConfiguration getApplyConfiguration() {
    return applyConfiguration;
  }

  public A withApplyConfiguration(V1alpha1ApplyConfiguration applyConfiguration) {
    this.applyConfiguration = applyConfiguration;
    return self();
  }

  public boolean hasApplyConfiguration() {
    return applyConfiguration != null;
  }

  public V1alpha1ApplyConfiguration buildApplyConfiguration() {
    return applyConfiguration;
  }

  public ApplyConfigurationNested withNewApplyConfiguration() {
    return new ApplyConfigurationNested(null);
  }

  public ApplyConfigurationNested withNewApplyConfigurationLike(V1alpha1ApplyConfiguration item) {
    return new ApplyConfigurationNested(item);
  }

  public ApplyConfigurationNested editApplyConfiguration() {
    return new ApplyConfigurationNested(applyConfiguration);
  }

  public ApplyConfigurationNested editOrNewApplyConfiguration() {
    return new ApplyConfigurationNested(applyConfiguration != null ? applyConfiguration : new V1alpha1ApplyConfiguration());
  }

  public ApplyConfigurationNested editOrNewApplyConfigurationLike(V1alpha1ApplyConfiguration item) {
    return new ApplyConfigurationNested(applyConfiguration != null ? applyConfiguration : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ApplyConfigurationNested extends V1alpha1ApplyConfigurationFluent<ApplyConfigurationNested> {
    ApplyConfigurationNested(V1alpha1ApplyConfiguration item) {
      super(item);
    }

    public A and() {
      return V1alpha1MutationFluent.this.withApplyConfiguration(toModel());
    }

    public A endApplyConfiguration() {
      return and();
    }
  }

  public V1alpha1JSONPatch getJsonPatch() {
    return jsonPatch;
  }

  public A withJsonPatch(V1alpha1JSONPatch jsonPatch) {
    this.jsonPatch = jsonPatch;
    return self();
  }

  public boolean hasJsonPatch() {
    return jsonPatch != null;
  }

  public V1alpha1JSONPatch buildJsonPatch() {
    return jsonPatch;
  }

  public JsonPatchNested withNewJsonPatch() {
    return new JsonPatchNested(null);
  }

  public JsonPatchNested withNewJsonPatchLike(V1alpha1JSONPatch item) {
    return new JsonPatchNested(item);
  }

  public JsonPatchNested editJsonPatch() {
    return new JsonPatchNested(jsonPatch);
  }

  public JsonPatchNested editOrNewJsonPatch() {
    return new JsonPatchNested(jsonPatch != null ? jsonPatch : new V1alpha1JSONPatch());
  }

  public JsonPatchNested editOrNewJsonPatchLike(V1alpha1JSONPatch item) {
    return new JsonPatchNested(jsonPatch != null ? jsonPatch : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class JsonPatchNested extends V1alpha1JSONPatchFluent<JsonPatchNested> {
    JsonPatchNested(V1alpha1JSONPatch item) {
      super(item);
    }

    public A and() {
      return V1alpha1MutationFluent.this.withJsonPatch(toModel());
    }

    public A endJsonPatch() {
      return and();
    }
  }

  public String getPatchType() {
    return patchType;
  }

  public A withPatchType(String patchType) {
    this.patchType = patchType;
    return self();
  }

  public boolean hasPatchType() {
    return patchType != null;
  }
}
