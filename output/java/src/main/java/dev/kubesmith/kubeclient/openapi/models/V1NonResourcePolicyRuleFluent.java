package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1NonResourcePolicyRule}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NonResourcePolicyRuleBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NonResourcePolicyRuleFluent<A extends V1NonResourcePolicyRuleFluent<A>> {
  private List<String> nonResourceURLs;
  private List<String> verbs;

  public V1NonResourcePolicyRuleFluent() {}

  public V1NonResourcePolicyRuleFluent(V1NonResourcePolicyRule instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NonResourcePolicyRule instance) {
    if (instance != null) {
      this.nonResourceURLs = instance.getNonResourceURLs() == null ? null : new ArrayList<>(instance.getNonResourceURLs());
      this.verbs = instance.getVerbs() == null ? null : new ArrayList<>(instance.getVerbs());
    }
  }

  /** A new {@link V1NonResourcePolicyRule} holding what was set (lists and maps copied). */
  V1NonResourcePolicyRule toModel() {
    V1NonResourcePolicyRule o = new V1NonResourcePolicyRule();
    o.setNonResourceURLs(nonResourceURLs == null ? null : new ArrayList<>(nonResourceURLs));
    o.setVerbs(verbs == null ? null : new ArrayList<>(verbs));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getNonResourceURLs() {
    return nonResourceURLs;
  }

  public A withNonResourceURLs(List<String> nonResourceURLs) {
    this.nonResourceURLs = nonResourceURLs == null ? null : new ArrayList<>(nonResourceURLs);
    return self();
  }

  public boolean hasNonResourceURLs() {
    return nonResourceURLs != null;
  }

  public A withNonResourceURLs(String... items) {
    this.nonResourceURLs = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToNonResourceURLs(String... items) {
    for (String item : items) {
      addToNonResourceURLs(-1, item);
    }
    return self();
  }

  public A removeFromNonResourceURLs(String... items) {
    return removeAllFromNonResourceURLs(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToNonResourceURLs(int index, String item) {
    if (this.nonResourceURLs == null) {
      this.nonResourceURLs = new ArrayList<>();
    }
    if (index < 0 || index >= this.nonResourceURLs.size()) {
      this.nonResourceURLs.add(item);
    } else {
      this.nonResourceURLs.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToNonResourceURLs(int index, String item) {
    if (index < 0 || this.nonResourceURLs == null || index >= this.nonResourceURLs.size()) {
      return addToNonResourceURLs(-1, item);
    }
    this.nonResourceURLs.set(index, item);
    return self();
  }

  public A addAllToNonResourceURLs(Collection<String> items) {
    for (String item : items) {
      addToNonResourceURLs(-1, item);
    }
    return self();
  }

  public A removeAllFromNonResourceURLs(Collection<String> items) {
    if (this.nonResourceURLs != null) {
      this.nonResourceURLs.removeAll(items);
    }
    return self();
  }

  public List<String> getVerbs() {
    return verbs;
  }

  public A withVerbs(List<String> verbs) {
    this.verbs = verbs == null ? null : new ArrayList<>(verbs);
    return self();
  }

  public boolean hasVerbs() {
    return verbs != null;
  }

  public A withVerbs(String... items) {
    this.verbs = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToVerbs(String... items) {
    for (String item : items) {
      addToVerbs(-1, item);
    }
    return self();
  }

  public A removeFromVerbs(String... items) {
    return removeAllFromVerbs(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToVerbs(int index, String item) {
    if (this.verbs == null) {
      this.verbs = new ArrayList<>();
    }
    if (index < 0 || index >= this.verbs.size()) {
      this.verbs.add(item);
    } else {
      this.verbs.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToVerbs(int index, String item) {
    if (index < 0 || this.verbs == null || index >= this.verbs.size()) {
      return addToVerbs(-1, item);
    }
    this.verbs.set(index, item);
    return self();
  }

  public A addAllToVerbs(Collection<String> items) {
    for (String item : items) {
      addToVerbs(-1, item);
    }
    return self();
  }

  public A removeAllFromVerbs(Collection<String> items) {
    if (this.verbs != null) {
      this.verbs.removeAll(items);
    }
    return self();
  }
}
