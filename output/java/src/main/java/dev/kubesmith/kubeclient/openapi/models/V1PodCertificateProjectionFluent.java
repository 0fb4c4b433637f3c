package dev.kubesmith.kubeclient.openapi.models;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fluent setters of {@link V1PodCertificateProjection}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodCertificateProjectionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodCertificateProjectionFluent<A extends V1PodCertificateProjectionFluent<A>> {
  private String certificateChainPath;
  private String credentialBundlePath;
  private String keyPath;
  private String keyType;
  private Integer maxExpirationSeconds;
  private String signerName;
  private Long user;
  private Map<String, String> userAnnotations;

  public V1PodCertificateProjectionFluent() {}

  public V1PodCertificateProjectionFluent(V1PodCertificateProjection instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodCertificateProjection instance) {
    if (instance != null) {
      this.certificateChainPath = instance.getCertificateChainPath();
      this.credentialBundlePath = instance.getCredentialBundlePath();
      this.keyPath = instance.getKeyPath();
      this.keyType = instance.getKeyType();
      this.maxExpirationSeconds = instance.getMaxExpirationSeconds();
      this.signerName = instance.getSignerName();
      this.user = instance.getUser();
      this.userAnnotations = instance.getUserAnnotations() == null ? null : new LinkedHashMap<>(instance.getUserAnnotations());
    }
  }

  /** A new {@link V1PodCertificateProjection} holding what was set (lists and maps copied). */
  V1PodCertificateProjection toModel() {
    V1PodCertificateProjection o = new V1PodCertificateProjection();
    o.setCertificateChainPath(certificateChainPath);
    o.setCredentialBundlePath(credentialBundlePath);
    o.setKeyPath(keyPath);
    o.setKeyType(keyType);
    o.setMaxExpirationSeconds(maxExpirationSeconds);
    o.setSignerName(signerName);
    o.setUser(user);
    o.setUserAnnotations(userAnnotations == null ? null : new LinkedHashMap<>(userAnnotations));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getCertificateChainPath() {
    return certificateChainPath;
  }

  public A withCertificateChainPath(String certificateChainPath) {
    this.certificateChainPath = certificateChainPath;
    return self();
  }

  public boolean hasCertificateChainPath() {
    return certificateChainPath != null;
  }

  public String getCredentialBundlePath() {
    return credentialBundlePath;
  }

  public A withCredentialBundlePath(String credentialBundlePath) {
    this.credentialBundlePath = credentialBundlePath;
    return self();
  }

  public boolean hasCredentialBundlePath() {
    return credentialBundlePath != null;
  }

  public String getKeyPath() {
    return keyPath;
  }

  public A withKeyPath(String keyPath) {
    this.keyPath = keyPath;
    return self();
  }

  public boolean hasKeyPath() {
    return keyPath != null;
  }

  public String getKeyType() {
    return keyType;
  }

  public A withKeyType(String keyType) {
    this.keyType = keyType;
    return self();
  }

  public boolean hasKeyType() {
    return keyType != null;
  }

  public Integer getMaxExpirationSeconds() {
    return maxExpirationSeconds;
  }

  public A withMaxExpirationSeconds(Integer maxExpirationSeconds) {
    this.maxExpirationSeconds = maxExpirationSeconds;
    return self();
  }

  public boolean hasMaxExpirationSeconds() {
    return maxExpirationSeconds != null;
  }

  public String getSignerName() {
    return signerName;
  }

  public A withSignerName(String signerName) {
    this.signerName = signerName;
    return self();
  }

  public boolean hasSignerName() {
    return signerName != null;
  }

  public Long getUser() {
    return user;
  }

  public A withUser(Long user) {
    this.user = user;
    return self();
  }

  public boolean hasUser() {
    return user != null;
  }

  public Map<String, String> getUserAnnotations() {
    return userAnnotations;
  }

  public A withUserAnnotations(Map<String, String> userAnnotations) {
    this.userAnnotations = userAnnotations == null ? null : new LinkedHashMap<>(userAnnotations);
    return self();
  }

  public boolean hasUserAnnotations() {
    return userAnnotations != null;
  }

  public A addToUserAnnotations(String key, String value) {
    if (this.userAnnotations == null) {
      this.userAnnotations = new LinkedHashMap<>();
    }
    this.userAnnotations.put(key, value);
    return self();
  }

  public A addToUserAnnotations(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToUserAnnotations(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromUserAnnotations(String key) {
    if (this.userAnnotations != null) {
      this.userAnnotations.remove(key);
    }
    return self();
  }

  public A removeFromUserAnnotations(Map<String, String> map) {
    if (this.userAnnotations != null && map != null) {
      this.userAnnotations.keySet().removeAll(map.keySet());
    }
    return self();
  }
}
