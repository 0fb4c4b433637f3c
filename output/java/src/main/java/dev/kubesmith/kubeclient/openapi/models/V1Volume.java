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
 * Volume represents a named volume in a pod that may be accessed by any container in the pod.
 */
public class V1Volume {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "awsElasticBlockStore",
      "azureDisk",
      "azureFile",
      "cephfs",
      "cinder",
      "configMap",
      "csi",
      "downwardAPI",
      "emptyDir",
      "ephemeral",
      "fc",
      "flexVolume",
      "flocker",
      "gcePersistentDisk",
      "gitRepo",
      "glusterfs",
      "hostPath",
      "image",
      "iscsi",
      "name",
      "nfs",
      "persistentVolumeClaim",
      "photonPersistentDisk",
      "portworxVolume",
      "projected",
      "quobyte",
      "rbd",
      "scaleIO",
      "secret",
      "storageos",
      "vsphereVolume");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1Volume> CODEC = new Codec<V1Volume>() {
    @Override
    public V1Volume read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1Volume)");
      }
      V1Volume o = new V1Volume();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.awsElasticBlockStore = V1AWSElasticBlockStoreVolumeSource.CODEC.read(p);
            break;
          case 1:
            o.azureDisk = V1AzureDiskVolumeSource.CODEC.read(p);
            break;
          case 2:
            o.azureFile = V1AzureFileVolumeSource.CODEC.read(p);
            break;
          case 3:
            o.cephfs = V1CephFSVolumeSource.CODEC.read(p);
            break;
          case 4:
            o.cinder = V1CinderVolumeSource.CODEC.read(p);
            break;
          case 5:
            o.configMap = V1ConfigMapVolumeSource.CODEC.read(p);
            break;
          case 6:
            o.csi = V1CSIVolumeSource.CODEC.read(p);
            break;
          case 7:
            o.downwardAPI = V1DownwardAPIVolumeSource.CODEC.read(p);
            break;
          case 8:
            o.emptyDir = V1EmptyDirVolumeSource.CODEC.read(p);
            break;
          case 9:
            o.ephemeral = V1EphemeralVolumeSource.CODEC.read(p);
            break;
          case 10:
            o.fc = V1FCVolumeSource.CODEC.read(p);
            break;
          case 11:
            o.flexVolume = V1FlexVolumeSource.CODEC.read(p);
            break;
          case 12:
            o.flocker = V1FlockerVolumeSource.CODEC.read(p);
            break;
          case 13:
            o.gcePersistentDisk = V1GCEPersistentDiskVolumeSource.CODEC.read(p);
            break;
          case 14:
            o.gitRepo = V1GitRepoVolumeSource.CODEC.read(p);
            break;
          case 15:
            o.glusterfs = V1GlusterfsVolumeSource.CODEC.read(p);
            break;
          case 16:
            o.hostPath = V1HostPathVolumeSource.CODEC.read(p);
            break;
          case 17:
            o.image = V1ImageVolumeSource.CODEC.read(p);
            break;
          case 18:
            o.iscsi = V1ISCSIVolumeSource.CODEC.read(p);
            break;
          case 19:
            o.name = Codecs.STRING.read(p);
            break;
          case 20:
            o.nfs = V1NFSVolumeSource.CODEC.read(p);
            break;
          case 21:
            o.persistentVolumeClaim = V1PersistentVolumeClaimVolumeSource.CODEC.read(p);
            break;
          case 22:
            o.photonPersistentDisk = V1PhotonPersistentDiskVolumeSource.CODEC.read(p);
            break;
          case 23:
            o.portworxVolume = V1PortworxVolumeSource.CODEC.read(p);
            break;
          case 24:
            o.projected = V1ProjectedVolumeSource.CODEC.read(p);
            break;
          case 25:
            o.quobyte = V1QuobyteVolumeSource.CODEC.read(p);
            break;
          case 26:
            o.rbd = V1RBDVolumeSource.CODEC.read(p);
            break;
          case 27:
            o.scaleIO = V1ScaleIOVolumeSource.CODEC.read(p);
            break;
          case 28:
            o.secret = V1SecretVolumeSource.CODEC.read(p);
            break;
          case 29:
            o.storageos = V1StorageOSVolumeSource.CODEC.read(p);
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
    public void write(JsonGenerator g, V1Volume o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
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
        V1AzureFileVolumeSource.CODEC.write(g, o.azureFile);
      }
      if (o.cephfs != null) {
        g.writeFieldName("cephfs");
        V1CephFSVolumeSource.CODEC.write(g, o.cephfs);
      }
      if (o.cinder != null) {
        g.writeFieldName("cinder");
        V1CinderVolumeSource.CODEC.write(g, o.cinder);
      }
      if (o.configMap != null) {
        g.writeFieldName("configMap");
        V1ConfigMapVolumeSource.CODEC.write(g, o.configMap);
      }
      if (o.csi != null) {
        g.writeFieldName("csi");
        V1CSIVolumeSource.CODEC.write(g, o.csi);
      }
      if (o.downwardAPI != null) {
        g.writeFieldName("downwardAPI");
        V1DownwardAPIVolumeSource.CODEC.write(g, o.downwardAPI);
      }
      if (o.emptyDir != null) {
        g.writeFieldName("emptyDir");
        V1EmptyDirVolumeSource.CODEC.write(g, o.emptyDir);
      }
      if (o.ephemeral != null) {
        g.writeFieldName("ephemeral");
        V1EphemeralVolumeSource.CODEC.write(g, o.ephemeral);
      }
      if (o.fc != null) {
        g.writeFieldName("fc");
        V1FCVolumeSource.CODEC.write(g, o.fc);
      }
      if (o.flexVolume != null) {
        g.writeFieldName("flexVolume");
        V1FlexVolumeSource.CODEC.write(g, o.flexVolume);
      }
      if (o.flocker != null) {
        g.writeFieldName("flocker");
        V1FlockerVolumeSource.CODEC.write(g, o.flocker);
      }
      if (o.gcePersistentDisk != null) {
        g.writeFieldName("gcePersistentDisk");
        V1GCEPersistentDiskVolumeSource.CODEC.write(g, o.gcePersistentDisk);
      }
      if (o.gitRepo != null) {
        g.writeFieldName("gitRepo");
        V1GitRepoVolumeSource.CODEC.write(g, o.gitRepo);
      }
      if (o.glusterfs != null) {
        g.writeFieldName("glusterfs");
        V1GlusterfsVolumeSource.CODEC.write(g, o.glusterfs);
      }
      if (o.hostPath != null) {
        g.writeFieldName("hostPath");
        V1HostPathVolumeSource.CODEC.write(g, o.hostPath);
      }
      if (o.image != null) {
        g.writeFieldName("image");
        V1ImageVolumeSource.CODEC.write(g, o.image);
      }
      if (o.iscsi != null) {
        g.writeFieldName("iscsi");
        V1ISCSIVolumeSource.CODEC.write(g, o.iscsi);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.nfs != null) {
        g.writeFieldName("nfs");
        V1NFSVolumeSource.CODEC.write(g, o.nfs);
      }
      if (o.persistentVolumeClaim != null) {
        g.writeFieldName("persistentVolumeClaim");
        V1PersistentVolumeClaimVolumeSource.CODEC.write(g, o.persistentVolumeClaim);
      }
      if (o.photonPersistentDisk != null) {
        g.writeFieldName("photonPersistentDisk");
        V1PhotonPersistentDiskVolumeSource.CODEC.write(g, o.photonPersistentDisk);
      }
      if (o.portworxVolume != null) {
        g.writeFieldName("portworxVolume");
        V1PortworxVolumeSource.CODEC.write(g, o.portworxVolume);
      }
      if (o.projected != null) {
        g.writeFieldName("projected");
        V1ProjectedVolumeSource.CODEC.write(g, o.projected);
      }
      if (o.quobyte != null) {
        g.writeFieldName("quobyte");
        V1QuobyteVolumeSource.CODEC.write(g, o.quobyte);
      }
      if (o.rbd != null) {
        g.writeFieldName("rbd");
        V1RBDVolumeSource.CODEC.write(g, o.rbd);
      }
      if (o.scaleIO != null) {
        g.writeFieldName("scaleIO");
        V1ScaleIOVolumeSource.CODEC.write(g, o.scaleIO);
      }
      if (o.secret != null) {
        g.writeFieldName("secret");
        V1SecretVolumeSource.CODEC.write(g, o.secret);
      }
      if (o.storageos != null) {
        g.writeFieldName("storageos");
        V1StorageOSVolumeSource.CODEC.write(g, o.storageos);
      }
      if (o.vsphereVolume != null) {
        g.writeFieldName("vsphereVolume");
        V1VsphereVirtualDiskVolumeSource.CODEC.write(g, o.vsphereVolume);
      }
      g.writeEndObject();
    }
  };

  private V1AWSElasticBlockStoreVolumeSource awsElasticBlockStore;

  private V1AzureDiskVolumeSource azureDisk;

  private V1AzureFileVolumeSource azureFile;

  private V1CephFSVolumeSource cephfs;

  private V1CinderVolumeSource cinder;

  private V1ConfigMapVolumeSource configMap;

  private V1CSIVolumeSource csi;

  private V1DownwardAPIVolumeSource downwardAPI;

  private V1EmptyDirVolumeSource emptyDir;

  private V1EphemeralVolumeSource ephemeral;

  private V1FCVolumeSource fc;

  private V1FlexVolumeSource flexVolume;

  private V1FlockerVolumeSource flocker;

  private V1GCEPersistentDiskVolumeSource gcePersistentDisk;

  private V1GitRepoVolumeSource gitRepo;

  private V1GlusterfsVolumeSource glusterfs;

  private V1HostPathVolumeSource hostPath;

  private V1ImageVolumeSource image;

  private V1ISCSIVolumeSource iscsi;

  private String name;

  private V1NFSVolumeSource nfs;

  private V1PersistentVolumeClaimVolumeSource persistentVolumeClaim;

  private V1PhotonPersistentDiskVolumeSource photonPersistentDisk;

  private V1PortworxVolumeSource portworxVolume;

  private V1ProjectedVolumeSource projected;

  private V1QuobyteVolumeSource quobyte;

  private V1RBDVolumeSource rbd;

  private V1ScaleIOVolumeSource scaleIO;

  private V1SecretVolumeSource secret;

  private V1StorageOSVolumeSource storageos;

  private V1VsphereVirtualDiskVolumeSource vsphereVolume;

  public V1Volume awsElasticBlockStore(V1AWSElasticBlockStoreVolumeSource awsElasticBlockStore) {
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

  public V1Volume azureDisk(V1AzureDiskVolumeSource azureDisk) {
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

  public V1Volume azureFile(V1AzureFileVolumeSource azureFile) {
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
  public V1AzureFileVolumeSource getAzureFile() {
    return azureFile;
  }

  public void setAzureFile(V1AzureFileVolumeSource azureFile) {
    this.azureFile = azureFile;
  }

  public V1Volume cephfs(V1CephFSVolumeSource cephfs) {
    this.cephfs = cephfs;
    return this;
  }

  /**
   * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime. Deprecated:
   * CephFS is deprecated and the in-tree cephfs type is no longer supported.
   *
   * @return cephfs
   */
  public V1CephFSVolumeSource getCephfs() {
    return cephfs;
  }

  public void setCephfs(V1CephFSVolumeSource cephfs) {
    this.cephfs = cephfs;
  }

  public V1Volume cinder(V1CinderVolumeSource cinder) {
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
  public V1CinderVolumeSource getCinder() {
    return cinder;
  }

  public void setCinder(V1CinderVolumeSource cinder) {
    this.cinder = cinder;
  }

  public V1Volume configMap(V1ConfigMapVolumeSource configMap) {
    this.configMap = configMap;
    return this;
  }

  /**
   * configMap represents a configMap that should populate this volume
   *
   * @return configMap
   */
  public V1ConfigMapVolumeSource getConfigMap() {
    return configMap;
  }

  public void setConfigMap(V1ConfigMapVolumeSource configMap) {
    this.configMap = configMap;
  }

  public V1Volume csi(V1CSIVolumeSource csi) {
    this.csi = csi;
    return this;
  }

  /**
   * csi (Container Storage Interface) represents ephemeral storage that is handled by certain
   * external CSI drivers.
   *
   * @return csi
   */
  public V1CSIVolumeSource getCsi() {
    return csi;
  }

  public void setCsi(V1CSIVolumeSource csi) {
    this.csi = csi;
  }

  public V1Volume downwardAPI(V1DownwardAPIVolumeSource downwardAPI) {
    this.downwardAPI = downwardAPI;
    return this;
  }

  /**
   * downwardAPI represents downward API about the pod that should populate this volume
   *
   * @return downwardAPI
   */
  public V1DownwardAPIVolumeSource getDownwardAPI() {
    return downwardAPI;
  }

  public void setDownwardAPI(V1DownwardAPIVolumeSource downwardAPI) {
    this.downwardAPI = downwardAPI;
  }

  public V1Volume emptyDir(V1EmptyDirVolumeSource emptyDir) {
    this.emptyDir = emptyDir;
    return this;
  }

  /**
   * emptyDir represents a temporary directory that shares a pod's lifetime. More info:
   * https://kubernetes.io/docs/concepts/storage/volumes#emptydir
   *
   * @return emptyDir
   */
  public V1EmptyDirVolumeSource getEmptyDir() {
    return emptyDir;
  }

  public void setEmptyDir(V1EmptyDirVolumeSource emptyDir) {
    this.emptyDir = emptyDir;
  }

  public V1Volume ephemeral(V1EphemeralVolumeSource ephemeral) {
    this.ephemeral = ephemeral;
    return this;
  }

  /**
   * ephemeral represents a volume that is handled by a cluster storage driver. The volume's
   * lifecycle is tied to the pod that defines it - it will be created before the pod starts, and
   * deleted when the pod is removed.
   *
   * Use this if: a) the volume is only needed while the pod runs, b) features of normal volumes
   * like restoring from snapshot or capacity
   *    tracking are needed,
   * c) the storage driver is specified through a storage class, and d) the storage driver
   * supports dynamic volume provisioning through
   *    a PersistentVolumeClaim (see EphemeralVolumeSource for more
   *    information on the connection between this volume type
   *    and PersistentVolumeClaim).
   *
   * Use PersistentVolumeClaim or one of the vendor-specific APIs for volumes that persist for
   * longer than the lifecycle of an individual pod.
   *
   * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to be used that
   * way - see the documentation of the driver for more information.
   *
   * A pod can use both types of ephemeral volumes and persistent volumes at the same time.
   *
   * @return ephemeral
   */
  public V1EphemeralVolumeSource getEphemeral() {
    return ephemeral;
  }

  public void setEphemeral(V1EphemeralVolumeSource ephemeral) {
    this.ephemeral = ephemeral;
  }

  public V1Volume fc(V1FCVolumeSource fc) {
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

  public V1Volume flexVolume(V1FlexVolumeSource flexVolume) {
    this.flexVolume = flexVolume;
    return this;
  }

  /**
   * flexVolume represents a generic volume resource that is provisioned/attached using an exec
   * based plugin. Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
   *
   * @return flexVolume
   */
  public V1FlexVolumeSource getFlexVolume() {
    return flexVolume;
  }

  public void setFlexVolume(V1FlexVolumeSource flexVolume) {
    this.flexVolume = flexVolume;
  }

  public V1Volume flocker(V1FlockerVolumeSource flocker) {
    this.flocker = flocker;
    return this;
  }

  /**
   * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on
   * the Flocker control service being running. Deprecated: Flocker is deprecated and the in-tree
   * flocker type is no longer supported.
   *
   * @return flocker
   */
  public V1FlockerVolumeSource getFlocker() {
    return flocker;
  }

  public void setFlocker(V1FlockerVolumeSource flocker) {
    this.flocker = flocker;
  }

  public V1Volume gcePersistentDisk(V1GCEPersistentDiskVolumeSource gcePersistentDisk) {
    this.gcePersistentDisk = gcePersistentDisk;
    return this;
  }

  /**
   * gcePersistentDisk represents a GCE Disk resource that is attached to a kubelet's host
   * machine and then exposed to the pod. Deprecated: GCEPersistentDisk is deprecated. All
   * operations for the in-tree gcePersistentDisk type are redirected to the
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

  public V1Volume gitRepo(V1GitRepoVolumeSource gitRepo) {
    this.gitRepo = gitRepo;
    return this;
  }

  /**
   * gitRepo represents a git repository at a particular revision. Deprecated: GitRepo is
   * deprecated. To provision a container with a git repo, mount an EmptyDir into an
   * InitContainer that clones the repo using git, then mount the EmptyDir into the Pod's
   * container.
   *
   * @return gitRepo
   */
  public V1GitRepoVolumeSource getGitRepo() {
    return gitRepo;
  }

  public void setGitRepo(V1GitRepoVolumeSource gitRepo) {
    this.gitRepo = gitRepo;
  }

  public V1Volume glusterfs(V1GlusterfsVolumeSource glusterfs) {
    this.glusterfs = glusterfs;
    return this;
  }

  /**
   * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime. Deprecated:
   * Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
   *
   * @return glusterfs
   */
  public V1GlusterfsVolumeSource getGlusterfs() {
    return glusterfs;
  }

  public void setGlusterfs(V1GlusterfsVolumeSource glusterfs) {
    this.glusterfs = glusterfs;
  }

  public V1Volume hostPath(V1HostPathVolumeSource hostPath) {
    this.hostPath = hostPath;
    return this;
  }

  /**
   * hostPath represents a pre-existing file or directory on the host machine that is directly
   * exposed to the container. This is generally used for system agents or other privileged
   * things that are allowed to see the host machine. Most containers will NOT need this. More
   * info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
   *
   * @return hostPath
   */
  public V1HostPathVolumeSource getHostPath() {
    return hostPath;
  }

  public void setHostPath(V1HostPathVolumeSource hostPath) {
    this.hostPath = hostPath;
  }

  public V1Volume image(V1ImageVolumeSource image) {
    this.image = image;
    return this;
  }

  /**
   * image represents an OCI object (a container image or artifact) pulled and mounted on the
   * kubelet's host machine. The volume is resolved at pod startup depending on which PullPolicy
   * value is provided:
   *
   * - Always: the kubelet always attempts to pull the reference. Container creation will fail If
   * the pull fails. - Never: the kubelet never pulls the reference and only uses a local image
   * or artifact. Container creation will fail if the reference isn't present. - IfNotPresent:
   * the kubelet pulls if the reference isn't already present on disk. Container creation will
   * fail if the reference isn't present and the pull fails.
   *
   * The volume gets re-resolved if the pod gets deleted and recreated, which means that new
   * remote content will become available on pod recreation. A failure to resolve or pull the
   * image during pod startup will block containers from starting and may add significant
   * latency. Failures will be retried using normal volume backoff and will be reported on the
   * pod reason and message. The types of objects that may be mounted by this volume are defined
   * by the container runtime implementation on a host machine and at minimum must include all
   * valid types supported by the container image field. The OCI object gets mounted in a single
   * directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the
   * same way as for container images. The volume will be mounted read-only (ro). Sub path mounts
   * for containers are not supported (spec.containers[*].volumeMounts.subpath) before 1.33. The
   * field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
   *
   * @return image
   */
  public V1ImageVolumeSource getImage() {
    return image;
  }

  public void setImage(V1ImageVolumeSource image) {
    this.image = image;
  }

  public V1Volume iscsi(V1ISCSIVolumeSource iscsi) {
    this.iscsi = iscsi;
    return this;
  }

  /**
   * iscsi represents an ISCSI Disk resource that is attached to a kubelet's host machine and
   * then exposed to the pod. More info:
   * https://kubernetes.io/docs/concepts/storage/volumes/#iscsi
   *
   * @return iscsi
   */
  public V1ISCSIVolumeSource getIscsi() {
    return iscsi;
  }

  public void setIscsi(V1ISCSIVolumeSource iscsi) {
    this.iscsi = iscsi;
  }

  public V1Volume name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name of the volume. Must be a DNS_LABEL and unique within the pod. More info:
   * https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1Volume nfs(V1NFSVolumeSource nfs) {
    this.nfs = nfs;
    return this;
  }

  /**
   * nfs represents an NFS mount on the host that shares a pod's lifetime More info:
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

  public V1Volume persistentVolumeClaim(V1PersistentVolumeClaimVolumeSource persistentVolumeClaim) {
    this.persistentVolumeClaim = persistentVolumeClaim;
    return this;
  }

  /**
   * persistentVolumeClaimVolumeSource represents a reference to a PersistentVolumeClaim in the
   * same namespace. More info:
   * https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
   *
   * @return persistentVolumeClaim
   */
  public V1PersistentVolumeClaimVolumeSource getPersistentVolumeClaim() {
    return persistentVolumeClaim;
  }

  public void setPersistentVolumeClaim(V1PersistentVolumeClaimVolumeSource persistentVolumeClaim) {
    this.persistentVolumeClaim = persistentVolumeClaim;
  }

  public V1Volume photonPersistentDisk(V1PhotonPersistentDiskVolumeSource photonPersistentDisk) {
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

  public V1Volume portworxVolume(V1PortworxVolumeSource portworxVolume) {
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

  public V1Volume projected(V1ProjectedVolumeSource projected) {
    this.projected = projected;
    return this;
  }

  /**
   * projected items for all in one resources secrets, configmaps, and downward API
   *
   * @return projected
   */
  public V1ProjectedVolumeSource getProjected() {
    return projected;
  }

  public void setProjected(V1ProjectedVolumeSource projected) {
    this.projected = projected;
  }

  public V1Volume quobyte(V1QuobyteVolumeSource quobyte) {
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

  public V1Volume rbd(V1RBDVolumeSource rbd) {
    this.rbd = rbd;
    return this;
  }

  /**
   * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
   * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
   *
   * @return rbd
   */
  public V1RBDVolumeSource getRbd() {
    return rbd;
  }

  public void setRbd(V1RBDVolumeSource rbd) {
    this.rbd = rbd;
  }

  public V1Volume scaleIO(V1ScaleIOVolumeSource scaleIO) {
    this.scaleIO = scaleIO;
    return this;
  }

  /**
   * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
   * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
   *
   * @return scaleIO
   */
  public V1ScaleIOVolumeSource getScaleIO() {
    return scaleIO;
  }

  public void setScaleIO(V1ScaleIOVolumeSource scaleIO) {
    this.scaleIO = scaleIO;
  }

  public V1Volume secret(V1SecretVolumeSource secret) {
    this.secret = secret;
    return this;
  }

  /**
   * secret represents a secret that should populate this volume. More info:
   * https://kubernetes.io/docs/concepts/storage/volumes#secret
   *
   * @return secret
   */
  public V1SecretVolumeSource getSecret() {
    return secret;
  }

  public void setSecret(V1SecretVolumeSource secret) {
    this.secret = secret;
  }

  public V1Volume storageos(V1StorageOSVolumeSource storageos) {
    this.storageos = storageos;
    return this;
  }

  /**
   * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
   * Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
   *
   * @return storageos
   */
  public V1StorageOSVolumeSource getStorageos() {
    return storageos;
  }

  public void setStorageos(V1StorageOSVolumeSource storageos) {
    this.storageos = storageos;
  }

  public V1Volume vsphereVolume(V1VsphereVirtualDiskVolumeSource vsphereVolume) {
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
    V1Volume that = (V1Volume) other;
    return Objects.equals(awsElasticBlockStore, that.awsElasticBlockStore)
        && Objects.equals(azureDisk, that.azureDisk)
        && Objects.equals(azureFile, that.azureFile)
        && Objects.equals(cephfs, that.cephfs)
        && Objects.equals(cinder, that.cinder)
        && Objects.equals(configMap, that.configMap)
        && Objects.equals(csi, that.csi)
        && Objects.equals(downwardAPI, that.downwardAPI)
        && Objects.equals(emptyDir, that.emptyDir)
        && Objects.equals(ephemeral, that.ephemeral)
        && Objects.equals(fc, that.fc)
        && Objects.equals(flexVolume, that.flexVolume)
        && Objects.equals(flocker, that.flocker)
        && Objects.equals(gcePersistentDisk, that.gcePersistentDisk)
        && Objects.equals(gitRepo, that.gitRepo)
        && Objects.equals(glusterfs, that.glusterfs)
        && Objects.equals(hostPath, that.hostPath)
        && Objects.equals(image, that.image)
        && Objects.equals(iscsi, that.iscsi)
        && Objects.equals(name, that.name)
        && Objects.equals(nfs, that.nfs)
        && Objects.equals(persistentVolumeClaim, that.persistentVolumeClaim)
        && Objects.equals(photonPersistentDisk, that.photonPersistentDisk)
        && Objects.equals(portworxVolume, that.portworxVolume)
        && Objects.equals(projected, that.projected)
        && Objects.equals(quobyte, that.quobyte)
        && Objects.equals(rbd, that.rbd)
        && Objects.equals(scaleIO, that.scaleIO)
        && Objects.equals(secret, that.secret)
        && Objects.equals(storageos, that.storageos)
        && Objects.equals(vsphereVolume, that.vsphereVolume);
  }

  @Override
  public int hashCode() {
    return Objects.hash(awsElasticBlockStore, azureDisk, azureFile, cephfs, cinder, configMap, csi, downwardAPI, emptyDir, ephemeral, fc, flexVolume, flocker, gcePersistentDisk, gitRepo, glusterfs, hostPath, image, iscsi, name, nfs, persistentVolumeClaim, photonPersistentDisk, portworxVolume, projected, quobyte, rbd, scaleIO, secret, storageos, vsphereVolume);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1Volume {\n");
    sb.append("    awsElasticBlockStore: ").append(String.valueOf(awsElasticBlockStore).replace("\n", "\n    ")).append('\n');
    sb.append("    azureDisk: ").append(String.valueOf(azureDisk).replace("\n", "\n    ")).append('\n');
    sb.append("    azureFile: ").append(String.valueOf(azureFile).replace("\n", "\n    ")).append('\n');
    sb.append("    cephfs: ").append(String.valueOf(cephfs).replace("\n", "\n    ")).append('\n');
    sb.append("    cinder: ").append(String.valueOf(cinder).replace("\n", "\n    ")).append('\n');
    sb.append("    configMap: ").append(String.valueOf(configMap).replace("\n", "\n    ")).append('\n');
    sb.append("    csi: ").append(String.valueOf(csi).replace("\n", "\n    ")).append('\n');
    sb.append("    downwardAPI: ").append(String.valueOf(downwardAPI).replace("\n", "\n    ")).append('\n');
    sb.append("    emptyDir: ").append(String.valueOf(emptyDir).replace("\n", "\n    ")).append('\n');
    sb.append("    ephemeral: ").append(String.valueOf(ephemeral).replace("\n", "\n    ")).append('\n');
    sb.append("    fc: ").append(String.valueOf(fc).replace("\n", "\n    ")).append('\n');
    sb.append("    flexVolume: ").append(String.valueOf(flexVolume).replace("\n", "\n    ")).append('\n');
    sb.append("    flocker: ").append(String.valueOf(flocker).replace("\n", "\n    ")).append('\n');
    sb.append("    gcePersistentDisk: ").append(String.valueOf(gcePersistentDisk).replace("\n", "\n    ")).append('\n');
    sb.append("    gitRepo: ").append(String.valueOf(gitRepo).replace("\n", "\n    ")).append('\n');
    sb.append("    glusterfs: ").append(String.valueOf(glusterfs).replace("\n", "\n    ")).append('\n');
    sb.append("    hostPath: ").append(String.valueOf(hostPath).replace("\n", "\n    ")).append('\n');
    sb.append("    image: ").append(String.valueOf(image).replace("\n", "\n    ")).append('\n');
    sb.append("    iscsi: ").append(String.valueOf(iscsi).replace("\n", "\n    ")).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    nfs: ").append(String.valueOf(nfs).replace("\n", "\n    ")).append('\n');
    sb.append("    persistentVolumeClaim: ").append(String.valueOf(persistentVolumeClaim).replace("\n", "\n    ")).append('\n');
    sb.append("    photonPersistentDisk: ").append(String.valueOf(photonPersistentDisk).replace("\n", "\n    ")).append('\n');
    sb.append("    portworxVolume: ").append(String.valueOf(portworxVolume).replace("\n", "\n    ")).append('\n');
    sb.append("    projected: ").append(String.valueOf(projected).replace("\n", "\n    ")).append('\n');
    sb.append("    quobyte: ").append(String.valueOf(quobyte).replace("\n", "\n    ")).append('\n');
    sb.append("    rbd: ").append(String.valueOf(rbd).replace("\n", "\n    ")).append('\n');
    sb.append("    scaleIO: ").append(String.valueOf(scaleIO).replace("\n", "\n    ")).append('\n');
    sb.append("    secret: ").append(String.valueOf(secret).replace("\n", "\n    ")).append('\n');
    sb.append("    storageos: ").append(String.valueOf(storageos).replace("\n", "\n    ")).append('\n');
    sb.append("    vsphereVolume: ").append(String.valueOf(vsphereVolume).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
