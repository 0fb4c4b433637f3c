package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1TokenReviewStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1TokenReviewStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1TokenReviewStatusFluent<A extends V1TokenReviewStatusFluent<A>> {
  private List<String> audiences;
  private Boolean authenticated;
  private String error;
  private V1UserInfo user;

  public V1TokenReviewStatusFluent() {}

  public V1TokenReviewStatusFluent(V1TokenReviewStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1TokenReviewStatus instance) {
    if (instance != null) {
      this.audiences = instance.getAudiences() == null ? null : new ArrayList<>(instance.getAudiences());
      this.authenticated = instance.getAuthenticated();
      this.error = instance.getError();
      this.user = instance.getUser();
    }
  }

  /** A new {@link V1TokenReviewStatus} holding what was set (lists and maps copied). */
  V1TokenReviewStatus toModel() {
    V1TokenReviewStatus o = new V1TokenReviewStatus();
    o.setAudiences(audiences == null ? null : new ArrayList<>(audiences));
    o.setAuthenticated(authenticated);
    o.setError(error);
    o.setUser(user);
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

  public Boolean getAuthenticated() {
    return authenticated;
  }

  public A withAuthenticated(Boolean authenticated) {
    this.authenticated = authenticated;
    return self();
  }

  public boolean hasAuthenticated() {
    return authenticated != null;
  }

  public String getError() {
    return error;
  }

  public A withError(String error) {
    this.error = error;
    return self();
  }

  public boolean hasError() {
    return error != null;
  }

  public V1UserInfo getUser() {
    return user;
  }

  public A withUser(V1UserInfo user) {
    this.user = user;
    return self();
  }

  public boolean hasUser() {
    return user != null;
  }

  public V1UserInfo buildUser() {
    return user;
  }

  public UserNested withNewUser() {
    return new UserNested(null);
  }

  public UserNested withNewUserLike(V1UserInfo item) {
    return new UserNested(item);
  }

  public UserNested editUser() {
    return new UserNested(user);
  }

  public UserNested editOrNewUser() {
    return new UserNested(user != null ? user : new V1UserInfo());
  }

  public UserNested editOrNewUserLike(V1UserInfo item) {
    return new UserNested(user != null ? user : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class UserNested extends V1UserInfoFluent<UserNested> {
    UserNested(V1UserInfo item) {
      super(item);
    }

    public A and() {
      return V1TokenReviewStatusFluent.this.withUser(toModel());
    }

    public A endUser() {
      return and();
    }
  }
}
