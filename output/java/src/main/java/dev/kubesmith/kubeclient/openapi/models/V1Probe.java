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
 * Probe describes a health check to be performed against a container to determine whether it
 * is alive or ready to receive traffic.
 */
public class V1Probe {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "exec",
      "failureThreshold",
      "grpc",
      "httpGet",
      "initialDelaySeconds",
      "periodSeconds",
      "successThreshold",
      "tcpSocket",
      "terminationGracePeriodSeconds",
      "timeoutSeconds");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1Probe> CODEC = new Codec<V1Probe>() {
    @Override
    public V1Probe read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1Probe)");
      }
      V1Probe o = new V1Probe();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.exec = V1ExecAction.CODEC.read(p);
            break;
          case 1:
            o.failureThreshold = Codecs.INT32.read(p);
            break;
          case 2:
            o.grpc = V1GRPCAction.CODEC.read(p);
            break;
          case 3:
            o.httpGet = V1HTTPGetAction.CODEC.read(p);
            break;
          case 4:
            o.initialDelaySeconds = Codecs.INT32.read(p);
            break;
          case 5:
            o.periodSeconds = Codecs.INT32.read(p);
            break;
          case 6:
            o.successThreshold = Codecs.INT32.read(p);
            break;
          case 7:
            o.tcpSocket = V1TCPSocketAction.CODEC.read(p);
            break;
          case 8:
            o.terminationGracePeriodSeconds = Codecs.INT64.read(p);
            break;
          case 9:
            o.timeoutSeconds = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1Probe o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.exec != null) {
        g.writeFieldName("exec");
        V1ExecAction.CODEC.write(g, o.exec);
      }
      if (o.failureThreshold != null) {
        g.writeFieldName("failureThreshold");
        Codecs.INT32.write(g, o.failureThreshold);
      }
      if (o.grpc != null) {
        g.writeFieldName("grpc");
        V1GRPCAction.CODEC.write(g, o.grpc);
      }
      if (o.httpGet != null) {
        g.writeFieldName("httpGet");
        V1HTTPGetAction.CODEC.write(g, o.httpGet);
      }
      if (o.initialDelaySeconds != null) {
        g.writeFieldName("initialDelaySeconds");
        Codecs.INT32.write(g, o.initialDelaySeconds);
      }
      if (o.periodSeconds != null) {
        g.writeFieldName("periodSeconds");
        Codecs.INT32.write(g, o.periodSeconds);
      }
      if (o.successThreshold != null) {
        g.writeFieldName("successThreshold");
        Codecs.INT32.write(g, o.successThreshold);
      }
      if (o.tcpSocket != null) {
        g.writeFieldName("tcpSocket");
        V1TCPSocketAction.CODEC.write(g, o.tcpSocket);
      }
      if (o.terminationGracePeriodSeconds != null) {
        g.writeFieldName("terminationGracePeriodSeconds");
        Codecs.INT64.write(g, o.terminationGracePeriodSeconds);
      }
      if (o.timeoutSeconds != null) {
        g.writeFieldName("timeoutSeconds");
        Codecs.INT32.write(g, o.timeoutSeconds);
      }
      g.writeEndObject();
    }
  };

  private V1ExecAction exec;

  private Integer failureThreshold;

  private V1GRPCAction grpc;

  private V1HTTPGetAction httpGet;

  private Integer initialDelaySeconds;

  private Integer periodSeconds;

  private Integer successThreshold;

  private V1TCPSocketAction tcpSocket;

  private Long terminationGracePeriodSeconds;

  private Integer timeoutSeconds;

  public V1Probe exec(V1ExecAction exec) {
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

  public V1Probe failureThreshold(Integer failureThreshold) {
    this.failureThreshold = failureThreshold;
    return this;
  }

  /**
   * Minimum consecutive failures for the probe to be considered failed after having succeeded.
   * Defaults to 3. Minimum value is 1.
   *
   * @return failureThreshold
   */
  public Integer getFailureThreshold() {
    return failureThreshold;
  }

  public void setFailureThreshold(Integer failureThreshold) {
    this.failureThreshold = failureThreshold;
  }

  public V1Probe grpc(V1GRPCAction grpc) {
    this.grpc = grpc;
    return this;
  }

  /**
   * GRPC specifies a GRPC HealthCheckRequest.
   *
   * @return grpc
   */
  public V1GRPCAction getGrpc() {
    return grpc;
  }

  public void setGrpc(V1GRPCAction grpc) {
    this.grpc = grpc;
  }

  public V1Probe httpGet(V1HTTPGetAction httpGet) {
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

  public V1Probe initialDelaySeconds(Integer initialDelaySeconds) {
    this.initialDelaySeconds = initialDelaySeconds;
    return this;
  }

  /**
   * Number of seconds after the container has started before liveness probes are initiated. More
   * info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @return initialDelaySeconds
   */
  public Integer getInitialDelaySeconds() {
    return initialDelaySeconds;
  }

  public void setInitialDelaySeconds(Integer initialDelaySeconds) {
    this.initialDelaySeconds = initialDelaySeconds;
  }

  public V1Probe periodSeconds(Integer periodSeconds) {
    this.periodSeconds = periodSeconds;
    return this;
  }

  /**
   * How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.
   *
   * @return periodSeconds
   */
  public Integer getPeriodSeconds() {
    return periodSeconds;
  }

  public void setPeriodSeconds(Integer periodSeconds) {
    this.periodSeconds = periodSeconds;
  }

  public V1Probe successThreshold(Integer successThreshold) {
    this.successThreshold = successThreshold;
    return this;
  }

  /**
   * Minimum consecutive successes for the probe to be considered successful after having failed.
   * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
   *
   * @return successThreshold
   */
  public Integer getSuccessThreshold() {
    return successThreshold;
  }

  public void setSuccessThreshold(Integer successThreshold) {
    this.successThreshold = successThreshold;
  }

  public V1Probe tcpSocket(V1TCPSocketAction tcpSocket) {
    this.tcpSocket = tcpSocket;
    return this;
  }

  /**
   * TCPSocket specifies a connection to a TCP port.
   *
   * @return tcpSocket
   */
  public V1TCPSocketAction getTcpSocket() {
    return tcpSocket;
  }

  public void setTcpSocket(V1TCPSocketAction tcpSocket) {
    this.tcpSocket = tcpSocket;
  }

  public V1Probe terminationGracePeriodSeconds(Long terminationGracePeriodSeconds) {
    this.terminationGracePeriodSeconds = terminationGracePeriodSeconds;
    return this;
  }

  /**
   * Optional duration in seconds the pod needs to terminate gracefully upon probe failure. The
   * grace period is the duration in seconds after the processes running in the pod are sent a
   * termination signal and the time when the processes are forcibly halted with a kill signal.
   * Set this value longer than the expected cleanup time for your process. If this value is nil,
   * the pod's terminationGracePeriodSeconds will be used. Otherwise, this value overrides the
   * value provided by the pod spec. Value must be non-negative integer. The value zero indicates
   * stop immediately via the kill signal (no opportunity to shut down). This is a beta field and
   * requires enabling ProbeTerminationGracePeriod feature gate. Minimum value is 1.
   * spec.terminationGracePeriodSeconds is used if unset.
   *
   * @return terminationGracePeriodSeconds
   */
  public Long getTerminationGracePeriodSeconds() {
    return terminationGracePeriodSeconds;
  }

  public void setTerminationGracePeriodSeconds(Long terminationGracePeriodSeconds) {
    this.terminationGracePeriodSeconds = terminationGracePeriodSeconds;
  }

  public V1Probe timeoutSeconds(Integer timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
    return this;
  }

  /**
   * Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1.
   * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @return timeoutSeconds
   */
  public Integer getTimeoutSeconds() {
    return timeoutSeconds;
  }

  public void setTimeoutSeconds(Integer timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1Probe that = (V1Probe) other;
    return Objects.equals(exec, that.exec)
        && Objects.equals(failureThreshold, that.failureThreshold)
        && Objects.equals(grpc, that.grpc)
        && Objects.equals(httpGet, that.httpGet)
        && Objects.equals(initialDelaySeconds, that.initialDelaySeconds)
        && Objects.equals(periodSeconds, that.periodSeconds)
        && Objects.equals(successThreshold, that.successThreshold)
        && Objects.equals(tcpSocket, that.tcpSocket)
        && Objects.equals(terminationGracePeriodSeconds, that.terminationGracePeriodSeconds)
        && Objects.equals(timeoutSeconds, that.timeoutSeconds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(exec, failureThreshold, grpc, httpGet, initialDelaySeconds, periodSeconds, successThreshold, tcpSocket, terminationGracePeriodSeconds, timeoutSeconds);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1Probe {\n");
    sb.append("    exec: ").append(String.valueOf(exec).replace("\n", "\n    ")).append('\n');
    sb.append("    failureThreshold: ").append(failureThreshold).append('\n');
    sb.append("    grpc: ").append(String.valueOf(grpc).replace("\n", "\n    ")).append('\n');
    sb.append("    httpGet: ").append(String.valueOf(httpGet).replace("\n", "\n    ")).append('\n');
    sb.append("    initialDelaySeconds: ").append(initialDelaySeconds).append('\n');
    sb.append("    periodSeconds: ").append(periodSeconds).append('\n');
    sb.append("    successThreshold: ").append(successThreshold).append('\n');
    sb.append("    tcpSocket: ").append(String.valueOf(tcpSocket).replace("\n", "\n    ")).append('\n');
    sb.append("    terminationGracePeriodSeconds: ").append(terminationGracePeriodSeconds).append('\n');
    sb.append("    timeoutSeconds: ").append(timeoutSeconds).append('\n');
    return sb.append("}").toString();
  }
}
