package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1CustomResourceColumnDefinition}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CustomResourceColumnDefinitionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CustomResourceColumnDefinitionFluent<A extends V1CustomResourceColumnDefinitionFluent<A>> {
  private String description;
  private String format;
  private String jsonPath;
  private String name;
  private Integer priority;
  private String type;

  public V1CustomResourceColumnDefinitionFluent() {}

  public V1CustomResourceColumnDefinitionFluent(V1CustomResourceColumnDefinition instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CustomResourceColumnDefinition instance) {
    if (instance != null) {
      this.description = instance.getDescription();
      this.format = instance.getFormat();
      this.jsonPath = instance.getJsonPath();
      this.name = instance.getName();
      this.priority = instance.getPriority();
      this.type = instance.getType();
    }
  }

  /** A new {@link V1CustomResourceColumnDefinition} holding what was set (lists and maps copied). */
  V1CustomResourceColumnDefinition toModel() {
    V1CustomResourceColumnDefinition o = new V1CustomResourceColumnDefinition();
    o.setDescription(description);
    o.setFormat(format);
    o.setJsonPath(jsonPath);
    o.setName(name);
    o.setPriority(priority);
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getDescription() {
    return description;
  }

  public A withDescription(String description) {
    this.description = description;
    return self();
  }

  public boolean hasDescription() {
    return description != null;
  }

  public String getFormat() {
    return format;
  }

  public A withFormat(String format) {
    this.format = format;
    return self();
  }

  public boolean hasFormat() {
    return format != null;
  }

  public String getJsonPath() {
    return jsonPath;
  }

  public A withJsonPath(String jsonPath) {
    this.jsonPath = jsonPath;
    return self();
  }

  public boolean hasJsonPath() {
    return jsonPath != null;
  }

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
  }

  public Integer getPriority() {
    return priority;
  }

  public A withPriority(Integer priority) {
    this.priority = priority;
    return self();
  }

  public boolean hasPriority() {
    return priority != null;
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
}
