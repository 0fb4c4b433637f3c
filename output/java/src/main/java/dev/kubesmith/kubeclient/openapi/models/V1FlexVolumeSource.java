package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * FlexVolume represents a generic volume resource that is provisioned/attached using an exec
 * based plugin.
 */
public class V1FlexVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "driver",
      "fsType",
      "options",
      "readOnly",
      "secretRef");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1FlexVolumeSource> CODEC = new Codec<V1FlexVolumeSource>() {
    @Override
    public V1FlexVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1FlexVolumeSource)");
      }
      V1FlexVolumeSource o = new V1FlexVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.driver = Codecs.STRING.read(p);
            break;
          case 1:
            o.fsType = Codecs.STRING.read(p);
            break;
          case 2:
            o.options = Codecs.mapOf(Codecs.STRING).read(p);
            break;
          case 3:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          case 4:
            o.secretRef = V1LocalObjectReference.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1FlexVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.driver != null) {
        g.writeFieldName("driver");
        Codecs.STRING.write(g, o.driver);
      }
      if (o.fsType != null) {
        g.writeFieldName("fsType");
        Codecs.STRING.write(g, o.fsType);
      }
      if (o.options != null) {
        g.writeFieldName("options");
        Codecs.mapOf(Codecs.STRING).write(g, o.options);
      }
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      if (o.secretRef != null) {
        g.writeFieldName("secretRef");
        V1LocalObjectReference.CODEC.write(g, o.secretRef);
      }
      g.writeEndObject();
    }
  };

  private String driver;

  private String fsType;

  private Map<String, String> options;

  private Boolean readOnly;

  private V1LocalObjectReference secretRef;

  public V1FlexVolumeSource driver(String driver) {
    this.driver = driver;
    return this;
  }

  /**
   * driver is the name of the driver to use for this volume.
   *
   * @return driver
   */
  public String getDriver() {
    return driver;
  }

  public void setDriver(String driver) {
    this.driver = driver;
  }

  public V1FlexVolumeSource fsType(String fsType) {
    this.fsType = fsType;
    return this;
  }

  /**
   * fsType is the filesystem type to mount. Must be a filesystem type supported by the host
   * operating system. Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume
   * script.
   *
   * @return fsType
   */
  public String getFsType() {
    return fsType;
  }

  public void setFsType(String fsType) {
    this.fsType = fsType;
  }

  public V1FlexVolumeSource options(Map<String, String> options) {
    this.options = options;
    return this;
  }

  public V1FlexVolumeSource putOptionsItem(String key, String item) {
    if (this.options == null) {
      this.options = new LinkedHashMap<>();
    }
    this.options.put(key, item);
    return this;
  }

  /**
   * options is Optional: this field holds extra command options if any.
   *
   * @return options
   */
  public Map<String, String> getOptions() {
    return options;
  }

  public void setOptions(Map<String, String> options) {
    this.options = options;
  }

  public V1FlexVolumeSource readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * readOnly is Optional: defaults to false (read/write). ReadOnly here will force the ReadOnly
   * setting in VolumeMounts.
   *
   * @return readOnly
   */
  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  public V1FlexVolumeSource secretRef(V1LocalObjectReference secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  /**
   * secretRef is Optional: secretRef is reference to the secret object containing sensitive
   * information to pass to the plugin scripts. This may be empty if no secret object is
   * specified. If the secret object contains more than one secret, all secrets are passed to the
   * plugin scripts.
   *
   * @return secretRef
   */
  public V1LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(V1LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1FlexVolumeSource that = (V1FlexVolumeSource) other;
    return Objects.equals(driver, that.driver)
        && Objects.equals(fsType, that.fsType)
        && Objects.equals(options, that.options)
        && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(secretRef, that.secretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(driver, fsType, options, readOnly, secretRef);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1FlexVolumeSource {\n");
    sb.append("    driver: ").append(driver).append('\n');
    sb.append("    fsType: ").append(fsType).append('\n');
    sb.append("    options: ").append(String.valueOf(options).replace("\n", "\n    ")).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    sb.append("    secretRef: ").append(String.valueOf(secretRef).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
