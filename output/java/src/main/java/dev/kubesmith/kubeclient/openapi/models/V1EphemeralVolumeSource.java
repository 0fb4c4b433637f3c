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
 * Represents an ephemeral volume that is handled by a normal storage driver.
 */
public class V1EphemeralVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "volumeClaimTemplate");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1EphemeralVolumeSource> CODEC = new Codec<V1EphemeralVolumeSource>() {
    @Override
    public V1EphemeralVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1EphemeralVolumeSource)");
      }
      V1EphemeralVolumeSource o = new V1EphemeralVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.volumeClaimTemplate = V1PersistentVolumeClaimTemplate.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1EphemeralVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.volumeClaimTemplate != null) {
        g.writeFieldName("volumeClaimTemplate");
        V1PersistentVolumeClaimTemplate.CODEC.write(g, o.volumeClaimTemplate);
      }
      g.writeEndObject();
    }
  };

  private V1PersistentVolumeClaimTemplate volumeClaimTemplate;

  public V1EphemeralVolumeSource volumeClaimTemplate(V1PersistentVolumeClaimTemplate volumeClaimTemplate) {
    this.volumeClaimTemplate = volumeClaimTemplate;
    return this;
  }

  /**
   * Will be used to create a stand-alone PVC to provision the volume. The pod in which this
   * EphemeralVolumeSource is embedded will be the owner of the PVC, i.e. the PVC will be deleted
   * together with the pod.  The name of the PVC will be `&lt;pod name&gt;-&lt;volume name&gt;`
   * where `&lt;volume name&gt;` is the name from the `PodSpec.Volumes` array entry. Pod
   * validation will reject the pod if the concatenated name is not valid for a PVC (for example,
   * too long).
   *
   * An existing PVC with that name that is not owned by the pod will *not* be used for the pod
   * to avoid using an unrelated volume by mistake. Starting the pod is then blocked until the
   * unrelated PVC is removed. If such a pre-created PVC is meant to be used by the pod, the PVC
   * has to updated with an owner reference to the pod once the pod exists. Normally this should
   * not be necessary, but it may be useful when manually reconstructing a broken cluster.
   *
   * This field is read-only and no changes will be made by Kubernetes to the PVC after it has
   * been created.
   *
   * Required, must not be nil.
   *
   * @return volumeClaimTemplate
   */
  public V1PersistentVolumeClaimTemplate getVolumeClaimTemplate() {
    return volumeClaimTemplate;
  }

  public void setVolumeClaimTemplate(V1PersistentVolumeClaimTemplate volumeClaimTemplate) {
    this.volumeClaimTemplate = volumeClaimTemplate;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1EphemeralVolumeSource that = (V1EphemeralVolumeSource) other;
    return Objects.equals(volumeClaimTemplate, that.volumeClaimTemplate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(volumeClaimTemplate);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1EphemeralVolumeSource {\n");
    sb.append("    volumeClaimTemplate: ").append(String.valueOf(volumeClaimTemplate).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
