package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1Mutation}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1MutationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1MutationFluent<A extends V1MutationFluent<A>> {
  private V1ApplyConfiguration applyConfiguration;
  private V1JSONPatch jsonPatch;
  private String patchType;

  public V1MutationFluent() {}

  public V1MutationFluent(V1Mutation instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Mutation instance) {
    if (instance != null) {
      this.applyConfiguration = instance.getApplyConfiguration();
      this.jsonPatch = instance.getJsonPatch();
      this.patchType = instance.getPatchType();
    }
  }

  /** A new {@link V1Mutation} holding what was set (lists and maps copied). */
  V1Mutation toModel() {
    V1Mutation o = new V1Mutation();
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

  public V1ApplyConfiguration getApplyConfiguration() {
    return applyConfiguration;
  }

  public A withApplyConfiguration(V1ApplyConfiguration applyConfiguration) {
    this.applyConfiguration = applyConfiguration;
    return self();
  }

  public boolean hasApplyConfiguration() {
    return applyConfiguration != null;
  }

  public V1ApplyConfiguration buildApplyConfiguration() {
    return applyConfiguration;
  }

  public ApplyConfigurationNested withNewApplyConfiguration() {
    return new ApplyConfigurationNested(null);
  }

  public ApplyConfigurationNested withNewApplyConfigurationLike(V1ApplyConfiguration item) {
    return new ApplyConfigurationNested(item);
  }

  public ApplyConfigurationNested editApplyConfiguration() {
    return new ApplyConfigurationNested(applyConfiguration);
  }

  public ApplyConfigurationNested editOrNewApplyConfiguration() {
    return new ApplyConfigurationNested(applyConfiguration != null ? applyConfiguration : new V1ApplyConfiguration());
  }

  public ApplyConfigurationNested editOrNewApplyConfigurationLike(V1ApplyConfiguration item) {
    return new ApplyConfigurationNested(applyConfiguration != null ? applyConfiguration : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ApplyConfigurationNested extends V1ApplyConfigurationFluent<ApplyConfigurationNested> {
    ApplyConfigurationNested(V1ApplyConfiguration item) {
      super(item);
    }

    public A and() {
      return V1MutationFluent.this.withApplyConfiguration(toModel());
    }

    public A endApplyConfiguration() {
      return and();
    }
  }

  public V1JSONPatch getJsonPatch() {
    return jsonPatch;
  }

  public A withJsonPatch(V1JSONPatch jsonPatch) {
    this.jsonPatch = jsonPatch;
    return self();
  }

  public boolean hasJsonPatch() {
    return jsonPatch != null;
  }

  public V1JSONPatch buildJsonPatch() {
    return jsonPatch;
  }

  public JsonPatchNested withNewJsonPatch() {
    return new JsonPatchNested(null);
  }

  public JsonPatchNested withNewJsonPatchLike(V1JSONPatch item) {
    return new JsonPatchNested(item);
  }

  public JsonPatchNested editJsonPatch() {
    return new JsonPatchNested(jsonPatch);
  }

  public JsonPatchNested editOrNewJsonPatch() {
    return new JsonPatchNested(jsonPatch != null ? jsonPatch : new V1JSONPatch());
  }

  public JsonPatchNested editOrNewJsonPatchLike(V1JSONPatch item) {
    return new JsonPatchNested(jsonPatch != null ? jsonPatch : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class JsonPatchNested extends V1JSONPatchFluent<JsonPatchNested> {
    JsonPatchNested(V1JSONPatch item) {
      super(item);
    }

    public A and() {
      return V1MutationFluent.this.withJsonPatch(toModel());
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
