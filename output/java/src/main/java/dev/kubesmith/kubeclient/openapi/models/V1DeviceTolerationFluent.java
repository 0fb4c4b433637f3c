package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1DeviceToleration}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DeviceTolerationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DeviceTolerationFluent<A extends V1DeviceTolerationFluent<A>> {
  private String effect;
  private String key;
  private String operator;
  private Long tolerationSeconds;
  private String value;

  public V1DeviceTolerationFluent() {}

  public V1DeviceTolerationFluent(V1DeviceToleration instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DeviceToleration instance) {
    if (instance != null) {
      this.effect = instance.getEffect();
      this.key = instance.getKey();
      this.operator = instance.getOperator();
      this.tolerationSeconds = instance.getTolerationSeconds();
      this.value = instance.getValue();
    }
  }

  /** A new {@link V1DeviceToleration} holding what was set (lists and maps copied). */
  V1DeviceToleration toModel() {
    V1DeviceToleration o = new V1DeviceToleration();
    o.setEffect(effect);
    o.setKey(key);
    o.setOperator(operator);
    o.setTolerationSeconds(tolerationSeconds);
    o.setValue(value);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getEffect() {
    return effect;
  }

  public A withEffect(String effect) {
    this.effect = effect;
    return self();
  }

  public boolean hasEffect() {
    return effect != null;
  }

  public String getKey() {
    return key;
  }

  public A withKey(String key) {
    this.key = key;
    return self();
  }

  public boolean hasKey() {
    return key != null;
  }

  public String getOperator() {
    return operator;
  }

  public A withOperator(String operator) {
    this.operator = operator;
    return self();
  }

  public boolean hasOperator() {
    return operator != null;
  }

  public Long getTolerationSeconds() {
    return tolerationSeconds;
  }

  public A withTolerationSeconds(Long tolerationSeconds) {
    this.tolerationSeconds = tolerationSeconds;
    return self();
  }

  public boolean hasTolerationSeconds() {
    return tolerationSeconds != null;
  }

  public String getValue() {
    return value;
  }

  public A withValue(String value) {
    this.value = value;
    return self();
  }

  public boolean hasValue() {
    return value != null;
  }
}
