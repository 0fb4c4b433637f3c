package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1LifecycleHandler}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1LifecycleHandlerBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1LifecycleHandlerFluent<A extends V1LifecycleHandlerFluent<A>> {
  private V1ExecAction exec;
  private V1HTTPGetAction httpGet;
  private V1SleepAction sleep;
  private V1TCPSocketAction tcpSocket;

  public V1LifecycleHandlerFluent() {}

  public V1LifecycleHandlerFluent(V1LifecycleHandler instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1LifecycleHandler instance) {
    if (instance != null) {
      this.exec = instance.getExec();
      this.httpGet = instance.getHttpGet();
      this.sleep = instance.getSleep();
      this.tcpSocket = instance.getTcpSocket();
    }
  }

  /** A new {@link V1LifecycleHandler} holding what was set (lists and maps copied). */
  V1LifecycleHandler toModel() {
    V1LifecycleHandler o = new V1LifecycleHandler();
    o.setExec(exec);
    o.setHttpGet(httpGet);
    o.setSleep(sleep);
    o.setTcpSocket(tcpSocket);
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
      return V1LifecycleHandlerFluent.this.withExec(toModel());
    }

    public A endExec() {
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
      return V1LifecycleHandlerFluent.this.withHttpGet(toModel());
    }

    public A endHttpGet() {
      return and();
    }
  }

  public V1SleepAction getSleep() {
    return sleep;
  }

  public A withSleep(V1SleepAction sleep) {
    this.sleep = sleep;
    return self();
  }

  public boolean hasSleep() {
    return sleep != null;
  }

  public V1SleepAction buildSleep() {
    return sleep;
  }

  public SleepNested withNewSleep() {
    return new SleepNested(null);
  }

  public SleepNested withNewSleepLike(V1SleepAction item) {
    return new SleepNested(item);
  }

  public SleepNested editSleep() {
    return new SleepNested(sleep);
  }

  public SleepNested editOrNewSleep() {
    return new SleepNested(sleep != null ? sleep : new V1SleepAction());
  }

  public SleepNested editOrNewSleepLike(V1SleepAction item) {
    return new SleepNested(sleep != null ? sleep : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SleepNested extends V1SleepActionFluent<SleepNested> {
    SleepNested(V1SleepAction item) {
      super(item);
    }

    public A and() {
      return V1LifecycleHandlerFluent.this.withSleep(toModel());
    }

    public A endSleep() {
      return and();
    }
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
      return V1LifecycleHandlerFluent.this.withTcpSocket(toModel());
    }

    public A endTcpSocket() {
      return and();
    }
  }
}
