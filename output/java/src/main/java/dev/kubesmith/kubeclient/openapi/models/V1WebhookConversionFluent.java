package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1WebhookConversion}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1WebhookConversionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1WebhookConversionFluent<A extends V1WebhookConversionFluent<A>> {
  private ApiextensionsV1WebhookClientConfig clientConfig;
  private List<String> conversionReviewVersions;

  public V1WebhookConversionFluent() {}

  public V1WebhookConversionFluent(V1WebhookConversion instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1WebhookConversion instance) {
    if (instance != null) {
      this.clientConfig = instance.getClientConfig();
      this.conversionReviewVersions = instance.getConversionReviewVersions() == null ? null : new ArrayList<>(instance.getConversionReviewVersions());
    }
  }

  /** A new {@link V1WebhookConversion} holding what was set (lists and maps copied). */
  V1WebhookConversion toModel() {
    V1WebhookConversion o = new V1WebhookConversion();
    o.setClientConfig(clientConfig);
    o.setConversionReviewVersions(conversionReviewVersions == null ? null : new ArrayList<>(conversionReviewVersions));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public ApiextensionsV1WebhookClientConfig getClientConfig() {
    return clientConfig;
  }

  public A withClientConfig(ApiextensionsV1WebhookClientConfig clientConfig) {
    this.clientConfig = clientConfig;
    return self();
  }

  public boolean hasClientConfig() {
    return clientConfig != null;
  }

  public ApiextensionsV1WebhookClientConfig buildClientConfig() {
    return clientConfig;
  }

  public ClientConfigNested withNewClientConfig() {
    return new ClientConfigNested(null);
  }

  public ClientConfigNested withNewClientConfigLike(ApiextensionsV1WebhookClientConfig item) {
    return new ClientConfigNested(item);
  }

  public ClientConfigNested editClientConfig() {
    return new ClientConfigNested(clientConfig);
  }

  public ClientConfigNested editOrNewClientConfig() {
    return new ClientConfigNested(clientConfig != null ? clientConfig : new ApiextensionsV1WebhookClientConfig());
  }

  public ClientConfigNested editOrNewClientConfigLike(ApiextensionsV1WebhookClientConfig item) {
    return new ClientConfigNested(clientConfig != null ? clientConfig : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ClientConfigNested extends ApiextensionsV1WebhookClientConfigFluent<ClientConfigNested> {
    ClientConfigNested(ApiextensionsV1WebhookClientConfig item) {
      super(item);
    }

    public A and() {
      return V1WebhookConversionFluent.this.withClientConfig(toModel());
    }

    public A endClientConfig() {
      return and();
    }
  }

  public List<String> getConversionReviewVersions() {
    return conversionReviewVersions;
  }

  public A withConversionReviewVersions(List<String> conversionReviewVersions) {
    this.conversionReviewVersions = conversionReviewVersions == null ? null : new ArrayList<>(conversionReviewVersions);
    return self();
  }

  public boolean hasConversionReviewVersions() {
    return conversionReviewVersions != null;
  }

  public A withConversionReviewVersions(String... items) {
    this.conversionReviewVersions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConversionReviewVersions(String... items) {
    for (String item : items) {
      addToConversionReviewVersions(-1, item);
    }
    return self();
  }

  public A removeFromConversionReviewVersions(String... items) {
    return removeAllFromConversionReviewVersions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConversionReviewVersions(int index, String item) {
    if (this.conversionReviewVersions == null) {
      this.conversionReviewVersions = new ArrayList<>();
    }
    if (index < 0 || index >= this.conversionReviewVersions.size()) {
      this.conversionReviewVersions.add(item);
    } else {
      this.conversionReviewVersions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToConversionReviewVersions(int index, String item) {
    if (index < 0 || this.conversionReviewVersions == null || index >= this.conversionReviewVersions.size()) {
      return addToConversionReviewVersions(-1, item);
    }
    this.conversionReviewVersions.set(index, item);
    return self();
  }

  public A addAllToConversionReviewVersions(Collection<String> items) {
    for (String item : items) {
      addToConversionReviewVersions(-1, item);
    }
    return self();
  }

  public A removeAllFromConversionReviewVersions(Collection<String> items) {
    if (this.conversionReviewVersions != null) {
      this.conversionReviewVersions.removeAll(items);
    }
    return self();
  }
}
