package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1HostAlias}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1HostAliasBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1HostAliasFluent<A extends V1HostAliasFluent<A>> {
  private List<String> hostnames;
  private String ip;

  public V1HostAliasFluent() {}

  public V1HostAliasFluent(V1HostAlias instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1HostAlias instance) {
    if (instance != null) {
      this.hostnames = instance.getHostnames() == null ? null : new ArrayList<>(instance.getHostnames());
      this.ip = instance.getIp();
    }
  }

  /** A new {@link V1HostAlias} holding what was set (lists and maps copied). */
  V1HostAlias toModel() {
    V1HostAlias o = new V1HostAlias();
    o.setHostnames(hostnames == null ? null : new ArrayList<>(hostnames));
    o.setIp(ip);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getHostnames() {
    return hostnames;
  }

  public A withHostnames(List<String> hostnames) {
    this.hostnames = hostnames == null ? null : new ArrayList<>(hostnames);
    return self();
  }

  public boolean hasHostnames() {
    return hostnames != null;
  }

  public A withHostnames(String... items) {
    this.hostnames = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToHostnames(String... items) {
    for (String item : items) {
      addToHostnames(-1, item);
    }
    return self();
  }

  public A removeFromHostnames(String... items) {
    return removeAllFromHostnames(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToHostnames(int index, String item) {
    if (this.hostnames == null) {
      this.hostnames = new ArrayList<>();
    }
    if (index < 0 || index >= this.hostnames.size()) {
      this.hostnames.add(item);
    } else {
      this.hostnames.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToHostnames(int index, String item) {
    if (index < 0 || this.hostnames == null || index >= this.hostnames.size()) {
      return addToHostnames(-1, item);
    }
    this.hostnames.set(index, item);
    return self();
  }

  public A addAllToHostnames(Collection<String> items) {
    for (String item : items) {
      addToHostnames(-1, item);
    }
    return self();
  }

  public A removeAllFromHostnames(Collection<String> items) {
    if (this.hostnames != null) {
      this.hostnames.removeAll(items);
    }
    return self();
  }

  public String getIp() {
    return ip;
  }

  public A withIp(String ip) {
    this.ip = ip;
    return self();
  }

  public boolean hasIp() {
    return ip != null;
  }
}
