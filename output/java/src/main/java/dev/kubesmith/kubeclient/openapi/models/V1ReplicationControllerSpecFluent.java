package dev.kubesmith.kubeclient.openapi.models;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fluent setters of {@link V1ReplicationControllerSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ReplicationControllerSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ReplicationControllerSpecFluent<A extends V1ReplicationControllerSpecFluent<A>> {
  private Integer minReadySeconds;
  private Integer replicas;
  private Map<String, String> selector;
  private V1PodTemplateSpec template;

  public V1ReplicationControllerSpecFluent() {}

  public V1ReplicationControllerSpecFluent(V1ReplicationControllerSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ReplicationControllerSpec instance) {
    if (instance != null) {
      this.minReadySeconds = instance.getMinReadySeconds();
      this.replicas = instance.getReplicas();
      this.selector = instance.getSelector() == null ? null : new LinkedHashMap<>(instance.getSelector());
      this.template = instance.getTemplate();
    }
  }

  /** A new {@link V1ReplicationControllerSpec} holding what was set (lists and maps copied). */
  V1ReplicationControllerSpec toModel() {
    V1ReplicationControllerSpec o = new V1ReplicationControllerSpec();
    o.setMinReadySeconds(minReadySeconds);
    o.setReplicas(replicas);
    o.setSelector(selector == null ? null : new LinkedHashMap<>(selector));
    o.setTemplate(template);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getMinReadySeconds() {
    return minReadySeconds;
  }

  public A withMinReadySeconds(Integer minReadySeconds) {
    this.minReadySeconds = minReadySeconds;
    return self();
  }

  public boolean hasMinReadySeconds() {
    return minReadySeconds != null;
  }

  public Integer getReplicas() {
    return replicas;
  }

  public A withReplicas(Integer replicas) {
    this.replicas = replicas;
    return self();
  }

  public boolean hasReplicas() {
    return replicas != null;
  }

  public Map<String, String> getSelector() {
    return selector;
  }

  public A withSelector(Map<String, String> selector) {
    this.selector = selector == null ? null : new LinkedHashMap<>(selector);
    return self();
  }

  public boolean hasSelector() {
    return selector != null;
  }

  public A addToSelector(String key, String value) {
    if (this.selector == null) {
      this.selector = new LinkedHashMap<>();
    }
    this.selector.put(key, value);
    return self();
  }

  public A addToSelector(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToSelector(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromSelector(String key) {
    if (this.selector != null) {
      this.selector.remove(key);
    }
    return self();
  }

  public A removeFromSelector(Map<String, String> map) {
    if (this.selector != null && map != null) {
      this.selector.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public V1PodTemplateSpec getTemplate() {
    return template;
  }

  public A withTemplate(V1PodTemplateSpec template) {
    this.template = template;
    return self();
  }

  public boolean hasTemplate() {
    return template != null;
  }

  public V1PodTemplateSpec buildTemplate() {
    return template;
  }

  public TemplateNested withNewTemplate() {
    return new TemplateNested(null);
  }

  public TemplateNested withNewTemplateLike(V1PodTemplateSpec item) {
    return new TemplateNested(item);
  }

  public TemplateNested editTemplate() {
    return new TemplateNested(template);
  }

  public TemplateNested editOrNewTemplate() {
    return new TemplateNested(template != null ? template : new V1PodTemplateSpec());
  }

  public TemplateNested editOrNewTemplateLike(V1PodTemplateSpec item) {
    return new TemplateNested(template != null ? template : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class TemplateNested extends V1PodTemplateSpecFluent<TemplateNested> {
    TemplateNested(V1PodTemplateSpec item) {
      super(item);
    }

    public A and() {
      return V1ReplicationControllerSpecFluent.this.withTemplate(toModel());
    }

    public A endTemplate() {
      return and();
    }
  }
}
