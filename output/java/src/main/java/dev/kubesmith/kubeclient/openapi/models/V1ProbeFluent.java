package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1Probe}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ProbeBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ProbeFluent<A extends V1ProbeFluent<A>> {
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

  public V1ProbeFluent() {}

  public V1ProbeFluent(V1Probe instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Probe instance) {
    if (instance != null) {
      this.exec = instance.getExec();
      this.failureThreshold = instance.getFailureThreshold();
      this.grpc = instance.getGrpc();
      this.httpGet = instance.getHttpGet();
      this.initialDelaySeconds = instance.getInitialDelaySeconds();
      this.periodSeconds = instance.getPeriodSeconds();
      this.successThreshold = instance.getSuccessThreshold();
      this.tcpSocket = instance.getTcpSocket();
      this.terminationGracePeriodSeconds = instance.getTerminationGracePeriodSeconds();
      this.timeoutSeconds = instance.getTimeoutSeconds();
    }
  }

  /** A new {@link V1Probe} holding what was set (lists and maps copied). */
  V1Probe toModel() {
    V1Probe o = new V1Probe();
    o.setExec(exec);
    o.setFailureThreshold(failureThreshold);
    o.setGrpc(grpc);
    o.setHttpGet(httpGet);
    o.setInitialDelaySeconds(initialDelaySeconds);
    o.setPeriodSeconds(periodSeconds);
    o.setSuccessThreshold(successThreshold);
    o.setTcpSocket(tcpSocket);
    o.setTerminationGracePeriodSeconds(terminationGracePeriodSeconds);
    o.setTimeoutSeconds(timeoutSeconds);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1ExecAction getExec() {
    return exec;
  }

  public A withExec(V1ExecAction exec) {
    this.exec = exec;
    return self();
  }

  public boolean hasExec() {
    return exec != null;
  }

  public V1ExecAction buildExec() {
    return exec;
  }

  public ExecNested withNewExec() {
    return new ExecNested(null);
  }

  public ExecNested withNewExecLike(V1ExecAction item) {
    return new ExecNested(item);
  }

  public ExecNested editExec() {
    return new ExecNested(exec);
  }

  public ExecNested editOrNewExec() {
    return new ExecNested(exec != null ? exec : new V1ExecAction());
  }

  public ExecNested editOrNewExecLike(V1ExecAction item) {
    return new ExecNested(exec != null ? exec : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ExecNested extends V1ExecActionFluent<ExecNested> {
    ExecNested(V1ExecAction item) {
      super(item);
    }

    public A and() {
      return V1ProbeFluent.this.withExec(toModel());
    }

    public A endExec() {
      return and();
    }
  }

  public Integer getFailureThreshold() {
    return failureThreshold;
  }

  public A withFailureThreshold(Integer failureThreshold) {
    this.failureThreshold = failureThreshold;
    return self();
  }

  public boolean hasFailureThreshold() {
    return failureThreshold != null;
  }

  public V1GRPCAction getGrpc() {
    return grpc;
  }

  public A withGrpc(V1GRPCAction grpc) {
    this.grpc = grpc;
    return self();
  }

  public boolean hasGrpc() {
    return grpc != null;
  }

  public V1GRPCAction buildGrpc() {
    return grpc;
  }

  public GrpcNested withNewGrpc() {
    return new GrpcNested(null);
  }

  public GrpcNested withNewGrpcLike(V1GRPCAction item) {
    return new GrpcNested(item);
  }

  public GrpcNested editGrpc() {
    return new GrpcNested(grpc);
  }

  public GrpcNested editOrNewGrpc() {
    return new GrpcNested(grpc != null ? grpc : new V1GRPCAction());
  }

  public GrpcNested editOrNewGrpcLike(V1GRPCAction item) {
    return new GrpcNested(grpc != null ? grpc : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class GrpcNested extends V1GRPCActionFluent<GrpcNested> {
    GrpcNested(V1GRPCAction item) {
      super(item);
    }

    public A and() {
      return V1ProbeFluent.this.withGrpc(toModel());
    }

    public A endGrpc() {
      return and();
    }
  }

  public V1HTTPGetAction getHttpGet() {
    return httpGet;
  }

  public A withHttpGet(V1HTTPGetAction httpGet) {
    this.httpGet = httpGet;
    return self();
  }

  public boolean hasHttpGet() {
    return httpGet != null;
  }

  public V1HTTPGetAction buildHttpGet() {
    return httpGet;
  }

  public HttpGetNested withNewHttpGet() {
    return new HttpGetNested(null);
  }

  public HttpGetNested withNewHttpGetLike(V1HTTPGetAction item) {
    return new HttpGetNested(item);
  }

  public HttpGetNested editHttpGet() {
    return new HttpGetNested(httpGet);
  }

  public HttpGetNested editOrNewHttpGet() {
    return new HttpGetNested(httpGet != null ? httpGet : new V1HTTPGetAction());
  }

  public HttpGetNested editOrNewHttpGetLike(V1HTTPGetAction item) {
    return new HttpGetNested(httpGet != null ? httpGet : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class HttpGetNested extends V1HTTPGetActionFluent<HttpGetNested> {
    HttpGetNested(V1HTTPGetAction item) {
      super(item);
    }

    public A and() {
      return V1ProbeFluent.this.withHttpGet(toModel());
    }

    public A endHttpGet() {
      return and();
    }
  }

  public Integer getInitialDelaySeconds() {
    return initialDelaySeconds;
  }

  public A withInitialDelaySeconds(Integer initialDelaySeconds) {
    this.initialDelaySeconds = initialDelaySeconds;
    return self();
  }

  public boolean hasInitialDelaySeconds() {
    return initialDelaySeconds != null;
  }

  public Integer getPeriodSeconds() {
    return periodSeconds;
  }

  public A withPeriodSeconds(Integer periodSeconds) {
    this.periodSeconds = periodSeconds;
    return self();
  }

  public boolean hasPeriodSeconds() {
    return periodSeconds != null;
  }

  public Integer getSuccessThreshold() {
    return successThreshold;
  }

  public A withSuccessThreshold(Integer successThreshold) {
    this.successThreshold = successThreshold;
    return self();
  }

  public boolean hasSuccessThreshold() {
    return successThreshold != null;
  }

  public V1TCPSocketAction getTcpSocket() {
    return tcpSocket;
  }

  public A withTcpSocket(V1TCPSocketAction tcpSocket) {
    this.tcpSocket = tcpSocket;
    return self();
  }

  public boolean hasTcpSocket() {
    return tcpSocket != null;
  }

  public V1TCPSocketAction buildTcpSocket() {
    return tcpSocket;
  }

  public TcpSocketNested withNewTcpSocket() {
    return new TcpSocketNested(null);
  }

  public TcpSocketNested withNewTcpSocketLike(V1TCPSocketAction item) {
    return new TcpSocketNested(item);
  }

  public TcpSocketNested editTcpSocket() {
    return new TcpSocketNested(tcpSocket);
  }

  public TcpSocketNested editOrNewTcpSocket() {
    return new TcpSocketNested(tcpSocket != null ? tcpSocket : new V1TCPSocketAction());
  }

  public TcpSocketNested editOrNewTcpSocketLike(V1TCPSocketAction item) {
    return new TcpSocketNested(tcpSocket != null ? tcpSocket : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class TcpSocketNested extends V1TCPSocketActionFluent<TcpSocketNested> {
    TcpSocketNested(V1TCPSocketAction item) {
      super(item);
    }

    public A and() {
      return V1ProbeFluent.this.withTcpSocket(toModel());
    }

    public A endTcpSocket() {
      return and();
    }
  }

  public Long getTerminationGracePeriodSeconds() {
    return terminationGracePeriodSeconds;
  }

  public A withTerminationGracePeriodSeconds(Long terminationGracePeriodSeconds) {
    this.terminationGracePeriodSeconds = terminationGracePeriodSeconds;
    return self();
  }

  public boolean hasTerminationGracePeriodSeconds() {
    return terminationGracePeriodSeconds != null;
  }

  public Integer getTimeoutSeconds() {
    return timeoutSeconds;
  }

  public A withTimeoutSeconds(Integer timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
    return self();
  }

  public boolean hasTimeoutSeconds() {
    return timeoutSeconds != null;
  }
}
