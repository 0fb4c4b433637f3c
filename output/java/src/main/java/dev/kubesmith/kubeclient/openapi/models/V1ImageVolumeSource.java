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
 * ImageVolumeSource represents a image volume resource.
 */
public class V1ImageVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "pullPolicy",
      "reference");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ImageVolumeSource> CODEC = new Codec<V1ImageVolumeSource>() {
    @Override
    public V1ImageVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ImageVolumeSource)");
      }
      V1ImageVolumeSource o = new V1ImageVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.pullPolicy = Codecs.STRING.read(p);
            break;
          case 1:
            o.reference = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ImageVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.pullPolicy != null) {
        g.writeFieldName("pullPolicy");
        Codecs.STRING.write(g, o.pullPolicy);
      }
      if (o.reference != null) {
        g.writeFieldName("reference");
        Codecs.STRING.write(g, o.reference);
      }
      g.writeEndObject();
    }
  };

  private String pullPolicy;

  private String reference;

  public V1ImageVolumeSource pullPolicy(String pullPolicy) {
    this.pullPolicy = pullPolicy;
    return this;
  }

  /**
   * Policy for pulling OCI objects. Possible values are: Always: the kubelet always attempts to
   * pull the reference. Container creation will fail If the pull fails. Never: the kubelet never
   * pulls the reference and only uses a local image or artifact. Container creation will fail if
   * the reference isn't present. IfNotPresent: the kubelet pulls if the reference isn't already
   * present on disk. Container creation will fail if the reference isn't present and the pull
   * fails. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
   *
   * @return pullPolicy
   */
  public String getPullPolicy() {
    return pullPolicy;
  }

  public void setPullPolicy(String pullPolicy) {
    this.pullPolicy = pullPolicy;
  }

  public V1ImageVolumeSource reference(String reference) {
    this.reference = reference;
    return this;
  }

  /**
   * Required: Image or artifact reference to be used. Behaves in the same way as
   * pod.spec.containers[*].image. Pull secrets will be assembled in the same way as for the
   * container image by looking up node credentials, SA image pull secrets, and pod spec image
   * pull secrets. More info: https://kubernetes.io/docs/concepts/containers/images This field is
   * optional to allow higher level config management to default or override container images in
   * workload controllers like Deployments and StatefulSets.
   *
   * @return reference
   */
  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ImageVolumeSource that = (V1ImageVolumeSource) other;
    return Objects.equals(pullPolicy, that.pullPolicy)
        && Objects.equals(reference, that.reference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pullPolicy, reference);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ImageVolumeSource {\n");
    sb.append("    pullPolicy: ").append(pullPolicy).append('\n');
    sb.append("    reference: ").append(reference).append('\n');
    return sb.append("}").toString();
  }
}
