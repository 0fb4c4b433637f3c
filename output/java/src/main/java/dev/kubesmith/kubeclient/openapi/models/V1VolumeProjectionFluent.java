package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1VolumeProjection}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1VolumeProjectionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1VolumeProjectionFluent<A extends V1VolumeProjectionFluent<A>> {
  private V1ClusterTrustBundleProjection clusterTrustBundle;
  private V1ConfigMapProjection configMap;
  private V1DownwardAPIProjection downwardAPI;
  private V1PodCertificateProjection podCertificate;
  private V1SecretProjection secret;
  private V1ServiceAccountTokenProjection serviceAccountToken;

  public V1VolumeProjectionFluent() {}

  public V1VolumeProjectionFluent(V1VolumeProjection instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1VolumeProjection instance) {
    if (instance != null) {
      this.clusterTrustBundle = instance.getClusterTrustBundle();
      this.configMap = instance.getConfigMap();
      this.downwardAPI = instance.getDownwardAPI();
      this.podCertificate = instance.getPodCertificate();
      this.secret = instance.getSecret();
      this.serviceAccountToken = instance.getServiceAccountToken();
    }
  }

  /** A new {@link V1VolumeProjection} holding what was set (lists and maps copied). */
  V1VolumeProjection toModel() {
    V1VolumeProjection o = new V1VolumeProjection();
    o.setClusterTrustBundle(clusterTrustBundle);
    o.setConfigMap(configMap);
    o.setDownwardAPI(downwardAPI);
    o.setPodCertificate(podCertificate);
    o.setSecret(secret);
    o.setServiceAccountToken(serviceAccountToken);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1ClusterTrustBundleProjection getClusterTrustBundle() {
    return clusterTrustBundle;
  }

  public A withClusterTrustBundle(V1ClusterTrustBundleProjection clusterTrustBundle) {
    this.clusterTrustBundle = clusterTrustBundle;
    return self();
  }

  public boolean hasClusterTrustBundle() {
    return clusterTrustBundle != null;
  }

  public V1ClusterTrustBundleProjection buildClusterTrustBundle() {
    return clusterTrustBundle;
  }

  public ClusterTrustBundleNested withNewClusterTrustBundle() {
    return new ClusterTrustBundleNested(null);
  }

  public ClusterTrustBundleNested withNewClusterTrustBundleLike(V1ClusterTrustBundleProjection item) {
    return new ClusterTrustBundleNested(item);
  }

  public ClusterTrustBundleNested editClusterTrustBundle() {
    return new ClusterTrustBundleNested(clusterTrustBundle);
  }

  public ClusterTrustBundleNested editOrNewClusterTrustBundle() {
    return new ClusterTrustBundleNested(clusterTrustBundle != null ? clusterTrustBundle : new V1ClusterTrustBundleProjection());
  }

  public ClusterTrustBundleNested editOrNewClusterTrustBundleLike(V1ClusterTrustBundleProjection item) {
    return new ClusterTrustBundleNested(clusterTrustBundle != null ? clusterTrustBundle : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ClusterTrustBundleNested extends V1ClusterTrustBundleProjectionFluent<ClusterTrustBundleNested> {
    ClusterTrustBundleNested(V1ClusterTrustBundleProjection item) {
      super(item);
    }

    public A and() {
      return V1VolumeProjectionFluent.this.withClusterTrustBundle(toModel());
    }

    public A endClusterTrustBundle() {
      return and();
    }
  }

  public V1ConfigMapProjection getConfigMap() {
    return configMap;
  }

  public A withConfigMap(V1ConfigMapProjection configMap) {
    this.configMap = configMap;
    return self();
  }

  public boolean hasConfigMap() {
    return configMap != null;
  }

  public V1ConfigMapProjection buildConfigMap() {
    return configMap;
  }

  public ConfigMapNested withNewConfigMap() {
    return new ConfigMapNested(null);
  }

  public ConfigMapNested withNewConfigMapLike(V1ConfigMapProjection item) {
    return new ConfigMapNested(item);
  }

  public ConfigMapNested editConfigMap() {
    return new ConfigMapNested(configMap);
  }

  public ConfigMapNested editOrNewConfigMap() {
    return new ConfigMapNested(configMap != null ? configMap : new V1ConfigMapProjection());
  }

  public ConfigMapNested editOrNewConfigMapLike(V1ConfigMapProjection item) {
    return new ConfigMapNested(configMap != null ? configMap : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ConfigMapNested extends V1ConfigMapProjectionFluent<ConfigMapNested> {
    ConfigMapNested(V1ConfigMapProjection item) {
      super(item);
    }

    public A and() {
      return V1VolumeProjectionFluent.this.withConfigMap(toModel());
    }

    public A endConfigMap() {
      return and();
    }
  }

  public V1DownwardAPIProjection getDownwardAPI() {
    return downwardAPI;
  }

  public A withDownwardAPI(V1DownwardAPIProjection downwardAPI) {
    this.downwardAPI = downwardAPI;
    return self();
  }

  public boolean hasDownwardAPI() {
    return downwardAPI != null;
  }

  public V1DownwardAPIProjection buildDownwardAPI() {
    return downwardAPI;
  }

  public DownwardAPINested withNewDownwardAPI() {
    return new DownwardAPINested(null);
  }

  public DownwardAPINested withNewDownwardAPILike(V1DownwardAPIProjection item) {
    return new DownwardAPINested(item);
  }

  public DownwardAPINested editDownwardAPI() {
    return new DownwardAPINested(downwardAPI);
  }

  public DownwardAPINested editOrNewDownwardAPI() {
    return new DownwardAPINested(downwardAPI != null ? downwardAPI : new V1DownwardAPIProjection());
  }

  public DownwardAPINested editOrNewDownwardAPILike(V1DownwardAPIProjection item) {
    return new DownwardAPINested(downwardAPI != null ? downwardAPI : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DownwardAPINested extends V1DownwardAPIProjectionFluent<DownwardAPINested> {
    DownwardAPINested(V1DownwardAPIProjection item) {
      super(item);
    }

    public A and() {
      return V1VolumeProjectionFluent.this.withDownwardAPI(toModel());
    }

    public A endDownwardAPI() {
      return and();
    }
  }

  public V1PodCertificateProjection getPodCertificate() {
    return podCertificate;
  }

  public A withPodCertificate(V1PodCertificateProjection podCertificate) {
    this.podCertificate = podCertificate;
    return self();
  }

  public boolean hasPodCertificate() {
    return podCertificate != null;
  }

  public V1PodCertificateProjection buildPodCertificate() {
    return podCertificate;
  }

  public PodCertificateNested withNewPodCertificate() {
    return new PodCertificateNested(null);
  }

  public PodCertificateNested withNewPodCertificateLike(V1PodCertificateProjection item) {
    return new PodCertificateNested(item);
  }

  public PodCertificateNested editPodCertificate() {
    return new PodCertificateNested(podCertificate);
  }

  public PodCertificateNested editOrNewPodCertificate() {
    return new PodCertificateNested(podCertificate != null ? podCertificate : new V1PodCertificateProjection());
  }

  public PodCertificateNested editOrNewPodCertificateLike(V1PodCertificateProjection item) {
    return new PodCertificateNested(podCertificate != null ? podCertificate : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PodCertificateNested extends V1PodCertificateProjectionFluent<PodCertificateNested> {
    PodCertificateNested(V1PodCertificateProjection item) {
      super(item);
    }

    public A and() {
      return V1VolumeProjectionFluent.this.withPodCertificate(toModel());
    }

    public A endPodCertificate() {
      return and();
    }
  }

  public V1SecretProjection getSecret() {
    return secret;
  }

  public A withSecret(V1SecretProjection secret) {
    this.secret = secret;
    return self();
  }

  public boolean hasSecret() {
    return secret != null;
  }

  public V1SecretProjection buildSecret() {
    return secret;
  }

  public SecretNested withNewSecret() {
    return new SecretNested(null);
  }

  public SecretNested withNewSecretLike(V1SecretProjection item) {
    return new SecretNested(item);
  }

  public SecretNested editSecret() {
    return new SecretNested(secret);
  }

  public SecretNested editOrNewSecret() {
    return new SecretNested(secret != null ? secret : new V1SecretProjection());
  }

  public SecretNested editOrNewSecretLike(V1SecretProjection item) {
    return new SecretNested(secret != null ? secret : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SecretNested extends V1SecretProjectionFluent<SecretNested> {
    SecretNested(V1SecretProjection item) {
      super(item);
    }

    public A and() {
      return V1VolumeProjectionFluent.this.withSecret(toModel());
    }

    public A endSecret() {
      return and();
    }
  }

  public V1ServiceAccountTokenProjection getServiceAccountToken() {
    return serviceAccountToken;
  }

  public A withServiceAccountToken(V1ServiceAccountTokenProjection serviceAccountToken) {
    this.serviceAccountToken = serviceAccountToken;
    return self();
  }

  public boolean hasServiceAccountToken() {
    return serviceAccountToken != null;
  }

  public V1ServiceAccountTokenProjection buildServiceAccountToken() {
    return serviceAccountToken;
  }

  public ServiceAccountTokenNested withNewServiceAccountToken() {
    return new ServiceAccountTokenNested(null);
  }

  public ServiceAccountTokenNested withNewServiceAccountTokenLike(V1ServiceAccountTokenProjection item) {
    return new ServiceAccountTokenNested(item);
  }

  public ServiceAccountTokenNested editServiceAccountToken() {
    return new ServiceAccountTokenNested(serviceAccountToken);
  }

  public ServiceAccountTokenNested editOrNewServiceAccountToken() {
    return new ServiceAccountTokenNested(serviceAccountToken != null ? serviceAccountToken : new V1ServiceAccountTokenProjection());
  }

  public ServiceAccountTokenNested editOrNewServiceAccountTokenLike(V1ServiceAccountTokenProjection item) {
    return new ServiceAccountTokenNested(serviceAccountToken != null ? serviceAccountToken : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ServiceAccountTokenNested extends V1ServiceAccountTokenProjectionFluent<ServiceAccountTokenNested> {
    ServiceAccountTokenNested(V1ServiceAccountTokenProjection item) {
      super(item);
    }

    public A and() {
      return V1VolumeProjectionFluent.this.withServiceAccountToken(toModel());
    }

    public A endServiceAccountToken() {
      return and();
    }
  }
}
