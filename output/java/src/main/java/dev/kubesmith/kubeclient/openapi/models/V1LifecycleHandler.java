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
 * LifecycleHandler defines a specific action that should be taken in a lifecycle hook. One and
 * only one of the fields, except TCPSocket must be specified.
 */
public class V1LifecycleHandler {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "exec",
      "httpGet",
      "sleep",
      "tcpSocket");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1LifecycleHandler> CODEC = new Codec<V1LifecycleHandler>() {
    @Override
    public V1LifecycleHandler read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1LifecycleHandler)");
      }
      V1LifecycleHandler o = new V1LifecycleHandler();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.exec = V1ExecAction.CODEC.read(p);
            break;
          case 1:
            o.httpGet = V1HTTPGetAction.CODEC.read(p);
            break;
          case 2:
            o.sleep = V1SleepAction.CODEC.read(p);
            break;
          case 3:
            o.tcpSocket = V1TCPSocketAction.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1LifecycleHandler o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.exec != null) {
        g.writeFieldName("exec");
        V1ExecAction.CODEC.write(g, o.exec);
      }
      if (o.httpGet != null) {
        g.writeFieldName("httpGet");
        V1HTTPGetAction.CODEC.write(g, o.httpGet);
      }
      if (o.sleep != null) {
        g.writeFieldName("sleep");
        V1SleepAction.CODEC.write(g, o.sleep);
      }
      if (o.tcpSocket != null) {
        g.writeFieldName("tcpSocket");
        V1TCPSocketAction.CODEC.write(g, o.tcpSocket);
      }
      g.writeEndObject();
    }
  };

  private V1ExecAction exec;

  private V1HTTPGetAction httpGet;

  private V1SleepAction sleep;

  private V1TCPSocketAction tcpSocket;

  public V1LifecycleHandler exec(V1ExecAction exec) {
    this.exec = exec;
    return this;
  }

  /**
   * Exec specifies a command to execute in the container.
   *
   * @return exec
   */
  public V1ExecAction getExec() {
    return exec;
  }

  public void setExec(V1ExecAction exec) {
    this.exec = exec;
  }

  public V1LifecycleHandler httpGet(V1HTTPGetAction httpGet) {
    this.httpGet = httpGet;
    return this;
  }

  /**
   * HTTPGet specifies an HTTP GET request to perform.
   *
   * @return httpGet
   */
  public V1HTTPGetAction getHttpGet() {
    return httpGet;
  }

  public void setHttpGet(V1HTTPGetAction httpGet) {
    this.httpGet = httpGet;
  }

  public V1LifecycleHandler sleep(V1SleepAction sleep) {
    this.sleep = sleep;
    return this;
  }

  /**
   * Sleep represents a duration that the container should sleep.
   *
   * @return sleep
   */
  public V1SleepAction getSleep() {
    return sleep;
  }

  public void setSleep(V1SleepAction sleep) {
    this.sleep = sleep;
  }

  public V1LifecycleHandler tcpSocket(V1TCPSocketAction tcpSocket) {
    this.tcpSocket = tcpSocket;
    return this;
  }

  /**
   * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept for backward
   * compatibility. There is no validation of this field and lifecycle hooks will fail at runtime
   * when it is specified.
   *
   * @return tcpSocket
   */
  public V1TCPSocketAction getTcpSocket() {
    return tcpSocket;
  }

  public void setTcpSocket(V1TCPSocketAction tcpSocket) {
    this.tcpSocket = tcpSocket;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1LifecycleHandler that = (V1LifecycleHandler) other;
    return Objects.equals(exec, that.exec)
        && Objects.equals(httpGet, that.httpGet)
        && Objects.equals(sleep, that.sleep)
        && Objects.equals(tcpSocket, that.tcpSocket);
  }

  @Override
  public int hashCode() {
    return Objects.hash(exec, httpGet, sleep, tcpSocket);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1LifecycleHandler {\n");
    sb.append("    exec: ").append(String.valueOf(exec).replace("\n", "\n    ")).append('\n');
    sb.append("    httpGet: ").append(String.valueOf(httpGet).replace("\n", "\n    ")).append('\n');
    sb.append("    sleep: ").append(String.valueOf(sleep).replace("\n", "\n    ")).append('\n');
    sb.append("    tcpSocket: ").append(String.valueOf(tcpSocket).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
