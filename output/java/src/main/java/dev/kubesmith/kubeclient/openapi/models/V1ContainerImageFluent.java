package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ContainerImage}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ContainerImageBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ContainerImageFluent<A extends V1ContainerImageFluent<A>> {
  private List<String> names;
  private Long sizeBytes;

  public V1ContainerImageFluent() {}

  public V1ContainerImageFluent(V1ContainerImage instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ContainerImage instance) {
    if (instance != null) {
      this.names = instance.getNames() == null ? null : new ArrayList<>(instance.getNames());
      this.sizeBytes = instance.getSizeBytes();
    }
  }

  /** A new {@link V1ContainerImage} holding what was set (lists and maps copied). */
  V1ContainerImage toModel() {
    V1ContainerImage o = new V1ContainerImage();
    o.setNames(names == null ? null : new ArrayList<>(names));
    o.setSizeBytes(sizeBytes);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getNames() {
    return names;
  }

  public A withNames(List<String> names) {
    this.names = names == null ? null : new ArrayList<>(names);
    return self();
  }

  public boolean hasNames() {
    return names != null;
  }

  public A withNames(String... items) {
    this.names = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToNames(String... items) {
    for (String item : items) {
      addToNames(-1, item);
    }
    return self();
  }

  public A removeFromNames(String... items) {
    return removeAllFromNames(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToNames(int index, String item) {
    if (this.names == null) {
      this.names = new ArrayList<>();
    }
    if (index < 0 || index >= this.names.size()) {
      this.names.add(item);
    } else {
      this.names.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToNames(int index, String item) {
    if (index < 0 || this.names == null || index >= this.names.size()) {
      return addToNames(-1, item);
    }
    this.names.set(index, item);
    return self();
  }

  public A addAllToNames(Collection<String> items) {
    for (String item : items) {
      addToNames(-1, item);
    }
    return self();
  }

  public A removeAllFromNames(Collection<String> items) {
    if (this.names != null) {
      this.names.removeAll(items);
    }
    return self();
  }

  public Long getSizeBytes() {
    return sizeBytes;
  }

  public A withSizeBytes(Long sizeBytes) {
    this.sizeBytes = sizeBytes;
    return self();
  }

  public boolean hasSizeBytes() {
    return sizeBytes != null;
  }
}
