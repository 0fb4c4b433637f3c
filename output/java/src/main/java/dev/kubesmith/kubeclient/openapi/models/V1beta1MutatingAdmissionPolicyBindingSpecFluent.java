package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1MutatingAdmissionPolicyBindingSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1MutatingAdmissionPolicyBindingSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1MutatingAdmissionPolicyBindingSpecFluent<A extends V1beta1MutatingAdmissionPolicyBindingSpecFluent<A>> {
  private V1beta1MatchResources matchResources;
  private V1beta1ParamRef paramRef;
  private String policyName;

  public V1beta1MutatingAdmissionPolicyBindingSpecFluent() {}

  public V1beta1MutatingAdmissionPolicyBindingSpecFluent(V1beta1MutatingAdmissionPolicyBindingSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1MutatingAdmissionPolicyBindingSpec instance) {
    if (instance != null) {
      this.matchResources = instance.getMatchResources();
      this.paramRef = instance.getParamRef();
      this.policyName = instance.getPolicyName();
    }
  }

  /** A new {@link V1beta1MutatingAdmissionPolicyBindingSpec} holding what was set (lists and maps copied). */
  V1beta1MutatingAdmissionPolicyBindingSpec toModel() {
    V1beta1MutatingAdmissionPolicyBindingSpec o = new V1beta1MutatingAdmissionPolicyBindingSpec();
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

  public V1beta1MatchResources getMatchResources() {
    return matchResources;
  }

  public A withMatchResources(V1beta1MatchResources matchResources) {
    this.matchResources = matchResources;
    return self();
  }

  public boolean hasMatchResources() {
    return matchResources != null;
  }

  public V1beta1MatchResources buildMatchResources() {
    return matchResources;
  }

  public MatchResourcesNested withNewMatchResources() {
    return new MatchResourcesNested(null);
  }

  public MatchResourcesNested withNewMatchResourcesLike(V1beta1MatchResources item) {
    return new MatchResourcesNested(item);
  }

  public MatchResourcesNested editMatchResources() {
    return new MatchResourcesNested(matchResources);
  }

  public MatchResourcesNested editOrNewMatchResources() {
    return new MatchResourcesNested(matchResources != null ? matchResources : new V1beta1MatchResources());
  }

  public MatchResourcesNested editOrNewMatchResourcesLike(V1beta1MatchResources item) {
    return new MatchResourcesNested(matchResources != null ? matchResources : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MatchResourcesNested extends V1beta1MatchResourcesFluent<MatchResourcesNested> {
    MatchResourcesNested(V1beta1MatchResources item) {
      super(item);
    }

    public A and() {
      return V1beta1MutatingAdmissionPolicyBindingSpecFluent.this.withMatchResources(toModel());
    }

    public A endMatchResources() {
      return and();
    }
  }

  public V1beta1ParamRef getParamRef() {
    return paramRef;
  }

  public A withParamRef(V1beta1ParamRef paramRef) {
    this.paramRef = paramRef;
    return self();
  }

  public boolean hasParamRef() {
    return paramRef != null;
  }

  public V1beta1ParamRef buildParamRef() {
    return paramRef;
  }

  public ParamRefNested withNewParamRef() {
    return new ParamRefNested(null);
  }

  public ParamRefNested withNewParamRefLike(V1beta1ParamRef item) {
    return new ParamRefNested(item);
  }

  public ParamRefNested editParamRef() {
    return new ParamRefNested(paramRef);
  }

  public ParamRefNested editOrNewParamRef() {
    return new ParamRefNested(paramRef != null ? paramRef : new V1beta1ParamRef());
  }

  public ParamRefNested editOrNewParamRefLike(V1beta1ParamRef item) {
    return new ParamRefNested(paramRef != null ? paramRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ParamRefNested extends V1beta1ParamRefFluent<ParamRefNested> {
    ParamRefNested(V1beta1ParamRef item) {
      super(item);
    }

    public A and() {
      return V1beta1MutatingAdmissionPolicyBindingSpecFluent.this.withParamRef(toModel());
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
