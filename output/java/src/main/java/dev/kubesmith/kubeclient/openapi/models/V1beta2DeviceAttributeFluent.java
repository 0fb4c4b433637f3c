package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1beta2DeviceAttribute}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta2DeviceAttributeBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta2DeviceAttributeFluent<A extends V1beta2DeviceAttributeFluent<A>> {
  private Boolean bool;
  private List<Boolean> bools;
  private Long _int;
  private List<Long> ints;
  private String string;
  private List<String> strings;
  private String version;
  private List<String> versions;

  public V1beta2DeviceAttributeFluent() {}

  public V1beta2DeviceAttributeFluent(V1beta2DeviceAttribute instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta2DeviceAttribute instance) {
    if (instance != null) {
      this.bool = instance.getBool();
      this.bools = instance.getBools() == null ? null : new ArrayList<>(instance.getBools());
      this._int = instance.getInt();
      this.ints = instance.getInts() == null ? null : new ArrayList<>(instance.getInts());
      this.string = instance.getString();
      this.strings = instance.getStrings() == null ? null : new ArrayList<>(instance.getStrings());
      this.version = instance.getVersion();
      this.versions = instance.getVersions() == null ? null : new ArrayList<>(instance.getVersions());
    }
  }

  /** A new {@link V1beta2DeviceAttribute} holding what was set (lists and maps copied). */
  V1beta2DeviceAttribute toModel() {
    V1beta2DeviceAttribute o = new V1beta2DeviceAttribute();
    o.setBool(bool);
    o.setBools(bools == null ? null : new ArrayList<>(bools));
    o.setInt(_int);
    o.setInts(ints == null ? null : new ArrayList<>(ints));
    o.setString(string);
    o.setStrings(strings == null ? null : new ArrayList<>(strings));
    o.setVersion(version);
    o.setVersions(versions == null ? null : new ArrayList<>(versions));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Boolean getBool() {
    return bool;
  }

  public A withBool(Boolean bool) {
    this.bool = bool;
    return self();
  }

  public boolean hasBool() {
    return bool != null;
  }

  public List<Boolean> getBools() {
    return bools;
  }

  public A withBools(List<Boolean> bools) {
    this.bools = bools == null ? null : new ArrayList<>(bools);
    return self();
  }

  public boolean hasBools() {
    return bools != null;
  }

  public A withBools(Boolean... items) {
    this.bools = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToBools(Boolean... items) {
    for (Boolean item : items) {
      addToBools(-1, item);
    }
    return self();
  }

  public A removeFromBools(Boolean... items) {
    return removeAllFromBools(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToBools(int index, Boolean item) {
    if (this.bools == null) {
      this.bools = new ArrayList<>();
    }
    if (index < 0 || index >= this.bools.size()) {
      this.bools.add(item);
    } else {
      this.bools.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToBools(int index, Boolean item) {
    if (index < 0 || this.bools == null || index >= this.bools.size()) {
      return addToBools(-1, item);
    }
    this.bools.set(index, item);
    return self();
  }

  public A addAllToBools(Collection<Boolean> items) {
    for (Boolean item : items) {
      addToBools(-1, item);
    }
    return self();
  }

  public A removeAllFromBools(Collection<Boolean> items) {
    if (this.bools != null) {
      this.bools.removeAll(items);
    }
    return self();
  }

  public Long getInt() {
    return _int;
  }

  public A withInt(Long _int) {
    this._int = _int;
    return self();
  }

  public boolean hasInt() {
    return _int != null;
  }

  public List<Long> getInts() {
    return ints;
  }

  public A withInts(List<Long> ints) {
    this.ints = ints == null ? null : new ArrayList<>(ints);
    return self();
  }

  public boolean hasInts() {
    return ints != null;
  }

  public A withInts(Long... items) {
    this.ints = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToInts(Long... items) {
    for (Long item : items) {
      addToInts(-1, item);
    }
    return self();
  }

  public A removeFromInts(Long... items) {
    return removeAllFromInts(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToInts(int index, Long item) {
    if (this.ints == null) {
      this.ints = new ArrayList<>();
    }
    if (index < 0 || index >= this.ints.size()) {
      this.ints.add(item);
    } else {
      this.ints.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToInts(int index, Long item) {
    if (index < 0 || this.ints == null || index >= this.ints.size()) {
      return addToInts(-1, item);
    }
    this.ints.set(index, item);
    return self();
  }

  public A addAllToInts(Collection<Long> items) {
    for (Long item : items) {
      addToInts(-1, item);
    }
    return self();
  }

  public A removeAllFromInts(Collection<Long> items) {
    if (this.ints != null) {
      this.ints.removeAll(items);
    }
    return self();
  }

  public String getString() {
    return string;
  }

  public A withString(String string) {
    this.string = string;
    return self();
  }

  public boolean hasString() {
    return string != null;
  }

  public List<String> getStrings() {
    return strings;
  }

  public A withStrings(List<String> strings) {
    this.strings = strings == null ? null : new ArrayList<>(strings);
    return self();
  }

  public boolean hasStrings() {
    return strings != null;
  }

  public A withStrings(String... items) {
    this.strings = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToStrings(String... items) {
    for (String item : items) {
      addToStrings(-1, item);
    }
    return self();
  }

  public A removeFromStrings(String... items) {
    return removeAllFromStrings(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToStrings(int index, String item) {
    if (this.strings == null) {
      this.strings = new ArrayList<>();
    }
    if (index < 0 || index >= this.strings.size()) {
      this.strings.add(item);
    } else {
      this.strings.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToStrings(int index, String item) {
    if (index < 0 || this.strings == null || index >= this.strings.size()) {
      return addToStrings(-1, item);
    }
    this.strings.set(index, item);
    return self();
  }

  public A addAllToStrings(Collection<String> items) {
    for (String item : items) {
      addToStrings(-1, item);
    }
    return self();
  }

  public A removeAllFromStrings(Collection<String> items) {
    if (this.strings != null) {
      this.strings.removeAll(items);
    }
    return self();
  }

  public String getVersion() {
    return version;
  }

  public A withVersion(String version) {
    this.version = version;
    return self();
  }

  public boolean hasVersion() {
    return version != null;
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
