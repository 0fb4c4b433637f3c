package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * PersistentVolumeSpec is the specification of a persistent volume.
 */
public class V1PersistentVolumeSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "accessModes",
      "awsElasticBlockStore",
      "azureDisk",
      "azureFile",
      "capacity",
      "cephfs",
      "cinder",
      "claimRef",
      "csi",
      "fc",
      "flexVolume",
      "flocker",
      "gcePersistentDisk",
      "glusterfs",
      "hostPath",
      "iscsi",
      "local",
      "mountOptions",
      "nfs",
      "nodeAffinity",
      "persistentVolumeReclaimPolicy",
      "photonPersistentDisk",
      "portworxVolume",
      "quobyte",
      "rbd",
      "scaleIO",
      "storageClassName",
      "storageos",
      "volumeAttributesClassName",
      "volumeMode",
      "vsphereVolume");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PersistentVolumeSpec> CODEC = new Codec<V1PersistentVolumeSpec>() {
    @Override
    public V1PersistentVolumeSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PersistentVolumeSpec)");
      }
      V1PersistentVolumeSpec o = new V1PersistentVolumeSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.accessModes = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.awsElasticBlockStore = V1AWSElasticBlockStoreVolumeSource.CODEC.read(p);
            break;
          case 2:
            o.azureDisk = V1AzureDiskVolumeSource.CODEC.read(p);
            break;
          case 3:
            o.azureFile = V1AzureFilePersistentVolumeSource.CODEC.read(p);
            break;
          case 4:
            o.capacity = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          case 5:
            o.cephfs = V1CephFSPersistentVolumeSource.CODEC.read(p);
            break;
          case 6:
            o.cinder = V1CinderPersistentVolumeSource.CODEC.read(p);
            break;
          case 7:
            o.claimRef = V1ObjectReference.CODEC.read(p);
            break;
          case 8:
            o.csi = V1CSIPersistentVolumeSource.CODEC.read(p);
            break;
          case 9:
            o.fc = V1FCVolumeSource.CODEC.read(p);
            break;
          case 10:
            o.flexVolume = V1FlexPersistentVolumeSource.CODEC.read(p);
            break;
          case 11:
            o.flocker = V1FlockerVolumeSource.CODEC.read(p);
            break;
          case 12:
            o.gcePersistentDisk = V1GCEPersistentDiskVolumeSource.CODEC.read(p);
            break;
          case 13:
            o.glusterfs = V1GlusterfsPersistentVolumeSource.CODEC.read(p);
            break;
          case 14:
            o.hostPath = V1HostPathVolumeSource.CODEC.read(p);
            break;
          case 15:
            o.iscsi = V1ISCSIPersistentVolumeSource.CODEC.read(p);
            break;
          case 16:
            o.local = V1LocalVolumeSource.CODEC.read(p);
            break;
          case 17:
            o.mountOptions = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 18:
            o.nfs = V1NFSVolumeSource.CODEC.read(p);
            break;
          case 19:
            o.nodeAffinity = V1VolumeNodeAffinity.CODEC.read(p);
            break;
          case 20:
            o.persistentVolumeReclaimPolicy = Codecs.STRING.read(p);
            break;
          case 21:
            o.photonPersistentDisk = V1PhotonPersistentDiskVolumeSource.CODEC.read(p);
            break;
          case 22:
            o.portworxVolume = V1PortworxVolumeSource.CODEC.read(p);
            break;
          case 23:
            o.quobyte = V1QuobyteVolumeSource.CODEC.read(p);
            break;
          case 24:
            o.rbd = V1RBDPersistentVolumeSource.CODEC.read(p);
            break;
          case 25:
            o.scaleIO = V1ScaleIOPersistentVolumeSource.CODEC.read(p);
            break;
          case 26:
            o.storageClassName = Codecs.STRING.read(p);
            break;
          case 27:
            o.storageos = V1StorageOSPersistentVolumeSource.CODEC.read(p);
            break;
          case 28:
            o.volumeAttributesClassName = Codecs.STRING.read(p);
            break;
          case 29:
            o.volumeMode = Codecs.STRING.read(p);
            break;
          case 30:
            o.vsphereVolume = V1VsphereVirtualDiskVolumeSource.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PersistentVolumeSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.accessModes != null) {
        g.writeFieldName("accessModes");
        Codecs.listOf(Codecs.STRING).write(g, o.accessModes);
      }
      if (o.awsElasticBlockStore != null) {
        g.writeFieldName("awsElasticBlockStore");
        V1AWSElasticBlockStoreVolumeSource.CODEC.write(g, o.awsElasticBlockStore);
      }
      if (o.azureDisk != null) {
        g.writeFieldName("azureDisk");
        V1AzureDiskVolumeSource.CODEC.write(g, o.azureDisk);
      }
      if (o.azureFile != null) {
        g.writeFieldName("azureFile");
        V1AzureFilePersistentVolumeSource.CODEC.write(g, o.azureFile);
      }
      if (o.capacity != null) {
        g.writeFieldName("capacity");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.capacity);
      }
      if (o.cephfs != null) {
        g.writeFieldName("cephfs");
        V1CephFSPersistentVolumeSource.CODEC.write(g, o.cephfs);
      }
      if (o.cinder != null) {
        g.writeFieldName("cinder");
        V1CinderPersistentVolumeSource.CODEC.write(g, o.cinder);
      }
      if (o.claimRef != null) {
        g.writeFieldName("claimRef");
        V1ObjectReference.CODEC.write(g, o.claimRef);
      }
      if (o.csi != null) {
        g.writeFieldName("csi");
        V1CSIPersistentVolumeSource.CODEC.write(g, o.csi);
      }
      if (o.fc != null) {
        g.writeFieldName("fc");
        V1FCVolumeSource.CODEC.write(g, o.fc);
      }
      if (o.flexVolume != null) {
        g.writeFieldName("flexVolume");
        V1FlexPersistentVolumeSource.CODEC.write(g, o.flexVolume);
      }
      if (o.flocker != null) {
        g.writeFieldName("flocker");
        V1FlockerVolumeSource.CODEC.write(g, o.flocker);
      }
      if (o.gcePersistentDisk != null) {
        g.writeFieldName("gcePersistentDisk");
        V1GCEPersistentDiskVolumeSource.CODEC.write(g, o.gcePersistentDisk);
      }
      if (o.glusterfs != null) {
        g.writeFieldName("glusterfs");
        V1GlusterfsPersistentVolumeSource.CODEC.write(g, o.glusterfs);
      }
      if (o.hostPath != null) {
        g.writeFieldName("hostPath");
        V1HostPathVolumeSource.CODEC.write(g, o.hostPath);
      }
      if (o.iscsi != null) {
        g.writeFieldName("iscsi");
        V1ISCSIPersistentVolumeSource.CODEC.write(g, o.iscsi);
      }
      if (o.local != null) {
        g.writeFieldName("local");
        V1LocalVolumeSource.CODEC.write(g, o.local);
      }
      if (o.mountOptions != null) {
        g.writeFieldName("mountOptions");
        Codecs.listOf(Codecs.STRING).write(g, o.mountOptions);
      }
      if (o.nfs != null) {
        g.writeFieldName("nfs");
        V1NFSVolumeSource.CODEC.write(g, o.nfs);
      }
      if (o.nodeAffinity != null) {
        g.writeFieldName("nodeAffinity");
        V1VolumeNodeAffinity.CODEC.write(g, o.nodeAffinity);
      }
      if (o.persistentVolumeReclaimPolicy != null) {
        g.writeFieldName("persistentVolumeReclaimPolicy");
        Codecs.STRING.write(g, o.persistentVolumeReclaimPolicy);
      }
      if (o.photonPersistentDisk != null) {
        g.writeFieldName("photonPersistentDisk");
        V1PhotonPersistentDiskVolumeSource.CODEC.write(g, o.photonPersistentDisk);
      }
      if (o.portworxVolume != null) {
        g.writeFieldName("portworxVolume");
        V1PortworxVolumeSource.CODEC.write(g, o.portworxVolume);
      }
      if (o.quobyte != null) {
        g.writeFieldName("quobyte");
        V1QuobyteVolumeSource.CODEC.write(g, o.quobyte);
      }
      if (o.rbd != null) {
        g.writeFieldName("rbd");
        V1RBDPersistentVolumeSource.CODEC.write(g, o.rbd);
      }
      if (o.scaleIO != null) {
        g.writeFieldName("scaleIO");
        V1ScaleIOPersistentVolumeSource.CODEC.write(g, o.scaleIO);
      }
      if (o.storageClassName != null) {
        g.writeFieldName("storageClassName");
        Codecs.STRING.write(g, o.storageClassName);
      }
      if (o.storageos != null) {
        g.writeFieldName("storageos");
        V1StorageOSPersistentVolumeSource.CODEC.write(g, o.storageos);
      }
      if (o.volumeAttributesClassName != null) {
        g.writeFieldName("volumeAttributesClassName");
        Codecs.STRING.write(g, o.volumeAttributesClassName);
      }
      if (o.volumeMode != null) {
        g.writeFieldName("volumeMode");
        Codecs.STRING.write(g, o.volumeMode);
      }
      if (o.vsphereVolume != null) {
        g.writeFieldName("vsphereVolume");
        V1VsphereVirtualDiskVolumeSource.CODEC.write(g, o.vsphereVolume);
      }
      g.writeEndObject();
    }
  };

  private List<String> accessModes;

  private V1AWSElasticBlockStoreVolumeSource awsElasticBlockStore;

  private V1AzureDiskVolumeSource azureDisk;

  private V1AzureFilePersistentVolumeSource azureFile;

  private Map<String, Quantity> capacity;

  private V1CephFSPersistentVolumeSource cephfs;

  private V1CinderPersistentVolumeSource cinder;

  private V1ObjectReference claimRef;

  private V1CSIPersistentVolumeSource csi;

  private V1FCVolumeSource fc;

  private V1FlexPersistentVolumeSource flexVolume;

  private V1FlockerVolumeSource flocker;

  private V1GCEPersistentDiskVolumeSource gcePersistentDisk;

  private V1GlusterfsPersistentVolumeSource glusterfs;

  private V1HostPathVolumeSource hostPath;

  private V1ISCSIPersistentVolumeSource iscsi;

  private V1LocalVolumeSource local;

  private List<String> mountOptions;

  private V1NFSVolumeSource nfs;

  private V1VolumeNodeAffinity nodeAffinity;

  private String persistentVolumeReclaimPolicy;

  private V1PhotonPersistentDiskVolumeSource photonPersistentDisk;

  private V1PortworxVolumeSource portworxVolume;

  private V1QuobyteVolumeSource quobyte;

  private V1RBDPersistentVolumeSource rbd;

  private V1ScaleIOPersistentVolumeSource scaleIO;

  private String storageClassName;

  private V1StorageOSPersistentVolumeSource storageos;

  private String volumeAttributesClassName;

  private String volumeMode;

  private V1VsphereVirtualDiskVolumeSource vsphereVolume;

  public V1PersistentVolumeSpec accessModes(List<String> accessModes) {
    this.accessModes = accessModes;
    return this;
  }

  public V1PersistentVolumeSpec addAccessModesItem(String item) {
    if (this.accessModes == null) {
      this.accessModes = new ArrayList<>();
    }
    this.accessModes.add(item);
    return this;
  }

  /**
   * accessModes contains all ways the volume can be mounted. More info:
   * https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes
   *
   * @return accessModes
   */
  public List<String> getAccessModes() {
    return accessModes;
  }

  public void setAccessModes(List<String> accessModes) {
    this.accessModes = accessModes;
  }

  public V1PersistentVolumeSpec awsElasticBlockStore(V1AWSElasticBlockStoreVolumeSource awsElasticBlockStore) {
    this.awsElasticBlockStore = awsElasticBlockStore;
    return this;
  }

  /**
   * awsElasticBlockStore represents an AWS Disk resource that is attached to a kubelet's host
   * machine and then exposed to the pod. Deprecated: AWSElasticBlockStore is deprecated. All
   * operations for the in-tree awsElasticBlockStore type are redirected to the ebs.csi.aws.com
   * CSI driver. More info:
   * https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
   *
   * @return awsElasticBlockStore
   */
  public V1AWSElasticBlockStoreVolumeSource getAwsElasticBlockStore() {
    return awsElasticBlockStore;
  }

  public void setAwsElasticBlockStore(V1AWSElasticBlockStoreVolumeSource awsElasticBlockStore) {
    this.awsElasticBlockStore = awsElasticBlockStore;
  }

  public V1PersistentVolumeSpec azureDisk(V1AzureDiskVolumeSource azureDisk) {
    this.azureDisk = azureDisk;
    return this;
  }

  /**
   * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
   * Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type are
   * redirected to the disk.csi.azure.com CSI driver.
   *
   * @return azureDisk
   */
  public V1AzureDiskVolumeSource getAzureDisk() {
    return azureDisk;
  }

  public void setAzureDisk(V1AzureDiskVolumeSource azureDisk) {
    this.azureDisk = azureDisk;
  }

  public V1PersistentVolumeSpec azureFile(V1AzureFilePersistentVolumeSource azureFile) {
    this.azureFile = azureFile;
    return this;
  }

  /**
   * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
   * Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type are
   * redirected to the file.csi.azure.com CSI driver.
   *
   * @return azureFile
   */
  public V1AzureFilePersistentVolumeSource getAzureFile() {
    return azureFile;
  }

  public void setAzureFile(V1AzureFilePersistentVolumeSource azureFile) {
    this.azureFile = azureFile;
  }

  public V1PersistentVolumeSpec capacity(Map<String, Quantity> capacity) {
    this.capacity = capacity;
    return this;
  }

  public V1PersistentVolumeSpec putCapacityItem(String key, Quantity item) {
    if (this.capacity == null) {
      this.capacity = new LinkedHashMap<>();
    }
    this.capacity.put(key, item);
    return this;
  }

  /**
   * capacity is the description of the persistent volume's resources and capacity. More info:
   * https://kubernetes.io/docs/concepts/storage/persistent-volumes#capacity
   *
   * @return capacity
   */
  public Map<String, Quantity> getCapacity() {
    return capacity;
  }

  public void setCapacity(Map<String, Quantity> capacity) {
    this.capacity = capacity;
  }

  public V1PersistentVolumeSpec cephfs(V1CephFSPersistentVolumeSource cephfs) {
    this.cephfs = cephfs;
    return this;
  }

  /**
   * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime. Deprecated:
   * CephFS is deprecated and the in-tree cephfs type is no longer supported.
   *
   * @return cephfs
   */
  public V1CephFSPersistentVolumeSource getCephfs() {
    return cephfs;
  }

  public void setCephfs(V1CephFSPersistentVolumeSource cephfs) {
    this.cephfs = cephfs;
  }

  public V1PersistentVolumeSpec cinder(V1CinderPersistentVolumeSource cinder) {
    this.cinder = cinder;
    return this;
  }

  /**
   * cinder represents a cinder volume attached and mounted on kubelets host machine. Deprecated:
   * Cinder is deprecated. All operations for the in-tree cinder type are redirected to the
   * cinder.csi.openstack.org CSI driver. More info:
   * https://examples.k8s.io/mysql-cinder-pd/README.md
   *
   * @return cinder
   */
  public V1CinderPersistentVolumeSource getCinder() {
    return cinder;
  }

  public void setCinder(V1CinderPersistentVolumeSource cinder) {
    this.cinder = cinder;
  }

  public V1PersistentVolumeSpec claimRef(V1ObjectReference claimRef) {
    this.claimRef = claimRef;
    return this;
  }

  /**
   * claimRef is part of a bi-directional binding between PersistentVolume and
   * PersistentVolumeClaim. Expected to be non-nil when bound. claim.VolumeName is the
   * authoritative bind between PV and PVC. More info:
   * https://kubernetes.io/docs/concepts/storage/persistent-volumes#binding
   *
   * @return claimRef
   */
  public V1ObjectReference getClaimRef() {
    return claimRef;
  }

  public void setClaimRef(V1ObjectReference claimRef) {
    this.claimRef = claimRef;
  }

  public V1PersistentVolumeSpec csi(V1CSIPersistentVolumeSource csi) {
    this.csi = csi;
    return this;
  }

  /**
   * csi represents storage that is handled by an external CSI driver.
   *
   * @return csi
   */
  public V1CSIPersistentVolumeSource getCsi() {
    return csi;
  }

  public void setCsi(V1CSIPersistentVolumeSource csi) {
    this.csi = csi;
  }

  public V1PersistentVolumeSpec fc(V1FCVolumeSource fc) {
    this.fc = fc;
    return this;
  }

  /**
   * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then
   * exposed to the pod.
   *
   * @return fc
   */
  public V1FCVolumeSource getFc() {
    return fc;
  }

  public void setFc(V1FCVolumeSource fc) {
    this.fc = fc;
  }

  public V1PersistentVolumeSpec flexVolume(V1FlexPersistentVolumeSource flexVolume) {
    this.flexVolume = flexVolume;
    return this;
  }

  /**
   * flexVolume represents a generic volume resource that is provisioned/attached using an exec
   * based plugin. Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
   *
   * @return flexVolume
   */
  public V1FlexPersistentVolumeSource getFlexVolume() {
    return flexVolume;
  }

  public void setFlexVolume(V1FlexPersistentVolumeSource flexVolume) {
    this.flexVolume = flexVolume;
  }

  public V1PersistentVolumeSpec flocker(V1FlockerVolumeSource flocker) {
    this.flocker = flocker;
    return this;
  }

  /**
   * flocker represents a Flocker volume attached to a kubelet's host machine and exposed to the
   * pod for its usage. This depends on the Flocker control service being running. Deprecated:
   * Flocker is deprecated and the in-tree flocker type is no longer supported.
   *
   * @return flocker
   */
  public V1FlockerVolumeSource getFlocker() {
    return flocker;
  }

  public void setFlocker(V1FlockerVolumeSource flocker) {
    this.flocker = flocker;
  }

  public V1PersistentVolumeSpec gcePersistentDisk(V1GCEPersistentDiskVolumeSource gcePersistentDisk) {
    this.gcePersistentDisk = gcePersistentDisk;
    return this;
  }

  /**
   * gcePersistentDisk represents a GCE Disk resource that is attached to a kubelet's host
   * machine and then exposed to the pod. Provisioned by an admin. Deprecated: GCEPersistentDisk
   * is deprecated. All operations for the in-tree gcePersistentDisk type are redirected to the
   * pd.csi.storage.gke.io CSI driver. More info:
   * https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
   *
   * @return gcePersistentDisk
   */
  public V1GCEPersistentDiskVolumeSource getGcePersistentDisk() {
    return gcePersistentDisk;
  }

  public void setGcePersistentDisk(V1GCEPersistentDiskVolumeSource gcePersistentDisk) {
    this.gcePersistentDisk = gcePersistentDisk;
  }

  public V1PersistentVolumeSpec glusterfs(V1GlusterfsPersistentVolumeSource glusterfs) {
    this.glusterfs = glusterfs;
    return this;
  }

  /**
   * glusterfs represents a Glusterfs volume that is attached to a host and exposed to the pod.
   * Provisioned by an admin. Deprecated: Glusterfs is deprecated and the in-tree glusterfs type
   * is no longer supported. More info: https://examples.k8s.io/volumes/glusterfs/README.md
   *
   * @return glusterfs
   */
  public V1GlusterfsPersistentVolumeSource getGlusterfs() {
    return glusterfs;
  }

  public void setGlusterfs(V1GlusterfsPersistentVolumeSource glusterfs) {
    this.glusterfs = glusterfs;
  }

  public V1PersistentVolumeSpec hostPath(V1HostPathVolumeSource hostPath) {
    this.hostPath = hostPath;
    return this;
  }

  /**
   * hostPath represents a directory on the host. Provisioned by a developer or tester. This is
   * useful for single-node development and testing only! On-host storage is not supported in any
   * way and WILL NOT WORK in a multi-node cluster. More info:
   * https://kubernetes.io/docs/concepts/storage/volumes#hostpath
   *
   * @return hostPath
   */
  public V1HostPathVolumeSource getHostPath() {
    return hostPath;
  }

  public void setHostPath(V1HostPathVolumeSource hostPath) {
    this.hostPath = hostPath;
  }

  public V1PersistentVolumeSpec iscsi(V1ISCSIPersistentVolumeSource iscsi) {
    this.iscsi = iscsi;
    return this;
  }

  /**
   * iscsi represents an ISCSI Disk resource that is attached to a kubelet's host machine and
   * then exposed to the pod. Provisioned by an admin.
   *
   * @return iscsi
   */
  public V1ISCSIPersistentVolumeSource getIscsi() {
    return iscsi;
  }

  public void setIscsi(V1ISCSIPersistentVolumeSource iscsi) {
    this.iscsi = iscsi;
  }

  public V1PersistentVolumeSpec local(V1LocalVolumeSource local) {
    this.local = local;
    return this;
  }

  /**
   * local represents directly-attached storage with node affinity
   *
   * @return local
   */
  public V1LocalVolumeSource getLocal() {
    return local;
  }

  public void setLocal(V1LocalVolumeSource local) {
    this.local = local;
  }

  public V1PersistentVolumeSpec mountOptions(List<String> mountOptions) {
    this.mountOptions = mountOptions;
    return this;
  }

  public V1PersistentVolumeSpec addMountOptionsItem(String item) {
    if (this.mountOptions == null) {
      this.mountOptions = new ArrayList<>();
    }
    this.mountOptions.add(item);
    return this;
  }

  /**
   * mountOptions is the list of mount options, e.g. ["ro", "soft"]. Not validated - mount will
   * simply fail if one is invalid. More info:
   * https://kubernetes.io/docs/concepts/storage/persistent-volumes/#mount-options
   *
   * @return mountOptions
   */
  public List<String> getMountOptions() {
    return mountOptions;
  }

  public void setMountOptions(List<String> mountOptions) {
    this.mountOptions = mountOptions;
  }

  public V1PersistentVolumeSpec nfs(V1NFSVolumeSource nfs) {
    this.nfs = nfs;
    return this;
  }

  /**
   * nfs represents an NFS mount on the host. Provisioned by an admin. More info:
   * https://kubernetes.io/docs/concepts/storage/volumes#nfs
   *
   * @return nfs
   */
  public V1NFSVolumeSource getNfs() {
    return nfs;
  }

  public void setNfs(V1NFSVolumeSource nfs) {
    this.nfs = nfs;
  }

  public V1PersistentVolumeSpec nodeAffinity(V1VolumeNodeAffinity nodeAffinity) {
    this.nodeAffinity = nodeAffinity;
    return this;
  }

  /**
   * nodeAffinity defines constraints that limit what nodes this volume can be accessed from.
   * This field influences the scheduling of pods that use this volume. This field is mutable if
   * MutablePVNodeAffinity feature gate is enabled.
   *
   * @return nodeAffinity
   */
  public V1VolumeNodeAffinity getNodeAffinity() {
    return nodeAffinity;
  }

  public void setNodeAffinity(V1VolumeNodeAffinity nodeAffinity) {
    this.nodeAffinity = nodeAffinity;
  }

  public V1PersistentVolumeSpec persistentVolumeReclaimPolicy(String persistentVolumeReclaimPolicy) {
    this.persistentVolumeReclaimPolicy = persistentVolumeReclaimPolicy;
    return this;
  }

  /**
   * persistentVolumeReclaimPolicy defines what happens to a persistent volume when released from
   * its claim. Valid options are Retain (default for manually created PersistentVolumes), Delete
   * (default for dynamically provisioned PersistentVolumes), and Recycle (deprecated). Recycle
   * must be supported by the volume plugin underlying this PersistentVolume. More info:
   * https://kubernetes.io/docs/concepts/storage/persistent-volumes#reclaiming
   *
   * @return persistentVolumeReclaimPolicy
   */
  public String getPersistentVolumeReclaimPolicy() {
    return persistentVolumeReclaimPolicy;
  }

  public void setPersistentVolumeReclaimPolicy(String persistentVolumeReclaimPolicy) {
    this.persistentVolumeReclaimPolicy = persistentVolumeReclaimPolicy;
  }

  public V1PersistentVolumeSpec photonPersistentDisk(V1PhotonPersistentDiskVolumeSource photonPersistentDisk) {
    this.photonPersistentDisk = photonPersistentDisk;
    return this;
  }

  /**
   * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on
   * kubelets host machine. Deprecated: PhotonPersistentDisk is deprecated and the in-tree
   * photonPersistentDisk type is no longer supported.
   *
   * @return photonPersistentDisk
   */
  public V1PhotonPersistentDiskVolumeSource getPhotonPersistentDisk() {
    return photonPersistentDisk;
  }

  public void setPhotonPersistentDisk(V1PhotonPersistentDiskVolumeSource photonPersistentDisk) {
    this.photonPersistentDisk = photonPersistentDisk;
  }

  public V1PersistentVolumeSpec portworxVolume(V1PortworxVolumeSource portworxVolume) {
    this.portworxVolume = portworxVolume;
    return this;
  }

  /**
   * portworxVolume represents a portworx volume attached and mounted on kubelets host machine.
   * Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type
   * are redirected to the pxd.portworx.com CSI driver.
   *
   * @return portworxVolume
   */
  public V1PortworxVolumeSource getPortworxVolume() {
    return portworxVolume;
  }

  public void setPortworxVolume(V1PortworxVolumeSource portworxVolume) {
    this.portworxVolume = portworxVolume;
  }

  public V1PersistentVolumeSpec quobyte(V1QuobyteVolumeSource quobyte) {
    this.quobyte = quobyte;
    return this;
  }

  /**
   * quobyte represents a Quobyte mount on the host that shares a pod's lifetime. Deprecated:
   * Quobyte is deprecated and the in-tree quobyte type is no longer supported.
   *
   * @return quobyte
   */
  public V1QuobyteVolumeSource getQuobyte() {
    return quobyte;
  }

  public void setQuobyte(V1QuobyteVolumeSource quobyte) {
    this.quobyte = quobyte;
  }

  public V1PersistentVolumeSpec rbd(V1RBDPersistentVolumeSource rbd) {
    this.rbd = rbd;
    return this;
  }

  /**
   * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
   * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported. More info:
   * https://examples.k8s.io/volumes/rbd/README.md
   *
   * @return rbd
   */
  public V1RBDPersistentVolumeSource getRbd() {
    return rbd;
  }

  public void setRbd(V1RBDPersistentVolumeSource rbd) {
    this.rbd = rbd;
  }

  public V1PersistentVolumeSpec scaleIO(V1ScaleIOPersistentVolumeSource scaleIO) {
    this.scaleIO = scaleIO;
    return this;
  }

  /**
   * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
   * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
   *
   * @return scaleIO
   */
  public V1ScaleIOPersistentVolumeSource getScaleIO() {
    return scaleIO;
  }

  public void setScaleIO(V1ScaleIOPersistentVolumeSource scaleIO) {
    this.scaleIO = scaleIO;
  }

  public V1PersistentVolumeSpec storageClassName(String storageClassName) {
    this.storageClassName = storageClassName;
    return this;
  }

  /**
   * storageClassName is the name of StorageClass to which this persistent volume belongs. Empty
   * value means that this volume does not belong to any StorageClass.
   *
   * @return storageClassName
   */
  public String getStorageClassName() {
    return storageClassName;
  }

  public void setStorageClassName(String storageClassName) {
    this.storageClassName = storageClassName;
  }

  public V1PersistentVolumeSpec storageos(V1StorageOSPersistentVolumeSource storageos) {
    this.storageos = storageos;
    return this;
  }

  /**
   * storageOS represents a StorageOS volume that is attached to the kubelet's host machine and
   * mounted into the pod. Deprecated: StorageOS is deprecated and the in-tree storageos type is
   * no longer supported. More info: https://examples.k8s.io/volumes/storageos/README.md
   *
   * @return storageos
   */
  public V1StorageOSPersistentVolumeSource getStorageos() {
    return storageos;
  }

  public void setStorageos(V1StorageOSPersistentVolumeSource storageos) {
    this.storageos = storageos;
  }

  public V1PersistentVolumeSpec volumeAttributesClassName(String volumeAttributesClassName) {
    this.volumeAttributesClassName = volumeAttributesClassName;
    return this;
  }

  /**
   * Name of VolumeAttributesClass to which this persistent volume belongs. Empty value is not
   * allowed. When this field is not set, it indicates that this volume does not belong to any
   * VolumeAttributesClass. This field is mutable and can be changed by the CSI driver after a
   * volume has been updated successfully to a new class. For an unbound PersistentVolume, the
   * volumeAttributesClassName will be matched with unbound PersistentVolumeClaims during the
   * binding process.
   *
   * @return volumeAttributesClassName
   */
  public String getVolumeAttributesClassName() {
    return volumeAttributesClassName;
  }

  public void setVolumeAttributesClassName(String volumeAttributesClassName) {
    this.volumeAttributesClassName = volumeAttributesClassName;
  }

  public V1PersistentVolumeSpec volumeMode(String volumeMode) {
    this.volumeMode = volumeMode;
    return this;
  }

  /**
   * volumeMode defines if a volume is intended to be used with a formatted filesystem or to
   * remain in raw block state. Value of Filesystem is implied when not included in spec.
   *
   * @return volumeMode
   */
  public String getVolumeMode() {
    return volumeMode;
  }

  public void setVolumeMode(String volumeMode) {
    this.volumeMode = volumeMode;
  }

  public V1PersistentVolumeSpec vsphereVolume(V1VsphereVirtualDiskVolumeSource vsphereVolume) {
    this.vsphereVolume = vsphereVolume;
    return this;
  }

  /**
   * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine.
   * Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type
   * are redirected to the csi.vsphere.vmware.com CSI driver.
   *
   * @return vsphereVolume
   */
  public V1VsphereVirtualDiskVolumeSource getVsphereVolume() {
    return vsphereVolume;
  }

  public void setVsphereVolume(V1VsphereVirtualDiskVolumeSource vsphereVolume) {
    this.vsphereVolume = vsphereVolume;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PersistentVolumeSpec that = (V1PersistentVolumeSpec) other;
    return Objects.equals(accessModes, that.accessModes)
        && Objects.equals(awsElasticBlockStore, that.awsElasticBlockStore)
        && Objects.equals(azureDisk, that.azureDisk)
        && Objects.equals(azureFile, that.azureFile)
        && Objects.equals(capacity, that.capacity)
        && Objects.equals(cephfs, that.cephfs)
        && Objects.equals(cinder, that.cinder)
        && Objects.equals(claimRef, that.claimRef)
        && Objects.equals(csi, that.csi)
        && Objects.equals(fc, that.fc)
        && Objects.equals(flexVolume, that.flexVolume)
        && Objects.equals(flocker, that.flocker)
        && Objects.equals(gcePersistentDisk, that.gcePersistentDisk)
        && Objects.equals(glusterfs, that.glusterfs)
        && Objects.equals(hostPath, that.hostPath)
        && Objects.equals(iscsi, that.iscsi)
        && Objects.equals(local, that.local)
        && Objects.equals(mountOptions, that.mountOptions)
        && Objects.equals(nfs, that.nfs)
        && Objects.equals(nodeAffinity, that.nodeAffinity)
        && Objects.equals(persistentVolumeReclaimPolicy, that.persistentVolumeReclaimPolicy)
        && Objects.equals(photonPersistentDisk, that.photonPersistentDisk)
        && Objects.equals(portworxVolume, that.portworxVolume)
        && Objects.equals(quobyte, that.quobyte)
        && Objects.equals(rbd, that.rbd)
        && Objects.equals(scaleIO, that.scaleIO)
        && Objects.equals(storageClassName, that.storageClassName)
        && Objects.equals(storageos, that.storageos)
        && Objects.equals(volumeAttributesClassName, that.volumeAttributesClassName)
        && Objects.equals(volumeMode, that.volumeMode)
        && Objects.equals(vsphereVolume, that.vsphereVolume);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessModes, awsElasticBlockStore, azureDisk, azureFile, capacity, cephfs, cinder, claimRef, csi, fc, flexVolume, flocker, gcePersistentDisk, glusterfs, hostPath, iscsi, local, mountOptions, nfs, nodeAffinity, persistentVolumeReclaimPolicy, photonPersistentDisk, portworxVolume, quobyte, rbd, scaleIO, storageClassName, storageos, volumeAttributesClassName, volumeMode, vsphereVolume);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PersistentVolumeSpec {\n");
    sb.append("    accessModes: ").append(String.valueOf(accessModes).replace("\n", "\n    ")).append('\n');
    sb.append("    awsElasticBlockStore: ").append(String.valueOf(awsElasticBlockStore).replace("\n", "\n    ")).append('\n');
    sb.append("    azureDisk: ").append(String.valueOf(azureDisk).replace("\n", "\n    ")).append('\n');
    sb.append("    azureFile: ").append(String.valueOf(azureFile).replace("\n", "\n    ")).append('\n');
    sb.append("    capacity: ").append(String.valueOf(capacity).replace("\n", "\n    ")).append('\n');
    sb.append("    cephfs: ").append(String.valueOf(cephfs).replace("\n", "\n    ")).append('\n');
    sb.append("    cinder: ").append(String.valueOf(cinder).replace("\n", "\n    ")).append('\n');
    sb.append("    claimRef: ").append(String.valueOf(claimRef).replace("\n", "\n    ")).append('\n');
    sb.append("    csi: ").append(String.valueOf(csi).replace("\n", "\n    ")).append('\n');
    sb.append("    fc: ").append(String.valueOf(fc).replace("\n", "\n    ")).append('\n');
    sb.append("    flexVolume: ").append(String.valueOf(flexVolume).replace("\n", "\n    ")).append('\n');
    sb.append("    flocker: ").append(String.valueOf(flocker).replace("\n", "\n    ")).append('\n');
    sb.append("    gcePersistentDisk: ").append(String.valueOf(gcePersistentDisk).replace("\n", "\n    ")).append('\n');
    sb.append("    glusterfs: ").append(String.valueOf(glusterfs).replace("\n", "\n    ")).append('\n');
    sb.append("    hostPath: ").append(String.valueOf(hostPath).replace("\n", "\n    ")).append('\n');
    sb.append("    iscsi: ").append(String.valueOf(iscsi).replace("\n", "\n    ")).append('\n');
    sb.append("    local: ").append(String.valueOf(local).replace("\n", "\n    ")).append('\n');
    sb.append("    mountOptions: ").append(String.valueOf(mountOptions).replace("\n", "\n    ")).append('\n');
    sb.append("    nfs: ").append(String.valueOf(nfs).replace("\n", "\n    ")).append('\n');
    sb.append("    nodeAffinity: ").append(String.valueOf(nodeAffinity).replace("\n", "\n    ")).append('\n');
    sb.append("    persistentVolumeReclaimPolicy: ").append(persistentVolumeReclaimPolicy).append('\n');
    sb.append("    photonPersistentDisk: ").append(String.valueOf(photonPersistentDisk).replace("\n", "\n    ")).append('\n');
    sb.append("    portworxVolume: ").append(String.valueOf(portworxVolume).replace("\n", "\n    ")).append('\n');
    sb.append("    quobyte: ").append(String.valueOf(quobyte).replace("\n", "\n    ")).append('\n');
    sb.append("    rbd: ").append(String.valueOf(rbd).replace("\n", "\n    ")).append('\n');
    sb.append("    scaleIO: ").append(String.valueOf(scaleIO).replace("\n", "\n    ")).append('\n');
    sb.append("    storageClassName: ").append(storageClassName).append('\n');
    sb.append("    storageos: ").append(String.valueOf(storageos).replace("\n", "\n    ")).append('\n');
    sb.append("    volumeAttributesClassName: ").append(volumeAttributesClassName).append('\n');
    sb.append("    volumeMode: ").append(volumeMode).append('\n');
    sb.append("    vsphereVolume: ").append(String.valueOf(vsphereVolume).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
