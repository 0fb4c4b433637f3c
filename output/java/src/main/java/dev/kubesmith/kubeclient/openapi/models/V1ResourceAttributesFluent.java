package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ResourceAttributes}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ResourceAttributesBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ResourceAttributesFluent<A extends V1ResourceAttributesFluent<A>> {
  private V1FieldSelectorAttributes fieldSelector;
  private String group;
  private V1LabelSelectorAttributes labelSelector;
  private String name;
  private String namespace;
  private String resource;
  private String subresource;
  private String verb;
  private String version;

  public V1ResourceAttributesFluent() {}

  public V1ResourceAttributesFluent(V1ResourceAttributes instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ResourceAttributes instance) {
    if (instance != null) {
      this.fieldSelector = instance.getFieldSelector();
      this.group = instance.getGroup();
      this.labelSelector = instance.getLabelSelector();
      this.name = instance.getName();
      this.namespace = instance.getNamespace();
      this.resource = instance.getResource();
      this.subresource = instance.getSubresource();
      this.verb = instance.getVerb();
      this.version = instance.getVersion();
    }
  }

  /** A new {@link V1ResourceAttributes} holding what was set (lists and maps copied). */
  V1ResourceAttributes toModel() {
    V1ResourceAttributes o = new V1ResourceAttributes();
    o.setFieldSelector(fieldSelector);
    o.setGroup(group);
    o.setLabelSelector(labelSelector);
    o.setName(name);
    o.setNamespace(namespace);
    o.setResource(resource);
    o.setSubresource(subresource);
    o.setVerb(verb);
    o.setVersion(version);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1FieldSelectorAttributes getFieldSelector() {
    return fieldSelector;
  }

  public A withFieldSelector(V1FieldSelectorAttributes fieldSelector) {
    this.fieldSelector = fieldSelector;
    return self();
  }

  public boolean hasFieldSelector() {
    return fieldSelector != null;
  }

  public V1FieldSelectorAttributes buildFieldSelector() {
    return fieldSelector;
  }

  public FieldSelectorNested withNewFieldSelector() {
    return new FieldSelectorNested(null);
  }

  public FieldSelectorNested withNewFieldSelectorLike(V1FieldSelectorAttributes item) {
    return new FieldSelectorNested(item);
  }

  public FieldSelectorNested editFieldSelector() {
    return new FieldSelectorNested(fieldSelector);
  }

  public FieldSelectorNested editOrNewFieldSelector() {
    return new FieldSelectorNested(fieldSelector != null ? fieldSelector : new V1FieldSelectorAttributes());
  }

  public FieldSelectorNested editOrNewFieldSelectorLike(V1FieldSelectorAttributes item) {
    return new FieldSelectorNested(fieldSelector != null ? fieldSelector : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class FieldSelectorNested extends V1FieldSelectorAttributesFluent<FieldSelectorNested> {
    FieldSelectorNested(V1FieldSelectorAttributes item) {
      super(item);
    }

    public A and() {
      return V1ResourceAttributesFluent.this.withFieldSelector(toModel());
    }

    public A endFieldSelector() {
      return and();
    }
  }

  public String getGroup() {
    return group;
  }

  public A withGroup(String group) {
    this.group = group;
    return self();
  }

  public boolean hasGroup() {
    return group != null;
  }

  public V1LabelSelectorAttributes getLabelSelector() {
    return labelSelector;
  }

  public A withLabelSelector(V1LabelSelectorAttributes labelSelector) {
    this.labelSelector = labelSelector;
    return self();
  }

  public boolean hasLabelSelector() {
    return labelSelector != null;
  }

  public V1LabelSelectorAttributes buildLabelSelector() {
    return labelSelector;
  }

  public LabelSelectorNested withNewLabelSelector() {
    return new LabelSelectorNested(null);
  }

  public LabelSelectorNested withNewLabelSelectorLike(V1LabelSelectorAttributes item) {
    return new LabelSelectorNested(item);
  }

  public LabelSelectorNested editLabelSelector() {
    return new LabelSelectorNested(labelSelector);
  }

  public LabelSelectorNested editOrNewLabelSelector() {
    return new LabelSelectorNested(labelSelector != null ? labelSelector : new V1LabelSelectorAttributes());
  }

  public LabelSelectorNested editOrNewLabelSelectorLike(V1LabelSelectorAttributes item) {
    return new LabelSelectorNested(labelSelector != null ? labelSelector : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class LabelSelectorNested extends V1LabelSelectorAttributesFluent<LabelSelectorNested> {
    LabelSelectorNested(V1LabelSelectorAttributes item) {
      super(item);
    }

    public A and() {
      return V1ResourceAttributesFluent.this.withLabelSelector(toModel());
    }

    public A endLabelSelector() {
      return and();
    }
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

  public String getNamespace() {
    return namespace;
  }

  public A withNamespace(String namespace) {
    this.namespace = namespace;
    return self();
  }

  public boolean hasNamespace() {
    return namespace != null;
  }

  public String getResource() {
    return resource;
  }

  public A withResource(String resource) {
    this.resource = resource;
    return self();
  }

  public boolean hasResource() {
    return resource != null;
  }

  public String getSubresource() {
    return subresource;
  }

  public A withSubresource(String subresource) {
    this.subresource = subresource;
    return self();
  }

  public boolean hasSubresource() {
    return subresource != null;
  }

  public String getVerb() {
    return verb;
  }

  public A withVerb(String verb) {
    this.verb = verb;
    return self();
  }

  public boolean hasVerb() {
    return verb != null;
  }

  public String getVersion() {
    return version;
  }

  public A withVersion(String version) {
    this.version = version;
    return self();
  }

  public boolean hasVersion() {
    return version != null;
  }
}
