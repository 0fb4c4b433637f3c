package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1PreferredSchedulingTerm}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PreferredSchedulingTermBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PreferredSchedulingTermFluent<A extends V1PreferredSchedulingTermFluent<A>> {
  private V1NodeSelectorTerm preference;
  private Integer weight;

  public V1PreferredSchedulingTermFluent() {}

  public V1PreferredSchedulingTermFluent(V1PreferredSchedulingTerm instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PreferredSchedulingTerm instance) {
    if (instance != null) {
      this.preference = instance.getPreference();
      this.weight = instance.getWeight();
    }
  }

  /** A new {@link V1PreferredSchedulingTerm} holding what was set (lists and maps copied). */
  V1PreferredSchedulingTerm toModel() {
    V1PreferredSchedulingTerm o = new V1PreferredSchedulingTerm();
    o.setPreference(preference);
    o.setWeight(weight);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1NodeSelectorTerm getPreference() {
    return preference;
  }

  public A withPreference(V1NodeSelectorTerm preference) {
    this.preference = preference;
    return self();
  }

  public boolean hasPreference() {
    return preference != null;
  }

  public V1NodeSelectorTerm buildPreference() {
    return preference;
  }

  public PreferenceNested withNewPreference() {
    return new PreferenceNested(null);
  }

  public PreferenceNested withNewPreferenceLike(V1NodeSelectorTerm item) {
    return new PreferenceNested(item);
  }

  public PreferenceNested editPreference() {
    return new PreferenceNested(preference);
  }

  public PreferenceNested editOrNewPreference() {
    return new PreferenceNested(preference != null ? preference : new V1NodeSelectorTerm());
  }

  public PreferenceNested editOrNewPreferenceLike(V1NodeSelectorTerm item) {
    return new PreferenceNested(preference != null ? preference : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PreferenceNested extends V1NodeSelectorTermFluent<PreferenceNested> {
    PreferenceNested(V1NodeSelectorTerm item) {
      super(item);
    }

    public A and() {
      return V1PreferredSchedulingTermFluent.this.withPreference(toModel());
    }

    public A endPreference() {
      return and();
    }
  }

  public Integer getWeight() {
    return weight;
  }

  public A withWeight(Integer weight) {
    this.weight = weight;
    return self();
  }

  public boolean hasWeight() {
    return weight != null;
  }
}
