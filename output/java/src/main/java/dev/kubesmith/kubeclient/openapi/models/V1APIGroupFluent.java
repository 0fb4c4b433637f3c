package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1APIGroup}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1APIGroupBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1APIGroupFluent<A extends V1APIGroupFluent<A>> {
  private String apiVersion;
  private String kind;
  private String name;
  private V1GroupVersionForDiscovery preferredVersion;
  private List<V1ServerAddressByClientCIDR> serverAddressByClientCIDRs;
  private List<V1GroupVersionForDiscovery> versions;

  public V1APIGroupFluent() {}

  public V1APIGroupFluent(V1APIGroup instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1APIGroup instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.name = instance.getName();
      this.preferredVersion = instance.getPreferredVersion();
      this.serverAddressByClientCIDRs = instance.getServerAddressByClientCIDRs() == null ? null : new ArrayList<>(instance.getServerAddressByClientCIDRs());
      this.versions = instance.getVersions() == null ? null : new ArrayList<>(instance.getVersions());
    }
  }

  /** A new {@link V1APIGroup} holding what was set (lists and maps copied). */
  V1APIGroup toModel() {
    V1APIGroup o = new V1APIGroup();
    o.setApiVersion(apiVersion);
    o.setKind(kind);
    o.setName(name);
    o.setPreferredVersion(preferredVersion);
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

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
  }

  public V1GroupVersionForDiscovery getPreferredVersion() {
    return preferredVersion;
  }

  public A withPreferredVersion(V1GroupVersionForDiscovery preferredVersion) {
    this.preferredVersion = preferredVersion;
    return self();
  }

  public boolean hasPreferredVersion() {
    return preferredVersion != null;
  }

  public V1GroupVersionForDiscovery buildPreferredVersion() {
    return preferredVersion;
  }

  public PreferredVersionNested withNewPreferredVersion() {
    return new PreferredVersionNested(null);
  }

  public PreferredVersionNested withNewPreferredVersionLike(V1GroupVersionForDiscovery item) {
    return new PreferredVersionNested(item);
  }

  public PreferredVersionNested editPreferredVersion() {
    return new PreferredVersionNested(preferredVersion);
  }

  public PreferredVersionNested editOrNewPreferredVersion() {
    return new PreferredVersionNested(preferredVersion != null ? preferredVersion : new V1GroupVersionForDiscovery());
  }

  public PreferredVersionNested editOrNewPreferredVersionLike(V1GroupVersionForDiscovery item) {
    return new PreferredVersionNested(preferredVersion != null ? preferredVersion : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PreferredVersionNested extends V1GroupVersionForDiscoveryFluent<PreferredVersionNested> {
    PreferredVersionNested(V1GroupVersionForDiscovery item) {
      super(item);
    }

    public A and() {
      return V1APIGroupFluent.this.withPreferredVersion(toModel());
    }

    public A endPreferredVersion() {
      return and();
    }
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
      return V1APIGroupFluent.this.setToServerAddressByClientCIDRs(index, toModel());
    }

    public A endServerAddressByClientCIDR() {
      return and();
    }
  }

  public List<V1GroupVersionForDiscovery> getVersions() {
    return versions;
  }

  public A withVersions(List<V1GroupVersionForDiscovery> versions) {
    this.versions = versions == null ? null : new ArrayList<>(versions);
    return self();
  }

  public boolean hasVersions() {
    return versions != null;
  }

  public A withVersions(V1GroupVersionForDiscovery... items) {
    this.versions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToVersions(V1GroupVersionForDiscovery... items) {
    for (V1GroupVersionForDiscovery item : items) {
      addToVersions(-1, item);
    }
    return self();
  }

  public A removeFromVersions(V1GroupVersionForDiscovery... items) {
    return removeAllFromVersions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToVersions(int index, V1GroupVersionForDiscovery item) {
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
  public A setToVersions(int index, V1GroupVersionForDiscovery item) {
    if (index < 0 || this.versions == null || index >= this.versions.size()) {
      return addToVersions(-1, item);
    }
    this.versions.set(index, item);
    return self();
  }

  public A addAllToVersions(Collection<V1GroupVersionForDiscovery> items) {
    for (V1GroupVersionForDiscovery item : items) {
      addToVersions(-1, item);
    }
    return self();
  }

  public A removeAllFromVersions(Collection<V1GroupVersionForDiscovery> items) {
    if (this.versions != null) {
      this.versions.removeAll(items);
    }
    return self();
  }

  public List<V1GroupVersionForDiscovery> buildVersions() {
    return versions;
  }

  public V1GroupVersionForDiscovery buildVersion(int index) {
    return this.versions.get(index);
  }

  public VersionsNested addNewVersion() {
    return new VersionsNested(-1, null);
  }

  public VersionsNested addNewVersionLike(V1GroupVersionForDiscovery item) {
    return new VersionsNested(-1, item);
  }

  public VersionsNested setNewVersionLike(int index, V1GroupVersionForDiscovery item) {
    return new VersionsNested(index, item);
  }

  public VersionsNested editVersion(int index) {
    if (this.versions == null || index < 0 || index >= this.versions.size()) {
      throw new IndexOutOfBoundsException("can't edit versions [" + index + "]");
    }
    return new VersionsNested(index, this.versions.get(index));
  }

  public VersionsNested editFirstVersion() {
    return editVersion(0);
  }

  public VersionsNested editLastVersion() {
    return editVersion(this.versions == null ? -1 : this.versions.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class VersionsNested extends V1GroupVersionForDiscoveryFluent<VersionsNested> {
    private final int index;

    VersionsNested(int index, V1GroupVersionForDiscovery item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1APIGroupFluent.this.setToVersions(index, toModel());
    }

    public A endVersion() {
      return and();
    }
  }
}
