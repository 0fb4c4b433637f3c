package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * Projection that may be projected along with other supported volume types. Exactly one of
 * these fields must be set.
 */
public class V1VolumeProjection {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "clusterTrustBundle",
      "configMap",
      "downwardAPI",
      "podCertificate",
      "secret",
      "serviceAccountToken");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1VolumeProjection> CODEC = new Codec<V1VolumeProjection>() {
    @Override
    public V1VolumeProjection read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1VolumeProjection)");
      }
      V1VolumeProjection o = new V1VolumeProjection();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.clusterTrustBundle = V1ClusterTrustBundleProjection.CODEC.read(p);
            break;
          case 1:
            o.configMap = V1ConfigMapProjection.CODEC.read(p);
            break;
          case 2:
            o.downwardAPI = V1DownwardAPIProjection.CODEC.read(p);
            break;
          case 3:
            o.podCertificate = V1PodCertificateProjection.CODEC.read(p);
            break;
          case 4:
            o.secret = V1SecretProjection.CODEC.read(p);
            break;
          case 5:
            o.serviceAccountToken = V1ServiceAccountTokenProjection.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1VolumeProjection o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.clusterTrustBundle != null) {
        g.writeFieldName("clusterTrustBundle");
        V1ClusterTrustBundleProjection.CODEC.write(g, o.clusterTrustBundle);
      }
      if (o.configMap != null) {
        g.writeFieldName("configMap");
        V1ConfigMapProjection.CODEC.write(g, o.configMap);
      }
      if (o.downwardAPI != null) {
        g.writeFieldName("downwardAPI");
        V1DownwardAPIProjection.CODEC.write(g, o.downwardAPI);
      }
      if (o.podCertificate != null) {
        g.writeFieldName("podCertificate");
        V1PodCertificateProjection.CODEC.write(g, o.podCertificate);
      }
      if (o.secret != null) {
        g.writeFieldName("secret");
        V1SecretProjection.CODEC.write(g, o.secret);
      }
      if (o.serviceAccountToken != null) {
        g.writeFieldName("serviceAccountToken");
        V1ServiceAccountTokenProjection.CODEC.write(g, o.serviceAccountToken);
      }
      g.writeEndObject();
    }
  };

  private V1ClusterTrustBundleProjection clusterTrustBundle;

  private V1ConfigMapProjection configMap;

  private V1DownwardAPIProjection downwardAPI;

  private V1PodCertificateProjection podCertificate;

  private V1SecretProjection secret;

  private V1ServiceAccountTokenProjection serviceAccountToken;

  public V1VolumeProjection clusterTrustBundle(V1ClusterTrustBundleProjection clusterTrustBundle) {
    this.clusterTrustBundle = clusterTrustBundle;
    return this;
  }

  /**
   * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field of
   * ClusterTrustBundle objects in an auto-updating file.
   *
   * Alpha, gated by the ClusterTrustBundleProjection feature gate.
   *
   * ClusterTrustBundle objects can either be selected by name, or by the combination of signer
   * name and a label selector.
   *
   * Kubelet performs aggressive normalization of the PEM contents written into the pod
   * filesystem.  Esoteric PEM features such as inter-block comments and block headers are
   * stripped.  Certificates are deduplicated. The ordering of certificates within the file is
   * arbitrary, and Kubelet may change the order over time.
   *
   * @return clusterTrustBundle
   */
  public V1ClusterTrustBundleProjection getClusterTrustBundle() {
    return clusterTrustBundle;
  }

  public void setClusterTrustBundle(V1ClusterTrustBundleProjection clusterTrustBundle) {
    this.clusterTrustBundle = clusterTrustBundle;
  }

  public V1VolumeProjection configMap(V1ConfigMapProjection configMap) {
    this.configMap = configMap;
    return this;
  }

  /**
   * configMap information about the configMap data to project
   *
   * @return configMap
   */
  public V1ConfigMapProjection getConfigMap() {
    return configMap;
  }

  public void setConfigMap(V1ConfigMapProjection configMap) {
    this.configMap = configMap;
  }

  public V1VolumeProjection downwardAPI(V1DownwardAPIProjection downwardAPI) {
    this.downwardAPI = downwardAPI;
    return this;
  }

  /**
   * downwardAPI information about the downwardAPI data to project
   *
   * @return downwardAPI
   */
  public V1DownwardAPIProjection getDownwardAPI() {
    return downwardAPI;
  }

  public void setDownwardAPI(V1DownwardAPIProjection downwardAPI) {
    this.downwardAPI = downwardAPI;
  }

  public V1VolumeProjection podCertificate(V1PodCertificateProjection podCertificate) {
    this.podCertificate = podCertificate;
    return this;
  }

  /**
   * Projects an auto-rotating credential bundle (private key and certificate chain) that the pod
   * can use either as a TLS client or server.
   *
   * Kubelet generates a private key and uses it to send a PodCertificateRequest to the named
   * signer.  Once the signer approves the request and issues a certificate chain, Kubelet writes
   * the key and certificate chain to the pod filesystem.  The pod does not start until
   * certificates have been issued for each podCertificate projected volume source in its spec.
   *
   * Kubelet will begin trying to rotate the certificate at the time indicated by the signer
   * using the PodCertificateRequest.Status.BeginRefreshAt timestamp.
   *
   * Kubelet can write a single file, indicated by the credentialBundlePath field, or separate
   * files, indicated by the keyPath and certificateChainPath fields.
   *
   * The credential bundle is a single file in PEM format.  The first PEM entry is the private
   * key (in PKCS#8 format), and the remaining PEM entries are the certificate chain issued by
   * the signer (typically, signers will return their certificate chain in leaf-to-root order).
   *
   * Prefer using the credential bundle format, since your application code can read it
   * atomically.  If you use keyPath and certificateChainPath, your application must make two
   * separate file reads. If these coincide with a certificate rotation, it is possible that the
   * private key and leaf certificate you read may not correspond to each other.  Your
   * application will need to check for this condition, and re-read until they are consistent.
   *
   * The named signer controls chooses the format of the certificate it issues; consult the
   * signer implementation's documentation to learn how to use the certificates it issues.
   *
   * @return podCertificate
   */
  public V1PodCertificateProjection getPodCertificate() {
    return podCertificate;
  }

  public void setPodCertificate(V1PodCertificateProjection podCertificate) {
    this.podCertificate = podCertificate;
  }

  public V1VolumeProjection secret(V1SecretProjection secret) {
    this.secret = secret;
    return this;
  }

  /**
   * secret information about the secret data to project
   *
   * @return secret
   */
  public V1SecretProjection getSecret() {
    return secret;
  }

  public void setSecret(V1SecretProjection secret) {
    this.secret = secret;
  }

  public V1VolumeProjection serviceAccountToken(V1ServiceAccountTokenProjection serviceAccountToken) {
    this.serviceAccountToken = serviceAccountToken;
    return this;
  }

  /**
   * serviceAccountToken is information about the serviceAccountToken data to project
   *
   * @return serviceAccountToken
   */
  public V1ServiceAccountTokenProjection getServiceAccountToken() {
    return serviceAccountToken;
  }

  public void setServiceAccountToken(V1ServiceAccountTokenProjection serviceAccountToken) {
    this.serviceAccountToken = serviceAccountToken;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1VolumeProjection that = (V1VolumeProjection) other;
    return Objects.equals(clusterTrustBundle, that.clusterTrustBundle)
        && Objects.equals(configMap, that.configMap)
        && Objects.equals(downwardAPI, that.downwardAPI)
        && Objects.equals(podCertificate, that.podCertificate)
        && Objects.equals(secret, that.secret)
        && Objects.equals(serviceAccountToken, that.serviceAccountToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clusterTrustBundle, configMap, downwardAPI, podCertificate, secret, serviceAccountToken);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1VolumeProjection {\n");
    sb.append("    clusterTrustBundle: ").append(String.valueOf(clusterTrustBundle).replace("\n", "\n    ")).append('\n');
    sb.append("    configMap: ").append(String.valueOf(configMap).replace("\n", "\n    ")).append('\n');
    sb.append("    downwardAPI: ").append(String.valueOf(downwardAPI).replace("\n", "\n    ")).append('\n');
    sb.append("    podCertificate: ").append(String.valueOf(podCertificate).replace("\n", "\n    ")).append('\n');
    sb.append("    secret: ").append(String.valueOf(secret).replace("\n", "\n    ")).append('\n');
    sb.append("    serviceAccountToken: ").append(String.valueOf(serviceAccountToken).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
