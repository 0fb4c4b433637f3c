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
 * EvictionResponder allows you to specify the responder reacting to an Eviction. Responders
 * should observe and communicate through the Eviction Resource API to help with the graceful
 * eviction of a target (e.g. termination of a pod).
 */
public class V1EvictionResponder {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "priority");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1EvictionResponder> CODEC = new Codec<V1EvictionResponder>() {
    @Override
    public V1EvictionResponder read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1EvictionResponder)");
      }
      V1EvictionResponder o = new V1EvictionResponder();
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
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1EvictionResponder o) throws IOException {
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
      g.writeEndObject();
    }
  };

  private String name;

  private Integer priority;

  public V1EvictionResponder name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name allows you to identify the responder responding to the Eviction.
   *
   * It must be a valid domain-prefixed key (such as "acme.io/foo"). Domain names *.k8s.io and
   * *.kubernetes.io are reserved. This field must be unique for each responder. This field is
   * required.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1EvictionResponder priority(Integer priority) {
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
   * responders with *.k8s.io suffix. This field is required.
   *
   * @return priority
   */
  public Integer getPriority() {
    return priority;
  }

  public void setPriority(Integer priority) {
    this.priority = priority;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1EvictionResponder that = (V1EvictionResponder) other;
    return Objects.equals(name, that.name)
        && Objects.equals(priority, that.priority);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, priority);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1EvictionResponder {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    priority: ").append(priority).append('\n');
    return sb.append("}").toString();
  }
}
