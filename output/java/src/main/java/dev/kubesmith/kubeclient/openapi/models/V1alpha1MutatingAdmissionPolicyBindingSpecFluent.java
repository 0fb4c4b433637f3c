package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha1MutatingAdmissionPolicyBindingSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1MutatingAdmissionPolicyBindingSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1MutatingAdmissionPolicyBindingSpecFluent<A extends V1alpha1MutatingAdmissionPolicyBindingSpecFluent<A>> {
  private V1alpha1MatchResources matchResources;
  private V1alpha1ParamRef paramRef;
  private String policyName;

  public V1alpha1MutatingAdmissionPolicyBindingSpecFluent() {}

  public V1alpha1MutatingAdmissionPolicyBindingSpecFluent(V1alpha1MutatingAdmissionPolicyBindingSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1MutatingAdmissionPolicyBindingSpec instance) {
    if (instance != null) {
      this.matchResources = instance.getMatchResources();
      this.paramRef = instance.getParamRef();
      this.policyName = instance.getPolicyName();
    }
  }

  /** A new {@link V1alpha1MutatingAdmissionPolicyBindingSpec} holding what was set (lists and maps copied). */
  V1alpha1MutatingAdmissionPolicyBindingSpec toModel() {
    V1alpha1MutatingAdmissionPolicyBindingSpec o = new V1alpha1MutatingAdmissionPolicyBindingSpec();
    o.setMatchResources(matchResources);
    o.setParamRef(paramRef);
    o.setPolicyName(policyName);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1alpha1MatchResources getMatchResources() {
    return matchResources;
  }

  public A withMatchResources(V1alpha1MatchResources matchResources) {
    this.matchResources = matchResources;
    return self();
  }

  public boolean hasMatchResources() {
    return matchResources != null;
  }

  public V1alpha1MatchResources buildMatchResources() {
    return matchResources;
  }

  public MatchResourcesNested withNewMatchResources() {
    return new MatchResourcesNested(null);
  }

  public MatchResourcesNested withNewMatchResourcesLike(V1alpha1MatchResources item) {
    return new MatchResourcesNested(item);
  }

  public MatchResourcesNested editMatchResources() {
    return new MatchResourcesNested(matchResources);
  }

  public MatchResourcesNested editOrNewMatchResources() {
    return new MatchResourcesNested(matchResources != null ? matchResources : new V1alpha1MatchResources());
  }

  public MatchResourcesNested editOrNewMatchResourcesLike(V1alpha1MatchResources item) {
    return new MatchResourcesNested(matchResources != null ? matchResources : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MatchResourcesNested extends V1alpha1MatchResourcesFluent<MatchResourcesNested> {
    MatchResourcesNested(V1alpha1MatchResources item) {
      super(item);
    }

    public A and() {
      return V1alpha1MutatingAdmissionPolicyBindingSpecFluent.this.withMatchResources(toModel());
    }

    public A endMatchResources() {
      return and();
    }
  }

  public V1alpha1ParamRef getParamRef() {
    return paramRef;
  }

  public A withParamRef(V1alpha1ParamRef paramRef) {
    this.paramRef = paramRef;
    return self();
  }

  public boolean hasParamRef() {
    return paramRef != null;
  }

  public V1alpha1ParamRef buildParamRef() {
    return paramRef;
  }

  public ParamRefNested withNewParamRef() {
    return new ParamRefNested(null);
  }

  public ParamRefNested withNewParamRefLike(V1alpha1ParamRef item) {
    return new ParamRefNested(item);
  }

  public ParamRefNested editParamRef() {
    return new ParamRefNested(paramRef);
  }

  public ParamRefNested editOrNewParamRef() {
    return new ParamRefNested(paramRef != null ? paramRef : new V1alpha1ParamRef());
  }

  public ParamRefNested editOrNewParamRefLike(V1alpha1ParamRef item) {
    return new ParamRefNested(paramRef != null ? paramRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ParamRefNested extends V1alpha1ParamRefFluent<ParamRefNested> {
    ParamRefNested(V1alpha1ParamRef item) {
      super(item);
    }

    public A and() {
      return V1alpha1MutatingAdmissionPolicyBindingSpecFluent.this.withParamRef(toModel());
    }

    public A endParamRef() {
      return and();
    }
  }

  public String getPolicyName() {
    return policyName;
  }

  public A withPolicyName(String policyName) {
    this.policyName = policyName;
    return self();
  }

  public boolean hasPolicyName() {
    return policyName != null;
  }
}
