package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1PodExtendedResourceClaimStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodExtendedResourceClaimStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodExtendedResourceClaimStatusFluent<A extends V1PodExtendedResourceClaimStatusFluent<A>> {
  private List<V1ContainerExtendedResourceRequest> requestMappings;
  private String resourceClaimName;

  public V1PodExtendedResourceClaimStatusFluent() {}

  public V1PodExtendedResourceClaimStatusFluent(V1PodExtendedResourceClaimStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodExtendedResourceClaimStatus instance) {
    if (instance != null) {
      this.requestMappings = instance.getRequestMappings() == null ? null : new ArrayList<>(instance.getRequestMappings());
      this.resourceClaimName = instance.getResourceClaimName();
    }
  }

  /** A new {@link V1PodExtendedResourceClaimStatus} holding what was set (lists and maps copied). */
  V1PodExtendedResourceClaimStatus toModel() {
    V1PodExtendedResourceClaimStatus o = new V1PodExtendedResourceClaimStatus();
    o.setRequestMappings(requestMappings == null ? null : new ArrayList<>(requestMappings));
    o.setResourceClaimName(resourceClaimName);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1ContainerExtendedResourceRequest> getRequestMappings() {
    return requestMappings;
  }

  public A withRequestMappings(List<V1ContainerExtendedResourceRequest> requestMappings) {
    this.requestMappings = requestMappings == null ? null : new ArrayList<>(requestMappings);
    return self();
  }

  public boolean hasRequestMappings() {
    return requestMappings != null;
  }

  public A withRequestMappings(V1ContainerExtendedResourceRequest... items) {
    this.requestMappings = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToRequestMappings(V1ContainerExtendedResourceRequest... items) {
    for (V1ContainerExtendedResourceRequest item : items) {
      addToRequestMappings(-1, item);
    }
    return self();
  }

  public A removeFromRequestMappings(V1ContainerExtendedResourceRequest... items) {
    return removeAllFromRequestMappings(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToRequestMappings(int index, V1ContainerExtendedResourceRequest item) {
    if (this.requestMappings == null) {
      this.requestMappings = new ArrayList<>();
    }
    if (index < 0 || index >= this.requestMappings.size()) {
      this.requestMappings.add(item);
    } else {
      this.requestMappings.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToRequestMappings(int index, V1ContainerExtendedResourceRequest item) {
    if (index < 0 || this.requestMappings == null || index >= this.requestMappings.size()) {
      return addToRequestMappings(-1, item);
    }
    this.requestMappings.set(index, item);
    return self();
  }

  public A addAllToRequestMappings(Collection<V1ContainerExtendedResourceRequest> items) {
    for (V1ContainerExtendedResourceRequest item : items) {
      addToRequestMappings(-1, item);
    }
    return self();
  }

  public A removeAllFromRequestMappings(Collection<V1ContainerExtendedResourceRequest> items) {
    if (this.requestMappings != null) {
      this.requestMappings.removeAll(items);
    }
    return self();
  }

  public List<V1ContainerExtendedResourceRequest> buildRequestMappings() {
    return requestMappings;
  }

  public V1ContainerExtendedResourceRequest buildRequestMapping(int index) {
    return this.requestMappings.get(index);
  }

  public RequestMappingsNested addNewRequestMapping() {
    return new RequestMappingsNested(-1, null);
  }

  public RequestMappingsNested addNewRequestMappingLike(V1ContainerExtendedResourceRequest item) {
    return new RequestMappingsNested(-1, item);
  }

  public RequestMappingsNested setNewRequestMappingLike(int index, V1ContainerExtendedResourceRequest item) {
    return new RequestMappingsNested(index, item);
  }

  public RequestMappingsNested editRequestMapping(int index) {
    if (this.requestMappings == null || index < 0 || index >= this.requestMappings.size()) {
      throw new IndexOutOfBoundsException("can't edit requestMappings [" + index + "]");
    }
    return new RequestMappingsNested(index, this.requestMappings.get(index));
  }

  public RequestMappingsNested editFirstRequestMapping() {
    return editRequestMapping(0);
  }

  public RequestMappingsNested editLastRequestMapping() {
    return editRequestMapping(this.requestMappings == null ? -1 : this.requestMappings.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class RequestMappingsNested extends V1ContainerExtendedResourceRequestFluent<RequestMappingsNested> {
    private final int index;

    RequestMappingsNested(int index, V1ContainerExtendedResourceRequest item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodExtendedResourceClaimStatusFluent.this.setToRequestMappings(index, toModel());
    }

    public A endRequestMapping() {
      return and();
    }
  }

  public String getResourceClaimName() {
    return resourceClaimName;
  }

  public A withResourceClaimName(String resourceClaimName) {
    this.resourceClaimName = resourceClaimName;
    return self();
  }

  public boolean hasResourceClaimName() {
    return resourceClaimName != null;
  }
}
