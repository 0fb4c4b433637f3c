package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1beta1NamedRuleWithOperations}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1NamedRuleWithOperationsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1NamedRuleWithOperationsFluent<A extends V1beta1NamedRuleWithOperationsFluent<A>> {
  private List<String> apiGroups;
  private List<String> apiVersions;
  private List<String> operations;
  private List<String> resourceNames;
  private List<String> resources;
  private String scope;

  public V1beta1NamedRuleWithOperationsFluent() {}

  public V1beta1NamedRuleWithOperationsFluent(V1beta1NamedRuleWithOperations instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1NamedRuleWithOperations instance) {
    if (instance != null) {
      this.apiGroups = instance.getApiGroups() == null ? null : new ArrayList<>(instance.getApiGroups());
      this.apiVersions = instance.getApiVersions() == null ? null : new ArrayList<>(instance.getApiVersions());
      this.operations = instance.getOperations() == null ? null : new ArrayList<>(instance.getOperations());
      this.resourceNames = instance.getResourceNames() == null ? null : new ArrayList<>(instance.getResourceNames());
      this.resources = instance.getResources() == null ? null : new ArrayList<>(instance.getResources());
      this.scope = instance.getScope();
    }
  }

  /** A new {@link V1beta1NamedRuleWithOperations} holding what was set (lists and maps copied). */
  V1beta1NamedRuleWithOperations toModel() {
    V1beta1NamedRuleWithOperations o = new V1beta1NamedRuleWithOperations();
    o.setApiGroups(apiGroups == null ? null : new ArrayList<>(apiGroups));
    o.setApiVersions(apiVersions == null ? null : new ArrayList<>(apiVersions));
    o.setOperations(operations == null ? null : new ArrayList<>(operations));
    o.setResourceNames(resourceNames == null ? null : new ArrayList<>(resourceNames));
    o.setResources(resources == null ? null : new ArrayList<>(resources));
    o.setScope(scope);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getApiGroups() {
    return apiGroups;
  }

  public A withApiGroups(List<String> apiGroups) {
    this.apiGroups = apiGroups == null ? null : new ArrayList<>(apiGroups);
    return self();
  }

  public boolean hasApiGroups() {
    return apiGroups != null;
  }

  public A withApiGroups(String... items) {
    this.apiGroups = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToApiGroups(String... items) {
    for (String item : items) {
      addToApiGroups(-1, item);
    }
    return self();
  }

  public A removeFromApiGroups(String... items) {
    return removeAllFromApiGroups(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToApiGroups(int index, String item) {
    if (this.apiGroups == null) {
      this.apiGroups = new ArrayList<>();
    }
    if (index < 0 || index >= this.apiGroups.size()) {
      this.apiGroups.add(item);
    } else {
      this.apiGroups.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToApiGroups(int index, String item) {
    if (index < 0 || this.apiGroups == null || index >= this.apiGroups.size()) {
      return addToApiGroups(-1, item);
    }
    this.apiGroups.set(index, item);
    return self();
  }

  public A addAllToApiGroups(Collection<String> items) {
    for (String item : items) {
      addToApiGroups(-1, item);
    }
    return self();
  }

  public A removeAllFromApiGroups(Collection<String> items) {
    if (this.apiGroups != null) {
      this.apiGroups.removeAll(items);
    }
    return self();
  }

  public List<String> getApiVersions() {
    return apiVersions;
  }

  public A withApiVersions(List<String> apiVersions) {
    this.apiVersions = apiVersions == null ? null : new ArrayList<>(apiVersions);
    return self();
  }

  public boolean hasApiVersions() {
    return apiVersions != null;
  }

  public A withApiVersions(String... items) {
    this.apiVersions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToApiVersions(String... items) {
    for (String item : items) {
      addToApiVersions(-1, item);
    }
    return self();
  }

  public A removeFromApiVersions(String... items) {
    return removeAllFromApiVersions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToApiVersions(int index, String item) {
    if (this.apiVersions == null) {
      this.apiVersions = new ArrayList<>();
    }
    if (index < 0 || index >= this.apiVersions.size()) {
      this.apiVersions.add(item);
    } else {
      this.apiVersions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToApiVersions(int index, String item) {
    if (index < 0 || this.apiVersions == null || index >= this.apiVersions.size()) {
      return addToApiVersions(-1, item);
    }
    this.apiVersions.set(index, item);
    return self();
  }

  public A addAllToApiVersions(Collection<String> items) {
    for (String item : items) {
      addToApiVersions(-1, item);
    }
    return self();
  }

  public A removeAllFromApiVersions(Collection<String> items) {
    if (this.apiVersions != null) {
      this.apiVersions.removeAll(items);
    }
    return self();
  }

  public List<String> getOperations() {
    return operations;
  }

  public A withOperations(List<String> operations) {
    this.operations = operations == null ? null : new ArrayList<>(operations);
    return self();
  }

  public boolean hasOperations() {
    return operations != null;
  }

  public A withOperations(String... items) {
    this.operations = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToOperations(String... items) {
    for (String item : items) {
      addToOperations(-1, item);
    }
    return self();
  }

  public A removeFromOperations(String... items) {
    return removeAllFromOperations(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToOperations(int index, String item) {
    if (this.operations == null) {
      this.operations = new ArrayList<>();
    }
    if (index < 0 || index >= this.operations.size()) {
      this.operations.add(item);
    } else {
      this.operations.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToOperations(int index, String item) {
    if (index < 0 || this.operations == null || index >= this.operations.size()) {
      return addToOperations(-1, item);
    }
    this.operations.set(index, item);
    return self();
  }

  public A addAllToOperations(Collection<String> items) {
    for (String item : items) {
      addToOperations(-1, item);
    }
    return self();
  }

  public A removeAllFromOperations(Collection<String> items) {
    if (this.operations != null) {
      this.operations.removeAll(items);
    }
    return self();
  }

  public List<String> getResourceNames() {
    return resourceNames;
  }

  public A withResourceNames(List<String> resourceNames) {
    this.resourceNames = resourceNames == null ? null : new ArrayList<>(resourceNames);
    return self();
  }

  public boolean hasResourceNames() {
    return resourceNames != null;
  }

  public A withResourceNames(String... items) {
    this.resourceNames = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToResourceNames(String... items) {
    for (String item : items) {
      addToResourceNames(-1, item);
    }
    return self();
  }

  public A removeFromResourceNames(String... items) {
    return removeAllFromResourceNames(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToResourceNames(int index, String item) {
    if (this.resourceNames == null) {
      this.resourceNames = new ArrayList<>();
    }
    if (index < 0 || index >= this.resourceNames.size()) {
      this.resourceNames.add(item);
    } else {
      this.resourceNames.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToResourceNames(int index, String item) {
    if (index < 0 || this.resourceNames == null || index >= this.resourceNames.size()) {
      return addToResourceNames(-1, item);
    }
    this.resourceNames.set(index, item);
    return self();
  }

  public A addAllToResourceNames(Collection<String> items) {
    for (String item : items) {
      addToResourceNames(-1, item);
    }
    return self();
  }

  public A removeAllFromResourceNames(Collection<String> items) {
    if (this.resourceNames != null) {
      this.resourceNames.removeAll(items);
    }
    return self();
  }

  public List<String> getResources() {
    return resources;
  }

  public A withResources(List<String> resources) {
    this.resources = resources == null ? null : new ArrayList<>(resources);
    return self();
  }

  public boolean hasResources() {
    return resources != null;
  }

  public A withResources(String... items) {
    this.resources = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToResources(String... items) {
    for (String item : items) {
      addToResources(-1, item);
    }
    return self();
  }

  public A removeFromResources(String... items) {
    return removeAllFromResources(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToResources(int index, String item) {
    if (this.resources == null) {
      this.resources = new ArrayList<>();
    }
    if (index < 0 || index >= this.resources.size()) {
      this.resources.add(item);
    } else {
      this.resources.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToResources(int index, String item) {
    if (index < 0 || this.resources == null || index >= this.resources.size()) {
      return addToResources(-1, item);
    }
    this.resources.set(index, item);
    return self();
  }

  public A addAllToResources(Collection<String> items) {
    for (String item : items) {
      addToResources(-1, item);
    }
    return self();
  }

  public A removeAllFromResources(Collection<String> items) {
    if (this.resources != null) {
      this.resources.removeAll(items);
    }
    return self();
  }

  public String getScope() {
    return scope;
  }

  public A withScope(String scope) {
    this.scope = scope;
    return self();
  }

  public boolean hasScope() {
    return scope != null;
  }
}
