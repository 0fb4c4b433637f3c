package dev.kubesmith.kubeclient.openapi.models;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fluent setters of {@link V1beta1PodCertificateRequestSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1PodCertificateRequestSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1PodCertificateRequestSpecFluent<A extends V1beta1PodCertificateRequestSpecFluent<A>> {
  private Integer maxExpirationSeconds;
  private String nodeName;
  private String nodeUID;
  private byte[] pkixPublicKey;
  private String podName;
  private String podUID;
  private byte[] proofOfPossession;
  private String serviceAccountName;
  private String serviceAccountUID;
  private String signerName;
  private byte[] stubPKCS10Request;
  private Map<String, String> unverifiedUserAnnotations;

  public V1beta1PodCertificateRequestSpecFluent() {}

  public V1beta1PodCertificateRequestSpecFluent(V1beta1PodCertificateRequestSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1PodCertificateRequestSpec instance) {
    if (instance != null) {
      this.maxExpirationSeconds = instance.getMaxExpirationSeconds();
      this.nodeName = instance.getNodeName();
      this.nodeUID = instance.getNodeUID();
      this.pkixPublicKey = instance.getPkixPublicKey();
      this.podName = instance.getPodName();
      this.podUID = instance.getPodUID();
      this.proofOfPossession = instance.getProofOfPossession();
      this.serviceAccountName = instance.getServiceAccountName();
      this.serviceAccountUID = instance.getServiceAccountUID();
      this.signerName = instance.getSignerName();
      this.stubPKCS10Request = instance.getStubPKCS10Request();
      this.unverifiedUserAnnotations = instance.getUnverifiedUserAnnotations() == null ? null : new LinkedHashMap<>(instance.getUnverifiedUserAnnotations());
    }
  }

  /** A new {@link V1beta1PodCertificateRequestSpec} holding what was set (lists and maps copied). */
  V1beta1PodCertificateRequestSpec toModel() {
    V1beta1PodCertificateRequestSpec o = new V1beta1PodCertificateRequestSpec();
    o.setMaxExpirationSeconds(maxExpirationSeconds);
    o.setNodeName(nodeName);
    o.setNodeUID(nodeUID);
    o.setPkixPublicKey(pkixPublicKey);
    o.setPodName(podName);
    o.setPodUID(podUID);
    o.setProofOfPossession(proofOfPossession);
    o.setServiceAccountName(serviceAccountName);
    o.setServiceAccountUID(serviceAccountUID);
    o.setSignerName(signerName);
    o.setStubPKCS10Request(stubPKCS10Request);
    o.setUnverifiedUserAnnotations(unverifiedUserAnnotations == null ? null : new LinkedHashMap<>(unverifiedUserAnnotations));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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

  public String getNodeName() {
    return nodeName;
  }

  public A withNodeName(String nodeName) {
    this.nodeName = nodeName;
    return self();
  }

  public boolean hasNodeName() {
    return nodeName != null;
  }

  public String getNodeUID() {
    return nodeUID;
  }

  public A withNodeUID(String nodeUID) {
    this.nodeUID = nodeUID;
    return self();
  }

  public boolean hasNodeUID() {
    return nodeUID != null;
  }

  public byte[] getPkixPublicKey() {
    return pkixPublicKey;
  }

  public A withPkixPublicKey(byte[] pkixPublicKey) {
    this.pkixPublicKey = pkixPublicKey;
    return self();
  }

  public boolean hasPkixPublicKey() {
    return pkixPublicKey != null;
  }

  public String getPodName() {
    return podName;
  }

  public A withPodName(String podName) {
    this.podName = podName;
    return self();
  }

  public boolean hasPodName() {
    return podName != null;
  }

  public String getPodUID() {
    return podUID;
  }

  public A withPodUID(String podUID) {
    this.podUID = podUID;
    return self();
  }

  public boolean hasPodUID() {
    return podUID != null;
  }

  public byte[] getProofOfPossession() {
    return proofOfPossession;
  }

  public A withProofOfPossession(byte[] proofOfPossession) {
    this.proofOfPossession = proofOfPossession;
    return self();
  }

  public boolean hasProofOfPossession() {
    return proofOfPossession != null;
  }

  public String getServiceAccountName() {
    return serviceAccountName;
  }

  public A withServiceAccountName(String serviceAccountName) {
    this.serviceAccountName = serviceAccountName;
    return self();
  }

  public boolean hasServiceAccountName() {
    return serviceAccountName != null;
  }

  public String getServiceAccountUID() {
    return serviceAccountUID;
  }

  public A withServiceAccountUID(String serviceAccountUID) {
    this.serviceAccountUID = serviceAccountUID;
    return self();
  }

  public boolean hasServiceAccountUID() {
    return serviceAccountUID != null;
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

  public byte[] getStubPKCS10Request() {
    return stubPKCS10Request;
  }

  public A withStubPKCS10Request(byte[] stubPKCS10Request) {
    this.stubPKCS10Request = stubPKCS10Request;
    return self();
  }

  public boolean hasStubPKCS10Request() {
    return stubPKCS10Request != null;
  }

  public Map<String, String> getUnverifiedUserAnnotations() {
    return unverifiedUserAnnotations;
  }

  public A withUnverifiedUserAnnotations(Map<String, String> unverifiedUserAnnotations) {
    this.unverifiedUserAnnotations = unverifiedUserAnnotations == null ? null : new LinkedHashMap<>(unverifiedUserAnnotations);
    return self();
  }

  public boolean hasUnverifiedUserAnnotations() {
    return unverifiedUserAnnotations != null;
  }

  public A addToUnverifiedUserAnnotations(String key, String value) {
    if (this.unverifiedUserAnnotations == null) {
      this.unverifiedUserAnnotations = new LinkedHashMap<>();
    }
    this.unverifiedUserAnnotations.put(key, value);
    return self();
  }

  public A addToUnverifiedUserAnnotations(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToUnverifiedUserAnnotations(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromUnverifiedUserAnnotations(String key) {
    if (this.unverifiedUserAnnotations != null) {
      this.unverifiedUserAnnotations.remove(key);
    }
    return self();
  }

  public A removeFromUnverifiedUserAnnotations(Map<String, String> map) {
    if (this.unverifiedUserAnnotations != null && map != null) {
      this.unverifiedUserAnnotations.keySet().removeAll(map.keySet());
    }
    return self();
  }
}
