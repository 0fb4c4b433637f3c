package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * WebhookClientConfig contains the information to make a TLS connection with the webhook.
 */
public class ApiextensionsV1WebhookClientConfig {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "caBundle",
      "service",
      "url");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<ApiextensionsV1WebhookClientConfig> CODEC = new Codec<ApiextensionsV1WebhookClientConfig>() {
    @Override
    public ApiextensionsV1WebhookClientConfig read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (ApiextensionsV1WebhookClientConfig)");
      }
      ApiextensionsV1WebhookClientConfig o = new ApiextensionsV1WebhookClientConfig();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.caBundle = Codecs.BYTES.read(p);
            break;
          case 1:
            o.service = ApiextensionsV1ServiceReference.CODEC.read(p);
            break;
          case 2:
            o.url = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, ApiextensionsV1WebhookClientConfig o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.caBundle != null) {
        g.writeFieldName("caBundle");
        Codecs.BYTES.write(g, o.caBundle);
      }
      if (o.service != null) {
        g.writeFieldName("service");
        ApiextensionsV1ServiceReference.CODEC.write(g, o.service);
      }
      if (o.url != null) {
        g.writeFieldName("url");
        Codecs.STRING.write(g, o.url);
      }
      g.writeEndObject();
    }
  };

  private byte[] caBundle;

  private ApiextensionsV1ServiceReference service;

  private String url;

  public ApiextensionsV1WebhookClientConfig caBundle(byte[] caBundle) {
    this.caBundle = caBundle;
    return this;
  }

  /**
   * caBundle is a PEM encoded CA bundle which will be used to validate the webhook's server
   * certificate. If unspecified, system trust roots on the apiserver are used.
   *
   * @return caBundle
   */
  public byte[] getCaBundle() {
    return caBundle;
  }

  public void setCaBundle(byte[] caBundle) {
    this.caBundle = caBundle;
  }

  public ApiextensionsV1WebhookClientConfig service(ApiextensionsV1ServiceReference service) {
    this.service = service;
    return this;
  }

  /**
   * service is a reference to the service for this webhook. Either service or url must be
   * specified.
   *
   * If the webhook is running within the cluster, then you should use `service`.
   *
   * @return service
   */
  public ApiextensionsV1ServiceReference getService() {
    return service;
  }

  public void setService(ApiextensionsV1ServiceReference service) {
    this.service = service;
  }

  public ApiextensionsV1WebhookClientConfig url(String url) {
    this.url = url;
    return this;
  }

  /**
   * url gives the location of the webhook, in standard URL form (`scheme://host:port/path`).
   * Exactly one of `url` or `service` must be specified.
   *
   * The `host` should not refer to a service running in the cluster; use the `service` field
   * instead. The host might be resolved via external DNS in some apiservers (e.g.,
   * `kube-apiserver` cannot resolve in-cluster DNS as that would be a layering violation).
   * `host` may also be an IP address.
   *
   * Please note that using `localhost` or `127.0.0.1` as a `host` is risky unless you take great
   * care to run this webhook on all hosts which run an apiserver which might need to make calls
   * to this webhook. Such installs are likely to be non-portable, i.e., not easy to turn up in a
   * new cluster.
   *
   * The scheme must be "https"; the URL must begin with "https://".
   *
   * A path is optional, and if present may be any string permissible in a URL. You may use the
   * path to pass an arbitrary string to the webhook, for example, a cluster identifier.
   *
   * Attempting to use a user or basic auth e.g. "user:password&#64;" is not allowed. Fragments
   * ("#...") and query parameters ("?...") are not allowed, either.
   *
   * @return url
   */
  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    ApiextensionsV1WebhookClientConfig that = (ApiextensionsV1WebhookClientConfig) other;
    return Arrays.equals(caBundle, that.caBundle)
        && Objects.equals(service, that.service)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(caBundle), service, url);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class ApiextensionsV1WebhookClientConfig {\n");
    sb.append("    caBundle: ").append((caBundle == null ? "null" : caBundle.length + " bytes")).append('\n');
    sb.append("    service: ").append(String.valueOf(service).replace("\n", "\n    ")).append('\n');
    sb.append("    url: ").append(url).append('\n');
    return sb.append("}").toString();
  }
}
