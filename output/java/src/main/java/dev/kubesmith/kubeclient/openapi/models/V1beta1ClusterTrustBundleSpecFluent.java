package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1ClusterTrustBundleSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1ClusterTrustBundleSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1ClusterTrustBundleSpecFluent<A extends V1beta1ClusterTrustBundleSpecFluent<A>> {
  private String signerName;
  private String trustBundle;

  public V1beta1ClusterTrustBundleSpecFluent() {}

  public V1beta1ClusterTrustBundleSpecFluent(V1beta1ClusterTrustBundleSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1ClusterTrustBundleSpec instance) {
    if (instance != null) {
      this.signerName = instance.getSignerName();
      this.trustBundle = instance.getTrustBundle();
    }
  }

  /** A new {@link V1beta1ClusterTrustBundleSpec} holding what was set (lists and maps copied). */
  V1beta1ClusterTrustBundleSpec toModel() {
    V1beta1ClusterTrustBundleSpec o = new V1beta1ClusterTrustBundleSpec();
    o.setSignerName(signerName);
    o.setTrustBundle(trustBundle);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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

  public String getTrustBundle() {
    return trustBundle;
  }

  public A withTrustBundle(String trustBundle) {
    this.trustBundle = trustBundle;
    return self();
  }

  public boolean hasTrustBundle() {
    return trustBundle != null;
  }
}
