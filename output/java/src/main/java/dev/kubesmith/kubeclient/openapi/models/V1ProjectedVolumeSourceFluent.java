package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ProjectedVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ProjectedVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ProjectedVolumeSourceFluent<A extends V1ProjectedVolumeSourceFluent<A>> {
  private Integer defaultMode;
  private Long defaultUser;
  private List<V1VolumeProjection> sources;

  public V1ProjectedVolumeSourceFluent() {}

  public V1ProjectedVolumeSourceFluent(V1ProjectedVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ProjectedVolumeSource instance) {
    if (instance != null) {
      this.defaultMode = instance.getDefaultMode();
      this.defaultUser = instance.getDefaultUser();
      this.sources = instance.getSources() == null ? null : new ArrayList<>(instance.getSources());
    }
  }

  /** A new {@link V1ProjectedVolumeSource} holding what was set (lists and maps copied). */
  V1ProjectedVolumeSource toModel() {
    V1ProjectedVolumeSource o = new V1ProjectedVolumeSource();
    o.setDefaultMode(defaultMode);
    o.setDefaultUser(defaultUser);
    o.setSources(sources == null ? null : new ArrayList<>(sources));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getDefaultMode() {
    return defaultMode;
  }

  public A withDefaultMode(Integer defaultMode) {
    this.defaultMode = defaultMode;
    return self();
  }

  public boolean hasDefaultMode() {
    return defaultMode != null;
  }

  public Long getDefaultUser() {
    return defaultUser;
  }

  public A withDefaultUser(Long defaultUser) {
    this.defaultUser = defaultUser;
    return self();
  }

  public boolean hasDefaultUser() {
    return defaultUser != null;
  }

  public List<V1VolumeProjection> getSources() {
    return sources;
  }

  public A withSources(List<V1VolumeProjection> sources) {
    this.sources = sources == null ? null : new ArrayList<>(sources);
    return self();
  }

  public boolean hasSources() {
    return sources != null;
  }

  public A withSources(V1VolumeProjection... items) {
    this.sources = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToSources(V1VolumeProjection... items) {
    for (V1VolumeProjection item : items) {
      addToSources(-1, item);
    }
    return self();
  }

  public A removeFromSources(V1VolumeProjection... items) {
    return removeAllFromSources(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToSources(int index, V1VolumeProjection item) {
    if (this.sources == null) {
      this.sources = new ArrayList<>();
    }
    if (index < 0 || index >= this.sources.size()) {
      this.sources.add(item);
    } else {
      this.sources.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToSources(int index, V1VolumeProjection item) {
    if (index < 0 || this.sources == null || index >= this.sources.size()) {
      return addToSources(-1, item);
    }
    this.sources.set(index, item);
    return self();
  }

  public A addAllToSources(Collection<V1VolumeProjection> items) {
    for (V1VolumeProjection item : items) {
      addToSources(-1, item);
    }
    return self();
  }

  public A removeAllFromSources(Collection<V1VolumeProjection> items) {
    if (this.sources != null) {
      this.sources.removeAll(items);
    }
    return self();
  }

  public List<V1VolumeProjection> buildSources() {
    return sources;
  }

  public V1VolumeProjection buildSource(int index) {
    return this.sources.get(index);
  }

  public SourcesNested addNewSource() {
    return new SourcesNested(-1, null);
  }

  public SourcesNested addNewSourceLike(V1VolumeProjection item) {
    return new SourcesNested(-1, item);
  }

  public SourcesNested setNewSourceLike(int index, V1VolumeProjection item) {
    return new SourcesNested(index, item);
  }

  public SourcesNested editSource(int index) {
    if (this.sources == null || index < 0 || index >= this.sources.size()) {
      throw new IndexOutOfBoundsException("can't edit sources [" + index + "]");
    }
    return new SourcesNested(index, this.sources.get(index));
  }

  public SourcesNested editFirstSource() {
    return editSource(0);
  }

  public SourcesNested editLastSource() {
    return editSource(this.sources == null ? -1 : this.sources.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class SourcesNested extends V1VolumeProjectionFluent<SourcesNested> {
    private final int index;

    SourcesNested(int index, V1VolumeProjection item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ProjectedVolumeSourceFluent.this.setToSources(index, toModel());
    }

    public A endSource() {
      return and();
    }
  }
}
