package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1IngressSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1IngressSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1IngressSpecFluent<A extends V1IngressSpecFluent<A>> {
  private V1IngressBackend defaultBackend;
  private String ingressClassName;
  private List<V1IngressRule> rules;
  private List<V1IngressTLS> tls;

  public V1IngressSpecFluent() {}

  public V1IngressSpecFluent(V1IngressSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1IngressSpec instance) {
    if (instance != null) {
      this.defaultBackend = instance.getDefaultBackend();
      this.ingressClassName = instance.getIngressClassName();
      this.rules = instance.getRules() == null ? null : new ArrayList<>(instance.getRules());
      this.tls = instance.getTls() == null ? null : new ArrayList<>(instance.getTls());
    }
  }

  /** A new {@link V1IngressSpec} holding what was set (lists and maps copied). */
  V1IngressSpec toModel() {
    V1IngressSpec o = new V1IngressSpec();
    o.setDefaultBackend(defaultBackend);
    o.setIngressClassName(ingressClassName);
    o.setRules(rules == null ? null : new ArrayList<>(rules));
    o.setTls(tls == null ? null : new ArrayList<>(tls));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1IngressBackend getDefaultBackend() {
    return defaultBackend;
  }

  public A withDefaultBackend(V1IngressBackend defaultBackend) {
    this.defaultBackend = defaultBackend;
    return self();
  }

  public boolean hasDefaultBackend() {
    return defaultBackend != null;
  }

  public V1IngressBackend buildDefaultBackend() {
    return defaultBackend;
  }

  public DefaultBackendNested withNewDefaultBackend() {
    return new DefaultBackendNested(null);
  }

  public DefaultBackendNested withNewDefaultBackendLike(V1IngressBackend item) {
    return new DefaultBackendNested(item);
  }

  public DefaultBackendNested editDefaultBackend() {
    return new DefaultBackendNested(defaultBackend);
  }

  public DefaultBackendNested editOrNewDefaultBackend() {
    return new DefaultBackendNested(defaultBackend != null ? defaultBackend : new V1IngressBackend());
  }

  public DefaultBackendNested editOrNewDefaultBackendLike(V1IngressBackend item) {
    return new DefaultBackendNested(defaultBackend != null ? defaultBackend : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DefaultBackendNested extends V1IngressBackendFluent<DefaultBackendNested> {
    DefaultBackendNested(V1IngressBackend item) {
      super(item);
    }

    public A and() {
      return V1IngressSpecFluent.this.withDefaultBackend(toModel());
    }

    public A endDefaultBackend() {
      return and();
    }
  }

  public String getIngressClassName() {
    return ingressClassName;
  }

  public A withIngressClassName(String ingressClassName) {
    this.ingressClassName = ingressClassName;
    return self();
  }

  public boolean hasIngressClassName() {
    return ingressClassName != null;
  }

  public List<V1IngressRule> getRules() {
    return rules;
  }

  public A withRules(List<V1IngressRule> rules) {
    this.rules = rules == null ? null : new ArrayList<>(rules);
    return self();
  }

  public boolean hasRules() {
    return rules != null;
  }

  public A withRules(V1IngressRule... items) {
    this.rules = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToRules(V1IngressRule... items) {
    for (V1IngressRule item : items) {
      addToRules(-1, item);
    }
    return self();
  }

  public A removeFromRules(V1IngressRule... items) {
    return removeAllFromRules(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToRules(int index, V1IngressRule item) {
    if (this.rules == null) {
      this.rules = new ArrayList<>();
    }
    if (index < 0 || index >= this.rules.size()) {
      this.rules.add(item);
    } else {
      this.rules.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToRules(int index, V1IngressRule item) {
    if (index < 0 || this.rules == null || index >= this.rules.size()) {
      return addToRules(-1, item);
    }
    this.rules.set(index, item);
    return self();
  }

  public A addAllToRules(Collection<V1IngressRule> items) {
    for (V1IngressRule item : items) {
      addToRules(-1, item);
    }
    return self();
  }

  public A removeAllFromRules(Collection<V1IngressRule> items) {
    if (this.rules != null) {
      this.rules.removeAll(items);
    }
    return self();
  }

  public List<V1IngressRule> buildRules() {
    return rules;
  }

  public V1IngressRule buildRule(int index) {
    return this.rules.get(index);
  }

  public RulesNested addNewRule() {
    return new RulesNested(-1, null);
  }

  public RulesNested addNewRuleLike(V1IngressRule item) {
    return new RulesNested(-1, item);
  }

  public RulesNested setNewRuleLike(int index, V1IngressRule item) {
    return new RulesNested(index, item);
  }

  public RulesNested editRule(int index) {
    if (this.rules == null || index < 0 || index >= this.rules.size()) {
      throw new IndexOutOfBoundsException("can't edit rules [" + index + "]");
    }
    return new RulesNested(index, this.rules.get(index));
  }

  public RulesNested editFirstRule() {
    return editRule(0);
  }

  public RulesNested editLastRule() {
    return editRule(this.rules == null ? -1 : this.rules.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class RulesNested extends V1IngressRuleFluent<RulesNested> {
    private final int index;

    RulesNested(int index, V1IngressRule item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1IngressSpecFluent.this.setToRules(index, toModel());
    }

    public A endRule() {
      return and();
    }
  }

  public List<V1IngressTLS> getTls() {
    return tls;
  }

  public A withTls(List<V1IngressTLS> tls) {
    this.tls = tls == null ? null : new ArrayList<>(tls);
    return self();
  }

  public boolean hasTls() {
    return tls != null;
  }

  public A withTls(V1IngressTLS... items) {
    this.tls = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToTls(V1IngressTLS... items) {
    for (V1IngressTLS item : items) {
      addToTls(-1, item);
    }
    return self();
  }

  public A removeFromTls(V1IngressTLS... items) {
    return removeAllFromTls(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToTls(int index, V1IngressTLS item) {
    if (this.tls == null) {
      this.tls = new ArrayList<>();
    }
    if (index < 0 || index >= this.tls.size()) {
      this.tls.add(item);
    } else {
      this.tls.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToTls(int index, V1IngressTLS item) {
    if (index < 0 || this.tls == null || index >= this.tls.size()) {
      return addToTls(-1, item);
    }
    this.tls.set(index, item);
    return self();
  }

  public A addAllToTls(Collection<V1IngressTLS> items) {
    for (V1IngressTLS item : items) {
      addToTls(-1, item);
    }
    return self();
  }

  public A removeAllFromTls(Collection<V1IngressTLS> items) {
    if (this.tls != null) {
      this.tls.removeAll(items);
    }
    return self();
  }

  public List<V1IngressTLS> buildTls() {
    return tls;
  }

  public V1IngressTLS buildTl(int index) {
    return this.tls.get(index);
  }

  public TlsNested addNewTl() {
    return new TlsNested(-1, null);
  }

  public TlsNested addNewTlLike(V1IngressTLS item) {
    return new TlsNested(-1, item);
  }

  public TlsNested setNewTlLike(int index, V1IngressTLS item) {
    return new TlsNested(index, item);
  }

  public TlsNested editTl(int index) {
    if (this.tls == null || index < 0 || index >= this.tls.size()) {
      throw new IndexOutOfBoundsException("can't edit tls [" + index + "]");
    }
    return new TlsNested(index, this.tls.get(index));
  }

  public TlsNested editFirstTl() {
    return editTl(0);
  }

  public TlsNested editLastTl() {
    return editTl(this.tls == null ? -1 : this.tls.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class TlsNested extends V1IngressTLSFluent<TlsNested> {
    private final int index;

    TlsNested(int index, V1IngressTLS item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1IngressSpecFluent.this.setToTls(index, toModel());
    }

    public A endTl() {
      return and();
    }
  }
}
