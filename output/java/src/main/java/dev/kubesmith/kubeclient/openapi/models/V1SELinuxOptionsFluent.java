package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1SELinuxOptions}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SELinuxOptionsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SELinuxOptionsFluent<A extends V1SELinuxOptionsFluent<A>> {
  private String level;
  private String role;
  private String type;
  private String user;

  public V1SELinuxOptionsFluent() {}

  public V1SELinuxOptionsFluent(V1SELinuxOptions instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1SELinuxOptions instance) {
    if (instance != null) {
      this.level = instance.getLevel();
      this.role = instance.getRole();
      this.type = instance.getType();
      this.user = instance.getUser();
    }
  }

  /** A new {@link V1SELinuxOptions} holding what was set (lists and maps copied). */
  V1SELinuxOptions toModel() {
    V1SELinuxOptions o = new V1SELinuxOptions();
    o.setLevel(level);
    o.setRole(role);
    o.setType(type);
    o.setUser(user);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getLevel() {
    return level;
  }

  public A withLevel(String level) {
    this.level = level;
    return self();
  }

  public boolean hasLevel() {
    return level != null;
  }

  public String getRole() {
    return role;
  }

  public A withRole(String role) {
    this.role = role;
    return self();
  }

  public boolean hasRole() {
    return role != null;
  }

  public String getType() {
    return type;
  }

  public A withType(String type) {
    this.type = type;
    return self();
  }

  public boolean hasType() {
    return type != null;
  }

  public String getUser() {
    return user;
  }

  public A withUser(String user) {
    this.user = user;
    return self();
  }

  public boolean hasUser() {
    return user != null;
  }
}
