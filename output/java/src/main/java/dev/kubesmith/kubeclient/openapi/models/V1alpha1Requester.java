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
 * Requester allows you to identify the entity, that requested the eviction of the target.
 */
public class V1alpha1Requester {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "intent",
      "name");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1Requester> CODEC = new Codec<V1alpha1Requester>() {
    @Override
    public V1alpha1Requester read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1Requester)");
      }
      V1alpha1Requester o = new V1alpha1Requester();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.intent = Codecs.STRING.read(p);
            break;
          case 1:
            o.name = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1Requester o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.intent != null) {
        g.writeFieldName("intent");
        Codecs.STRING.write(g, o.intent);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      g.writeEndObject();
    }
  };

  private String intent;

  private String name;

  public V1alpha1Requester intent(String intent) {
    this.intent = intent;
    return this;
  }

  /**
   * intent specifies the action that should be taken for the specified target.
   *
   * - Eviction means that the requester is interested in the eviction of the target. - Withdrawn
   * means that the requester is no longer interested in the eviction of the target.
   *   If all requesters' intents are withdrawn, the eviction will be canceled.
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

  public V1alpha1Requester name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name allows you to identify the entity, that requested the eviction of the target.
   *
   * It must be a valid domain-prefixed key (such as "acme.io/foo"). This field must be unique
   * for each requester. This field is required.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha1Requester that = (V1alpha1Requester) other;
    return Objects.equals(intent, that.intent)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(intent, name);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1Requester {\n");
    sb.append("    intent: ").append(intent).append('\n');
    sb.append("    name: ").append(name).append('\n');
    return sb.append("}").toString();
  }
}
