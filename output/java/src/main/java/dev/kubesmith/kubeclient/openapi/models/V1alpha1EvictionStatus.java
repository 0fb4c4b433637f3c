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
 * EvictionStatus represents the last observed status of the eviction request.
 */
public class V1alpha1EvictionStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "conditions",
      "observedGeneration",
      "requesters",
      "responders",
      "targetResponders");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1EvictionStatus> CODEC = new Codec<V1alpha1EvictionStatus>() {
    @Override
    public V1alpha1EvictionStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1EvictionStatus)");
      }
      V1alpha1EvictionStatus o = new V1alpha1EvictionStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.conditions = Codecs.listOf(V1Condition.CODEC).read(p);
            break;
          case 1:
            o.observedGeneration = Codecs.INT64.read(p);
            break;
          case 2:
            o.requesters = Codecs.listOf(V1alpha1Requester.CODEC).read(p);
            break;
          case 3:
            o.responders = Codecs.listOf(V1alpha1ResponderStatus.CODEC).read(p);
            break;
          case 4:
            o.targetResponders = Codecs.listOf(V1alpha1TargetResponder.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1EvictionStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1Condition.CODEC).write(g, o.conditions);
      }
      if (o.observedGeneration != null) {
        g.writeFieldName("observedGeneration");
        Codecs.INT64.write(g, o.observedGeneration);
      }
      if (o.requesters != null) {
        g.writeFieldName("requesters");
        Codecs.listOf(V1alpha1Requester.CODEC).write(g, o.requesters);
      }
      if (o.responders != null) {
        g.writeFieldName("responders");
        Codecs.listOf(V1alpha1ResponderStatus.CODEC).write(g, o.responders);
      }
      if (o.targetResponders != null) {
        g.writeFieldName("targetResponders");
        Codecs.listOf(V1alpha1TargetResponder.CODEC).write(g, o.targetResponders);
      }
      g.writeEndObject();
    }
  };

  private List<V1Condition> conditions;

  private Long observedGeneration;

  private List<V1alpha1Requester> requesters;

  private List<V1alpha1ResponderStatus> responders;

  private List<V1alpha1TargetResponder> targetResponders;

  public V1alpha1EvictionStatus conditions(List<V1Condition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1alpha1EvictionStatus addConditionsItem(V1Condition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * conditions contain information about the eviction request.
   *
   * Eviction specific conditions are: TargetEvicted or Failed (managed by
   * evictionrequest-controller). - Failed means that the eviction request is no longer being
   * processed
   *   by any eviction responder. This can happen if the request is canceled or if no responder
   *   managed to evict the target (e.g. terminate or delete a pod).
   * - TargetEvicted means that the target has been evicted (e.g. a pod has been terminated or
   * deleted).
   *
   *         The maximum length of the conditions list is 100.
   *
   * @return conditions
   */
  public List<V1Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1Condition> conditions) {
    this.conditions = conditions;
  }

  public V1alpha1EvictionStatus observedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return this;
  }

  /**
   * observedGeneration is Eviction's .metadata.generation observed by the
   * evictionrequest-controller. The observed generation value cannot be negative and can only be
   * incremented. The minimum value is 1. This field is managed by evictionrequest-controller.
   *
   * @return observedGeneration
   */
  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public V1alpha1EvictionStatus requesters(List<V1alpha1Requester> requesters) {
    this.requesters = requesters;
    return this;
  }

  public V1alpha1EvictionStatus addRequestersItem(V1alpha1Requester item) {
    if (this.requesters == null) {
      this.requesters = new ArrayList<>();
    }
    this.requesters.add(item);
    return this;
  }

  /**
   * requesters allow you to identify the entities, that requested the eviction of the target. If
   * all the requesters withdraw their eviction intent, the eviction will be canceled.
   *
   * The maximum length of the requesters list is 100. If this limit is exceeded, requesters with
   * Withdrawn intent should be dropped first.
   *
   * @return requesters
   */
  public List<V1alpha1Requester> getRequesters() {
    return requesters;
  }

  public void setRequesters(List<V1alpha1Requester> requesters) {
    this.requesters = requesters;
  }

  public V1alpha1EvictionStatus responders(List<V1alpha1ResponderStatus> responders) {
    this.responders = responders;
    return this;
  }

  public V1alpha1EvictionStatus addRespondersItem(V1alpha1ResponderStatus item) {
    if (this.responders == null) {
      this.responders = new ArrayList<>();
    }
    this.responders.add(item);
    return this;
  }

  /**
   * responders represents the eviction process status of each declared responder.
   *
   * The responder list should be the same length and have the same .name fields as
   * .status.targetResponders. Only responders with .name that have Active state in
   * .targetResponders[].state should be updated and can be mutated. First initialization of the
   * list is allowed.
   *
   * Each ResponderStatus is initialized by evictionrequest-controller and then managed by the
   * designated responder.
   *
   * @return responders
   */
  public List<V1alpha1ResponderStatus> getResponders() {
    return responders;
  }

  public void setResponders(List<V1alpha1ResponderStatus> responders) {
    this.responders = responders;
  }

  public V1alpha1EvictionStatus targetResponders(List<V1alpha1TargetResponder> targetResponders) {
    this.targetResponders = targetResponders;
    return this;
  }

  public V1alpha1EvictionStatus addTargetRespondersItem(V1alpha1TargetResponder item) {
    if (this.targetResponders == null) {
      this.targetResponders = new ArrayList<>();
    }
    this.targetResponders.add(item);
    return this;
  }

  /**
   * targetResponders reference responders that should eventually respond to this eviction to
   * help with the graceful eviction of a target. These responders are selected sequentially,
   * according to their specified priority by setting the Active state to the TargetResponder
   * .state field. The maximum number of active responders allowed is 1. Eventually each
   * responder can end up in an Interrupted, Canceled or, Completed state. Responders should
   * observe these states in order to navigate their lifecycle.
   *
   * If the target is a pod, the field is populated from Pod's .spec.evictionResponders. Default
   * responders may be added to the list according to the target.
   *
   * Default responders: - imperative-eviction.k8s.io/evictor responder with a priority of 100 is
   * added to the list if the
   *   target is a pod. It will call the imperative Eviction API (pods/&lt;name&gt;/eviction
   * subresource).
   *   This call may not succeed due to PodDisruptionBudgets, which may block the pod
   * termination.
   *   It will update the responder message and try again with a backoff.
   *
   * The maximum length of the responders list is 11. The length and keys of the list cannot
   * change once set. This field is managed by evictionrequest-controller.
   *
   * @return targetResponders
   */
  public List<V1alpha1TargetResponder> getTargetResponders() {
    return targetResponders;
  }

  public void setTargetResponders(List<V1alpha1TargetResponder> targetResponders) {
    this.targetResponders = targetResponders;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha1EvictionStatus that = (V1alpha1EvictionStatus) other;
    return Objects.equals(conditions, that.conditions)
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(requesters, that.requesters)
        && Objects.equals(responders, that.responders)
        && Objects.equals(targetResponders, that.targetResponders);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions, observedGeneration, requesters, responders, targetResponders);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1EvictionStatus {\n");
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    observedGeneration: ").append(observedGeneration).append('\n');
    sb.append("    requesters: ").append(String.valueOf(requesters).replace("\n", "\n    ")).append('\n');
    sb.append("    responders: ").append(String.valueOf(responders).replace("\n", "\n    ")).append('\n');
    sb.append("    targetResponders: ").append(String.valueOf(targetResponders).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
