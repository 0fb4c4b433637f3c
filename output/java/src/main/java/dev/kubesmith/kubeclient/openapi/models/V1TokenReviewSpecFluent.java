package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1TokenReviewSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1TokenReviewSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1TokenReviewSpecFluent<A extends V1TokenReviewSpecFluent<A>> {
  private List<String> audiences;
  private String token;

  public V1TokenReviewSpecFluent() {}

  public V1TokenReviewSpecFluent(V1TokenReviewSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1TokenReviewSpec instance) {
    if (instance != null) {
      this.audiences = instance.getAudiences() == null ? null : new ArrayList<>(instance.getAudiences());
      this.token = instance.getToken();
    }
  }

  /** A new {@link V1TokenReviewSpec} holding what was set (lists and maps copied). */
  V1TokenReviewSpec toModel() {
    V1TokenReviewSpec o = new V1TokenReviewSpec();
    o.setAudiences(audiences == null ? null : new ArrayList<>(audiences));
    o.setToken(token);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getAudiences() {
    return audiences;
  }

  public A withAudiences(List<String> audiences) {
    this.audiences = audiences == null ? null : new ArrayList<>(audiences);
    return self();
  }

  public boolean hasAudiences() {
    return audiences != null;
  }

  public A withAudiences(String... items) {
    this.audiences = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToAudiences(String... items) {
    for (String item : items) {
      addToAudiences(-1, item);
    }
    return self();
  }

  public A removeFromAudiences(String... items) {
    return removeAllFromAudiences(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToAudiences(int index, String item) {
    if (this.audiences == null) {
      this.audiences = new ArrayList<>();
    }
    if (index < 0 || index >= this.audiences.size()) {
      this.audiences.add(item);
    } else {
      this.audiences.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToAudiences(int index, String item) {
    if (index < 0 || this.audiences == null || index >= this.audiences.size()) {
      return addToAudiences(-1, item);
    }
    this.audiences.set(index, item);
    return self();
  }

  public A addAllToAudiences(Collection<String> items) {
    for (String item : items) {
      addToAudiences(-1, item);
    }
    return self();
  }

  public A removeAllFromAudiences(Collection<String> items) {
    if (this.audiences != null) {
      this.audiences.removeAll(items);
    }
    return self();
  }

  public String getToken() {
    return token;
  }

  public A withToken(String token) {
    this.token = token;
    return self();
  }

  public boolean hasToken() {
    return token != null;
  }
}
