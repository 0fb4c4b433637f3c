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
 * EvictionRequestSpec is a specification of an EvictionRequest.
 */
public class V1alpha1EvictionRequestSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "intent",
      "requester",
      "target");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1EvictionRequestSpec> CODEC = new Codec<V1alpha1EvictionRequestSpec>() {
    @Override
    public V1alpha1EvictionRequestSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1EvictionRequestSpec)");
      }
      V1alpha1EvictionRequestSpec o = new V1alpha1EvictionRequestSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.intent = Codecs.STRING.read(p);
            break;
          case 1:
            o.requester = Codecs.STRING.read(p);
            break;
          case 2:
            o.target = V1alpha1EvictionRequestTarget.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1EvictionRequestSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.intent != null) {
        g.writeFieldName("intent");
        Codecs.STRING.write(g, o.intent);
      }
      if (o.requester != null) {
        g.writeFieldName("requester");
        Codecs.STRING.write(g, o.requester);
      }
      if (o.target != null) {
        g.writeFieldName("target");
        V1alpha1EvictionRequestTarget.CODEC.write(g, o.target);
      }
      g.writeEndObject();
    }
  };

  private String intent;

  private String requester;

  private V1alpha1EvictionRequestTarget target;

  public V1alpha1EvictionRequestSpec intent(String intent) {
    this.intent = intent;
    return this;
  }

  /**
   * intent specifies the action that should be taken for the specified target.
   *
   * - Eviction means that the requester is interested in the eviction of the target. - Withdrawn
   * means that the requester is no longer interested in the eviction of the target.
   *   If all requesters' intents are withdrawn for a common target, the eviction will be
   * canceled.
   *   Cancellation consequences:
   *   - Inactive responders will never run.
   *   - Active responders are expected to cancel the eviction.
   *   - Completed or Interrupted responders should not take any action.
   *
   * @return intent
   */
  public String getIntent() {
    return intent;
  }

  public void setIntent(String intent) {
    this.intent = intent;
  }

  public V1alpha1EvictionRequestSpec requester(String requester) {
    this.requester = requester;
    return this;
  }

  /**
   * requester allows you to identify the entity, that requested the eviction of the target.
   *
   * It must be a valid domain-prefixed key (such as "acme.io/foo"). Domain names *.k8s.io and
   * *.kubernetes.io are reserved. This field is required and immutable.
   *
   * @return requester
   */
  public String getRequester() {
    return requester;
  }

  public void setRequester(String requester) {
    this.requester = requester;
  }

  public V1alpha1EvictionRequestSpec target(V1alpha1EvictionRequestTarget target) {
    this.target = target;
    return this;
  }

  /**
   * target contains a reference to an object (e.g. a pod) that should be evicted. This field is
   * required and immutable.
   *
   * @return target
   */
  public V1alpha1EvictionRequestTarget getTarget() {
    return target;
  }

  public void setTarget(V1alpha1EvictionRequestTarget target) {
    this.target = target;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha1EvictionRequestSpec that = (V1alpha1EvictionRequestSpec) other;
    return Objects.equals(intent, that.intent)
        && Objects.equals(requester, that.requester)
        && Objects.equals(target, that.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(intent, requester, target);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1EvictionRequestSpec {\n");
    sb.append("    intent: ").append(intent).append('\n');
    sb.append("    requester: ").append(requester).append('\n');
    sb.append("    target: ").append(String.valueOf(target).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
