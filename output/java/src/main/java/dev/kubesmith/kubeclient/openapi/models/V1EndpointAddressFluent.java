package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1EndpointAddress}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1EndpointAddressBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1EndpointAddressFluent<A extends V1EndpointAddressFluent<A>> {
  private String hostname;
  private String ip;
  private String nodeName;
  private V1ObjectReference targetRef;

  public V1EndpointAddressFluent() {}

  public V1EndpointAddressFluent(V1EndpointAddress instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1EndpointAddress instance) {
    if (instance != null) {
      this.hostname = instance.getHostname();
      this.ip = instance.getIp();
      this.nodeName = instance.getNodeName();
      this.targetRef = instance.getTargetRef();
    }
  }

  /** A new {@link V1EndpointAddress} holding what was set (lists and maps copied). */
  V1EndpointAddress toModel() {
    V1EndpointAddress o = new V1EndpointAddress();
    o.setHostname(hostname);
    o.setIp(ip);
    o.setNodeName(nodeName);
    o.setTargetRef(targetRef);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getHostname() {
    return hostname;
  }

  public A withHostname(String hostname) {
    this.hostname = hostname;
    return self();
  }

  public boolean hasHostname() {
    return hostname != null;
  }

  public String getIp() {
    return ip;
  }

  public A withIp(String ip) {
    this.ip = ip;
    return self();
  }

  public boolean hasIp() {
    return ip != null;
  }

  public String getNodeName() {
    return nodeName;
  }

  public A withNodeName(String nodeName) {
    this.nodeName = nodeName;
    return self();
  }

  public boolean hasNodeName() {
    return nodeName != null;
  }

  public V1ObjectReference getTargetRef() {
    return targetRef;
  }

  public A withTargetRef(V1ObjectReference targetRef) {
    this.targetRef = targetRef;
    return self();
  }

  public boolean hasTargetRef() {
    return targetRef != null;
  }

  public V1ObjectReference buildTargetRef() {
    return targetRef;
  }

  public TargetRefNested withNewTargetRef() {
    return new TargetRefNested(null);
  }

  public TargetRefNested withNewTargetRefLike(V1ObjectReference item) {
    return new TargetRefNested(item);
  }

  public TargetRefNested editTargetRef() {
    return new TargetRefNested(targetRef);
  }

  public TargetRefNested editOrNewTargetRef() {
    return new TargetRefNested(targetRef != null ? targetRef : new V1ObjectReference());
  }

  public TargetRefNested editOrNewTargetRefLike(V1ObjectReference item) {
    return new TargetRefNested(targetRef != null ? targetRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class TargetRefNested extends V1ObjectReferenceFluent<TargetRefNested> {
    TargetRefNested(V1ObjectReference item) {
      super(item);
    }

    public A and() {
      return V1EndpointAddressFluent.this.withTargetRef(toModel());
    }

    public A endTargetRef() {
      return and();
    }
  }
}
