package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * CustomResourceConversion describes how to convert different versions of a CR.
 */
public class V1CustomResourceConversion {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "strategy",
      "webhook");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CustomResourceConversion> CODEC = new Codec<V1CustomResourceConversion>() {
    @Override
    public V1CustomResourceConversion read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CustomResourceConversion)");
      }
      V1CustomResourceConversion o = new V1CustomResourceConversion();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.strategy = Codecs.STRING.read(p);
            break;
          case 1:
            o.webhook = V1WebhookConversion.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CustomResourceConversion o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.strategy != null) {
        g.writeFieldName("strategy");
        Codecs.STRING.write(g, o.strategy);
      }
      if (o.webhook != null) {
        g.writeFieldName("webhook");
        V1WebhookConversion.CODEC.write(g, o.webhook);
      }
      g.writeEndObject();
    }
  };

  private String strategy;

  private V1WebhookConversion webhook;

  public V1CustomResourceConversion strategy(String strategy) {
    this.strategy = strategy;
    return this;
  }

  /**
   * strategy specifies how custom resources are converted between versions. Allowed values are:
   * - `"None"`: The converter only change the apiVersion and would not touch any other field in
   * the custom resource. - `"Webhook"`: API Server will call to an external webhook to do the
   * conversion. Additional information
   *   is needed for this option. This requires spec.preserveUnknownFields to be false, and
   * spec.conversion.webhook to be set.
   *
   * @return strategy
   */
  public String getStrategy() {
    return strategy;
  }

  public void setStrategy(String strategy) {
    this.strategy = strategy;
  }

  public V1CustomResourceConversion webhook(V1WebhookConversion webhook) {
    this.webhook = webhook;
    return this;
  }

  /**
   * webhook describes how to call the conversion webhook. Required when `strategy` is set to
   * `"Webhook"`.
   *
   * @return webhook
   */
  public V1WebhookConversion getWebhook() {
    return webhook;
  }

  public void setWebhook(V1WebhookConversion webhook) {
    this.webhook = webhook;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CustomResourceConversion that = (V1CustomResourceConversion) other;
    return Objects.equals(strategy, that.strategy)
        && Objects.equals(webhook, that.webhook);
  }

  @Override
  public int hashCode() {
    return Objects.hash(strategy, webhook);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CustomResourceConversion {\n");
    sb.append("    strategy: ").append(strategy).append('\n');
    sb.append("    webhook: ").append(String.valueOf(webhook).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
