package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1SelfSubjectReviewStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SelfSubjectReviewStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SelfSubjectReviewStatusFluent<A extends V1SelfSubjectReviewStatusFluent<A>> {
  private V1UserInfo userInfo;

  public V1SelfSubjectReviewStatusFluent() {}

  public V1SelfSubjectReviewStatusFluent(V1SelfSubjectReviewStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1SelfSubjectReviewStatus instance) {
    if (instance != null) {
      this.userInfo = instance.getUserInfo();
    }
  }

  /** A new {@link V1SelfSubjectReviewStatus} holding what was set (lists and maps copied). */
  V1SelfSubjectReviewStatus toModel() {
    V1SelfSubjectReviewStatus o = new V1SelfSubjectReviewStatus();
    o.setUserInfo(userInfo);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1UserInfo getUserInfo() {
    return userInfo;
  }

  public A withUserInfo(V1UserInfo userInfo) {
    this.userInfo = userInfo;
    return self();
  }

  public boolean hasUserInfo() {
    return userInfo != null;
  }

  public V1UserInfo buildUserInfo() {
    return userInfo;
  }

  public UserInfoNested withNewUserInfo() {
    return new UserInfoNested(null);
  }

  public UserInfoNested withNewUserInfoLike(V1UserInfo item) {
    return new UserInfoNested(item);
  }

  public UserInfoNested editUserInfo() {
    return new UserInfoNested(userInfo);
  }

  public UserInfoNested editOrNewUserInfo() {
    return new UserInfoNested(userInfo != null ? userInfo : new V1UserInfo());
  }

  public UserInfoNested editOrNewUserInfoLike(V1UserInfo item) {
    return new UserInfoNested(userInfo != null ? userInfo : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class UserInfoNested extends V1UserInfoFluent<UserInfoNested> {
    UserInfoNested(V1UserInfo item) {
      super(item);
    }

    public A and() {
      return V1SelfSubjectReviewStatusFluent.this.withUserInfo(toModel());
    }

    public A endUserInfo() {
      return and();
    }
  }
}
