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
 * TargetResponder allows you to specify the responder reacting to the Eviction. Responders
 * should observe and communicate through the Eviction API (see .state) to help with the
 * graceful eviction of a target (e.g. termination of a pod).
 */
public class V1alpha1TargetResponder {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "priority",
      "state");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1TargetResponder> CODEC = new Codec<V1alpha1TargetResponder>() {
    @Override
    public V1alpha1TargetResponder read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1TargetResponder)");
      }
      V1alpha1TargetResponder o = new V1alpha1TargetResponder();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.name = Codecs.STRING.read(p);
            break;
          case 1:
            o.priority = Codecs.INT32.read(p);
            break;
          case 2:
            o.state = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1TargetResponder o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.priority != null) {
        g.writeFieldName("priority");
        Codecs.INT32.write(g, o.priority);
      }
      if (o.state != null) {
        g.writeFieldName("state");
        Codecs.STRING.write(g, o.state);
      }
      g.writeEndObject();
    }
  };

  private String name;

  private Integer priority;

  private String state;

  public V1alpha1TargetResponder name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name allows you to identify the responder reacting to the Eviction.
   *
   * It must be a valid domain-prefixed key (such as "acme.io/foo"). This field must be unique
   * for each responder. This field is required.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1alpha1TargetResponder priority(Integer priority) {
    this.priority = priority;
    return this;
  }

  /**
   * priority for this responder. Higher priorities are selected first by the
   * evictionrequest-controller. If there are responders with the same priority, the responder
   * whose domain name comes first in the alphabetical higher domain order, will be picked. This
   * means that the top domain labels are compared alphabetically first, followed by the lower
   * domain labels. The key is compared last.
   *
   * The responder that is the managing controller of the pod should set the value of this field
   * to 10000 to allow both for preemption or fallback registration by other responders.
   *
   * The minimum value is 0 and the maximum value is 100000. The interval 0-999 is reserved for
   * responders with *.k8s.io suffix. This field is required and immutable.
   *
   * @return priority
   */
  public Integer getPriority() {
    return priority;
  }

  public void setPriority(Integer priority) {
    this.priority = priority;
  }

  public V1alpha1TargetResponder state(String state) {
    this.state = state;
    return this;
  }

  /**
   * state specifies a state that is assigned by the evictionrequest-controller. Responders
   * should observe this state in order to navigate their lifecycle. - Inactive means that the
   * responder should not yet process this eviction request. - Active means that the responder is
   * either running or expected to start soon.
   *   Also, startTime has been set in the ResponderStatus by the evictionrequest-controller.
   *
   *   An active responder should currently interact with the eviction process by updating
   *   .status.responders, where .name is the active responder name. ResponderStatus fields
   *   should be periodically updated to indicate the progress or completion of the eviction
   * process.
   *   If .status.responders[].heartbeatTime field is not updated within the heartbeat deadline
   * defined
   *   by the Eviction API (currently 20 minutes), the eviction is passed over to the next
   * responder
   *          with a lower priority. Only one responder can be active at a time.
   * - Interrupted means that the responder has failed to start or failed to update
   *   heartbeatTime in ResponderStatus in a timely manner.
   * - Canceled means that the responder has been canceled. In other words, there    is no
   *   EvictionRequest with the same target and Eviction intent in .spec.intent.
   * - Completed means that the responder has successfully completed and set completionTime
   *   in ResponderStatus.
   *
   * Please refer to the ResponderStatus in .status.responders for more details on each
   * responder.
   *
   * @return state
   */
  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha1TargetResponder that = (V1alpha1TargetResponder) other;
    return Objects.equals(name, that.name)
        && Objects.equals(priority, that.priority)
        && Objects.equals(state, that.state);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, priority, state);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1TargetResponder {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    priority: ").append(priority).append('\n');
    sb.append("    state: ").append(state).append('\n');
    return sb.append("}").toString();
  }
}
