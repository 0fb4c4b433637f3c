package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * PodCertificateProjection provides a private key and X.509 certificate in the pod filesystem.
 */
public class V1PodCertificateProjection {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "certificateChainPath",
      "credentialBundlePath",
      "keyPath",
      "keyType",
      "maxExpirationSeconds",
      "signerName",
      "user",
      "userAnnotations");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodCertificateProjection> CODEC = new Codec<V1PodCertificateProjection>() {
    @Override
    public V1PodCertificateProjection read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodCertificateProjection)");
      }
      V1PodCertificateProjection o = new V1PodCertificateProjection();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.certificateChainPath = Codecs.STRING.read(p);
            break;
          case 1:
            o.credentialBundlePath = Codecs.STRING.read(p);
            break;
          case 2:
            o.keyPath = Codecs.STRING.read(p);
            break;
          case 3:
            o.keyType = Codecs.STRING.read(p);
            break;
          case 4:
            o.maxExpirationSeconds = Codecs.INT32.read(p);
            break;
          case 5:
            o.signerName = Codecs.STRING.read(p);
            break;
          case 6:
            o.user = Codecs.INT64.read(p);
            break;
          case 7:
            o.userAnnotations = Codecs.mapOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodCertificateProjection o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.certificateChainPath != null) {
        g.writeFieldName("certificateChainPath");
        Codecs.STRING.write(g, o.certificateChainPath);
      }
      if (o.credentialBundlePath != null) {
        g.writeFieldName("credentialBundlePath");
        Codecs.STRING.write(g, o.credentialBundlePath);
      }
      if (o.keyPath != null) {
        g.writeFieldName("keyPath");
        Codecs.STRING.write(g, o.keyPath);
      }
      if (o.keyType != null) {
        g.writeFieldName("keyType");
        Codecs.STRING.write(g, o.keyType);
      }
      if (o.maxExpirationSeconds != null) {
        g.writeFieldName("maxExpirationSeconds");
        Codecs.INT32.write(g, o.maxExpirationSeconds);
      }
      if (o.signerName != null) {
        g.writeFieldName("signerName");
        Codecs.STRING.write(g, o.signerName);
      }
      if (o.user != null) {
        g.writeFieldName("user");
        Codecs.INT64.write(g, o.user);
      }
      if (o.userAnnotations != null) {
        g.writeFieldName("userAnnotations");
        Codecs.mapOf(Codecs.STRING).write(g, o.userAnnotations);
      }
      g.writeEndObject();
    }
  };

  private String certificateChainPath;

  private String credentialBundlePath;

  private String keyPath;

  private String keyType;

  private Integer maxExpirationSeconds;

  private String signerName;

  private Long user;

  private Map<String, String> userAnnotations;

  public V1PodCertificateProjection certificateChainPath(String certificateChainPath) {
    this.certificateChainPath = certificateChainPath;
    return this;
  }

  /**
   * Write the certificate chain at this path in the projected volume.
   *
   * Most applications should use credentialBundlePath.  When using keyPath and
   * certificateChainPath, your application needs to check that the key and leaf certificate are
   * consistent, because it is possible to read the files mid-rotation.
   *
   * @return certificateChainPath
   */
  public String getCertificateChainPath() {
    return certificateChainPath;
  }

  public void setCertificateChainPath(String certificateChainPath) {
    this.certificateChainPath = certificateChainPath;
  }

  public V1PodCertificateProjection credentialBundlePath(String credentialBundlePath) {
    this.credentialBundlePath = credentialBundlePath;
    return this;
  }

  /**
   * Write the credential bundle at this path in the projected volume.
   *
   * The credential bundle is a single file that contains multiple PEM blocks. The first PEM
   * block is a PRIVATE KEY block, containing a PKCS#8 private key.
   *
   * The remaining blocks are CERTIFICATE blocks, containing the issued certificate chain from
   * the signer (leaf and any intermediates).
   *
   * Using credentialBundlePath lets your Pod's application code make a single atomic read that
   * retrieves a consistent key and certificate chain.  If you project them to separate files,
   * your application code will need to additionally check that the leaf certificate was issued
   * to the key.
   *
   * @return credentialBundlePath
   */
  public String getCredentialBundlePath() {
    return credentialBundlePath;
  }

  public void setCredentialBundlePath(String credentialBundlePath) {
    this.credentialBundlePath = credentialBundlePath;
  }

  public V1PodCertificateProjection keyPath(String keyPath) {
    this.keyPath = keyPath;
    return this;
  }

  /**
   * Write the key at this path in the projected volume.
   *
   * Most applications should use credentialBundlePath.  When using keyPath and
   * certificateChainPath, your application needs to check that the key and leaf certificate are
   * consistent, because it is possible to read the files mid-rotation.
   *
   * @return keyPath
   */
  public String getKeyPath() {
    return keyPath;
  }

  public void setKeyPath(String keyPath) {
    this.keyPath = keyPath;
  }

  public V1PodCertificateProjection keyType(String keyType) {
    this.keyType = keyType;
    return this;
  }

  /**
   * The type of keypair Kubelet will generate for the pod.
   *
   * Valid values are "RSA3072", "RSA4096", "ECDSAP256", "ECDSAP384", "ECDSAP521", and "ED25519".
   *
   * @return keyType
   */
  public String getKeyType() {
    return keyType;
  }

  public void setKeyType(String keyType) {
    this.keyType = keyType;
  }

  public V1PodCertificateProjection maxExpirationSeconds(Integer maxExpirationSeconds) {
    this.maxExpirationSeconds = maxExpirationSeconds;
    return this;
  }

  /**
   * maxExpirationSeconds is the maximum lifetime permitted for the certificate.
   *
   * Kubelet copies this value verbatim into the PodCertificateRequests it generates for this
   * projection.
   *
   * If omitted, kube-apiserver will set it to 86400(24 hours). kube-apiserver will reject values
   * shorter than 3600 (1 hour).  The maximum allowable value is 7862400 (91 days).
   *
   * The signer implementation is then free to issue a certificate with any lifetime *shorter*
   * than MaxExpirationSeconds, but no shorter than 3600 seconds (1 hour).  This constraint is
   * enforced by kube-apiserver. `kubernetes.io` signers will never issue certificates with a
   * lifetime longer than 24 hours.
   *
   * @return maxExpirationSeconds
   */
  public Integer getMaxExpirationSeconds() {
    return maxExpirationSeconds;
  }

  public void setMaxExpirationSeconds(Integer maxExpirationSeconds) {
    this.maxExpirationSeconds = maxExpirationSeconds;
  }

  public V1PodCertificateProjection signerName(String signerName) {
    this.signerName = signerName;
    return this;
  }

  /**
   * Kubelet's generated CSRs will be addressed to this signer.
   *
   * @return signerName
   */
  public String getSignerName() {
    return signerName;
  }

  public void setSignerName(String signerName) {
    this.signerName = signerName;
  }

  public V1PodCertificateProjection user(Long user) {
    this.user = user;
    return this;
  }

  /**
   * user is Optional: The owner UID of the created file. If specified, the item-level user field
   * takes precedence over defaultUser. (Alpha) This field requires the
   * AtomicWriteVolumeUserFields feature gate to be enabled.
   *
   * @return user
   */
  public Long getUser() {
    return user;
  }

  public void setUser(Long user) {
    this.user = user;
  }

  public V1PodCertificateProjection userAnnotations(Map<String, String> userAnnotations) {
    this.userAnnotations = userAnnotations;
    return this;
  }

  public V1PodCertificateProjection putUserAnnotationsItem(String key, String item) {
    if (this.userAnnotations == null) {
      this.userAnnotations = new LinkedHashMap<>();
    }
    this.userAnnotations.put(key, item);
    return this;
  }

  /**
   * userAnnotations allow pod authors to pass additional information to the signer
   * implementation.  Kubernetes does not restrict or validate this metadata in any way.
   *
   * These values are copied verbatim into the `spec.unverifiedUserAnnotations` field of the
   * PodCertificateRequest objects that Kubelet creates.
   *
   * Entries are subject to the same validation as object metadata annotations, with the addition
   * that all keys must be domain-prefixed. No restrictions are placed on values, except an
   * overall size limitation on the entire field.
   *
   * Signers should document the keys and values they support. Signers should deny requests that
   * contain keys they do not recognize.
   *
   * @return userAnnotations
   */
  public Map<String, String> getUserAnnotations() {
    return userAnnotations;
  }

  public void setUserAnnotations(Map<String, String> userAnnotations) {
    this.userAnnotations = userAnnotations;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PodCertificateProjection that = (V1PodCertificateProjection) other;
    return Objects.equals(certificateChainPath, that.certificateChainPath)
        && Objects.equals(credentialBundlePath, that.credentialBundlePath)
        && Objects.equals(keyPath, that.keyPath)
        && Objects.equals(keyType, that.keyType)
        && Objects.equals(maxExpirationSeconds, that.maxExpirationSeconds)
        && Objects.equals(signerName, that.signerName)
        && Objects.equals(user, that.user)
        && Objects.equals(userAnnotations, that.userAnnotations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(certificateChainPath, credentialBundlePath, keyPath, keyType, maxExpirationSeconds, signerName, user, userAnnotations);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodCertificateProjection {\n");
    sb.append("    certificateChainPath: ").append(certificateChainPath).append('\n');
    sb.append("    credentialBundlePath: ").append(credentialBundlePath).append('\n');
    sb.append("    keyPath: ").append(keyPath).append('\n');
    sb.append("    keyType: ").append(keyType).append('\n');
    sb.append("    maxExpirationSeconds: ").append(maxExpirationSeconds).append('\n');
    sb.append("    signerName: ").append(signerName).append('\n');
    sb.append("    user: ").append(user).append('\n');
    sb.append("    userAnnotations: ").append(String.valueOf(userAnnotations).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
