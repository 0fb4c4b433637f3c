package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ValidatingAdmissionPolicyBindingSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ValidatingAdmissionPolicyBindingSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ValidatingAdmissionPolicyBindingSpecFluent<A extends V1ValidatingAdmissionPolicyBindingSpecFluent<A>> {
  private V1MatchResources matchResources;
  private V1ParamRef paramRef;
  private String policyName;
  private List<String> validationActions;

  public V1ValidatingAdmissionPolicyBindingSpecFluent() {}

  public V1ValidatingAdmissionPolicyBindingSpecFluent(V1ValidatingAdmissionPolicyBindingSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ValidatingAdmissionPolicyBindingSpec instance) {
    if (instance != null) {
      this.matchResources = instance.getMatchResources();
      this.paramRef = instance.getParamRef();
      this.policyName = instance.getPolicyName();
      this.validationActions = instance.getValidationActions() == null ? null : new ArrayList<>(instance.getValidationActions());
    }
  }

  /** A new {@link V1ValidatingAdmissionPolicyBindingSpec} holding what was set (lists and maps copied). */
  V1ValidatingAdmissionPolicyBindingSpec toModel() {
    V1ValidatingAdmissionPolicyBindingSpec o = new V1ValidatingAdmissionPolicyBindingSpec();
    o.setMatchResources(matchResources);
    o.setParamRef(paramRef);
    o.setPolicyName(policyName);
    o.setValidationActions(validationActions == null ? null : new ArrayList<>(validationActions));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1MatchResources getMatchResources() {
    return matchResources;
  }

  public A withMatchResources(V1MatchResources matchResources) {
    this.matchResources = matchResources;
    return self();
  }

  public boolean hasMatchResources() {
    return matchResources != null;
  }

  public V1MatchResources buildMatchResources() {
    return matchResources;
  }

  public MatchResourcesNested withNewMatchResources() {
    return new MatchResourcesNested(null);
  }

  public MatchResourcesNested withNewMatchResourcesLike(V1MatchResources item) {
    return new MatchResourcesNested(item);
  }

  public MatchResourcesNested editMatchResources() {
    return new MatchResourcesNested(matchResources);
  }

  public MatchResourcesNested editOrNewMatchResources() {
    return new MatchResourcesNested(matchResources != null ? matchResources : new V1MatchResources());
  }

  public MatchResourcesNested editOrNewMatchResourcesLike(V1MatchResources item) {
    return new MatchResourcesNested(matchResources != null ? matchResources : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MatchResourcesNested extends V1MatchResourcesFluent<MatchResourcesNested> {
    MatchResourcesNested(V1MatchResources item) {
      super(item);
    }

    public A and() {
      return V1ValidatingAdmissionPolicyBindingSpecFluent.this.withMatchResources(toModel());
    }

    public A endMatchResources() {
      return and();
    }
  }

  public V1ParamRef getParamRef() {
    return paramRef;
  }

  public A withParamRef(V1ParamRef paramRef) {
    this.paramRef = paramRef;
    return self();
  }

  public boolean hasParamRef() {
    return paramRef != null;
  }

  public V1ParamRef buildParamRef() {
    return paramRef;
  }

  public ParamRefNested withNewParamRef() {
    return new ParamRefNested(null);
  }

  public ParamRefNested withNewParamRefLike(V1ParamRef item) {
    return new ParamRefNested(item);
  }

  public ParamRefNested editParamRef() {
    return new ParamRefNested(paramRef);
  }

  public ParamRefNested editOrNewParamRef() {
    return new ParamRefNested(paramRef != null ? paramRef : new V1ParamRef());
  }

  public ParamRefNested editOrNewParamRefLike(V1ParamRef item) {
    return new ParamRefNested(paramRef != null ? paramRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ParamRefNested extends V1ParamRefFluent<ParamRefNested> {
    ParamRefNested(V1ParamRef item) {
      super(item);
    }

    public A and() {
      return V1ValidatingAdmissionPolicyBindingSpecFluent.this.withParamRef(toModel());
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

  public List<String> getValidationActions() {
    return validationActions;
  }

  public A withValidationActions(List<String> validationActions) {
    this.validationActions = validationActions == null ? null : new ArrayList<>(validationActions);
    return self();
  }

  public boolean hasValidationActions() {
    return validationActions != null;
  }

  public A withValidationActions(String... items) {
    this.validationActions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToValidationActions(String... items) {
    for (String item : items) {
      addToValidationActions(-1, item);
    }
    return self();
  }

  public A removeFromValidationActions(String... items) {
    return removeAllFromValidationActions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToValidationActions(int index, String item) {
    if (this.validationActions == null) {
      this.validationActions = new ArrayList<>();
    }
    if (index < 0 || index >= this.validationActions.size()) {
      this.validationActions.add(item);
    } else {
      this.validationActions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToValidationActions(int index, String item) {
    if (index < 0 || this.validationActions == null || index >= this.validationActions.size()) {
      return addToValidationActions(-1, item);
    }
    this.validationActions.set(index, item);
    return self();
  }

  public A addAllToValidationActions(Collection<String> items) {
    for (String item : items) {
      addToValidationActions(-1, item);
    }
    return self();
  }

  public A removeAllFromValidationActions(Collection<String> items) {
    if (this.validationActions != null) {
      this.validationActions.removeAll(items);
    }
    return self();
  }
}
