package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1Mutation}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1MutationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1MutationFluent<A extends V1beta1MutationFluent<A>> {
  private V1beta1ApplyConfiguration applyConfiguration;
  private V1beta1JSONPatch jsonPatch;
  private String patchType;

  public V1beta1MutationFluent() {}

  public V1beta1MutationFluent(V1beta1Mutation instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1Mutation instance) {
    if (instance != null) {
      this.applyConfiguration = instance.getApplyConfiguration();
      this.jsonPatch = instance.getJsonPatch();
      this.patchType = instance.getPatchType();
    }
  }

  /** A new {@link V1beta1Mutation} holding what was set (lists and maps copied). */
  V1beta1Mutation toModel() {
    V1beta1Mutation o = new V1beta1Mutation();
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

  public V1beta1ApplyConfiguration getApplyConfiguration() {
    return applyConfiguration;
  }

  public A withApplyConfiguration(V1beta1ApplyConfiguration applyConfiguration) {
    this.applyConfiguration = applyConfiguration;
    return self();
  }

  public boolean hasApplyConfiguration() {
    return applyConfiguration != null;
  }

  public V1beta1ApplyConfiguration buildApplyConfiguration() {
    return applyConfiguration;
  }

  public ApplyConfigurationNested withNewApplyConfiguration() {
    return new ApplyConfigurationNested(null);
  }

  public ApplyConfigurationNested withNewApplyConfigurationLike(V1beta1ApplyConfiguration item) {
    return new ApplyConfigurationNested(item);
  }

  public ApplyConfigurationNested editApplyConfiguration() {
    return new ApplyConfigurationNested(applyConfiguration);
  }

  public ApplyConfigurationNested editOrNewApplyConfiguration() {
    return new ApplyConfigurationNested(applyConfiguration != null ? applyConfiguration : new V1beta1ApplyConfiguration());
  }

  public ApplyConfigurationNested editOrNewApplyConfigurationLike(V1beta1ApplyConfiguration item) {
    return new ApplyConfigurationNested(applyConfiguration != null ? applyConfiguration : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ApplyConfigurationNested extends V1beta1ApplyConfigurationFluent<ApplyConfigurationNested> {
    ApplyConfigurationNested(V1beta1ApplyConfiguration item) {
      super(item);
    }

    public A and() {
      return V1beta1MutationFluent.this.withApplyConfiguration(toModel());
    }

    public A endApplyConfiguration() {
      return and();
    }
  }

  public V1beta1JSONPatch getJsonPatch() {
    return jsonPatch;
  }

  public A withJsonPatch(V1beta1JSONPatch jsonPatch) {
    this.jsonPatch = jsonPatch;
    return self();
  }

  public boolean hasJsonPatch() {
    return jsonPatch != null;
  }

  public V1beta1JSONPatch buildJsonPatch() {
    return jsonPatch;
  }

  public JsonPatchNested withNewJsonPatch() {
    return new JsonPatchNested(null);
  }

  public JsonPatchNested withNewJsonPatchLike(V1beta1JSONPatch item) {
    return new JsonPatchNested(item);
  }

  public JsonPatchNested editJsonPatch() {
    return new JsonPatchNested(jsonPatch);
  }

  public JsonPatchNested editOrNewJsonPatch() {
    return new JsonPatchNested(jsonPatch != null ? jsonPatch : new V1beta1JSONPatch());
  }

  public JsonPatchNested editOrNewJsonPatchLike(V1beta1JSONPatch item) {
    return new JsonPatchNested(jsonPatch != null ? jsonPatch : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class JsonPatchNested extends V1beta1JSONPatchFluent<JsonPatchNested> {
    JsonPatchNested(V1beta1JSONPatch item) {
      super(item);
    }

    public A and() {
      return V1beta1MutationFluent.this.withJsonPatch(toModel());
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
