package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1CustomResourceConversion}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CustomResourceConversionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CustomResourceConversionFluent<A extends V1CustomResourceConversionFluent<A>> {
  private String strategy;
  private V1WebhookConversion webhook;

  public V1CustomResourceConversionFluent() {}

  public V1CustomResourceConversionFluent(V1CustomResourceConversion instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CustomResourceConversion instance) {
    if (instance != null) {
      this.strategy = instance.getStrategy();
      this.webhook = instance.getWebhook();
    }
  }

  /** A new {@link V1CustomResourceConversion} holding what was set (lists and maps copied). */
  V1CustomResourceConversion toModel() {
    V1CustomResourceConversion o = new V1CustomResourceConversion();
    o.setStrategy(strategy);
    o.setWebhook(webhook);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getStrategy() {
    return strategy;
  }

  public A withStrategy(String strategy) {
    this.strategy = strategy;
    return self();
  }

  public boolean hasStrategy() {
    return strategy != null;
  }

  public V1WebhookConversion getWebhook() {
    return webhook;
  }

  public A withWebhook(V1WebhookConversion webhook) {
    this.webhook = webhook;
    return self();
  }

  public boolean hasWebhook() {
    return webhook != null;
  }

  public V1WebhookConversion buildWebhook() {
    return webhook;
  }

  public WebhookNested withNewWebhook() {
    return new WebhookNested(null);
  }

  public WebhookNested withNewWebhookLike(V1WebhookConversion item) {
    return new WebhookNested(item);
  }

  public WebhookNested editWebhook() {
    return new WebhookNested(webhook);
  }

  public WebhookNested editOrNewWebhook() {
    return new WebhookNested(webhook != null ? webhook : new V1WebhookConversion());
  }

  public WebhookNested editOrNewWebhookLike(V1WebhookConversion item) {
    return new WebhookNested(webhook != null ? webhook : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class WebhookNested extends V1WebhookConversionFluent<WebhookNested> {
    WebhookNested(V1WebhookConversion item) {
      super(item);
    }

    public A and() {
      return V1CustomResourceConversionFluent.this.withWebhook(toModel());
    }

    public A endWebhook() {
      return and();
    }
  }
}
