package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * PodCertificateRequestStatus describes the status of the request, and holds the certificate
 * data if the request is issued.
 */
public class V1PodCertificateRequestStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "beginRefreshAt",
      "certificateChain",
      "conditions",
      "notAfter",
      "notBefore");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodCertificateRequestStatus> CODEC = new Codec<V1PodCertificateRequestStatus>() {
    @Override
    public V1PodCertificateRequestStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodCertificateRequestStatus)");
      }
      V1PodCertificateRequestStatus o = new V1PodCertificateRequestStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.beginRefreshAt = Codecs.TIME.read(p);
            break;
          case 1:
            o.certificateChain = Codecs.STRING.read(p);
            break;
          case 2:
            o.conditions = Codecs.listOf(V1Condition.CODEC).read(p);
            break;
          case 3:
            o.notAfter = Codecs.TIME.read(p);
            break;
          case 4:
            o.notBefore = Codecs.TIME.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodCertificateRequestStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.beginRefreshAt != null) {
        g.writeFieldName("beginRefreshAt");
        Codecs.TIME.write(g, o.beginRefreshAt);
      }
      if (o.certificateChain != null) {
        g.writeFieldName("certificateChain");
        Codecs.STRING.write(g, o.certificateChain);
      }
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1Condition.CODEC).write(g, o.conditions);
      }
      if (o.notAfter != null) {
        g.writeFieldName("notAfter");
        Codecs.TIME.write(g, o.notAfter);
      }
      if (o.notBefore != null) {
        g.writeFieldName("notBefore");
        Codecs.TIME.write(g, o.notBefore);
      }
      g.writeEndObject();
    }
  };

  private OffsetDateTime beginRefreshAt;

  private String certificateChain;

  private List<V1Condition> conditions;

  private OffsetDateTime notAfter;

  private OffsetDateTime notBefore;

  public V1PodCertificateRequestStatus beginRefreshAt(OffsetDateTime beginRefreshAt) {
    this.beginRefreshAt = beginRefreshAt;
    return this;
  }

  /**
   * beginRefreshAt is the time at which the kubelet should begin trying to refresh the
   * certificate.  This field is set via the /status subresource, and must be set at the same
   * time as certificateChain.  Once populated, this field is immutable.
   *
   * This field is only a hint.  Kubelet may start refreshing before or after this time if
   * necessary.
   *
   * @return beginRefreshAt
   */
  public OffsetDateTime getBeginRefreshAt() {
    return beginRefreshAt;
  }

  public void setBeginRefreshAt(OffsetDateTime beginRefreshAt) {
    this.beginRefreshAt = beginRefreshAt;
  }

  public V1PodCertificateRequestStatus certificateChain(String certificateChain) {
    this.certificateChain = certificateChain;
    return this;
  }

  /**
   * certificateChain is populated with an issued certificate by the signer. This field is set
   * via the /status subresource. Once populated, this field is immutable.
   *
   * If the certificate signing request is denied, a condition of type "Denied" is added and this
   * field remains empty. If the signer cannot issue the certificate, a condition of type
   * "Failed" is added and this field remains empty.
   *
   * Validation requirements:
   *  1. certificateChain must consist of one or more PEM-formatted certificates.
   *  2. Each entry must be a valid PEM-wrapped, DER-encoded ASN.1 Certificate as
   *     described in section 4 of RFC5280.
   *
   * If more than one block is present, and the definition of the requested spec.signerName does
   * not indicate otherwise, the first block is the issued certificate, and subsequent blocks
   * should be treated as intermediate certificates and presented in TLS handshakes.  When
   * projecting the chain into a pod volume, kubelet will drop any data in-between the PEM
   * blocks, as well as any PEM block headers.
   *
   * @return certificateChain
   */
  public String getCertificateChain() {
    return certificateChain;
  }

  public void setCertificateChain(String certificateChain) {
    this.certificateChain = certificateChain;
  }

  public V1PodCertificateRequestStatus conditions(List<V1Condition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1PodCertificateRequestStatus addConditionsItem(V1Condition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * conditions applied to the request.
   *
   * The types "Issued", "Denied", and "Failed" have special handling.  At most one of these
   * conditions may be present, and they must have status "True".
   *
   * If the request is denied with `Reason=UnsupportedKeyType`, the signer may suggest a key type
   * that will work in the message field.
   *
   * @return conditions
   */
  public List<V1Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1Condition> conditions) {
    this.conditions = conditions;
  }

  public V1PodCertificateRequestStatus notAfter(OffsetDateTime notAfter) {
    this.notAfter = notAfter;
    return this;
  }

  /**
   * notAfter is the time at which the certificate expires.  The value must be the same as the
   * notAfter value in the leaf certificate in certificateChain.  This field is set via the
   * /status subresource.  Once populated, it is immutable.  The signer must set this field at
   * the same time it sets certificateChain.
   *
   * @return notAfter
   */
  public OffsetDateTime getNotAfter() {
    return notAfter;
  }

  public void setNotAfter(OffsetDateTime notAfter) {
    this.notAfter = notAfter;
  }

  public V1PodCertificateRequestStatus notBefore(OffsetDateTime notBefore) {
    this.notBefore = notBefore;
    return this;
  }

  /**
   * notBefore is the time at which the certificate becomes valid.  The value must be the same as
   * the notBefore value in the leaf certificate in certificateChain.  This field is set via the
   * /status subresource.  Once populated, it is immutable. The signer must set this field at the
   * same time it sets certificateChain.
   *
   * @return notBefore
   */
  public OffsetDateTime getNotBefore() {
    return notBefore;
  }

  public void setNotBefore(OffsetDateTime notBefore) {
    this.notBefore = notBefore;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PodCertificateRequestStatus that = (V1PodCertificateRequestStatus) other;
    return Objects.equals(beginRefreshAt, that.beginRefreshAt)
        && Objects.equals(certificateChain, that.certificateChain)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(notAfter, that.notAfter)
        && Objects.equals(notBefore, that.notBefore);
  }

  @Override
  public int hashCode() {
    return Objects.hash(beginRefreshAt, certificateChain, conditions, notAfter, notBefore);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodCertificateRequestStatus {\n");
    sb.append("    beginRefreshAt: ").append(beginRefreshAt).append('\n');
    sb.append("    certificateChain: ").append(certificateChain).append('\n');
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    notAfter: ").append(notAfter).append('\n');
    sb.append("    notBefore: ").append(notBefore).append('\n');
    return sb.append("}").toString();
  }
}
