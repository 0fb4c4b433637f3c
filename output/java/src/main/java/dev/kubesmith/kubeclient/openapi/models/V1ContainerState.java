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
 * ContainerState holds a possible state of container. Only one of its members may be
 * specified. If none of them is specified, the default one is ContainerStateWaiting.
 */
public class V1ContainerState {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "running",
      "terminated",
      "waiting");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ContainerState> CODEC = new Codec<V1ContainerState>() {
    @Override
    public V1ContainerState read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ContainerState)");
      }
      V1ContainerState o = new V1ContainerState();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.running = V1ContainerStateRunning.CODEC.read(p);
            break;
          case 1:
            o.terminated = V1ContainerStateTerminated.CODEC.read(p);
            break;
          case 2:
            o.waiting = V1ContainerStateWaiting.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ContainerState o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.running != null) {
        g.writeFieldName("running");
        V1ContainerStateRunning.CODEC.write(g, o.running);
      }
      if (o.terminated != null) {
        g.writeFieldName("terminated");
        V1ContainerStateTerminated.CODEC.write(g, o.terminated);
      }
      if (o.waiting != null) {
        g.writeFieldName("waiting");
        V1ContainerStateWaiting.CODEC.write(g, o.waiting);
      }
      g.writeEndObject();
    }
  };

  private V1ContainerStateRunning running;

  private V1ContainerStateTerminated terminated;

  private V1ContainerStateWaiting waiting;

  public V1ContainerState running(V1ContainerStateRunning running) {
    this.running = running;
    return this;
  }

  /**
   * Details about a running container
   *
   * @return running
   */
  public V1ContainerStateRunning getRunning() {
    return running;
  }

  public void setRunning(V1ContainerStateRunning running) {
    this.running = running;
  }

  public V1ContainerState terminated(V1ContainerStateTerminated terminated) {
    this.terminated = terminated;
    return this;
  }

  /**
   * Details about a terminated container
   *
   * @return terminated
   */
  public V1ContainerStateTerminated getTerminated() {
    return terminated;
  }

  public void setTerminated(V1ContainerStateTerminated terminated) {
    this.terminated = terminated;
  }

  public V1ContainerState waiting(V1ContainerStateWaiting waiting) {
    this.waiting = waiting;
    return this;
  }

  /**
   * Details about a waiting container
   *
   * @return waiting
   */
  public V1ContainerStateWaiting getWaiting() {
    return waiting;
  }

  public void setWaiting(V1ContainerStateWaiting waiting) {
    this.waiting = waiting;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ContainerState that = (V1ContainerState) other;
    return Objects.equals(running, that.running)
        && Objects.equals(terminated, that.terminated)
        && Objects.equals(waiting, that.waiting);
  }

  @Override
  public int hashCode() {
    return Objects.hash(running, terminated, waiting);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ContainerState {\n");
    sb.append("    running: ").append(String.valueOf(running).replace("\n", "\n    ")).append('\n');
    sb.append("    terminated: ").append(String.valueOf(terminated).replace("\n", "\n    ")).append('\n');
    sb.append("    waiting: ").append(String.valueOf(waiting).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
