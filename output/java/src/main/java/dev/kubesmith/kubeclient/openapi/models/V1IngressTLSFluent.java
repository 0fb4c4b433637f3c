package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1IngressTLS}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1IngressTLSBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1IngressTLSFluent<A extends V1IngressTLSFluent<A>> {
  private List<String> hosts;
  private String secretName;

  public V1IngressTLSFluent() {}

  public V1IngressTLSFluent(V1IngressTLS instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1IngressTLS instance) {
    if (instance != null) {
      this.hosts = instance.getHosts() == null ? null : new ArrayList<>(instance.getHosts());
      this.secretName = instance.getSecretName();
    }
  }

  /** A new {@link V1IngressTLS} holding what was set (lists and maps copied). */
  V1IngressTLS toModel() {
    V1IngressTLS o = new V1IngressTLS();
    o.setHosts(hosts == null ? null : new ArrayList<>(hosts));
    o.setSecretName(secretName);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getHosts() {
    return hosts;
  }

  public A withHosts(List<String> hosts) {
    this.hosts = hosts == null ? null : new ArrayList<>(hosts);
    return self();
  }

  public boolean hasHosts() {
    return hosts != null;
  }

  public A withHosts(String... items) {
    this.hosts = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToHosts(String... items) {
    for (String item : items) {
      addToHosts(-1, item);
    }
    return self();
  }

  public A removeFromHosts(String... items) {
    return removeAllFromHosts(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToHosts(int index, String item) {
    if (this.hosts == null) {
      this.hosts = new ArrayList<>();
    }
    if (index < 0 || index >= this.hosts.size()) {
      this.hosts.add(item);
    } else {
      this.hosts.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToHosts(int index, String item) {
    if (index < 0 || this.hosts == null || index >= this.hosts.size()) {
      return addToHosts(-1, item);
    }
    this.hosts.set(index, item);
    return self();
  }

  public A addAllToHosts(Collection<String> items) {
    for (String item : items) {
      addToHosts(-1, item);
    }
    return self();
  }

  public A removeAllFromHosts(Collection<String> items) {
    if (this.hosts != null) {
      this.hosts.removeAll(items);
    }
    return self();
  }

  public String getSecretName() {
    return secretName;
  }

  public A withSecretName(String secretName) {
    this.secretName = secretName;
    return self();
  }

  public boolean hasSecretName() {
    return secretName != null;
  }
}
