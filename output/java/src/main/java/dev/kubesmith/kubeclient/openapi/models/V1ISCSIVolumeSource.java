package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Represents an ISCSI disk. ISCSI volumes can only be mounted as read/write once. ISCSI
 * volumes support ownership management and SELinux relabeling.
 */
public class V1ISCSIVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "chapAuthDiscovery",
      "chapAuthSession",
      "fsType",
      "initiatorName",
      "iqn",
      "iscsiInterface",
      "lun",
      "portals",
      "readOnly",
      "secretRef",
      "targetPortal");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ISCSIVolumeSource> CODEC = new Codec<V1ISCSIVolumeSource>() {
    @Override
    public V1ISCSIVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ISCSIVolumeSource)");
      }
      V1ISCSIVolumeSource o = new V1ISCSIVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.chapAuthDiscovery = Codecs.BOOLEAN.read(p);
            break;
          case 1:
            o.chapAuthSession = Codecs.BOOLEAN.read(p);
            break;
          case 2:
            o.fsType = Codecs.STRING.read(p);
            break;
          case 3:
            o.initiatorName = Codecs.STRING.read(p);
            break;
          case 4:
            o.iqn = Codecs.STRING.read(p);
            break;
          case 5:
            o.iscsiInterface = Codecs.STRING.read(p);
            break;
          case 6:
            o.lun = Codecs.INT32.read(p);
            break;
          case 7:
            o.portals = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 8:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          case 9:
            o.secretRef = V1LocalObjectReference.CODEC.read(p);
            break;
          case 10:
            o.targetPortal = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ISCSIVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.chapAuthDiscovery != null) {
        g.writeFieldName("chapAuthDiscovery");
        Codecs.BOOLEAN.write(g, o.chapAuthDiscovery);
      }
      if (o.chapAuthSession != null) {
        g.writeFieldName("chapAuthSession");
        Codecs.BOOLEAN.write(g, o.chapAuthSession);
      }
      if (o.fsType != null) {
        g.writeFieldName("fsType");
        Codecs.STRING.write(g, o.fsType);
      }
      if (o.initiatorName != null) {
        g.writeFieldName("initiatorName");
        Codecs.STRING.write(g, o.initiatorName);
      }
      if (o.iqn != null) {
        g.writeFieldName("iqn");
        Codecs.STRING.write(g, o.iqn);
      }
      if (o.iscsiInterface != null) {
        g.writeFieldName("iscsiInterface");
        Codecs.STRING.write(g, o.iscsiInterface);
      }
      if (o.lun != null) {
        g.writeFieldName("lun");
        Codecs.INT32.write(g, o.lun);
      }
      if (o.portals != null) {
        g.writeFieldName("portals");
        Codecs.listOf(Codecs.STRING).write(g, o.portals);
      }
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      if (o.secretRef != null) {
        g.writeFieldName("secretRef");
        V1LocalObjectReference.CODEC.write(g, o.secretRef);
      }
      if (o.targetPortal != null) {
        g.writeFieldName("targetPortal");
        Codecs.STRING.write(g, o.targetPortal);
      }
      g.writeEndObject();
    }
  };

  private Boolean chapAuthDiscovery;

  private Boolean chapAuthSession;

  private String fsType;

  private String initiatorName;

  private String iqn;

  private String iscsiInterface;

  private Integer lun;

  private List<String> portals;

  private Boolean readOnly;

  private V1LocalObjectReference secretRef;

  private String targetPortal;

  public V1ISCSIVolumeSource chapAuthDiscovery(Boolean chapAuthDiscovery) {
    this.chapAuthDiscovery = chapAuthDiscovery;
    return this;
  }

  /**
   * chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
   *
   * @return chapAuthDiscovery
   */
  public Boolean getChapAuthDiscovery() {
    return chapAuthDiscovery;
  }

  public void setChapAuthDiscovery(Boolean chapAuthDiscovery) {
    this.chapAuthDiscovery = chapAuthDiscovery;
  }

  public V1ISCSIVolumeSource chapAuthSession(Boolean chapAuthSession) {
    this.chapAuthSession = chapAuthSession;
    return this;
  }

  /**
   * chapAuthSession defines whether support iSCSI Session CHAP authentication
   *
   * @return chapAuthSession
   */
  public Boolean getChapAuthSession() {
    return chapAuthSession;
  }

  public void setChapAuthSession(Boolean chapAuthSession) {
    this.chapAuthSession = chapAuthSession;
  }

  public V1ISCSIVolumeSource fsType(String fsType) {
    this.fsType = fsType;
    return this;
  }

  /**
   * fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the
   * filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs".
   * Implicitly inferred to be "ext4" if unspecified. More info:
   * https://kubernetes.io/docs/concepts/storage/volumes#iscsi
   *
   * @return fsType
   */
  public String getFsType() {
    return fsType;
  }

  public void setFsType(String fsType) {
    this.fsType = fsType;
  }

  public V1ISCSIVolumeSource initiatorName(String initiatorName) {
    this.initiatorName = initiatorName;
    return this;
  }

  /**
   * initiatorName is the custom iSCSI Initiator Name. If initiatorName is specified with
   * iscsiInterface simultaneously, new iSCSI interface &lt;target portal&gt;:&lt;volume name&gt;
   * will be created for the connection.
   *
   * @return initiatorName
   */
  public String getInitiatorName() {
    return initiatorName;
  }

  public void setInitiatorName(String initiatorName) {
    this.initiatorName = initiatorName;
  }

  public V1ISCSIVolumeSource iqn(String iqn) {
    this.iqn = iqn;
    return this;
  }

  /**
   * iqn is the target iSCSI Qualified Name.
   *
   * @return iqn
   */
  public String getIqn() {
    return iqn;
  }

  public void setIqn(String iqn) {
    this.iqn = iqn;
  }

  public V1ISCSIVolumeSource iscsiInterface(String iscsiInterface) {
    this.iscsiInterface = iscsiInterface;
    return this;
  }

  /**
   * iscsiInterface is the interface Name that uses an iSCSI transport. Defaults to 'default'
   * (tcp).
   *
   * @return iscsiInterface
   */
  public String getIscsiInterface() {
    return iscsiInterface;
  }

  public void setIscsiInterface(String iscsiInterface) {
    this.iscsiInterface = iscsiInterface;
  }

  public V1ISCSIVolumeSource lun(Integer lun) {
    this.lun = lun;
    return this;
  }

  /**
   * lun represents iSCSI Target Lun number.
   *
   * @return lun
   */
  public Integer getLun() {
    return lun;
  }

  public void setLun(Integer lun) {
    this.lun = lun;
  }

  public V1ISCSIVolumeSource portals(List<String> portals) {
    this.portals = portals;
    return this;
  }

  public V1ISCSIVolumeSource addPortalsItem(String item) {
    if (this.portals == null) {
      this.portals = new ArrayList<>();
    }
    this.portals.add(item);
    return this;
  }

  /**
   * portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the
   * port is other than default (typically TCP ports 860 and 3260).
   *
   * @return portals
   */
  public List<String> getPortals() {
    return portals;
  }

  public void setPortals(List<String> portals) {
    this.portals = portals;
  }

  public V1ISCSIVolumeSource readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false.
   *
   * @return readOnly
   */
  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  public V1ISCSIVolumeSource secretRef(V1LocalObjectReference secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  /**
   * secretRef is the CHAP Secret for iSCSI target and initiator authentication
   *
   * @return secretRef
   */
  public V1LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(V1LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  public V1ISCSIVolumeSource targetPortal(String targetPortal) {
    this.targetPortal = targetPortal;
    return this;
  }

  /**
   * targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port
   * is other than default (typically TCP ports 860 and 3260).
   *
   * @return targetPortal
   */
  public String getTargetPortal() {
    return targetPortal;
  }

  public void setTargetPortal(String targetPortal) {
    this.targetPortal = targetPortal;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ISCSIVolumeSource that = (V1ISCSIVolumeSource) other;
    return Objects.equals(chapAuthDiscovery, that.chapAuthDiscovery)
        && Objects.equals(chapAuthSession, that.chapAuthSession)
        && Objects.equals(fsType, that.fsType)
        && Objects.equals(initiatorName, that.initiatorName)
        && Objects.equals(iqn, that.iqn)
        && Objects.equals(iscsiInterface, that.iscsiInterface)
        && Objects.equals(lun, that.lun)
        && Objects.equals(portals, that.portals)
        && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(targetPortal, that.targetPortal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(chapAuthDiscovery, chapAuthSession, fsType, initiatorName, iqn, iscsiInterface, lun, portals, readOnly, secretRef, targetPortal);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ISCSIVolumeSource {\n");
    sb.append("    chapAuthDiscovery: ").append(chapAuthDiscovery).append('\n');
    sb.append("    chapAuthSession: ").append(chapAuthSession).append('\n');
    sb.append("    fsType: ").append(fsType).append('\n');
    sb.append("    initiatorName: ").append(initiatorName).append('\n');
    sb.append("    iqn: ").append(iqn).append('\n');
    sb.append("    iscsiInterface: ").append(iscsiInterface).append('\n');
    sb.append("    lun: ").append(lun).append('\n');
    sb.append("    portals: ").append(String.valueOf(portals).replace("\n", "\n    ")).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    sb.append("    secretRef: ").append(String.valueOf(secretRef).replace("\n", "\n    ")).append('\n');
    sb.append("    targetPortal: ").append(targetPortal).append('\n');
    return sb.append("}").toString();
  }
}
