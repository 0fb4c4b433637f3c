package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1GitRepoVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1GitRepoVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1GitRepoVolumeSourceFluent<A extends V1GitRepoVolumeSourceFluent<A>> {
  private String directory;
  private String repository;
  private String revision;

  public V1GitRepoVolumeSourceFluent() {}

  public V1GitRepoVolumeSourceFluent(V1GitRepoVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1GitRepoVolumeSource instance) {
    if (instance != null) {
      this.directory = instance.getDirectory();
      this.repository = instance.getRepository();
      this.revision = instance.getRevision();
    }
  }

  /** A new {@link V1GitRepoVolumeSource} holding what was set (lists and maps copied). */
  V1GitRepoVolumeSource toModel() {
    V1GitRepoVolumeSource o = new V1GitRepoVolumeSource();
    o.setDirectory(directory);
    o.setRepository(repository);
    o.setRevision(revision);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getDirectory() {
    return directory;
  }

  public A withDirectory(String directory) {
    this.directory = directory;
    return self();
  }

  public boolean hasDirectory() {
    return directory != null;
  }

  public String getRepository() {
    return repository;
  }

  public A withRepository(String repository) {
    this.repository = repository;
    return self();
  }

  public boolean hasRepository() {
    return repository != null;
  }

  public String getRevision() {
    return revision;
  }

  public A withRevision(String revision) {
    this.revision = revision;
    return self();
  }

  public boolean hasRevision() {
    return revision != null;
  }
}
