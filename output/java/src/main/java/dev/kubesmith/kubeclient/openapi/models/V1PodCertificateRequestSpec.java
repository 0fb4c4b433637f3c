package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * PodCertificateRequestSpec describes the certificate request.  All fields are immutable after
 * creation.
 */
public class V1PodCertificateRequestSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "maxExpirationSeconds",
      "nodeName",
      "nodeUID",
      "podName",
      "podUID",
      "serviceAccountName",
      "serviceAccountUID",
      "signerName",
      "stubPKCS10Request",
      "unverifiedUserAnnotations");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodCertificateRequestSpec> CODEC = new Codec<V1PodCertificateRequestSpec>() {
    @Override
    public V1PodCertificateRequestSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodCertificateRequestSpec)");
      }
      V1PodCertificateRequestSpec o = new V1PodCertificateRequestSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.maxExpirationSeconds = Codecs.INT32.read(p);
            break;
          case 1:
            o.nodeName = Codecs.STRING.read(p);
            break;
          case 2:
            o.nodeUID = Codecs.STRING.read(p);
            break;
          case 3:
            o.podName = Codecs.STRING.read(p);
            break;
          case 4:
            o.podUID = Codecs.STRING.read(p);
            break;
          case 5:
            o.serviceAccountName = Codecs.STRING.read(p);
            break;
          case 6:
            o.serviceAccountUID = Codecs.STRING.read(p);
            break;
          case 7:
            o.signerName = Codecs.STRING.read(p);
            break;
          case 8:
            o.stubPKCS10Request = Codecs.BYTES.read(p);
            break;
          case 9:
            o.unverifiedUserAnnotations = Codecs.mapOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodCertificateRequestSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.maxExpirationSeconds != null) {
        g.writeFieldName("maxExpirationSeconds");
        Codecs.INT32.write(g, o.maxExpirationSeconds);
      }
      if (o.nodeName != null) {
        g.writeFieldName("nodeName");
        Codecs.STRING.write(g, o.nodeName);
      }
      if (o.nodeUID != null) {
        g.writeFieldName("nodeUID");
        Codecs.STRING.write(g, o.nodeUID);
      }
      if (o.podName != null) {
        g.writeFieldName("podName");
        Codecs.STRING.write(g, o.podName);
      }
      if (o.podUID != null) {
        g.writeFieldName("podUID");
        Codecs.STRING.write(g, o.podUID);
      }
      if (o.serviceAccountName != null) {
        g.writeFieldName("serviceAccountName");
        Codecs.STRING.write(g, o.serviceAccountName);
      }
      if (o.serviceAccountUID != null) {
        g.writeFieldName("serviceAccountUID");
        Codecs.STRING.write(g, o.serviceAccountUID);
      }
      if (o.signerName != null) {
        g.writeFieldName("signerName");
        Codecs.STRING.write(g, o.signerName);
      }
      if (o.stubPKCS10Request != null) {
        g.writeFieldName("stubPKCS10Request");
        Codecs.BYTES.write(g, o.stubPKCS10Request);
      }
      if (o.unverifiedUserAnnotations != null) {
        g.writeFieldName("unverifiedUserAnnotations");
        Codecs.mapOf(Codecs.STRING).write(g, o.unverifiedUserAnnotations);
      }
      g.writeEndObject();
    }
  };

  private Integer maxExpirationSeconds;

  private String nodeName;

  private String nodeUID;

  private String podName;

  private String podUID;

  private String serviceAccountName;

  private String serviceAccountUID;

  private String signerName;

  private byte[] stubPKCS10Request;

  private Map<String, String> unverifiedUserAnnotations;

  public V1PodCertificateRequestSpec maxExpirationSeconds(Integer maxExpirationSeconds) {
    this.maxExpirationSeconds = maxExpirationSeconds;
    return this;
  }

  /**
   * maxExpirationSeconds is the maximum lifetime permitted for the certificate.
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

  public V1PodCertificateRequestSpec nodeName(String nodeName) {
    this.nodeName = nodeName;
    return this;
  }

  /**
   * nodeName is the name of the node the pod is assigned to.
   *
   * @return nodeName
   */
  public String getNodeName() {
    return nodeName;
  }

  public void setNodeName(String nodeName) {
    this.nodeName = nodeName;
  }

  public V1PodCertificateRequestSpec nodeUID(String nodeUID) {
    this.nodeUID = nodeUID;
    return this;
  }

  /**
   * nodeUID is the UID of the node the pod is assigned to.
   *
   * @return nodeUID
   */
  public String getNodeUID() {
    return nodeUID;
  }

  public void setNodeUID(String nodeUID) {
    this.nodeUID = nodeUID;
  }

  public V1PodCertificateRequestSpec podName(String podName) {
    this.podName = podName;
    return this;
  }

  /**
   * podName is the name of the pod into which the certificate will be mounted.
   *
   * @return podName
   */
  public String getPodName() {
    return podName;
  }

  public void setPodName(String podName) {
    this.podName = podName;
  }

  public V1PodCertificateRequestSpec podUID(String podUID) {
    this.podUID = podUID;
    return this;
  }

  /**
   * podUID is the UID of the pod into which the certificate will be mounted.
   *
   * @return podUID
   */
  public String getPodUID() {
    return podUID;
  }

  public void setPodUID(String podUID) {
    this.podUID = podUID;
  }

  public V1PodCertificateRequestSpec serviceAccountName(String serviceAccountName) {
    this.serviceAccountName = serviceAccountName;
    return this;
  }

  /**
   * serviceAccountName is the name of the service account the pod is running as.
   *
   * @return serviceAccountName
   */
  public String getServiceAccountName() {
    return serviceAccountName;
  }

  public void setServiceAccountName(String serviceAccountName) {
    this.serviceAccountName = serviceAccountName;
  }

  public V1PodCertificateRequestSpec serviceAccountUID(String serviceAccountUID) {
    this.serviceAccountUID = serviceAccountUID;
    return this;
  }

  /**
   * serviceAccountUID is the UID of the service account the pod is running as.
   *
   * @return serviceAccountUID
   */
  public String getServiceAccountUID() {
    return serviceAccountUID;
  }

  public void setServiceAccountUID(String serviceAccountUID) {
    this.serviceAccountUID = serviceAccountUID;
  }

  public V1PodCertificateRequestSpec signerName(String signerName) {
    this.signerName = signerName;
    return this;
  }

  /**
   * signerName indicates the requested signer.
   *
   * All signer names beginning with `kubernetes.io` are reserved for use by the Kubernetes
   * project.  There is currently one well-known signer documented by the Kubernetes project,
   * `kubernetes.io/kube-apiserver-client-pod`, which will issue client certificates understood
   * by kube-apiserver.  It is currently unimplemented.
   *
   * @return signerName
   */
  public String getSignerName() {
    return signerName;
  }

  public void setSignerName(String signerName) {
    this.signerName = signerName;
  }

  public V1PodCertificateRequestSpec stubPKCS10Request(byte[] stubPKCS10Request) {
    this.stubPKCS10Request = stubPKCS10Request;
    return this;
  }

  /**
   * A PKCS#10 certificate signing request (DER-serialized) generated by Kubelet using the
   * subject private key.
   *
   * Most signer implementations will ignore the contents of the CSR except to extract the
   * subject public key. The API server automatically verifies the CSR signature during
   * admission, so the signer does not need to repeat the verification.  CSRs generated by
   * kubelet are completely empty.
   *
   * The subject public key must be one of RSA3072, RSA4096, ECDSAP256, ECDSAP384, ECDSAP521, or
   * ED25519. Note that this list may be expanded in the future.
   *
   * Signer implementations do not need to support all key types supported by kube-apiserver and
   * kubelet.  If a signer does not support the key type used for a given PodCertificateRequest,
   * it must deny the request by setting a status.conditions entry with a type of "Denied" and a
   * reason of "UnsupportedKeyType". It may also suggest a key type that it does support in the
   * message field.
   *
   * @return stubPKCS10Request
   */
  public byte[] getStubPKCS10Request() {
    return stubPKCS10Request;
  }

  public void setStubPKCS10Request(byte[] stubPKCS10Request) {
    this.stubPKCS10Request = stubPKCS10Request;
  }

  public V1PodCertificateRequestSpec unverifiedUserAnnotations(Map<String, String> unverifiedUserAnnotations) {
    this.unverifiedUserAnnotations = unverifiedUserAnnotations;
    return this;
  }

  public V1PodCertificateRequestSpec putUnverifiedUserAnnotationsItem(String key, String item) {
    if (this.unverifiedUserAnnotations == null) {
      this.unverifiedUserAnnotations = new LinkedHashMap<>();
    }
    this.unverifiedUserAnnotations.put(key, item);
    return this;
  }

  /**
   * unverifiedUserAnnotations allow pod authors to pass additional information to the signer
   * implementation.  Kubernetes does not restrict or validate this metadata in any way.
   *
   * Entries are subject to the same validation as object metadata annotations, with the addition
   * that all keys must be domain-prefixed. No restrictions are placed on values, except an
   * overall size limitation on the entire field.
   *
   * Signers should document the keys and values they support.  Signers should deny requests that
   * contain keys they do not recognize.
   *
   * @return unverifiedUserAnnotations
   */
  public Map<String, String> getUnverifiedUserAnnotations() {
    return unverifiedUserAnnotations;
  }

  public void setUnverifiedUserAnnotations(Map<String, String> unverifiedUserAnnotations) {
    this.unverifiedUserAnnotations = unverifiedUserAnnotations;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PodCertificateRequestSpec that = (V1PodCertificateRequestSpec) other;
    return Objects.equals(maxExpirationSeconds, that.maxExpirationSeconds)
        && Objects.equals(nodeName, that.nodeName)
        && Objects.equals(nodeUID, that.nodeUID)
        && Objects.equals(podName, that.podName)
        && Objects.equals(podUID, that.podUID)
        && Objects.equals(serviceAccountName, that.serviceAccountName)
        && Objects.equals(serviceAccountUID, that.serviceAccountUID)
        && Objects.equals(signerName, that.signerName)
        && Arrays.equals(stubPKCS10Request, that.stubPKCS10Request)
        && Objects.equals(unverifiedUserAnnotations, that.unverifiedUserAnnotations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxExpirationSeconds, nodeName, nodeUID, podName, podUID, serviceAccountName, serviceAccountUID, signerName, Arrays.hashCode(stubPKCS10Request), unverifiedUserAnnotations);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodCertificateRequestSpec {\n");
    sb.append("    maxExpirationSeconds: ").append(maxExpirationSeconds).append('\n');
    sb.append("    nodeName: ").append(nodeName).append('\n');
    sb.append("    nodeUID: ").append(nodeUID).append('\n');
    sb.append("    podName: ").append(podName).append('\n');
    sb.append("    podUID: ").append(podUID).append('\n');
    sb.append("    serviceAccountName: ").append(serviceAccountName).append('\n');
    sb.append("    serviceAccountUID: ").append(serviceAccountUID).append('\n');
    sb.append("    signerName: ").append(signerName).append('\n');
    sb.append("    stubPKCS10Request: ").append((stubPKCS10Request == null ? "null" : stubPKCS10Request.length + " bytes")).append('\n');
    sb.append("    unverifiedUserAnnotations: ").append(String.valueOf(unverifiedUserAnnotations).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
