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
import java.util.List;
import java.util.Objects;

/**
 * CertificateSigningRequestStatus contains conditions used to indicate approved/denied/failed
 * status of the request, and the issued certificate.
 */
public class V1CertificateSigningRequestStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "certificate",
      "conditions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CertificateSigningRequestStatus> CODEC = new Codec<V1CertificateSigningRequestStatus>() {
    @Override
    public V1CertificateSigningRequestStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CertificateSigningRequestStatus)");
      }
      V1CertificateSigningRequestStatus o = new V1CertificateSigningRequestStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.certificate = Codecs.BYTES.read(p);
            break;
          case 1:
            o.conditions = Codecs.listOf(V1CertificateSigningRequestCondition.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CertificateSigningRequestStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.certificate != null) {
        g.writeFieldName("certificate");
        Codecs.BYTES.write(g, o.certificate);
      }
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1CertificateSigningRequestCondition.CODEC).write(g, o.conditions);
      }
      g.writeEndObject();
    }
  };

  private byte[] certificate;

  private List<V1CertificateSigningRequestCondition> conditions;

  public V1CertificateSigningRequestStatus certificate(byte[] certificate) {
    this.certificate = certificate;
    return this;
  }

  /**
   * certificate is populated with an issued certificate by the signer after an Approved
   * condition is present. This field is set via the /status subresource. Once populated, this
   * field is immutable.
   *
   * If the certificate signing request is denied, a condition of type "Denied" is added and this
   * field remains empty. If the signer cannot issue the certificate, a condition of type
   * "Failed" is added and this field remains empty.
   *
   * Validation requirements:
   *  1. certificate must contain one or more PEM blocks.
   *  2. All PEM blocks must have the "CERTIFICATE" label, contain no headers, and the encoded
   * data
   *   must be a BER-encoded ASN.1 Certificate structure as described in section 4 of RFC5280.
   *  3. Non-PEM content may appear before or after the "CERTIFICATE" PEM blocks and is
   * unvalidated,
   *   to allow for explanatory text as described in section 5.2 of RFC7468.
   *
   * If more than one PEM block is present, and the definition of the requested spec.signerName
   * does not indicate otherwise, the first block is the issued certificate, and subsequent
   * blocks should be treated as intermediate certificates and presented in TLS handshakes.
   *
   * The certificate is encoded in PEM format.
   *
   * When serialized as JSON or YAML, the data is additionally base64-encoded, so it consists of:
   *
   *     base64(
   *     -----BEGIN CERTIFICATE-----
   *     ...
   *     -----END CERTIFICATE-----
   *     )
   *
   * @return certificate
   */
  public byte[] getCertificate() {
    return certificate;
  }

  public void setCertificate(byte[] certificate) {
    this.certificate = certificate;
  }

  public V1CertificateSigningRequestStatus conditions(List<V1CertificateSigningRequestCondition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1CertificateSigningRequestStatus addConditionsItem(V1CertificateSigningRequestCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * conditions applied to the request. Known conditions are "Approved", "Denied", and "Failed".
   *
   * @return conditions
   */
  public List<V1CertificateSigningRequestCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1CertificateSigningRequestCondition> conditions) {
    this.conditions = conditions;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CertificateSigningRequestStatus that = (V1CertificateSigningRequestStatus) other;
    return Arrays.equals(certificate, that.certificate)
        && Objects.equals(conditions, that.conditions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(certificate), conditions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CertificateSigningRequestStatus {\n");
    sb.append("    certificate: ").append((certificate == null ? "null" : certificate.length + " bytes")).append('\n');
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
