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
 * PersistentVolumeClaimVolumeSource references the user's PVC in the same namespace. This
 * volume finds the bound PV and mounts that volume for the pod. A
 * PersistentVolumeClaimVolumeSource is, essentially, a wrapper around another type of volume
 * that is owned by someone else (the system).
 */
public class V1PersistentVolumeClaimVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "claimName",
      "readOnly");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PersistentVolumeClaimVolumeSource> CODEC = new Codec<V1PersistentVolumeClaimVolumeSource>() {
    @Override
    public V1PersistentVolumeClaimVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PersistentVolumeClaimVolumeSource)");
      }
      V1PersistentVolumeClaimVolumeSource o = new V1PersistentVolumeClaimVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.claimName = Codecs.STRING.read(p);
            break;
          case 1:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PersistentVolumeClaimVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.claimName != null) {
        g.writeFieldName("claimName");
        Codecs.STRING.write(g, o.claimName);
      }
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      g.writeEndObject();
    }
  };

  private String claimName;

  private Boolean readOnly;

  public V1PersistentVolumeClaimVolumeSource claimName(String claimName) {
    this.claimName = claimName;
    return this;
  }

  /**
   * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this
   * volume. More info:
   * https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
   *
   * @return claimName
   */
  public String getClaimName() {
    return claimName;
  }

  public void setClaimName(String claimName) {
    this.claimName = claimName;
  }

  public V1PersistentVolumeClaimVolumeSource readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * readOnly Will force the ReadOnly setting in VolumeMounts. Default false.
   *
   * @return readOnly
   */
  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PersistentVolumeClaimVolumeSource that = (V1PersistentVolumeClaimVolumeSource) other;
    return Objects.equals(claimName, that.claimName)
        && Objects.equals(readOnly, that.readOnly);
  }

  @Override
  public int hashCode() {
    return Objects.hash(claimName, readOnly);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PersistentVolumeClaimVolumeSource {\n");
    sb.append("    claimName: ").append(claimName).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    return sb.append("}").toString();
  }
}
