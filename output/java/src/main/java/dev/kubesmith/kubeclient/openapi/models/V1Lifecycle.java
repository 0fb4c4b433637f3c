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
 * Lifecycle describes actions that the management system should take in response to container
 * lifecycle events. For the PostStart and PreStop lifecycle handlers, management of the
 * container blocks until the action is complete, unless the container process fails, in which
 * case the handler is aborted.
 */
public class V1Lifecycle {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "postStart",
      "preStop",
      "stopSignal");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1Lifecycle> CODEC = new Codec<V1Lifecycle>() {
    @Override
    public V1Lifecycle read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1Lifecycle)");
      }
      V1Lifecycle o = new V1Lifecycle();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.postStart = V1LifecycleHandler.CODEC.read(p);
            break;
          case 1:
            o.preStop = V1LifecycleHandler.CODEC.read(p);
            break;
          case 2:
            o.stopSignal = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1Lifecycle o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.postStart != null) {
        g.writeFieldName("postStart");
        V1LifecycleHandler.CODEC.write(g, o.postStart);
      }
      if (o.preStop != null) {
        g.writeFieldName("preStop");
        V1LifecycleHandler.CODEC.write(g, o.preStop);
      }
      if (o.stopSignal != null) {
        g.writeFieldName("stopSignal");
        Codecs.STRING.write(g, o.stopSignal);
      }
      g.writeEndObject();
    }
  };

  private V1LifecycleHandler postStart;

  private V1LifecycleHandler preStop;

  private String stopSignal;

  public V1Lifecycle postStart(V1LifecycleHandler postStart) {
    this.postStart = postStart;
    return this;
  }

  /**
   * PostStart is called immediately after a container is created. If the handler fails, the
   * container is terminated and restarted according to its restart policy. Other management of
   * the container blocks until the hook completes. More info:
   * https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
   *
   * @return postStart
   */
  public V1LifecycleHandler getPostStart() {
    return postStart;
  }

  public void setPostStart(V1LifecycleHandler postStart) {
    this.postStart = postStart;
  }

  public V1Lifecycle preStop(V1LifecycleHandler preStop) {
    this.preStop = preStop;
    return this;
  }

  /**
   * PreStop is called immediately before a container is terminated due to an API request or
   * management event such as liveness/startup probe failure, preemption, resource contention,
   * etc. The handler is not called if the container crashes or exits. The Pod's termination
   * grace period countdown begins before the PreStop hook is executed. Regardless of the outcome
   * of the handler, the container will eventually terminate within the Pod's termination grace
   * period (unless delayed by finalizers). Other management of the container blocks until the
   * hook completes or until the termination grace period is reached. More info:
   * https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
   *
   * @return preStop
   */
  public V1LifecycleHandler getPreStop() {
    return preStop;
  }

  public void setPreStop(V1LifecycleHandler preStop) {
    this.preStop = preStop;
  }

  public V1Lifecycle stopSignal(String stopSignal) {
    this.stopSignal = stopSignal;
    return this;
  }

  /**
   * StopSignal defines which signal will be sent to a container when it is being stopped. If not
   * specified, the default is defined by the container runtime in use. StopSignal can only be
   * set for Pods with a non-empty .spec.os.name
   *
   * @return stopSignal
   */
  public String getStopSignal() {
    return stopSignal;
  }

  public void setStopSignal(String stopSignal) {
    this.stopSignal = stopSignal;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1Lifecycle that = (V1Lifecycle) other;
    return Objects.equals(postStart, that.postStart)
        && Objects.equals(preStop, that.preStop)
        && Objects.equals(stopSignal, that.stopSignal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(postStart, preStop, stopSignal);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1Lifecycle {\n");
    sb.append("    postStart: ").append(String.valueOf(postStart).replace("\n", "\n    ")).append('\n');
    sb.append("    preStop: ").append(String.valueOf(preStop).replace("\n", "\n    ")).append('\n');
    sb.append("    stopSignal: ").append(stopSignal).append('\n');
    return sb.append("}").toString();
  }
}
