package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.IntOrString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1HTTPGetAction}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1HTTPGetActionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1HTTPGetActionFluent<A extends V1HTTPGetActionFluent<A>> {
  private String host;
  private List<V1HTTPHeader> httpHeaders;
  private String path;
  private IntOrString port;
  private String protocol;
  private String scheme;

  public V1HTTPGetActionFluent() {}

  public V1HTTPGetActionFluent(V1HTTPGetAction instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1HTTPGetAction instance) {
    if (instance != null) {
      this.host = instance.getHost();
      this.httpHeaders = instance.getHttpHeaders() == null ? null : new ArrayList<>(instance.getHttpHeaders());
      this.path = instance.getPath();
      this.port = instance.getPort();
      this.protocol = instance.getProtocol();
      this.scheme = instance.getScheme();
    }
  }

  /** A new {@link V1HTTPGetAction} holding what was set (lists and maps copied). */
  V1HTTPGetAction toModel() {
    V1HTTPGetAction o = new V1HTTPGetAction();
    o.setHost(host);
    o.setHttpHeaders(httpHeaders == null ? null : new ArrayList<>(httpHeaders));
    o.setPath(path);
    o.setPort(port);
    o.setProtocol(protocol);
    o.setScheme(scheme);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getHost() {
    return host;
  }

  public A withHost(String host) {
    this.host = host;
    return self();
  }

  public boolean hasHost() {
    return host != null;
  }

  public List<V1HTTPHeader> getHttpHeaders() {
    return httpHeaders;
  }

  public A withHttpHeaders(List<V1HTTPHeader> httpHeaders) {
    this.httpHeaders = httpHeaders == null ? null : new ArrayList<>(httpHeaders);
    return self();
  }

  public boolean hasHttpHeaders() {
    return httpHeaders != null;
  }

  public A withHttpHeaders(V1HTTPHeader... items) {
    this.httpHeaders = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToHttpHeaders(V1HTTPHeader... items) {
    for (V1HTTPHeader item : items) {
      addToHttpHeaders(-1, item);
    }
    return self();
  }

  public A removeFromHttpHeaders(V1HTTPHeader... items) {
    return removeAllFromHttpHeaders(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToHttpHeaders(int index, V1HTTPHeader item) {
    if (this.httpHeaders == null) {
      this.httpHeaders = new ArrayList<>();
    }
    if (index < 0 || index >= this.httpHeaders.size()) {
      this.httpHeaders.add(item);
    } else {
      this.httpHeaders.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToHttpHeaders(int index, V1HTTPHeader item) {
    if (index < 0 || this.httpHeaders == null || index >= this.httpHeaders.size()) {
      return addToHttpHeaders(-1, item);
    }
    this.httpHeaders.set(index, item);
    return self();
  }

  public A addAllToHttpHeaders(Collection<V1HTTPHeader> items) {
    for (V1HTTPHeader item : items) {
      addToHttpHeaders(-1, item);
    }
    return self();
  }

  public A removeAllFromHttpHeaders(Collection<V1HTTPHeader> items) {
    if (this.httpHeaders != null) {
      this.httpHeaders.removeAll(items);
    }
    return self();
  }

  public List<V1HTTPHeader> buildHttpHeaders() {
    return httpHeaders;
  }

  public V1HTTPHeader buildHttpHeader(int index) {
    return this.httpHeaders.get(index);
  }

  public HttpHeadersNested addNewHttpHeader() {
    return new HttpHeadersNested(-1, null);
  }

  public HttpHeadersNested addNewHttpHeaderLike(V1HTTPHeader item) {
    return new HttpHeadersNested(-1, item);
  }

  public HttpHeadersNested setNewHttpHeaderLike(int index, V1HTTPHeader item) {
    return new HttpHeadersNested(index, item);
  }

  public HttpHeadersNested editHttpHeader(int index) {
    if (this.httpHeaders == null || index < 0 || index >= this.httpHeaders.size()) {
      throw new IndexOutOfBoundsException("can't edit httpHeaders [" + index + "]");
    }
    return new HttpHeadersNested(index, this.httpHeaders.get(index));
  }

  public HttpHeadersNested editFirstHttpHeader() {
    return editHttpHeader(0);
  }

  public HttpHeadersNested editLastHttpHeader() {
    return editHttpHeader(this.httpHeaders == null ? -1 : this.httpHeaders.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class HttpHeadersNested extends V1HTTPHeaderFluent<HttpHeadersNested> {
    private final int index;

    HttpHeadersNested(int index, V1HTTPHeader item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1HTTPGetActionFluent.this.setToHttpHeaders(index, toModel());
    }

    public A endHttpHeader() {
      return and();
    }
  }

  public String getPath() {
    return path;
  }

  public A withPath(String path) {
    this.path = path;
    return self();
  }

  public boolean hasPath() {
    return path != null;
  }

  public IntOrString getPort() {
    return port;
  }

  public A withPort(IntOrString port) {
    this.port = port;
    return self();
  }

  public boolean hasPort() {
    return port != null;
  }

  public String getProtocol() {
    return protocol;
  }

  public A withProtocol(String protocol) {
    this.protocol = protocol;
    return self();
  }

  public boolean hasProtocol() {
    return protocol != null;
  }

  public String getScheme() {
    return scheme;
  }

  public A withScheme(String scheme) {
    this.scheme = scheme;
    return self();
  }

  public boolean hasScheme() {
    return scheme != null;
  }
}
