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
 * StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs created
 * from the StatefulSet VolumeClaimTemplates.
 */
public class V1StatefulSetPersistentVolumeClaimRetentionPolicy {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "whenDeleted",
      "whenScaled");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1StatefulSetPersistentVolumeClaimRetentionPolicy> CODEC = new Codec<V1StatefulSetPersistentVolumeClaimRetentionPolicy>() {
    @Override
    public V1StatefulSetPersistentVolumeClaimRetentionPolicy read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1StatefulSetPersistentVolumeClaimRetentionPolicy)");
      }
      V1StatefulSetPersistentVolumeClaimRetentionPolicy o = new V1StatefulSetPersistentVolumeClaimRetentionPolicy();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.whenDeleted = Codecs.STRING.read(p);
            break;
          case 1:
            o.whenScaled = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1StatefulSetPersistentVolumeClaimRetentionPolicy o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.whenDeleted != null) {
        g.writeFieldName("whenDeleted");
        Codecs.STRING.write(g, o.whenDeleted);
      }
      if (o.whenScaled != null) {
        g.writeFieldName("whenScaled");
        Codecs.STRING.write(g, o.whenScaled);
      }
      g.writeEndObject();
    }
  };

  private String whenDeleted;

  private String whenScaled;

  public V1StatefulSetPersistentVolumeClaimRetentionPolicy whenDeleted(String whenDeleted) {
    this.whenDeleted = whenDeleted;
    return this;
  }

  /**
   * WhenDeleted specifies what happens to PVCs created from StatefulSet VolumeClaimTemplates
   * when the StatefulSet is deleted. The default policy of `Retain` causes PVCs to not be
   * affected by StatefulSet deletion. The `Delete` policy causes those PVCs to be deleted.
   *
   * @return whenDeleted
   */
  public String getWhenDeleted() {
    return whenDeleted;
  }

  public void setWhenDeleted(String whenDeleted) {
    this.whenDeleted = whenDeleted;
  }

  public V1StatefulSetPersistentVolumeClaimRetentionPolicy whenScaled(String whenScaled) {
    this.whenScaled = whenScaled;
    return this;
  }

  /**
   * WhenScaled specifies what happens to PVCs created from StatefulSet VolumeClaimTemplates when
   * the StatefulSet is scaled down. The default policy of `Retain` causes PVCs to not be
   * affected by a scaledown. The `Delete` policy causes the associated PVCs for any excess pods
   * above the replica count to be deleted.
   *
   * @return whenScaled
   */
  public String getWhenScaled() {
    return whenScaled;
  }

  public void setWhenScaled(String whenScaled) {
    this.whenScaled = whenScaled;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1StatefulSetPersistentVolumeClaimRetentionPolicy that = (V1StatefulSetPersistentVolumeClaimRetentionPolicy) other;
    return Objects.equals(whenDeleted, that.whenDeleted)
        && Objects.equals(whenScaled, that.whenScaled);
  }

  @Override
  public int hashCode() {
    return Objects.hash(whenDeleted, whenScaled);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1StatefulSetPersistentVolumeClaimRetentionPolicy {\n");
    sb.append("    whenDeleted: ").append(whenDeleted).append('\n');
    sb.append("    whenScaled: ").append(whenScaled).append('\n');
    return sb.append("}").toString();
  }
}
