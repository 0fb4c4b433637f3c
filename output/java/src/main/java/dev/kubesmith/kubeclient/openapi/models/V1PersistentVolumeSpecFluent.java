package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1PersistentVolumeSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PersistentVolumeSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PersistentVolumeSpecFluent<A extends V1PersistentVolumeSpecFluent<A>> {
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

  public V1PersistentVolumeSpecFluent() {}

  public V1PersistentVolumeSpecFluent(V1PersistentVolumeSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PersistentVolumeSpec instance) {
    if (instance != null) {
      this.accessModes = instance.getAccessModes() == null ? null : new ArrayList<>(instance.getAccessModes());
      this.awsElasticBlockStore = instance.getAwsElasticBlockStore();
      this.azureDisk = instance.getAzureDisk();
      this.azureFile = instance.getAzureFile();
      this.capacity = instance.getCapacity() == null ? null : new LinkedHashMap<>(instance.getCapacity());
      this.cephfs = instance.getCephfs();
      this.cinder = instance.getCinder();
      this.claimRef = instance.getClaimRef();
      this.csi = instance.getCsi();
      this.fc = instance.getFc();
      this.flexVolume = instance.getFlexVolume();
      this.flocker = instance.getFlocker();
      this.gcePersistentDisk = instance.getGcePersistentDisk();
      this.glusterfs = instance.getGlusterfs();
      this.hostPath = instance.getHostPath();
      this.iscsi = instance.getIscsi();
      this.local = instance.getLocal();
      this.mountOptions = instance.getMountOptions() == null ? null : new ArrayList<>(instance.getMountOptions());
      this.nfs = instance.getNfs();
      this.nodeAffinity = instance.getNodeAffinity();
      this.persistentVolumeReclaimPolicy = instance.getPersistentVolumeReclaimPolicy();
      this.photonPersistentDisk = instance.getPhotonPersistentDisk();
      this.portworxVolume = instance.getPortworxVolume();
      this.quobyte = instance.getQuobyte();
      this.rbd = instance.getRbd();
      this.scaleIO = instance.getScaleIO();
      this.storageClassName = instance.getStorageClassName();
      this.storageos = instance.getStorageos();
      this.volumeAttributesClassName = instance.getVolumeAttributesClassName();
      this.volumeMode = instance.getVolumeMode();
      this.vsphereVolume = instance.getVsphereVolume();
    }
  }

  /** A new {@link V1PersistentVolumeSpec} holding what was set (lists and maps copied). */
  V1PersistentVolumeSpec toModel() {
    V1PersistentVolumeSpec o = new V1PersistentVolumeSpec();
    o.setAccessModes(accessModes == null ? null : new ArrayList<>(accessModes));
    o.setAwsElasticBlockStore(awsElasticBlockStore);
    o.setAzureDisk(azureDisk);
    o.setAzureFile(azureFile);
    o.setCapacity(capacity == null ? null : new LinkedHashMap<>(capacity));
    o.setCephfs(cephfs);
    o.setCinder(cinder);
    o.setClaimRef(claimRef);
    o.setCsi(csi);
    o.setFc(fc);
    o.setFlexVolume(flexVolume);
    o.setFlocker(flocker);
    o.setGcePersistentDisk(gcePersistentDisk);
    o.setGlusterfs(glusterfs);
    o.setHostPath(hostPath);
    o.setIscsi(iscsi);
    o.setLocal(local);
    o.setMountOptions(mountOptions == null ? null : new ArrayList<>(mountOptions));
    o.setNfs(nfs);
    o.setNodeAffinity(nodeAffinity);
    o.setPersistentVolumeReclaimPolicy(persistentVolumeReclaimPolicy);
    o.setPhotonPersistentDisk(photonPersistentDisk);
    o.setPortworxVolume(portworxVolume);
    o.setQuobyte(quobyte);
    o.setRbd(rbd);
    o.setScaleIO(scaleIO);
    o.setStorageClassName(storageClassName);
    o.setStorageos(storageos);
    o.setVolumeAttributesClassName(volumeAttributesClassName);
    o.setVolumeMode(volumeMode);
    o.setVsphereVolume(vsphereVolume);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getAccessModes() {
    return accessModes;
  }

  public A withAccessModes(List<String> accessModes) {
    this.accessModes = accessModes == null ? null : new ArrayList<>(accessModes);
    return self();
  }

  public boolean hasAccessModes() {
    return accessModes != null;
  }

  public A withAccessModes(String... items) {
    this.accessModes = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToAccessModes(String... items) {
    for (String item : items) {
      addToAccessModes(-1, item);
    }
    return self();
  }

  public A removeFromAccessModes(String... items) {
    return removeAllFromAccessModes(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToAccessModes(int index, String item) {
    if (this.accessModes == null) {
      this.accessModes = new ArrayList<>();
    }
    if (index < 0 || index >= this.accessModes.size()) {
      this.accessModes.add(item);
    } else {
      this.accessModes.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToAccessModes(int index, String item) {
    if (index < 0 || this.accessModes == null || index >= this.accessModes.size()) {
      return addToAccessModes(-1, item);
    }
    this.accessModes.set(index, item);
    return self();
  }

  public A addAllToAccessModes(Collection<String> items) {
    for (String item : items) {
      addToAccessModes(-1, item);
    }
    return self();
  }

  public A removeAllFromAccessModes(Collection<String> items) {
    if (this.accessModes != null) {
      this.accessModes.removeAll(items);
    }
    return self();
  }

  public V1AWSElasticBlockStoreVolumeSource getAwsElasticBlockStore() {
    return awsElasticBlockStore;
  }

  public A withAwsElasticBlockStore(V1AWSElasticBlockStoreVolumeSource awsElasticBlockStore) {
    this.awsElasticBlockStore = awsElasticBlockStore;
    return self();
  }

  public boolean hasAwsElasticBlockStore() {
    return awsElasticBlockStore != null;
  }

  public V1AWSElasticBlockStoreVolumeSource buildAwsElasticBlockStore() {
    return awsElasticBlockStore;
  }

  public AwsElasticBlockStoreNested withNewAwsElasticBlockStore() {
    return new AwsElasticBlockStoreNested(null);
  }

  public AwsElasticBlockStoreNested withNewAwsElasticBlockStoreLike(V1AWSElasticBlockStoreVolumeSource item) {
    return new AwsElasticBlockStoreNested(item);
  }

  public AwsElasticBlockStoreNested editAwsElasticBlockStore() {
    return new AwsElasticBlockStoreNested(awsElasticBlockStore);
  }

  public AwsElasticBlockStoreNested editOrNewAwsElasticBlockStore() {
    return new AwsElasticBlockStoreNested(awsElasticBlockStore != null ? awsElasticBlockStore : new V1AWSElasticBlockStoreVolumeSource());
  }

  public AwsElasticBlockStoreNested editOrNewAwsElasticBlockStoreLike(V1AWSElasticBlockStoreVolumeSource item) {
    return new AwsElasticBlockStoreNested(awsElasticBlockStore != null ? awsElasticBlockStore : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class AwsElasticBlockStoreNested extends V1AWSElasticBlockStoreVolumeSourceFluent<AwsElasticBlockStoreNested> {
    AwsElasticBlockStoreNested(V1AWSElasticBlockStoreVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withAwsElasticBlockStore(toModel());
    }

    public A endAwsElasticBlockStore() {
      return and();
    }
  }

  public V1AzureDiskVolumeSource getAzureDisk() {
    return azureDisk;
  }

  public A withAzureDisk(V1AzureDiskVolumeSource azureDisk) {
    this.azureDisk = azureDisk;
    return self();
  }

  public boolean hasAzureDisk() {
    return azureDisk != null;
  }

  public V1AzureDiskVolumeSource buildAzureDisk() {
    return azureDisk;
  }

  public AzureDiskNested withNewAzureDisk() {
    return new AzureDiskNested(null);
  }

  public AzureDiskNested withNewAzureDiskLike(V1AzureDiskVolumeSource item) {
    return new AzureDiskNested(item);
  }

  public AzureDiskNested editAzureDisk() {
    return new AzureDiskNested(azureDisk);
  }

  public AzureDiskNested editOrNewAzureDisk() {
    return new AzureDiskNested(azureDisk != null ? azureDisk : new V1AzureDiskVolumeSource());
  }

  public AzureDiskNested editOrNewAzureDiskLike(V1AzureDiskVolumeSource item) {
    return new AzureDiskNested(azureDisk != null ? azureDisk : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class AzureDiskNested extends V1AzureDiskVolumeSourceFluent<AzureDiskNested> {
    AzureDiskNested(V1AzureDiskVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withAzureDisk(toModel());
    }

    public A endAzureDisk() {
      return and();
    }
  }

  public V1AzureFilePersistentVolumeSource getAzureFile() {
    return azureFile;
  }

  public A withAzureFile(V1AzureFilePersistentVolumeSource azureFile) {
    this.azureFile = azureFile;
    return self();
  }

  public boolean hasAzureFile() {
    return azureFile != null;
  }

  public V1AzureFilePersistentVolumeSource buildAzureFile() {
    return azureFile;
  }

  public AzureFileNested withNewAzureFile() {
    return new AzureFileNested(null);
  }

  public AzureFileNested withNewAzureFileLike(V1AzureFilePersistentVolumeSource item) {
    return new AzureFileNested(item);
  }

  public AzureFileNested editAzureFile() {
    return new AzureFileNested(azureFile);
  }

  public AzureFileNested editOrNewAzureFile() {
    return new AzureFileNested(azureFile != null ? azureFile : new V1AzureFilePersistentVolumeSource());
  }

  public AzureFileNested editOrNewAzureFileLike(V1AzureFilePersistentVolumeSource item) {
    return new AzureFileNested(azureFile != null ? azureFile : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class AzureFileNested extends V1AzureFilePersistentVolumeSourceFluent<AzureFileNested> {
    AzureFileNested(V1AzureFilePersistentVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withAzureFile(toModel());
    }

    public A endAzureFile() {
      return and();
    }
  }

  public Map<String, Quantity> getCapacity() {
    return capacity;
  }

  public A withCapacity(Map<String, Quantity> capacity) {
    this.capacity = capacity == null ? null : new LinkedHashMap<>(capacity);
    return self();
  }

  public boolean hasCapacity() {
    return capacity != null;
  }

  public A addToCapacity(String key, Quantity value) {
    if (this.capacity == null) {
      this.capacity = new LinkedHashMap<>();
    }
    this.capacity.put(key, value);
    return self();
  }

  public A addToCapacity(Map<String, Quantity> map) {
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        addToCapacity(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromCapacity(String key) {
    if (this.capacity != null) {
      this.capacity.remove(key);
    }
    return self();
  }

  public A removeFromCapacity(Map<String, Quantity> map) {
    if (this.capacity != null && map != null) {
      this.capacity.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public V1CephFSPersistentVolumeSource getCephfs() {
    return cephfs;
  }

  public A withCephfs(V1CephFSPersistentVolumeSource cephfs) {
    this.cephfs = cephfs;
    return self();
  }

  public boolean hasCephfs() {
    return cephfs != null;
  }

  public V1CephFSPersistentVolumeSource buildCephfs() {
    return cephfs;
  }

  public CephfsNested withNewCephfs() {
    return new CephfsNested(null);
  }

  public CephfsNested withNewCephfsLike(V1CephFSPersistentVolumeSource item) {
    return new CephfsNested(item);
  }

  public CephfsNested editCephfs() {
    return new CephfsNested(cephfs);
  }

  public CephfsNested editOrNewCephfs() {
    return new CephfsNested(cephfs != null ? cephfs : new V1CephFSPersistentVolumeSource());
  }

  public CephfsNested editOrNewCephfsLike(V1CephFSPersistentVolumeSource item) {
    return new CephfsNested(cephfs != null ? cephfs : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class CephfsNested extends V1CephFSPersistentVolumeSourceFluent<CephfsNested> {
    CephfsNested(V1CephFSPersistentVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withCephfs(toModel());
    }

    public A endCephfs() {
      return and();
    }
  }

  public V1CinderPersistentVolumeSource getCinder() {
    return cinder;
  }

  public A withCinder(V1CinderPersistentVolumeSource cinder) {
    this.cinder = cinder;
    return self();
  }

  public boolean hasCinder() {
    return cinder != null;
  }

  public V1CinderPersistentVolumeSource buildCinder() {
    return cinder;
  }

  public CinderNested withNewCinder() {
    return new CinderNested(null);
  }

  public CinderNested withNewCinderLike(V1CinderPersistentVolumeSource item) {
    return new CinderNested(item);
  }

  public CinderNested editCinder() {
    return new CinderNested(cinder);
  }

  public CinderNested editOrNewCinder() {
    return new CinderNested(cinder != null ? cinder : new V1CinderPersistentVolumeSource());
  }

  public CinderNested editOrNewCinderLike(V1CinderPersistentVolumeSource item) {
    return new CinderNested(cinder != null ? cinder : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class CinderNested extends V1CinderPersistentVolumeSourceFluent<CinderNested> {
    CinderNested(V1CinderPersistentVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withCinder(toModel());
    }

    public A endCinder() {
      return and();
    }
  }

  public V1ObjectReference getClaimRef() {
    return claimRef;
  }

  public A withClaimRef(V1ObjectReference claimRef) {
    this.claimRef = claimRef;
    return self();
  }

  public boolean hasClaimRef() {
    return claimRef != null;
  }

  public V1ObjectReference buildClaimRef() {
    return claimRef;
  }

  public ClaimRefNested withNewClaimRef() {
    return new ClaimRefNested(null);
  }

  public ClaimRefNested withNewClaimRefLike(V1ObjectReference item) {
    return new ClaimRefNested(item);
  }

  public ClaimRefNested editClaimRef() {
    return new ClaimRefNested(claimRef);
  }

  public ClaimRefNested editOrNewClaimRef() {
    return new ClaimRefNested(claimRef != null ? claimRef : new V1ObjectReference());
  }

  public ClaimRefNested editOrNewClaimRefLike(V1ObjectReference item) {
    return new ClaimRefNested(claimRef != null ? claimRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ClaimRefNested extends V1ObjectReferenceFluent<ClaimRefNested> {
    ClaimRefNested(V1ObjectReference item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withClaimRef(toModel());
    }

    public A endClaimRef() {
      return and();
    }
  }

  public V1CSIPersistentVolumeSource getCsi() {
    return csi;
  }

  public A withCsi(V1CSIPersistentVolumeSource csi) {
    this.csi = csi;
    return self();
  }

  public boolean hasCsi() {
    return csi != null;
  }

  public V1CSIPersistentVolumeSource buildCsi() {
    return csi;
  }

  public CsiNested withNewCsi() {
    return new CsiNested(null);
  }

  public CsiNested withNewCsiLike(V1CSIPersistentVolumeSource item) {
    return new CsiNested(item);
  }

  public CsiNested editCsi() {
    return new CsiNested(csi);
  }

  public CsiNested editOrNewCsi() {
    return new CsiNested(csi != null ? csi : new V1CSIPersistentVolumeSource());
  }

  public CsiNested editOrNewCsiLike(V1CSIPersistentVolumeSource item) {
    return new CsiNested(csi != null ? csi : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class CsiNested extends V1CSIPersistentVolumeSourceFluent<CsiNested> {
    CsiNested(V1CSIPersistentVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withCsi(toModel());
    }

    public A endCsi() {
      return and();
    }
  }

  public V1FCVolumeSource getFc() {
    return fc;
  }

  public A withFc(V1FCVolumeSource fc) {
    this.fc = fc;
    return self();
  }

  public boolean hasFc() {
    return fc != null;
  }

  public V1FCVolumeSource buildFc() {
    return fc;
  }

  public FcNested withNewFc() {
    return new FcNested(null);
  }

  public FcNested withNewFcLike(V1FCVolumeSource item) {
    return new FcNested(item);
  }

  public FcNested editFc() {
    return new FcNested(fc);
  }

  public FcNested editOrNewFc() {
    return new FcNested(fc != null ? fc : new V1FCVolumeSource());
  }

  public FcNested editOrNewFcLike(V1FCVolumeSource item) {
    return new FcNested(fc != null ? fc : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class FcNested extends V1FCVolumeSourceFluent<FcNested> {
    FcNested(V1FCVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withFc(toModel());
    }

    public A endFc() {
      return and();
    }
  }

  public V1FlexPersistentVolumeSource getFlexVolume() {
    return flexVolume;
  }

  public A withFlexVolume(V1FlexPersistentVolumeSource flexVolume) {
    this.flexVolume = flexVolume;
    return self();
  }

  public boolean hasFlexVolume() {
    return flexVolume != null;
  }

  public V1FlexPersistentVolumeSource buildFlexVolume() {
    return flexVolume;
  }

  public FlexVolumeNested withNewFlexVolume() {
    return new FlexVolumeNested(null);
  }

  public FlexVolumeNested withNewFlexVolumeLike(V1FlexPersistentVolumeSource item) {
    return new FlexVolumeNested(item);
  }

  public FlexVolumeNested editFlexVolume() {
    return new FlexVolumeNested(flexVolume);
  }

  public FlexVolumeNested editOrNewFlexVolume() {
    return new FlexVolumeNested(flexVolume != null ? flexVolume : new V1FlexPersistentVolumeSource());
  }

  public FlexVolumeNested editOrNewFlexVolumeLike(V1FlexPersistentVolumeSource item) {
    return new FlexVolumeNested(flexVolume != null ? flexVolume : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class FlexVolumeNested extends V1FlexPersistentVolumeSourceFluent<FlexVolumeNested> {
    FlexVolumeNested(V1FlexPersistentVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withFlexVolume(toModel());
    }

    public A endFlexVolume() {
      return and();
    }
  }

  public V1FlockerVolumeSource getFlocker() {
    return flocker;
  }

  public A withFlocker(V1FlockerVolumeSource flocker) {
    this.flocker = flocker;
    return self();
  }

  public boolean hasFlocker() {
    return flocker != null;
  }

  public V1FlockerVolumeSource buildFlocker() {
    return flocker;
  }

  public FlockerNested withNewFlocker() {
    return new FlockerNested(null);
  }

  public FlockerNested withNewFlockerLike(V1FlockerVolumeSource item) {
    return new FlockerNested(item);
  }

  public FlockerNested editFlocker() {
    return new FlockerNested(flocker);
  }

  public FlockerNested editOrNewFlocker() {
    return new FlockerNested(flocker != null ? flocker : new V1FlockerVolumeSource());
  }

  public FlockerNested editOrNewFlockerLike(V1FlockerVolumeSource item) {
    return new FlockerNested(flocker != null ? flocker : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class FlockerNested extends V1FlockerVolumeSourceFluent<FlockerNested> {
    FlockerNested(V1FlockerVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withFlocker(toModel());
    }

    public A endFlocker() {
      return and();
    }
  }

  public V1GCEPersistentDiskVolumeSource getGcePersistentDisk() {
    return gcePersistentDisk;
  }

  public A withGcePersistentDisk(V1GCEPersistentDiskVolumeSource gcePersistentDisk) {
    this.gcePersistentDisk = gcePersistentDisk;
    return self();
  }

  public boolean hasGcePersistentDisk() {
    return gcePersistentDisk != null;
  }

  public V1GCEPersistentDiskVolumeSource buildGcePersistentDisk() {
    return gcePersistentDisk;
  }

  public GcePersistentDiskNested withNewGcePersistentDisk() {
    return new GcePersistentDiskNested(null);
  }

  public GcePersistentDiskNested withNewGcePersistentDiskLike(V1GCEPersistentDiskVolumeSource item) {
    return new GcePersistentDiskNested(item);
  }

  public GcePersistentDiskNested editGcePersistentDisk() {
    return new GcePersistentDiskNested(gcePersistentDisk);
  }

  public GcePersistentDiskNested editOrNewGcePersistentDisk() {
    return new GcePersistentDiskNested(gcePersistentDisk != null ? gcePersistentDisk : new V1GCEPersistentDiskVolumeSource());
  }

  public GcePersistentDiskNested editOrNewGcePersistentDiskLike(V1GCEPersistentDiskVolumeSource item) {
    return new GcePersistentDiskNested(gcePersistentDisk != null ? gcePersistentDisk : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class GcePersistentDiskNested extends V1GCEPersistentDiskVolumeSourceFluent<GcePersistentDiskNested> {
    GcePersistentDiskNested(V1GCEPersistentDiskVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withGcePersistentDisk(toModel());
    }

    public A endGcePersistentDisk() {
      return and();
    }
  }

  public V1GlusterfsPersistentVolumeSource getGlusterfs() {
    return glusterfs;
  }

  public A withGlusterfs(V1GlusterfsPersistentVolumeSource glusterfs) {
    this.glusterfs = glusterfs;
    return self();
  }

  public boolean hasGlusterfs() {
    return glusterfs != null;
  }

  public V1GlusterfsPersistentVolumeSource buildGlusterfs() {
    return glusterfs;
  }

  public GlusterfsNested withNewGlusterfs() {
    return new GlusterfsNested(null);
  }

  public GlusterfsNested withNewGlusterfsLike(V1GlusterfsPersistentVolumeSource item) {
    return new GlusterfsNested(item);
  }

  public GlusterfsNested editGlusterfs() {
    return new GlusterfsNested(glusterfs);
  }

  public GlusterfsNested editOrNewGlusterfs() {
    return new GlusterfsNested(glusterfs != null ? glusterfs : new V1GlusterfsPersistentVolumeSource());
  }

  public GlusterfsNested editOrNewGlusterfsLike(V1GlusterfsPersistentVolumeSource item) {
    return new GlusterfsNested(glusterfs != null ? glusterfs : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class GlusterfsNested extends V1GlusterfsPersistentVolumeSourceFluent<GlusterfsNested> {
    GlusterfsNested(V1GlusterfsPersistentVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withGlusterfs(toModel());
    }

    public A endGlusterfs() {
      return and();
    }
  }

  public V1HostPathVolumeSource getHostPath() {
    return hostPath;
  }

  public A withHostPath(V1HostPathVolumeSource hostPath) {
    this.hostPath = hostPath;
    return self();
  }

  public boolean hasHostPath() {
    return hostPath != null;
  }

  public V1HostPathVolumeSource buildHostPath() {
    return hostPath;
  }

  public HostPathNested withNewHostPath() {
    return new HostPathNested(null);
  }

  public HostPathNested withNewHostPathLike(V1HostPathVolumeSource item) {
    return new HostPathNested(item);
  }

  public HostPathNested editHostPath() {
    return new HostPathNested(hostPath);
  }

  public HostPathNested editOrNewHostPath() {
    return new HostPathNested(hostPath != null ? hostPath : new V1HostPathVolumeSource());
  }

  public HostPathNested editOrNewHostPathLike(V1HostPathVolumeSource item) {
    return new HostPathNested(hostPath != null ? hostPath : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class HostPathNested extends V1HostPathVolumeSourceFluent<HostPathNested> {
    HostPathNested(V1HostPathVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withHostPath(toModel());
    }

    public A endHostPath() {
      return and();
    }
  }

  public V1ISCSIPersistentVolumeSource getIscsi() {
    return iscsi;
  }

  public A withIscsi(V1ISCSIPersistentVolumeSource iscsi) {
    this.iscsi = iscsi;
    return self();
  }

  public boolean hasIscsi() {
    return iscsi != null;
  }

  public V1ISCSIPersistentVolumeSource buildIscsi() {
    return iscsi;
  }

  public IscsiNested withNewIscsi() {
    return new IscsiNested(null);
  }

  public IscsiNested withNewIscsiLike(V1ISCSIPersistentVolumeSource item) {
    return new IscsiNested(item);
  }

  public IscsiNested editIscsi() {
    return new IscsiNested(iscsi);
  }

  public IscsiNested editOrNewIscsi() {
    return new IscsiNested(iscsi != null ? iscsi : new V1ISCSIPersistentVolumeSource());
  }

  public IscsiNested editOrNewIscsiLike(V1ISCSIPersistentVolumeSource item) {
    return new IscsiNested(iscsi != null ? iscsi : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class IscsiNested extends V1ISCSIPersistentVolumeSourceFluent<IscsiNested> {
    IscsiNested(V1ISCSIPersistentVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withIscsi(toModel());
    }

    public A endIscsi() {
      return and();
    }
  }

  public V1LocalVolumeSource getLocal() {
    return local;
  }

  public A withLocal(V1LocalVolumeSource local) {
    this.local = local;
    return self();
  }

  public boolean hasLocal() {
    return local != null;
  }

  public V1LocalVolumeSource buildLocal() {
    return local;
  }

  public LocalNested withNewLocal() {
    return new LocalNested(null);
  }

  public LocalNested withNewLocalLike(V1LocalVolumeSource item) {
    return new LocalNested(item);
  }

  public LocalNested editLocal() {
    return new LocalNested(local);
  }

  public LocalNested editOrNewLocal() {
    return new LocalNested(local != null ? local : new V1LocalVolumeSource());
  }

  public LocalNested editOrNewLocalLike(V1LocalVolumeSource item) {
    return new LocalNested(local != null ? local : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class LocalNested extends V1LocalVolumeSourceFluent<LocalNested> {
    LocalNested(V1LocalVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withLocal(toModel());
    }

    public A endLocal() {
      return and();
    }
  }

  public List<String> getMountOptions() {
    return mountOptions;
  }

  public A withMountOptions(List<String> mountOptions) {
    this.mountOptions = mountOptions == null ? null : new ArrayList<>(mountOptions);
    return self();
  }

  public boolean hasMountOptions() {
    return mountOptions != null;
  }

  public A withMountOptions(String... items) {
    this.mountOptions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToMountOptions(String... items) {
    for (String item : items) {
      addToMountOptions(-1, item);
    }
    return self();
  }

  public A removeFromMountOptions(String... items) {
    return removeAllFromMountOptions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToMountOptions(int index, String item) {
    if (this.mountOptions == null) {
      this.mountOptions = new ArrayList<>();
    }
    if (index < 0 || index >= this.mountOptions.size()) {
      this.mountOptions.add(item);
    } else {
      this.mountOptions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToMountOptions(int index, String item) {
    if (index < 0 || this.mountOptions == null || index >= this.mountOptions.size()) {
      return addToMountOptions(-1, item);
    }
    this.mountOptions.set(index, item);
    return self();
  }

  public A addAllToMountOptions(Collection<String> items) {
    for (String item : items) {
      addToMountOptions(-1, item);
    }
    return self();
  }

  public A removeAllFromMountOptions(Collection<String> items) {
    if (this.mountOptions != null) {
      this.mountOptions.removeAll(items);
    }
    return self();
  }

  public V1NFSVolumeSource getNfs() {
    return nfs;
  }

  public A withNfs(V1NFSVolumeSource nfs) {
    this.nfs = nfs;
    return self();
  }

  public boolean hasNfs() {
    return nfs != null;
  }

  public V1NFSVolumeSource buildNfs() {
    return nfs;
  }

  public NfsNested withNewNfs() {
    return new NfsNested(null);
  }

  public NfsNested withNewNfsLike(V1NFSVolumeSource item) {
    return new NfsNested(item);
  }

  public NfsNested editNfs() {
    return new NfsNested(nfs);
  }

  public NfsNested editOrNewNfs() {
    return new NfsNested(nfs != null ? nfs : new V1NFSVolumeSource());
  }

  public NfsNested editOrNewNfsLike(V1NFSVolumeSource item) {
    return new NfsNested(nfs != null ? nfs : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class NfsNested extends V1NFSVolumeSourceFluent<NfsNested> {
    NfsNested(V1NFSVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withNfs(toModel());
    }

    public A endNfs() {
      return and();
    }
  }

  public V1VolumeNodeAffinity getNodeAffinity() {
    return nodeAffinity;
  }

  public A withNodeAffinity(V1VolumeNodeAffinity nodeAffinity) {
    this.nodeAffinity = nodeAffinity;
    return self();
  }

  public boolean hasNodeAffinity() {
    return nodeAffinity != null;
  }

  public V1VolumeNodeAffinity buildNodeAffinity() {
    return nodeAffinity;
  }

  public NodeAffinityNested withNewNodeAffinity() {
    return new NodeAffinityNested(null);
  }

  public NodeAffinityNested withNewNodeAffinityLike(V1VolumeNodeAffinity item) {
    return new NodeAffinityNested(item);
  }

  public NodeAffinityNested editNodeAffinity() {
    return new NodeAffinityNested(nodeAffinity);
  }

  public NodeAffinityNested editOrNewNodeAffinity() {
    return new NodeAffinityNested(nodeAffinity != null ? nodeAffinity : new V1VolumeNodeAffinity());
  }

  public NodeAffinityNested editOrNewNodeAffinityLike(V1VolumeNodeAffinity item) {
    return new NodeAffinityNested(nodeAffinity != null ? nodeAffinity : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class NodeAffinityNested extends V1VolumeNodeAffinityFluent<NodeAffinityNested> {
    NodeAffinityNested(V1VolumeNodeAffinity item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withNodeAffinity(toModel());
    }

    public A endNodeAffinity() {
      return and();
    }
  }

  public String getPersistentVolumeReclaimPolicy() {
    return persistentVolumeReclaimPolicy;
  }

  public A withPersistentVolumeReclaimPolicy(String persistentVolumeReclaimPolicy) {
    this.persistentVolumeReclaimPolicy = persistentVolumeReclaimPolicy;
    return self();
  }

  public boolean hasPersistentVolumeReclaimPolicy() {
    return persistentVolumeReclaimPolicy != null;
  }

  public V1PhotonPersistentDiskVolumeSource getPhotonPersistentDisk() {
    return photonPersistentDisk;
  }

  public A withPhotonPersistentDisk(V1PhotonPersistentDiskVolumeSource photonPersistentDisk) {
    this.photonPersistentDisk = photonPersistentDisk;
    return self();
  }

  public boolean hasPhotonPersistentDisk() {
    return photonPersistentDisk != null;
  }

  public V1PhotonPersistentDiskVolumeSource buildPhotonPersistentDisk() {
    return photonPersistentDisk;
  }

  public PhotonPersistentDiskNested withNewPhotonPersistentDisk() {
    return new PhotonPersistentDiskNested(null);
  }

  public PhotonPersistentDiskNested withNewPhotonPersistentDiskLike(V1PhotonPersistentDiskVolumeSource item) {
    return new PhotonPersistentDiskNested(item);
  }

  public PhotonPersistentDiskNested editPhotonPersistentDisk() {
    return new PhotonPersistentDiskNested(photonPersistentDisk);
  }

  public PhotonPersistentDiskNested editOrNewPhotonPersistentDisk() {
    return new PhotonPersistentDiskNested(photonPersistentDisk != null ? photonPersistentDisk : new V1PhotonPersistentDiskVolumeSource());
  }

  public PhotonPersistentDiskNested editOrNewPhotonPersistentDiskLike(V1PhotonPersistentDiskVolumeSource item) {
    return new PhotonPersistentDiskNested(photonPersistentDisk != null ? photonPersistentDisk : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PhotonPersistentDiskNested extends V1PhotonPersistentDiskVolumeSourceFluent<PhotonPersistentDiskNested> {
    PhotonPersistentDiskNested(V1PhotonPersistentDiskVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withPhotonPersistentDisk(toModel());
    }

    public A endPhotonPersistentDisk() {
      return and();
    }
  }

  public V1PortworxVolumeSource getPortworxVolume() {
    return portworxVolume;
  }

  public A withPortworxVolume(V1PortworxVolumeSource portworxVolume) {
    this.portworxVolume = portworxVolume;
    return self();
  }

  public boolean hasPortworxVolume() {
    return portworxVolume != null;
  }

  public V1PortworxVolumeSource buildPortworxVolume() {
    return portworxVolume;
  }

  public PortworxVolumeNested withNewPortworxVolume() {
    return new PortworxVolumeNested(null);
  }

  public PortworxVolumeNested withNewPortworxVolumeLike(V1PortworxVolumeSource item) {
    return new PortworxVolumeNested(item);
  }

  public PortworxVolumeNested editPortworxVolume() {
    return new PortworxVolumeNested(portworxVolume);
  }

  public PortworxVolumeNested editOrNewPortworxVolume() {
    return new PortworxVolumeNested(portworxVolume != null ? portworxVolume : new V1PortworxVolumeSource());
  }

  public PortworxVolumeNested editOrNewPortworxVolumeLike(V1PortworxVolumeSource item) {
    return new PortworxVolumeNested(portworxVolume != null ? portworxVolume : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PortworxVolumeNested extends V1PortworxVolumeSourceFluent<PortworxVolumeNested> {
    PortworxVolumeNested(V1PortworxVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withPortworxVolume(toModel());
    }

    public A endPortworxVolume() {
      return and();
    }
  }

  public V1QuobyteVolumeSource getQuobyte() {
    return quobyte;
  }

  public A withQuobyte(V1QuobyteVolumeSource quobyte) {
    this.quobyte = quobyte;
    return self();
  }

  public boolean hasQuobyte() {
    return quobyte != null;
  }

  public V1QuobyteVolumeSource buildQuobyte() {
    return quobyte;
  }

  public QuobyteNested withNewQuobyte() {
    return new QuobyteNested(null);
  }

  public QuobyteNested withNewQuobyteLike(V1QuobyteVolumeSource item) {
    return new QuobyteNested(item);
  }

  public QuobyteNested editQuobyte() {
    return new QuobyteNested(quobyte);
  }

  public QuobyteNested editOrNewQuobyte() {
    return new QuobyteNested(quobyte != null ? quobyte : new V1QuobyteVolumeSource());
  }

  public QuobyteNested editOrNewQuobyteLike(V1QuobyteVolumeSource item) {
    return new QuobyteNested(quobyte != null ? quobyte : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class QuobyteNested extends V1QuobyteVolumeSourceFluent<QuobyteNested> {
    QuobyteNested(V1QuobyteVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withQuobyte(toModel());
    }

    public A endQuobyte() {
      return and();
    }
  }

  public V1RBDPersistentVolumeSource getRbd() {
    return rbd;
  }

  public A withRbd(V1RBDPersistentVolumeSource rbd) {
    this.rbd = rbd;
    return self();
  }

  public boolean hasRbd() {
    return rbd != null;
  }

  public V1RBDPersistentVolumeSource buildRbd() {
    return rbd;
  }

  public RbdNested withNewRbd() {
    return new RbdNested(null);
  }

  public RbdNested withNewRbdLike(V1RBDPersistentVolumeSource item) {
    return new RbdNested(item);
  }

  public RbdNested editRbd() {
    return new RbdNested(rbd);
  }

  public RbdNested editOrNewRbd() {
    return new RbdNested(rbd != null ? rbd : new V1RBDPersistentVolumeSource());
  }

  public RbdNested editOrNewRbdLike(V1RBDPersistentVolumeSource item) {
    return new RbdNested(rbd != null ? rbd : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class RbdNested extends V1RBDPersistentVolumeSourceFluent<RbdNested> {
    RbdNested(V1RBDPersistentVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withRbd(toModel());
    }

    public A endRbd() {
      return and();
    }
  }

  public V1ScaleIOPersistentVolumeSource getScaleIO() {
    return scaleIO;
  }

  public A withScaleIO(V1ScaleIOPersistentVolumeSource scaleIO) {
    this.scaleIO = scaleIO;
    return self();
  }

  public boolean hasScaleIO() {
    return scaleIO != null;
  }

  public V1ScaleIOPersistentVolumeSource buildScaleIO() {
    return scaleIO;
  }

  public ScaleIONested withNewScaleIO() {
    return new ScaleIONested(null);
  }

  public ScaleIONested withNewScaleIOLike(V1ScaleIOPersistentVolumeSource item) {
    return new ScaleIONested(item);
  }

  public ScaleIONested editScaleIO() {
    return new ScaleIONested(scaleIO);
  }

  public ScaleIONested editOrNewScaleIO() {
    return new ScaleIONested(scaleIO != null ? scaleIO : new V1ScaleIOPersistentVolumeSource());
  }

  public ScaleIONested editOrNewScaleIOLike(V1ScaleIOPersistentVolumeSource item) {
    return new ScaleIONested(scaleIO != null ? scaleIO : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ScaleIONested extends V1ScaleIOPersistentVolumeSourceFluent<ScaleIONested> {
    ScaleIONested(V1ScaleIOPersistentVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withScaleIO(toModel());
    }

    public A endScaleIO() {
      return and();
    }
  }

  public String getStorageClassName() {
    return storageClassName;
  }

  public A withStorageClassName(String storageClassName) {
    this.storageClassName = storageClassName;
    return self();
  }

  public boolean hasStorageClassName() {
    return storageClassName != null;
  }

  public V1StorageOSPersistentVolumeSource getStorageos() {
    return storageos;
  }

  public A withStorageos(V1StorageOSPersistentVolumeSource storageos) {
    this.storageos = storageos;
    return self();
  }

  public boolean hasStorageos() {
    return storageos != null;
  }

  public V1StorageOSPersistentVolumeSource buildStorageos() {
    return storageos;
  }

  public StorageosNested withNewStorageos() {
    return new StorageosNested(null);
  }

  public StorageosNested withNewStorageosLike(V1StorageOSPersistentVolumeSource item) {
    return new StorageosNested(item);
  }

  public StorageosNested editStorageos() {
    return new StorageosNested(storageos);
  }

  public StorageosNested editOrNewStorageos() {
    return new StorageosNested(storageos != null ? storageos : new V1StorageOSPersistentVolumeSource());
  }

  public StorageosNested editOrNewStorageosLike(V1StorageOSPersistentVolumeSource item) {
    return new StorageosNested(storageos != null ? storageos : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class StorageosNested extends V1StorageOSPersistentVolumeSourceFluent<StorageosNested> {
    StorageosNested(V1StorageOSPersistentVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withStorageos(toModel());
    }

    public A endStorageos() {
      return and();
    }
  }

  public String getVolumeAttributesClassName() {
    return volumeAttributesClassName;
  }

  public A withVolumeAttributesClassName(String volumeAttributesClassName) {
    this.volumeAttributesClassName = volumeAttributesClassName;
    return self();
  }

  public boolean hasVolumeAttributesClassName() {
    return volumeAttributesClassName != null;
  }

  public String getVolumeMode() {
    return volumeMode;
  }

  public A withVolumeMode(String volumeMode) {
    this.volumeMode = volumeMode;
    return self();
  }

  public boolean hasVolumeMode() {
    return volumeMode != null;
  }

  public V1VsphereVirtualDiskVolumeSource getVsphereVolume() {
    return vsphereVolume;
  }

  public A withVsphereVolume(V1VsphereVirtualDiskVolumeSource vsphereVolume) {
    this.vsphereVolume = vsphereVolume;
    return self();
  }

  public boolean hasVsphereVolume() {
    return vsphereVolume != null;
  }

  public V1VsphereVirtualDiskVolumeSource buildVsphereVolume() {
    return vsphereVolume;
  }

  public VsphereVolumeNested withNewVsphereVolume() {
    return new VsphereVolumeNested(null);
  }

  public VsphereVolumeNested withNewVsphereVolumeLike(V1VsphereVirtualDiskVolumeSource item) {
    return new VsphereVolumeNested(item);
  }

  public VsphereVolumeNested editVsphereVolume() {
    return new VsphereVolumeNested(vsphereVolume);
  }

  public VsphereVolumeNested editOrNewVsphereVolume() {
    return new VsphereVolumeNested(vsphereVolume != null ? vsphereVolume : new V1VsphereVirtualDiskVolumeSource());
  }

  public VsphereVolumeNested editOrNewVsphereVolumeLike(V1VsphereVirtualDiskVolumeSource item) {
    return new VsphereVolumeNested(vsphereVolume != null ? vsphereVolume : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class VsphereVolumeNested extends V1VsphereVirtualDiskVolumeSourceFluent<VsphereVolumeNested> {
    VsphereVolumeNested(V1VsphereVirtualDiskVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeSpecFluent.this.withVsphereVolume(toModel());
    }

    public A endVsphereVolume() {
      return and();
    }
  }
}
