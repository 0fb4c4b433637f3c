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
 * ClusterTrustBundleSpec contains the signer and trust anchors.
 */
public class V1ClusterTrustBundleSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "signerName",
      "trustBundle");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ClusterTrustBundleSpec> CODEC = new Codec<V1ClusterTrustBundleSpec>() {
    @Override
    public V1ClusterTrustBundleSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ClusterTrustBundleSpec)");
      }
      V1ClusterTrustBundleSpec o = new V1ClusterTrustBundleSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.signerName = Codecs.STRING.read(p);
            break;
          case 1:
            o.trustBundle = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ClusterTrustBundleSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.signerName != null) {
        g.writeFieldName("signerName");
        Codecs.STRING.write(g, o.signerName);
      }
      if (o.trustBundle != null) {
        g.writeFieldName("trustBundle");
        Codecs.STRING.write(g, o.trustBundle);
      }
      g.writeEndObject();
    }
  };

  private String signerName;

  private String trustBundle;

  public V1ClusterTrustBundleSpec signerName(String signerName) {
    this.signerName = signerName;
    return this;
  }

  /**
   * signerName indicates the associated signer, if any.
   *
   * In order to create or update a ClusterTrustBundle that sets signerName, you must have the
   * following cluster-scoped permission: group=certificates.k8s.io resource=signers
   * resourceName=&lt;the signer name&gt; verb=attest.
   *
   * If signerName is not empty, then the ClusterTrustBundle object must be named with the signer
   * name as a prefix (translating slashes to colons). For example, for the signer name
   * `example.com/foo`, valid ClusterTrustBundle object names include `example.com:foo:abc` and
   * `example.com:foo:v1`.
   *
   * If signerName is empty, then the ClusterTrustBundle object's name must not have such a
   * prefix.
   *
   * List/watch requests for ClusterTrustBundles can filter on this field using a
   * `spec.signerName=NAME` field selector.
   *
   * @return signerName
   */
  public String getSignerName() {
    return signerName;
  }

  public void setSignerName(String signerName) {
    this.signerName = signerName;
  }

  public V1ClusterTrustBundleSpec trustBundle(String trustBundle) {
    this.trustBundle = trustBundle;
    return this;
  }

  /**
   * trustBundle contains the individual X.509 trust anchors for this bundle, as PEM bundle of
   * PEM-wrapped, DER-formatted X.509 certificates.
   *
   * The data must consist only of PEM certificate blocks that parse as valid X.509 certificates.
   * Each certificate must include a basic constraints extension with the CA bit set.  The API
   * server will reject objects that contain duplicate certificates, or that use PEM block
   * headers.
   *
   * Users of ClusterTrustBundles, including Kubelet, are free to reorder and deduplicate
   * certificate blocks in this file according to their own logic, as well as to drop PEM block
   * headers and inter-block data.
   *
   * @return trustBundle
   */
  public String getTrustBundle() {
    return trustBundle;
  }

  public void setTrustBundle(String trustBundle) {
    this.trustBundle = trustBundle;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ClusterTrustBundleSpec that = (V1ClusterTrustBundleSpec) other;
    return Objects.equals(signerName, that.signerName)
        && Objects.equals(trustBundle, that.trustBundle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(signerName, trustBundle);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ClusterTrustBundleSpec {\n");
    sb.append("    signerName: ").append(signerName).append('\n');
    sb.append("    trustBundle: ").append(trustBundle).append('\n');
    return sb.append("}").toString();
  }
}
