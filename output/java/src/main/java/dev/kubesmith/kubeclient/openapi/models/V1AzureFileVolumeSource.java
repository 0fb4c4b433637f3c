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
 * AzureFile represents an Azure File Service mount on the host and bind mount to the pod.
 */
public class V1AzureFileVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "readOnly",
      "secretName",
      "shareName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1AzureFileVolumeSource> CODEC = new Codec<V1AzureFileVolumeSource>() {
    @Override
    public V1AzureFileVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1AzureFileVolumeSource)");
      }
      V1AzureFileVolumeSource o = new V1AzureFileVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          case 1:
            o.secretName = Codecs.STRING.read(p);
            break;
          case 2:
            o.shareName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1AzureFileVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      if (o.secretName != null) {
        g.writeFieldName("secretName");
        Codecs.STRING.write(g, o.secretName);
      }
      if (o.shareName != null) {
        g.writeFieldName("shareName");
        Codecs.STRING.write(g, o.shareName);
      }
      g.writeEndObject();
    }
  };

  private Boolean readOnly;

  private String secretName;

  private String shareName;

  public V1AzureFileVolumeSource readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in
   * VolumeMounts.
   *
   * @return readOnly
   */
  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  public V1AzureFileVolumeSource secretName(String secretName) {
    this.secretName = secretName;
    return this;
  }

  /**
   * secretName is the  name of secret that contains Azure Storage Account Name and Key
   *
   * @return secretName
   */
  public String getSecretName() {
    return secretName;
  }

  public void setSecretName(String secretName) {
    this.secretName = secretName;
  }

  public V1AzureFileVolumeSource shareName(String shareName) {
    this.shareName = shareName;
    return this;
  }

  /**
   * shareName is the azure share Name
   *
   * @return shareName
   */
  public String getShareName() {
    return shareName;
  }

  public void setShareName(String shareName) {
    this.shareName = shareName;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1AzureFileVolumeSource that = (V1AzureFileVolumeSource) other;
    return Objects.equals(readOnly, that.readOnly)
        && Objects.equals(secretName, that.secretName)
        && Objects.equals(shareName, that.shareName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(readOnly, secretName, shareName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1AzureFileVolumeSource {\n");
    sb.append("    readOnly: ").append(readOnly).append('\n');
    sb.append("    secretName: ").append(secretName).append('\n');
    sb.append("    shareName: ").append(shareName).append('\n');
    return sb.append("}").toString();
  }
}
