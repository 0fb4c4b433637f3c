package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link FlowcontrolV1Subject}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link FlowcontrolV1SubjectBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class FlowcontrolV1SubjectFluent<A extends FlowcontrolV1SubjectFluent<A>> {
  private V1GroupSubject group;
  private String kind;
  private V1ServiceAccountSubject serviceAccount;
  private V1UserSubject user;

  public FlowcontrolV1SubjectFluent() {}

  public FlowcontrolV1SubjectFluent(FlowcontrolV1Subject instance) {
    copyInstance(instance);
  }

  protected void copyInstance(FlowcontrolV1Subject instance) {
    if (instance != null) {
      this.group = instance.getGroup();
      this.kind = instance.getKind();
      this.serviceAccount = instance.getServiceAccount();
      this.user = instance.getUser();
    }
  }

  /** A new {@link FlowcontrolV1Subject} holding what was set (lists and maps copied). */
  FlowcontrolV1Subject toModel() {
    FlowcontrolV1Subject o = new FlowcontrolV1Subject();
    o.setGroup(group);
    o.setKind(kind);
    o.setServiceAccount(serviceAccount);
    o.setUser(user);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1GroupSubject getGroup() {
    return group;
  }

  public A withGroup(V1GroupSubject group) {
    this.group = group;
    return self();
  }

  public boolean hasGroup() {
    return group != null;
  }

  public V1GroupSubject buildGroup() {
    return group;
  }

  public GroupNested withNewGroup() {
    return new GroupNested(null);
  }

  public GroupNested withNewGroupLike(V1GroupSubject item) {
    return new GroupNested(item);
  }

  public GroupNested editGroup() {
    return new GroupNested(group);
  }

  public GroupNested editOrNewGroup() {
    return new GroupNested(group != null ? group : new V1GroupSubject());
  }

  public GroupNested editOrNewGroupLike(V1GroupSubject item) {
    return new GroupNested(group != null ? group : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class GroupNested extends V1GroupSubjectFluent<GroupNested> {
    GroupNested(V1GroupSubject item) {
      super(item);
    }

    public A and() {
      return FlowcontrolV1SubjectFluent.this.withGroup(toModel());
    }

    public A endGroup() {
      return and();
    }
  }

  public String getKind() {
    return kind;
  }

  public A withKind(String kind) {
    this.kind = kind;
    return self();
  }

  public boolean hasKind() {
    return kind != null;
  }

  public V1ServiceAccountSubject getServiceAccount() {
    return serviceAccount;
  }

  public A withServiceAccount(V1ServiceAccountSubject serviceAccount) {
    this.serviceAccount = serviceAccount;
    return self();
  }

  public boolean hasServiceAccount() {
    return serviceAccount != null;
  }

  public V1ServiceAccountSubject buildServiceAccount() {
    return serviceAccount;
  }

  public ServiceAccountNested withNewServiceAccount() {
    return new ServiceAccountNested(null);
  }

  public ServiceAccountNested withNewServiceAccountLike(V1ServiceAccountSubject item) {
    return new ServiceAccountNested(item);
  }

  public ServiceAccountNested editServiceAccount() {
    return new ServiceAccountNested(serviceAccount);
  }

  public ServiceAccountNested editOrNewServiceAccount() {
    return new ServiceAccountNested(serviceAccount != null ? serviceAccount : new V1ServiceAccountSubject());
  }

  public ServiceAccountNested editOrNewServiceAccountLike(V1ServiceAccountSubject item) {
    return new ServiceAccountNested(serviceAccount != null ? serviceAccount : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ServiceAccountNested extends V1ServiceAccountSubjectFluent<ServiceAccountNested> {
    ServiceAccountNested(V1ServiceAccountSubject item) {
      super(item);
    }

    public A and() {
      return FlowcontrolV1SubjectFluent.this.withServiceAccount(toModel());
    }

    public A endServiceAccount() {
      return and();
    }
  }

  public V1UserSubject getUser() {
    return user;
  }

  public A withUser(V1UserSubject user) {
    this.user = user;
    return self();
  }

  public boolean hasUser() {
    return user != null;
  }

  public V1UserSubject buildUser() {
    return user;
  }

  public UserNested withNewUser() {
    return new UserNested(null);
  }

  public UserNested withNewUserLike(V1UserSubject item) {
    return new UserNested(item);
  }

  public UserNested editUser() {
    return new UserNested(user);
  }

  public UserNested editOrNewUser() {
    return new UserNested(user != null ? user : new V1UserSubject());
  }

  public UserNested editOrNewUserLike(V1UserSubject item) {
    return new UserNested(user != null ? user : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class UserNested extends V1UserSubjectFluent<UserNested> {
    UserNested(V1UserSubject item) {
      super(item);
    }

    public A and() {
      return FlowcontrolV1SubjectFluent.this.withUser(toModel());
    }

    public A endUser() {
      return and();
    }
  }
}
