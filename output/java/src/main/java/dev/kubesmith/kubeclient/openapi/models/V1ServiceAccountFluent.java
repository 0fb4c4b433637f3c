package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ServiceAccount}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ServiceAccountBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ServiceAccountFluent<A extends V1ServiceAccountFluent<A>> {
  private String apiVersion;
  private Boolean automountServiceAccountToken;
  private List<V1LocalObjectReference> imagePullSecrets;
  private String kind;
  private V1ObjectMeta metadata;
  private List<V1ObjectReference> secrets;

  public V1ServiceAccountFluent() {}

  public V1ServiceAccountFluent(V1ServiceAccount instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ServiceAccount instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.automountServiceAccountToken = instance.getAutomountServiceAccountToken();
      this.imagePullSecrets = instance.getImagePullSecrets() == null ? null : new ArrayList<>(instance.getImagePullSecrets());
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.secrets = instance.getSecrets() == null ? null : new ArrayList<>(instance.getSecrets());
    }
  }

  /** A new {@link V1ServiceAccount} holding what was set (lists and maps copied). */
  V1ServiceAccount toModel() {
    V1ServiceAccount o = new V1ServiceAccount();
    o.setApiVersion(apiVersion);
    o.setAutomountServiceAccountToken(automountServiceAccountToken);
    o.setImagePullSecrets(imagePullSecrets == null ? null : new ArrayList<>(imagePullSecrets));
    o.setKind(kind);
    o.setMetadata(metadata);
    o.setSecrets(secrets == null ? null : new ArrayList<>(secrets));
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

  public Boolean getAutomountServiceAccountToken() {
    return automountServiceAccountToken;
  }

  public A withAutomountServiceAccountToken(Boolean automountServiceAccountToken) {
    this.automountServiceAccountToken = automountServiceAccountToken;
    return self();
  }

  public boolean hasAutomountServiceAccountToken() {
    return automountServiceAccountToken != null;
  }

  public List<V1LocalObjectReference> getImagePullSecrets() {
    return imagePullSecrets;
  }

  public A withImagePullSecrets(List<V1LocalObjectReference> imagePullSecrets) {
    this.imagePullSecrets = imagePullSecrets == null ? null : new ArrayList<>(imagePullSecrets);
    return self();
  }

  public boolean hasImagePullSecrets() {
    return imagePullSecrets != null;
  }

  public A withImagePullSecrets(V1LocalObjectReference... items) {
    this.imagePullSecrets = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToImagePullSecrets(V1LocalObjectReference... items) {
    for (V1LocalObjectReference item : items) {
      addToImagePullSecrets(-1, item);
    }
    return self();
  }

  public A removeFromImagePullSecrets(V1LocalObjectReference... items) {
    return removeAllFromImagePullSecrets(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToImagePullSecrets(int index, V1LocalObjectReference item) {
    if (this.imagePullSecrets == null) {
      this.imagePullSecrets = new ArrayList<>();
    }
    if (index < 0 || index >= this.imagePullSecrets.size()) {
      this.imagePullSecrets.add(item);
    } else {
      this.imagePullSecrets.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToImagePullSecrets(int index, V1LocalObjectReference item) {
    if (index < 0 || this.imagePullSecrets == null || index >= this.imagePullSecrets.size()) {
      return addToImagePullSecrets(-1, item);
    }
    this.imagePullSecrets.set(index, item);
    return self();
  }

  public A addAllToImagePullSecrets(Collection<V1LocalObjectReference> items) {
    for (V1LocalObjectReference item : items) {
      addToImagePullSecrets(-1, item);
    }
    return self();
  }

  public A removeAllFromImagePullSecrets(Collection<V1LocalObjectReference> items) {
    if (this.imagePullSecrets != null) {
      this.imagePullSecrets.removeAll(items);
    }
    return self();
  }

  public List<V1LocalObjectReference> buildImagePullSecrets() {
    return imagePullSecrets;
  }

  public V1LocalObjectReference buildImagePullSecret(int index) {
    return this.imagePullSecrets.get(index);
  }

  public ImagePullSecretsNested addNewImagePullSecret() {
    return new ImagePullSecretsNested(-1, null);
  }

  public ImagePullSecretsNested addNewImagePullSecretLike(V1LocalObjectReference item) {
    return new ImagePullSecretsNested(-1, item);
  }

  public ImagePullSecretsNested setNewImagePullSecretLike(int index, V1LocalObjectReference item) {
    return new ImagePullSecretsNested(index, item);
  }

  public ImagePullSecretsNested editImagePullSecret(int index) {
    if (this.imagePullSecrets == null || index < 0 || index >= this.imagePullSecrets.size()) {
      throw new IndexOutOfBoundsException("can't edit imagePullSecrets [" + index + "]");
    }
    return new ImagePullSecretsNested(index, this.imagePullSecrets.get(index));
  }

  public ImagePullSecretsNested editFirstImagePullSecret() {
    return editImagePullSecret(0);
  }

  public ImagePullSecretsNested editLastImagePullSecret() {
    return editImagePullSecret(this.imagePullSecrets == null ? -1 : this.imagePullSecrets.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ImagePullSecretsNested extends V1LocalObjectReferenceFluent<ImagePullSecretsNested> {
    private final int index;

    ImagePullSecretsNested(int index, V1LocalObjectReference item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ServiceAccountFluent.this.setToImagePullSecrets(index, toModel());
    }

    public A endImagePullSecret() {
      return and();
    }
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

  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public A withMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return self();
  }

  public boolean hasMetadata() {
    return metadata != null;
  }

  public V1ObjectMeta buildMetadata() {
    return metadata;
  }

  public MetadataNested withNewMetadata() {
    return new MetadataNested(null);
  }

  public MetadataNested withNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(item);
  }

  public MetadataNested editMetadata() {
    return new MetadataNested(metadata);
  }

  public MetadataNested editOrNewMetadata() {
    return new MetadataNested(metadata != null ? metadata : new V1ObjectMeta());
  }

  public MetadataNested editOrNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(metadata != null ? metadata : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MetadataNested extends V1ObjectMetaFluent<MetadataNested> {
    MetadataNested(V1ObjectMeta item) {
      super(item);
    }

    public A and() {
      return V1ServiceAccountFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public List<V1ObjectReference> getSecrets() {
    return secrets;
  }

  public A withSecrets(List<V1ObjectReference> secrets) {
    this.secrets = secrets == null ? null : new ArrayList<>(secrets);
    return self();
  }

  public boolean hasSecrets() {
    return secrets != null;
  }

  public A withSecrets(V1ObjectReference... items) {
    this.secrets = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToSecrets(V1ObjectReference... items) {
    for (V1ObjectReference item : items) {
      addToSecrets(-1, item);
    }
    return self();
  }

  public A removeFromSecrets(V1ObjectReference... items) {
    return removeAllFromSecrets(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToSecrets(int index, V1ObjectReference item) {
    if (this.secrets == null) {
      this.secrets = new ArrayList<>();
    }
    if (index < 0 || index >= this.secrets.size()) {
      this.secrets.add(item);
    } else {
      this.secrets.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToSecrets(int index, V1ObjectReference item) {
    if (index < 0 || this.secrets == null || index >= this.secrets.size()) {
      return addToSecrets(-1, item);
    }
    this.secrets.set(index, item);
    return self();
  }

  public A addAllToSecrets(Collection<V1ObjectReference> items) {
    for (V1ObjectReference item : items) {
      addToSecrets(-1, item);
    }
    return self();
  }

  public A removeAllFromSecrets(Collection<V1ObjectReference> items) {
    if (this.secrets != null) {
      this.secrets.removeAll(items);
    }
    return self();
  }

  public List<V1ObjectReference> buildSecrets() {
    return secrets;
  }

  public V1ObjectReference buildSecret(int index) {
    return this.secrets.get(index);
  }

  public SecretsNested addNewSecret() {
    return new SecretsNested(-1, null);
  }

  public SecretsNested addNewSecretLike(V1ObjectReference item) {
    return new SecretsNested(-1, item);
  }

  public SecretsNested setNewSecretLike(int index, V1ObjectReference item) {
    return new SecretsNested(index, item);
  }

  public SecretsNested editSecret(int index) {
    if (this.secrets == null || index < 0 || index >= this.secrets.size()) {
      throw new IndexOutOfBoundsException("can't edit secrets [" + index + "]");
    }
    return new SecretsNested(index, this.secrets.get(index));
  }

  public SecretsNested editFirstSecret() {
    return editSecret(0);
  }

  public SecretsNested editLastSecret() {
    return editSecret(this.secrets == null ? -1 : this.secrets.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class SecretsNested extends V1ObjectReferenceFluent<SecretsNested> {
    private final int index;

    SecretsNested(int index, V1ObjectReference item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ServiceAccountFluent.this.setToSecrets(index, toModel());
    }

    public A endSecret() {
      return and();
    }
  }
}
