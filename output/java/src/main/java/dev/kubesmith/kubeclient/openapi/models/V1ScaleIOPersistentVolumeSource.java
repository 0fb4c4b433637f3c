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
 * ScaleIOPersistentVolumeSource represents a persistent ScaleIO volume
 */
public class V1ScaleIOPersistentVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "fsType",
      "gateway",
      "protectionDomain",
      "readOnly",
      "secretRef",
      "sslEnabled",
      "storageMode",
      "storagePool",
      "system",
      "volumeName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ScaleIOPersistentVolumeSource> CODEC = new Codec<V1ScaleIOPersistentVolumeSource>() {
    @Override
    public V1ScaleIOPersistentVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ScaleIOPersistentVolumeSource)");
      }
      V1ScaleIOPersistentVolumeSource o = new V1ScaleIOPersistentVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.fsType = Codecs.STRING.read(p);
            break;
          case 1:
            o.gateway = Codecs.STRING.read(p);
            break;
          case 2:
            o.protectionDomain = Codecs.STRING.read(p);
            break;
          case 3:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          case 4:
            o.secretRef = V1SecretReference.CODEC.read(p);
            break;
          case 5:
            o.sslEnabled = Codecs.BOOLEAN.read(p);
            break;
          case 6:
            o.storageMode = Codecs.STRING.read(p);
            break;
          case 7:
            o.storagePool = Codecs.STRING.read(p);
            break;
          case 8:
            o.system = Codecs.STRING.read(p);
            break;
          case 9:
            o.volumeName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ScaleIOPersistentVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.fsType != null) {
        g.writeFieldName("fsType");
        Codecs.STRING.write(g, o.fsType);
      }
      if (o.gateway != null) {
        g.writeFieldName("gateway");
        Codecs.STRING.write(g, o.gateway);
      }
      if (o.protectionDomain != null) {
        g.writeFieldName("protectionDomain");
        Codecs.STRING.write(g, o.protectionDomain);
      }
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      if (o.secretRef != null) {
        g.writeFieldName("secretRef");
        V1SecretReference.CODEC.write(g, o.secretRef);
      }
      if (o.sslEnabled != null) {
        g.writeFieldName("sslEnabled");
        Codecs.BOOLEAN.write(g, o.sslEnabled);
      }
      if (o.storageMode != null) {
        g.writeFieldName("storageMode");
        Codecs.STRING.write(g, o.storageMode);
      }
      if (o.storagePool != null) {
        g.writeFieldName("storagePool");
        Codecs.STRING.write(g, o.storagePool);
      }
      if (o.system != null) {
        g.writeFieldName("system");
        Codecs.STRING.write(g, o.system);
      }
      if (o.volumeName != null) {
        g.writeFieldName("volumeName");
        Codecs.STRING.write(g, o.volumeName);
      }
      g.writeEndObject();
    }
  };

  private String fsType;

  private String gateway;

  private String protectionDomain;

  private Boolean readOnly;

  private V1SecretReference secretRef;

  private Boolean sslEnabled;

  private String storageMode;

  private String storagePool;

  private String system;

  private String volumeName;

  public V1ScaleIOPersistentVolumeSource fsType(String fsType) {
    this.fsType = fsType;
    return this;
  }

  /**
   * fsType is the filesystem type to mount. Must be a filesystem type supported by the host
   * operating system. Ex. "ext4", "xfs", "ntfs". Default is "xfs"
   *
   * @return fsType
   */
  public String getFsType() {
    return fsType;
  }

  public void setFsType(String fsType) {
    this.fsType = fsType;
  }

  public V1ScaleIOPersistentVolumeSource gateway(String gateway) {
    this.gateway = gateway;
    return this;
  }

  /**
   * gateway is the host address of the ScaleIO API Gateway.
   *
   * @return gateway
   */
  public String getGateway() {
    return gateway;
  }

  public void setGateway(String gateway) {
    this.gateway = gateway;
  }

  public V1ScaleIOPersistentVolumeSource protectionDomain(String protectionDomain) {
    this.protectionDomain = protectionDomain;
    return this;
  }

  /**
   * protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
   *
   * @return protectionDomain
   */
  public String getProtectionDomain() {
    return protectionDomain;
  }

  public void setProtectionDomain(String protectionDomain) {
    this.protectionDomain = protectionDomain;
  }

  public V1ScaleIOPersistentVolumeSource readOnly(Boolean readOnly) {
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

  public V1ScaleIOPersistentVolumeSource secretRef(V1SecretReference secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  /**
   * secretRef references to the secret for ScaleIO user and other sensitive information. If this
   * is not provided, Login operation will fail.
   *
   * @return secretRef
   */
  public V1SecretReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(V1SecretReference secretRef) {
    this.secretRef = secretRef;
  }

  public V1ScaleIOPersistentVolumeSource sslEnabled(Boolean sslEnabled) {
    this.sslEnabled = sslEnabled;
    return this;
  }

  /**
   * sslEnabled is the flag to enable/disable SSL communication with Gateway, default false
   *
   * @return sslEnabled
   */
  public Boolean getSslEnabled() {
    return sslEnabled;
  }

  public void setSslEnabled(Boolean sslEnabled) {
    this.sslEnabled = sslEnabled;
  }

  public V1ScaleIOPersistentVolumeSource storageMode(String storageMode) {
    this.storageMode = storageMode;
    return this;
  }

  /**
   * storageMode indicates whether the storage for a volume should be ThickProvisioned or
   * ThinProvisioned. Default is ThinProvisioned.
   *
   * @return storageMode
   */
  public String getStorageMode() {
    return storageMode;
  }

  public void setStorageMode(String storageMode) {
    this.storageMode = storageMode;
  }

  public V1ScaleIOPersistentVolumeSource storagePool(String storagePool) {
    this.storagePool = storagePool;
    return this;
  }

  /**
   * storagePool is the ScaleIO Storage Pool associated with the protection domain.
   *
   * @return storagePool
   */
  public String getStoragePool() {
    return storagePool;
  }

  public void setStoragePool(String storagePool) {
    this.storagePool = storagePool;
  }

  public V1ScaleIOPersistentVolumeSource system(String system) {
    this.system = system;
    return this;
  }

  /**
   * system is the name of the storage system as configured in ScaleIO.
   *
   * @return system
   */
  public String getSystem() {
    return system;
  }

  public void setSystem(String system) {
    this.system = system;
  }

  public V1ScaleIOPersistentVolumeSource volumeName(String volumeName) {
    this.volumeName = volumeName;
    return this;
  }

  /**
   * volumeName is the name of a volume already created in the ScaleIO system that is associated
   * with this volume source.
   *
   * @return volumeName
   */
  public String getVolumeName() {
    return volumeName;
  }

  public void setVolumeName(String volumeName) {
    this.volumeName = volumeName;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ScaleIOPersistentVolumeSource that = (V1ScaleIOPersistentVolumeSource) other;
    return Objects.equals(fsType, that.fsType)
        && Objects.equals(gateway, that.gateway)
        && Objects.equals(protectionDomain, that.protectionDomain)
        && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(sslEnabled, that.sslEnabled)
        && Objects.equals(storageMode, that.storageMode)
        && Objects.equals(storagePool, that.storagePool)
        && Objects.equals(system, that.system)
        && Objects.equals(volumeName, that.volumeName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fsType, gateway, protectionDomain, readOnly, secretRef, sslEnabled, storageMode, storagePool, system, volumeName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ScaleIOPersistentVolumeSource {\n");
    sb.append("    fsType: ").append(fsType).append('\n');
    sb.append("    gateway: ").append(gateway).append('\n');
    sb.append("    protectionDomain: ").append(protectionDomain).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    sb.append("    secretRef: ").append(String.valueOf(secretRef).replace("\n", "\n    ")).append('\n');
    sb.append("    sslEnabled: ").append(sslEnabled).append('\n');
    sb.append("    storageMode: ").append(storageMode).append('\n');
    sb.append("    storagePool: ").append(storagePool).append('\n');
    sb.append("    system: ").append(system).append('\n');
    sb.append("    volumeName: ").append(volumeName).append('\n');
    return sb.append("}").toString();
  }
}
