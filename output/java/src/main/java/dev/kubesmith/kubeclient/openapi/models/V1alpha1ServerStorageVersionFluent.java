package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1alpha1ServerStorageVersion}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1ServerStorageVersionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1ServerStorageVersionFluent<A extends V1alpha1ServerStorageVersionFluent<A>> {
  private String apiServerID;
  private List<String> decodableVersions;
  private String encodingVersion;
  private List<String> servedVersions;

  public V1alpha1ServerStorageVersionFluent() {}

  public V1alpha1ServerStorageVersionFluent(V1alpha1ServerStorageVersion instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1ServerStorageVersion instance) {
    if (instance != null) {
      this.apiServerID = instance.getApiServerID();
      this.decodableVersions = instance.getDecodableVersions() == null ? null : new ArrayList<>(instance.getDecodableVersions());
      this.encodingVersion = instance.getEncodingVersion();
      this.servedVersions = instance.getServedVersions() == null ? null : new ArrayList<>(instance.getServedVersions());
    }
  }

  /** A new {@link V1alpha1ServerStorageVersion} holding what was set (lists and maps copied). */
  V1alpha1ServerStorageVersion toModel() {
    V1alpha1ServerStorageVersion o = new V1alpha1ServerStorageVersion();
    o.setApiServerID(apiServerID);
    o.setDecodableVersions(decodableVersions == null ? null : new ArrayList<>(decodableVersions));
    o.setEncodingVersion(encodingVersion);
    o.setServedVersions(servedVersions == null ? null : new ArrayList<>(servedVersions));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getApiServerID() {
    return apiServerID;
  }

  public A withApiServerID(String apiServerID) {
    this.apiServerID = apiServerID;
    return self();
  }

  public boolean hasApiServerID() {
    return apiServerID != null;
  }

  public List<String> getDecodableVersions() {
    return decodableVersions;
  }

  public A withDecodableVersions(List<String> decodableVersions) {
    this.decodableVersions = decodableVersions == null ? null : new ArrayList<>(decodableVersions);
    return self();
  }

  public boolean hasDecodableVersions() {
    return decodableVersions != null;
  }

  public A withDecodableVersions(String... items) {
    this.decodableVersions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToDecodableVersions(String... items) {
    for (String item : items) {
      addToDecodableVersions(-1, item);
    }
    return self();
  }

  public A removeFromDecodableVersions(String... items) {
    return removeAllFromDecodableVersions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToDecodableVersions(int index, String item) {
    if (this.decodableVersions == null) {
      this.decodableVersions = new ArrayList<>();
    }
    if (index < 0 || index >= this.decodableVersions.size()) {
      this.decodableVersions.add(item);
    } else {
      this.decodableVersions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToDecodableVersions(int index, String item) {
    if (index < 0 || this.decodableVersions == null || index >= this.decodableVersions.size()) {
      return addToDecodableVersions(-1, item);
    }
    this.decodableVersions.set(index, item);
    return self();
  }

  public A addAllToDecodableVersions(Collection<String> items) {
    for (String item : items) {
      addToDecodableVersions(-1, item);
    }
    return self();
  }

  public A removeAllFromDecodableVersions(Collection<String> items) {
    if (this.decodableVersions != null) {
      this.decodableVersions.removeAll(items);
    }
    return self();
  }

  public String getEncodingVersion() {
    return encodingVersion;
  }

  public A withEncodingVersion(String encodingVersion) {
    this.encodingVersion = encodingVersion;
    return self();
  }

  public boolean hasEncodingVersion() {
    return encodingVersion != null;
  }

  public List<String> getServedVersions() {
    return servedVersions;
  }

  public A withServedVersions(List<String> servedVersions) {
    this.servedVersions = servedVersions == null ? null : new ArrayList<>(servedVersions);
    return self();
  }

  public boolean hasServedVersions() {
    return servedVersions != null;
  }

  public A withServedVersions(String... items) {
    this.servedVersions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToServedVersions(String... items) {
    for (String item : items) {
      addToServedVersions(-1, item);
    }
    return self();
  }

  public A removeFromServedVersions(String... items) {
    return removeAllFromServedVersions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToServedVersions(int index, String item) {
    if (this.servedVersions == null) {
      this.servedVersions = new ArrayList<>();
    }
    if (index < 0 || index >= this.servedVersions.size()) {
      this.servedVersions.add(item);
    } else {
      this.servedVersions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToServedVersions(int index, String item) {
    if (index < 0 || this.servedVersions == null || index >= this.servedVersions.size()) {
      return addToServedVersions(-1, item);
    }
    this.servedVersions.set(index, item);
    return self();
  }

  public A addAllToServedVersions(Collection<String> items) {
    for (String item : items) {
      addToServedVersions(-1, item);
    }
    return self();
  }

  public A removeAllFromServedVersions(Collection<String> items) {
    if (this.servedVersions != null) {
      this.servedVersions.removeAll(items);
    }
    return self();
  }
}
