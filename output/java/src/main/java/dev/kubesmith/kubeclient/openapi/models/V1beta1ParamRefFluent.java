package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1ParamRef}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1ParamRefBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1ParamRefFluent<A extends V1beta1ParamRefFluent<A>> {
  private String name;
  private String namespace;
  private String parameterNotFoundAction;
  private V1LabelSelector selector;

  public V1beta1ParamRefFluent() {}

  public V1beta1ParamRefFluent(V1beta1ParamRef instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1ParamRef instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.namespace = instance.getNamespace();
      this.parameterNotFoundAction = instance.getParameterNotFoundAction();
      this.selector = instance.getSelector();
    }
  }

  /** A new {@link V1beta1ParamRef} holding what was set (lists and maps copied). */
  V1beta1ParamRef toModel() {
    V1beta1ParamRef o = new V1beta1ParamRef();
    o.setName(name);
    o.setNamespace(namespace);
    o.setParameterNotFoundAction(parameterNotFoundAction);
    o.setSelector(selector);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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

  public String getParameterNotFoundAction() {
    return parameterNotFoundAction;
  }

  public A withParameterNotFoundAction(String parameterNotFoundAction) {
    this.parameterNotFoundAction = parameterNotFoundAction;
    return self();
  }

  public boolean hasParameterNotFoundAction() {
    return parameterNotFoundAction != null;
  }

  public V1LabelSelector getSelector() {
    return selector;
  }

  public A withSelector(V1LabelSelector selector) {
    this.selector = selector;
    return self();
  }

  public boolean hasSelector() {
    return selector != null;
  }

  public V1LabelSelector buildSelector() {
    return selector;
  }

  public SelectorNested withNewSelector() {
    return new SelectorNested(null);
  }

  public SelectorNested withNewSelectorLike(V1LabelSelector item) {
    return new SelectorNested(item);
  }

  public SelectorNested editSelector() {
    return new SelectorNested(selector);
  }

  public SelectorNested editOrNewSelector() {
    return new SelectorNested(selector != null ? selector : new V1LabelSelector());
  }

  public SelectorNested editOrNewSelectorLike(V1LabelSelector item) {
    return new SelectorNested(selector != null ? selector : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SelectorNested extends V1LabelSelectorFluent<SelectorNested> {
    SelectorNested(V1LabelSelector item) {
      super(item);
    }

    public A and() {
      return V1beta1ParamRefFluent.this.withSelector(toModel());
    }

    public A endSelector() {
      return and();
    }
  }
}
