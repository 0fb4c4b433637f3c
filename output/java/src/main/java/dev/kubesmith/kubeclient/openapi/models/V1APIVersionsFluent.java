package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1APIVersions}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1APIVersionsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1APIVersionsFluent<A extends V1APIVersionsFluent<A>> {
  private String apiVersion;
  private String kind;
  private List<V1ServerAddressByClientCIDR> serverAddressByClientCIDRs;
  private List<String> versions;

  public V1APIVersionsFluent() {}

  public V1APIVersionsFluent(V1APIVersions instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1APIVersions instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.serverAddressByClientCIDRs = instance.getServerAddressByClientCIDRs() == null ? null : new ArrayList<>(instance.getServerAddressByClientCIDRs());
      this.versions = instance.getVersions() == null ? null : new ArrayList<>(instance.getVersions());
    }
  }

  /** A new {@link V1APIVersions} holding what was set (lists and maps copied). */
  V1APIVersions toModel() {
    V1APIVersions o = new V1APIVersions();
    o.setApiVersion(apiVersion);
    o.setKind(kind);
    o.setServerAddressByClientCIDRs(serverAddressByClientCIDRs == null ? null : new ArrayList<>(serverAddressByClientCIDRs));
    o.setVersions(versions == null ? null : new ArrayList<>(versions));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public A withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return self();
  }

  public boolean hasApiVersion() {
    return apiVersion != null;
  }

  public String getKind() {
    return kind;
  }

  public A withKind(String kind) {
    this.kind = kind;
    return self();
  }

  public boolean hasKind() {
    return kind != null;
  }

  public List<V1ServerAddressByClientCIDR> getServerAddressByClientCIDRs() {
    return serverAddressByClientCIDRs;
  }

  public A withServerAddressByClientCIDRs(List<V1ServerAddressByClientCIDR> serverAddressByClientCIDRs) {
    this.serverAddressByClientCIDRs = serverAddressByClientCIDRs == null ? null : new ArrayList<>(serverAddressByClientCIDRs);
    return self();
  }

  public boolean hasServerAddressByClientCIDRs() {
    return serverAddressByClientCIDRs != null;
  }

  public A withServerAddressByClientCIDRs(V1ServerAddressByClientCIDR... items) {
    this.serverAddressByClientCIDRs = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToServerAddressByClientCIDRs(V1ServerAddressByClientCIDR... items) {
    for (V1ServerAddressByClientCIDR item : items) {
      addToServerAddressByClientCIDRs(-1, item);
    }
    return self();
  }

  public A removeFromServerAddressByClientCIDRs(V1ServerAddressByClientCIDR... items) {
    return removeAllFromServerAddressByClientCIDRs(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToServerAddressByClientCIDRs(int index, V1ServerAddressByClientCIDR item) {
    if (this.serverAddressByClientCIDRs == null) {
      this.serverAddressByClientCIDRs = new ArrayList<>();
    }
    if (index < 0 || index >= this.serverAddressByClientCIDRs.size()) {
      this.serverAddressByClientCIDRs.add(item);
    } else {
      this.serverAddressByClientCIDRs.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToServerAddressByClientCIDRs(int index, V1ServerAddressByClientCIDR item) {
    if (index < 0 || this.serverAddressByClientCIDRs == null || index >= this.serverAddressByClientCIDRs.size()) {
      return addToServerAddressByClientCIDRs(-1, item);
    }
    this.serverAddressByClientCIDRs.set(index, item);
    return self();
  }

  public A addAllToServerAddressByClientCIDRs(Collection<V1ServerAddressByClientCIDR> items) {
    for (V1ServerAddressByClientCIDR item : items) {
      addToServerAddressByClientCIDRs(-1, item);
    }
    return self();
  }

  public A removeAllFromServerAddressByClientCIDRs(Collection<V1ServerAddressByClientCIDR> items) {
    if (this.serverAddressByClientCIDRs != null) {
      this.serverAddressByClientCIDRs.removeAll(items);
    }
    return self();
  }

  public List<V1ServerAddressByClientCIDR> buildServerAddressByClientCIDRs() {
    return serverAddressByClientCIDRs;
  }

  public V1ServerAddressByClientCIDR buildServerAddressByClientCIDR(int index) {
    return this.serverAddressByClientCIDRs.get(index);
  }

  public ServerAddressByClientCIDRsNested addNewServerAddressByClientCIDR() {
    return new ServerAddressByClientCIDRsNested(-1, null);
  }

  public ServerAddressByClientCIDRsNested addNewServerAddressByClientCIDRLike(V1ServerAddressByClientCIDR item) {
    return new ServerAddressByClientCIDRsNested(-1, item);
  }

  public ServerAddressByClientCIDRsNested setNewServerAddressByClientCIDRLike(int index, V1ServerAddressByClientCIDR item) {
    return new ServerAddressByClientCIDRsNested(index, item);
  }

  public ServerAddressByClientCIDRsNested editServerAddressByClientCIDR(int index) {
    if (this.serverAddressByClientCIDRs == null || index < 0 || index >= this.serverAddressByClientCIDRs.size()) {
      throw new IndexOutOfBoundsException("can't edit serverAddressByClientCIDRs [" + index + "]");
    }
    return new ServerAddressByClientCIDRsNested(index, this.serverAddressByClientCIDRs.get(index));
  }

  public ServerAddressByClientCIDRsNested editFirstServerAddressByClientCIDR() {
    return editServerAddressByClientCIDR(0);
  }

  public ServerAddressByClientCIDRsNested editLastServerAddressByClientCIDR() {
    return editServerAddressByClientCIDR(this.serverAddressByClientCIDRs == null ? -1 : this.serverAddressByClientCIDRs.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ServerAddressByClientCIDRsNested extends V1ServerAddressByClientCIDRFluent<ServerAddressByClientCIDRsNested> {
    private final int index;

    ServerAddressByClientCIDRsNested(int index, V1ServerAddressByClientCIDR item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1APIVersionsFluent.this.setToServerAddressByClientCIDRs(index, toModel());
    }

    public A endServerAddressByClientCIDR() {
      return and();
    }
  }

  public List<String> getVersions() {
    return versions;
  }

  public A withVersions(List<String> versions) {
    this.versions = versions == null ? null : new ArrayList<>(versions);
    return self();
  }

  public boolean hasVersions() {
    return versions != null;
  }

  public A withVersions(String... items) {
    this.versions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToVersions(String... items) {
    for (String item : items) {
      addToVersions(-1, item);
    }
    return self();
  }

  public A removeFromVersions(String... items) {
    return removeAllFromVersions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToVersions(int index, String item) {
    if (this.versions == null) {
      this.versions = new ArrayList<>();
    }
    if (index < 0 || index >= this.versions.size()) {
      this.versions.add(item);
    } else {
      this.versions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToVersions(int index, String item) {
    if (index < 0 || this.versions == null || index >= this.versions.size()) {
      return addToVersions(-1, item);
    }
    this.versions.set(index, item);
    return self();
  }

  public A addAllToVersions(Collection<String> items) {
    for (String item : items) {
      addToVersions(-1, item);
    }
    return self();
  }

  public A removeAllFromVersions(Collection<String> items) {
    if (this.versions != null) {
      this.versions.removeAll(items);
    }
    return self();
  }
}
