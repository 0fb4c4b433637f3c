package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * CertificateSigningRequestSpec contains the certificate request.
 */
public class V1CertificateSigningRequestSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "expirationSeconds",
      "extra",
      "groups",
      "request",
      "signerName",
      "uid",
      "usages",
      "username");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CertificateSigningRequestSpec> CODEC = new Codec<V1CertificateSigningRequestSpec>() {
    @Override
    public V1CertificateSigningRequestSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CertificateSigningRequestSpec)");
      }
      V1CertificateSigningRequestSpec o = new V1CertificateSigningRequestSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.expirationSeconds = Codecs.INT32.read(p);
            break;
          case 1:
            o.extra = Codecs.mapOf(Codecs.listOf(Codecs.STRING)).read(p);
            break;
          case 2:
            o.groups = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 3:
            o.request = Codecs.BYTES.read(p);
            break;
          case 4:
            o.signerName = Codecs.STRING.read(p);
            break;
          case 5:
            o.uid = Codecs.STRING.read(p);
            break;
          case 6:
            o.usages = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 7:
            o.username = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CertificateSigningRequestSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.expirationSeconds != null) {
        g.writeFieldName("expirationSeconds");
        Codecs.INT32.write(g, o.expirationSeconds);
      }
      if (o.extra != null) {
        g.writeFieldName("extra");
        Codecs.mapOf(Codecs.listOf(Codecs.STRING)).write(g, o.extra);
      }
      if (o.groups != null) {
        g.writeFieldName("groups");
        Codecs.listOf(Codecs.STRING).write(g, o.groups);
      }
      if (o.request != null) {
        g.writeFieldName("request");
        Codecs.BYTES.write(g, o.request);
      }
      if (o.signerName != null) {
        g.writeFieldName("signerName");
        Codecs.STRING.write(g, o.signerName);
      }
      if (o.uid != null) {
        g.writeFieldName("uid");
        Codecs.STRING.write(g, o.uid);
      }
      if (o.usages != null) {
        g.writeFieldName("usages");
        Codecs.listOf(Codecs.STRING).write(g, o.usages);
      }
      if (o.username != null) {
        g.writeFieldName("username");
        Codecs.STRING.write(g, o.username);
      }
      g.writeEndObject();
    }
  };

  private Integer expirationSeconds;

  private Map<String, List<String>> extra;

  private List<String> groups;

  private byte[] request;

  private String signerName;

  private String uid;

  private List<String> usages;

  private String username;

  public V1CertificateSigningRequestSpec expirationSeconds(Integer expirationSeconds) {
    this.expirationSeconds = expirationSeconds;
    return this;
  }

  /**
   * expirationSeconds is the requested duration of validity of the issued certificate. The
   * certificate signer may issue a certificate with a different validity duration so a client
   * must check the delta between the notBefore and and notAfter fields in the issued certificate
   * to determine the actual duration.
   *
   * The v1.22+ in-tree implementations of the well-known Kubernetes signers will honor this
   * field as long as the requested duration is not greater than the maximum duration they will
   * honor per the --cluster-signing-duration CLI flag to the Kubernetes controller manager.
   *
   * Certificate signers may not honor this field for various reasons:
   *
   *   1. Old signer that is unaware of the field (such as the in-tree
   *      implementations prior to v1.22)
   *   2. Signer whose configured maximum is shorter than the requested duration
   *   3. Signer whose configured minimum is longer than the requested duration
   *
   * The minimum valid value for expirationSeconds is 600, i.e. 10 minutes.
   *
   * @return expirationSeconds
   */
  public Integer getExpirationSeconds() {
    return expirationSeconds;
  }

  public void setExpirationSeconds(Integer expirationSeconds) {
    this.expirationSeconds = expirationSeconds;
  }

  public V1CertificateSigningRequestSpec extra(Map<String, List<String>> extra) {
    this.extra = extra;
    return this;
  }

  public V1CertificateSigningRequestSpec putExtraItem(String key, List<String> item) {
    if (this.extra == null) {
      this.extra = new LinkedHashMap<>();
    }
    this.extra.put(key, item);
    return this;
  }

  /**
   * extra contains extra attributes of the user that created the CertificateSigningRequest.
   * Populated by the API server on creation and immutable.
   *
   * @return extra
   */
  public Map<String, List<String>> getExtra() {
    return extra;
  }

  public void setExtra(Map<String, List<String>> extra) {
    this.extra = extra;
  }

  public V1CertificateSigningRequestSpec groups(List<String> groups) {
    this.groups = groups;
    return this;
  }

  public V1CertificateSigningRequestSpec addGroupsItem(String item) {
    if (this.groups == null) {
      this.groups = new ArrayList<>();
    }
    this.groups.add(item);
    return this;
  }

  /**
   * groups contains group membership of the user that created the CertificateSigningRequest.
   * Populated by the API server on creation and immutable.
   *
   * @return groups
   */
  public List<String> getGroups() {
    return groups;
  }

  public void setGroups(List<String> groups) {
    this.groups = groups;
  }

  public V1CertificateSigningRequestSpec request(byte[] request) {
    this.request = request;
    return this;
  }

  /**
   * request contains an x509 certificate signing request encoded in a "CERTIFICATE REQUEST" PEM
   * block. When serialized as JSON or YAML, the data is additionally base64-encoded.
   *
   * @return request
   */
  public byte[] getRequest() {
    return request;
  }

  public void setRequest(byte[] request) {
    this.request = request;
  }

  public V1CertificateSigningRequestSpec signerName(String signerName) {
    this.signerName = signerName;
    return this;
  }

  /**
   * signerName indicates the requested signer, and is a qualified name.
   *
   * List/watch requests for CertificateSigningRequests can filter on this field using a
   * "spec.signerName=NAME" fieldSelector.
   *
   * Well-known Kubernetes signers are:
   *  1. "kubernetes.io/kube-apiserver-client": issues client certificates that can be used to
   * authenticate to kube-apiserver.
   *   Requests for this signer are never auto-approved by kube-controller-manager, can be issued
   * by the "csrsigning" controller in kube-controller-manager.
   *  2. "kubernetes.io/kube-apiserver-client-kubelet": issues client certificates that kubelets
   * use to authenticate to kube-apiserver.
   *   Requests for this signer can be auto-approved by the "csrapproving" controller in
   * kube-controller-manager, and can be issued by the "csrsigning" controller in
   * kube-controller-manager.
   *  3. "kubernetes.io/kubelet-serving" issues serving certificates that kubelets use to serve
   * TLS endpoints, which kube-apiserver can connect to securely.
   *   Requests for this signer are never auto-approved by kube-controller-manager, and can be
   * issued by the "csrsigning" controller in kube-controller-manager.
   *
   * More details are available at
   * https://k8s.io/docs/reference/access-authn-authz/certificate-signing-requests/#kubernetes-signers
   *
   * Custom signerNames can also be specified. The signer defines:
   *  1. Trust distribution: how trust (CA bundles) are distributed.
   *  2. Permitted subjects: and behavior when a disallowed subject is requested.
   *  3. Required, permitted, or forbidden x509 extensions in the request (including whether
   * subjectAltNames are allowed, which types, restrictions on allowed values) and behavior when
   * a disallowed extension is requested.
   *  4. Required, permitted, or forbidden key usages / extended key usages.
   *  5. Expiration/certificate lifetime: whether it is fixed by the signer, configurable by the
   * admin.
   *  6. Whether or not requests for CA certificates are allowed.
   *
   * @return signerName
   */
  public String getSignerName() {
    return signerName;
  }

  public void setSignerName(String signerName) {
    this.signerName = signerName;
  }

  public V1CertificateSigningRequestSpec uid(String uid) {
    this.uid = uid;
    return this;
  }

  /**
   * uid contains the uid of the user that created the CertificateSigningRequest. Populated by
   * the API server on creation and immutable.
   *
   * @return uid
   */
  public String getUid() {
    return uid;
  }

  public void setUid(String uid) {
    this.uid = uid;
  }

  public V1CertificateSigningRequestSpec usages(List<String> usages) {
    this.usages = usages;
    return this;
  }

  public V1CertificateSigningRequestSpec addUsagesItem(String item) {
    if (this.usages == null) {
      this.usages = new ArrayList<>();
    }
    this.usages.add(item);
    return this;
  }

  /**
   * usages specifies a set of key usages requested in the issued certificate.
   *
   * Requests for TLS client certificates typically request: "digital signature", "key
   * encipherment", "client auth".
   *
   * Requests for TLS serving certificates typically request: "key encipherment", "digital
   * signature", "server auth".
   *
   * Valid values are:
   *  "signing", "digital signature", "content commitment",
   *  "key encipherment", "key agreement", "data encipherment",
   *  "cert sign", "crl sign", "encipher only", "decipher only", "any",
   *  "server auth", "client auth",
   *  "code signing", "email protection", "s/mime",
   *  "ipsec end system", "ipsec tunnel", "ipsec user",
   *  "timestamping", "ocsp signing", "microsoft sgc", "netscape sgc"
   *
   * @return usages
   */
  public List<String> getUsages() {
    return usages;
  }

  public void setUsages(List<String> usages) {
    this.usages = usages;
  }

  public V1CertificateSigningRequestSpec username(String username) {
    this.username = username;
    return this;
  }

  /**
   * username contains the name of the user that created the CertificateSigningRequest. Populated
   * by the API server on creation and immutable.
   *
   * @return username
   */
  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CertificateSigningRequestSpec that = (V1CertificateSigningRequestSpec) other;
    return Objects.equals(expirationSeconds, that.expirationSeconds)
        && Objects.equals(extra, that.extra)
        && Objects.equals(groups, that.groups)
        && Arrays.equals(request, that.request)
        && Objects.equals(signerName, that.signerName)
        && Objects.equals(uid, that.uid)
        && Objects.equals(usages, that.usages)
        && Objects.equals(username, that.username);
  }

  @Override
  public int hashCode() {
    return Objects.hash(expirationSeconds, extra, groups, Arrays.hashCode(request), signerName, uid, usages, username);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CertificateSigningRequestSpec {\n");
    sb.append("    expirationSeconds: ").append(expirationSeconds).append('\n');
    sb.append("    extra: ").append(String.valueOf(extra).replace("\n", "\n    ")).append('\n');
    sb.append("    groups: ").append(String.valueOf(groups).replace("\n", "\n    ")).append('\n');
    sb.append("    request: ").append((request == null ? "null" : request.length + " bytes")).append('\n');
    sb.append("    signerName: ").append(signerName).append('\n');
    sb.append("    uid: ").append(uid).append('\n');
    sb.append("    usages: ").append(String.valueOf(usages).replace("\n", "\n    ")).append('\n');
    sb.append("    username: ").append(username).append('\n');
    return sb.append("}").toString();
  }
}
