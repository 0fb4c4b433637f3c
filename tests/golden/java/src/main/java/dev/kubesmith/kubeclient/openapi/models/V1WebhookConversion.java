package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * WebhookConversion describes how to call a conversion webhook
 */
public class V1WebhookConversion {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "clientConfig",
      "conversionReviewVersions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1WebhookConversion> CODEC = new Codec<V1WebhookConversion>() {
    @Override
    public V1WebhookConversion read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1WebhookConversion)");
      }
      V1WebhookConversion o = new V1WebhookConversion();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.clientConfig = V1WebhookClientConfig.CODEC.read(p);
            break;
          case 1:
            o.conversionReviewVersions = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1WebhookConversion o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.clientConfig != null) {
        g.writeFieldName("clientConfig");
        V1WebhookClientConfig.CODEC.write(g, o.clientConfig);
      }
      if (o.conversionReviewVersions != null) {
        g.writeFieldName("conversionReviewVersions");
        Codecs.listOf(Codecs.STRING).write(g, o.conversionReviewVersions);
      }
      g.writeEndObject();
    }
  };

  private V1WebhookClientConfig clientConfig;

  private List<String> conversionReviewVersions;

  public V1WebhookConversion clientConfig(V1WebhookClientConfig clientConfig) {
    this.clientConfig = clientConfig;
    return this;
  }

  /**
   * clientConfig is the instructions for how to call the webhook if strategy is `Webhook`.
   *
   * @return clientConfig
   */
  public V1WebhookClientConfig getClientConfig() {
    return clientConfig;
  }

  public void setClientConfig(V1WebhookClientConfig clientConfig) {
    this.clientConfig = clientConfig;
  }

  public V1WebhookConversion conversionReviewVersions(List<String> conversionReviewVersions) {
    this.conversionReviewVersions = conversionReviewVersions;
    return this;
  }

  public V1WebhookConversion addConversionReviewVersionsItem(String item) {
    if (this.conversionReviewVersions == null) {
      this.conversionReviewVersions = new ArrayList<>();
    }
    this.conversionReviewVersions.add(item);
    return this;
  }

  /**
   * conversionReviewVersions is an ordered list of preferred `ConversionReview` versions the
   * Webhook expects. The API server will use the first version in the list which it supports. If
   * none of the versions specified in this list are supported by API server, conversion will
   * fail for the custom resource. If a persisted Webhook configuration specifies allowed
   * versions and does not include any versions known to the API Server, calls to the webhook
   * will fail.
   *
   * @return conversionReviewVersions
   */
  public List<String> getConversionReviewVersions() {
    return conversionReviewVersions;
  }

  public void setConversionReviewVersions(List<String> conversionReviewVersions) {
    this.conversionReviewVersions = conversionReviewVersions;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1WebhookConversion that = (V1WebhookConversion) other;
    return Objects.equals(clientConfig, that.clientConfig)
        && Objects.equals(conversionReviewVersions, that.conversionReviewVersions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientConfig, conversionReviewVersions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1WebhookConversion {\n");
    sb.append("    clientConfig: ").append(String.valueOf(clientConfig).replace("\n", "\n    ")).append('\n');
    sb.append("    conversionReviewVersions: ").append(String.valueOf(conversionReviewVersions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
