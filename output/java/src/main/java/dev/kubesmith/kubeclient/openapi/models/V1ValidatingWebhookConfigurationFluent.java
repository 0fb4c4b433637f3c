package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ValidatingWebhookConfiguration}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ValidatingWebhookConfigurationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ValidatingWebhookConfigurationFluent<A extends V1ValidatingWebhookConfigurationFluent<A>> {
  private String apiVersion;
  private String kind;
  private V1ObjectMeta metadata;
  private List<V1ValidatingWebhook> webhooks;

  public V1ValidatingWebhookConfigurationFluent() {}

  public V1ValidatingWebhookConfigurationFluent(V1ValidatingWebhookConfiguration instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ValidatingWebhookConfiguration instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.webhooks = instance.getWebhooks() == null ? null : new ArrayList<>(instance.getWebhooks());
    }
  }

  /** A new {@link V1ValidatingWebhookConfiguration} holding what was set (lists and maps copied). */
  V1ValidatingWebhookConfiguration toModel() {
    V1ValidatingWebhookConfiguration o = new V1ValidatingWebhookConfiguration();
    o.setApiVersion(apiVersion);
    o.setKind(kind);
    o.setMetadata(metadata);
    o.setWebhooks(webhooks == null ? null : new ArrayList<>(webhooks));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public A withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return self();
  }

  public boolean hasApiVersion() {
    return apiVersion != null;
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

  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public A withMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return self();
  }

  public boolean hasMetadata() {
    return metadata != null;
  }

  public V1ObjectMeta buildMetadata() {
    return metadata;
  }

  public MetadataNested withNewMetadata() {
    return new MetadataNested(null);
  }

  public MetadataNested withNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(item);
  }

  public MetadataNested editMetadata() {
    return new MetadataNested(metadata);
  }

  public MetadataNested editOrNewMetadata() {
    return new MetadataNested(metadata != null ? metadata : new V1ObjectMeta());
  }

  public MetadataNested editOrNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(metadata != null ? metadata : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MetadataNested extends V1ObjectMetaFluent<MetadataNested> {
    MetadataNested(V1ObjectMeta item) {
      super(item);
    }

    public A and() {
      return V1ValidatingWebhookConfigurationFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public List<V1ValidatingWebhook> getWebhooks() {
    return webhooks;
  }

  public A withWebhooks(List<V1ValidatingWebhook> webhooks) {
    this.webhooks = webhooks == null ? null : new ArrayList<>(webhooks);
    return self();
  }

  public boolean hasWebhooks() {
    return webhooks != null;
  }

  public A withWebhooks(V1ValidatingWebhook... items) {
    this.webhooks = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToWebhooks(V1ValidatingWebhook... items) {
    for (V1ValidatingWebhook item : items) {
      addToWebhooks(-1, item);
    }
    return self();
  }

  public A removeFromWebhooks(V1ValidatingWebhook... items) {
    return removeAllFromWebhooks(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToWebhooks(int index, V1ValidatingWebhook item) {
    if (this.webhooks == null) {
      this.webhooks = new ArrayList<>();
    }
    if (index < 0 || index >= this.webhooks.size()) {
      this.webhooks.add(item);
    } else {
      this.webhooks.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToWebhooks(int index, V1ValidatingWebhook item) {
    if (index < 0 || this.webhooks == null || index >= this.webhooks.size()) {
      return addToWebhooks(-1, item);
    }
    this.webhooks.set(index, item);
    return self();
  }

  public A addAllToWebhooks(Collection<V1ValidatingWebhook> items) {
    for (V1ValidatingWebhook item : items) {
      addToWebhooks(-1, item);
    }
    return self();
  }

  public A removeAllFromWebhooks(Collection<V1ValidatingWebhook> items) {
    if (this.webhooks != null) {
      this.webhooks.removeAll(items);
    }
    return self();
  }

  public List<V1ValidatingWebhook> buildWebhooks() {
    return webhooks;
  }

  public V1ValidatingWebhook buildWebhook(int index) {
    return this.webhooks.get(index);
  }

  public WebhooksNested addNewWebhook() {
    return new WebhooksNested(-1, null);
  }

  public WebhooksNested addNewWebhookLike(V1ValidatingWebhook item) {
    return new WebhooksNested(-1, item);
  }

  public WebhooksNested setNewWebhookLike(int index, V1ValidatingWebhook item) {
    return new WebhooksNested(index, item);
  }

  public WebhooksNested editWebhook(int index) {
    if (this.webhooks == null || index < 0 || index >= this.webhooks.size()) {
      throw new IndexOutOfBoundsException("can't edit webhooks [" + index + "]");
    }
    return new WebhooksNested(index, this.webhooks.get(index));
  }

  public WebhooksNested editFirstWebhook() {
    return editWebhook(0);
  }

  public WebhooksNested editLastWebhook() {
    return editWebhook(this.webhooks == null ? -1 : this.webhooks.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class WebhooksNested extends V1ValidatingWebhookFluent<WebhooksNested> {
    private final int index;

    WebhooksNested(int index, V1ValidatingWebhook item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ValidatingWebhookConfigurationFluent.this.setToWebhooks(index, toModel());
    }

    public A endWebhook() {
      return and();
    }
  }
}
