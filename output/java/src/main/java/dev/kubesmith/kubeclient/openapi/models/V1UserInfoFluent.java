package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1UserInfo}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1UserInfoBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1UserInfoFluent<A extends V1UserInfoFluent<A>> {
  private Map<String, List<String>> extra;
  private List<String> groups;
  private String uid;
  private String username;

  public V1UserInfoFluent() {}

  public V1UserInfoFluent(V1UserInfo instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1UserInfo instance) {
    if (instance != null) {
      this.extra = instance.getExtra() == null ? null : new LinkedHashMap<>(instance.getExtra());
      this.groups = instance.getGroups() == null ? null : new ArrayList<>(instance.getGroups());
      this.uid = instance.getUid();
      this.username = instance.getUsername();
    }
  }

  /** A new {@link V1UserInfo} holding what was set (lists and maps copied). */
  V1UserInfo toModel() {
    V1UserInfo o = new V1UserInfo();
    o.setExtra(extra == null ? null : new LinkedHashMap<>(extra));
    o.setGroups(groups == null ? null : new ArrayList<>(groups));
    o.setUid(uid);
    o.setUsername(username);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Map<String, List<String>> getExtra() {
    return extra;
  }

  public A withExtra(Map<String, List<String>> extra) {
    this.extra = extra == null ? null : new LinkedHashMap<>(extra);
    return self();
  }

  public boolean hasExtra() {
    return extra != null;
  }

  public A addToExtra(String key, List<String> value) {
    if (this.extra == null) {
      this.extra = new LinkedHashMap<>();
    }
    this.extra.put(key, value);
    return self();
  }

  public A addToExtra(Map<String, List<String>> map) {
    if (map != null) {
      for (Map.Entry<String, List<String>> entry : map.entrySet()) {
        addToExtra(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromExtra(String key) {
    if (this.extra != null) {
      this.extra.remove(key);
    }
    return self();
  }

  public A removeFromExtra(Map<String, List<String>> map) {
    if (this.extra != null && map != null) {
      this.extra.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public List<String> getGroups() {
    return groups;
  }

  public A withGroups(List<String> groups) {
    this.groups = groups == null ? null : new ArrayList<>(groups);
    return self();
  }

  public boolean hasGroups() {
    return groups != null;
  }

  public A withGroups(String... items) {
    this.groups = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToGroups(String... items) {
    for (String item : items) {
      addToGroups(-1, item);
    }
    return self();
  }

  public A removeFromGroups(String... items) {
    return removeAllFromGroups(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToGroups(int index, String item) {
    if (this.groups == null) {
      this.groups = new ArrayList<>();
    }
    if (index < 0 || index >= this.groups.size()) {
      this.groups.add(item);
    } else {
      this.groups.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToGroups(int index, String item) {
    if (index < 0 || this.groups == null || index >= this.groups.size()) {
      return addToGroups(-1, item);
    }
    this.groups.set(index, item);
    return self();
  }

  public A addAllToGroups(Collection<String> items) {
    for (String item : items) {
      addToGroups(-1, item);
    }
    return self();
  }

  public A removeAllFromGroups(Collection<String> items) {
    if (this.groups != null) {
      this.groups.removeAll(items);
    }
    return self();
  }

  public String getUid() {
    return uid;
  }

  public A withUid(String uid) {
    this.uid = uid;
    return self();
  }

  public boolean hasUid() {
    return uid != null;
  }

  public String getUsername() {
    return username;
  }

  public A withUsername(String username) {
    this.username = username;
    return self();
  }

  public boolean hasUsername() {
    return username != null;
  }
}
