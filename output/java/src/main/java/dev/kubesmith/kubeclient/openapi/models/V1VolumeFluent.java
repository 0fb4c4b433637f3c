package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1Volume}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1VolumeBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1VolumeFluent<A extends V1VolumeFluent<A>> {
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

  public V1VolumeFluent() {}

  public V1VolumeFluent(V1Volume instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Volume instance) {
    if (instance != null) {
      this.awsElasticBlockStore = instance.getAwsElasticBlockStore();
      this.azureDisk = instance.getAzureDisk();
      this.azureFile = instance.getAzureFile();
      this.cephfs = instance.getCephfs();
      this.cinder = instance.getCinder();
      this.configMap = instance.getConfigMap();
      this.csi = instance.getCsi();
      this.downwardAPI = instance.getDownwardAPI();
      this.emptyDir = instance.getEmptyDir();
      this.ephemeral = instance.getEphemeral();
      this.fc = instance.getFc();
      this.flexVolume = instance.getFlexVolume();
      this.flocker = instance.getFlocker();
      this.gcePersistentDisk = instance.getGcePersistentDisk();
      this.gitRepo = instance.getGitRepo();
      this.glusterfs = instance.getGlusterfs();
      this.hostPath = instance.getHostPath();
      this.image = instance.getImage();
      this.iscsi = instance.getIscsi();
      this.name = instance.getName();
      this.nfs = instance.getNfs();
      this.persistentVolumeClaim = instance.getPersistentVolumeClaim();
      this.photonPersistentDisk = instance.getPhotonPersistentDisk();
      this.portworxVolume = instance.getPortworxVolume();
      this.projected = instance.getProjected();
      this.quobyte = instance.getQuobyte();
      this.rbd = instance.getRbd();
      this.scaleIO = instance.getScaleIO();
      this.secret = instance.getSecret();
      this.storageos = instance.getStorageos();
      this.vsphereVolume = instance.getVsphereVolume();
    }
  }

  /** A new {@link V1Volume} holding what was set (lists and maps copied). */
  V1Volume toModel() {
    V1Volume o = new V1Volume();
    o.setAwsElasticBlockStore(awsElasticBlockStore);
    o.setAzureDisk(azureDisk);
    o.setAzureFile(azureFile);
    o.setCephfs(cephfs);
    o.setCinder(cinder);
    o.setConfigMap(configMap);
    o.setCsi(csi);
    o.setDownwardAPI(downwardAPI);
    o.setEmptyDir(emptyDir);
    o.setEphemeral(ephemeral);
    o.setFc(fc);
    o.setFlexVolume(flexVolume);
    o.setFlocker(flocker);
    o.setGcePersistentDisk(gcePersistentDisk);
    o.setGitRepo(gitRepo);
    o.setGlusterfs(glusterfs);
    o.setHostPath(hostPath);
    o.setImage(image);
    o.setIscsi(iscsi);
    o.setName(name);
    o.setNfs(nfs);
    o.setPersistentVolumeClaim(persistentVolumeClaim);
    o.setPhotonPersistentDisk(photonPersistentDisk);
    o.setPortworxVolume(portworxVolume);
    o.setProjected(projected);
    o.setQuobyte(quobyte);
    o.setRbd(rbd);
    o.setScaleIO(scaleIO);
    o.setSecret(secret);
    o.setStorageos(storageos);
    o.setVsphereVolume(vsphereVolume);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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
      return V1VolumeFluent.this.withAwsElasticBlockStore(toModel());
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
      return V1VolumeFluent.this.withAzureDisk(toModel());
    }

    public A endAzureDisk() {
      return and();
    }
  }

  public V1AzureFileVolumeSource getAzureFile() {
    return azureFile;
  }

  public A withAzureFile(V1AzureFileVolumeSource azureFile) {
    this.azureFile = azureFile;
    return self();
  }

  public boolean hasAzureFile() {
    return azureFile != null;
  }

  public V1AzureFileVolumeSource buildAzureFile() {
    return azureFile;
  }

  public AzureFileNested withNewAzureFile() {
    return new AzureFileNested(null);
  }

  public AzureFileNested withNewAzureFileLike(V1AzureFileVolumeSource item) {
    return new AzureFileNested(item);
  }

  public AzureFileNested editAzureFile() {
    return new AzureFileNested(azureFile);
  }

  public AzureFileNested editOrNewAzureFile() {
    return new AzureFileNested(azureFile != null ? azureFile : new V1AzureFileVolumeSource());
  }

  public AzureFileNested editOrNewAzureFileLike(V1AzureFileVolumeSource item) {
    return new AzureFileNested(azureFile != null ? azureFile : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class AzureFileNested extends V1AzureFileVolumeSourceFluent<AzureFileNested> {
    AzureFileNested(V1AzureFileVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withAzureFile(toModel());
    }

    public A endAzureFile() {
      return and();
    }
  }

  public V1CephFSVolumeSource getCephfs() {
    return cephfs;
  }

  public A withCephfs(V1CephFSVolumeSource cephfs) {
    this.cephfs = cephfs;
    return self();
  }

  public boolean hasCephfs() {
    return cephfs != null;
  }

  public V1CephFSVolumeSource buildCephfs() {
    return cephfs;
  }

  public CephfsNested withNewCephfs() {
    return new CephfsNested(null);
  }

  public CephfsNested withNewCephfsLike(V1CephFSVolumeSource item) {
    return new CephfsNested(item);
  }

  public CephfsNested editCephfs() {
    return new CephfsNested(cephfs);
  }

  public CephfsNested editOrNewCephfs() {
    return new CephfsNested(cephfs != null ? cephfs : new V1CephFSVolumeSource());
  }

  public CephfsNested editOrNewCephfsLike(V1CephFSVolumeSource item) {
    return new CephfsNested(cephfs != null ? cephfs : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class CephfsNested extends V1CephFSVolumeSourceFluent<CephfsNested> {
    CephfsNested(V1CephFSVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withCephfs(toModel());
    }

    public A endCephfs() {
      return and();
    }
  }

  public V1CinderVolumeSource getCinder() {
    return cinder;
  }

  public A withCinder(V1CinderVolumeSource cinder) {
    this.cinder = cinder;
    return self();
  }

  public boolean hasCinder() {
    return cinder != null;
  }

  public V1CinderVolumeSource buildCinder() {
    return cinder;
  }

  public CinderNested withNewCinder() {
    return new CinderNested(null);
  }

  public CinderNested withNewCinderLike(V1CinderVolumeSource item) {
    return new CinderNested(item);
  }

  public CinderNested editCinder() {
    return new CinderNested(cinder);
  }

  public CinderNested editOrNewCinder() {
    return new CinderNested(cinder != null ? cinder : new V1CinderVolumeSource());
  }

  public CinderNested editOrNewCinderLike(V1CinderVolumeSource item) {
    return new CinderNested(cinder != null ? cinder : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class CinderNested extends V1CinderVolumeSourceFluent<CinderNested> {
    CinderNested(V1CinderVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withCinder(toModel());
    }

    public A endCinder() {
      return and();
    }
  }

  public V1ConfigMapVolumeSource getConfigMap() {
    return configMap;
  }

  public A withConfigMap(V1ConfigMapVolumeSource configMap) {
    this.configMap = configMap;
    return self();
  }

  public boolean hasConfigMap() {
    return configMap != null;
  }

  public V1ConfigMapVolumeSource buildConfigMap() {
    return configMap;
  }

  public ConfigMapNested withNewConfigMap() {
    return new ConfigMapNested(null);
  }

  public ConfigMapNested withNewConfigMapLike(V1ConfigMapVolumeSource item) {
    return new ConfigMapNested(item);
  }

  public ConfigMapNested editConfigMap() {
    return new ConfigMapNested(configMap);
  }

  public ConfigMapNested editOrNewConfigMap() {
    return new ConfigMapNested(configMap != null ? configMap : new V1ConfigMapVolumeSource());
  }

  public ConfigMapNested editOrNewConfigMapLike(V1ConfigMapVolumeSource item) {
    return new ConfigMapNested(configMap != null ? configMap : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ConfigMapNested extends V1ConfigMapVolumeSourceFluent<ConfigMapNested> {
    ConfigMapNested(V1ConfigMapVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withConfigMap(toModel());
    }

    public A endConfigMap() {
      return and();
    }
  }

  public V1CSIVolumeSource getCsi() {
    return csi;
  }

  public A withCsi(V1CSIVolumeSource csi) {
    this.csi = csi;
    return self();
  }

  public boolean hasCsi() {
    return csi != null;
  }

  public V1CSIVolumeSource buildCsi() {
    return csi;
  }

  public CsiNested withNewCsi() {
    return new CsiNested(null);
  }

  public CsiNested withNewCsiLike(V1CSIVolumeSource item) {
    return new CsiNested(item);
  }

  public CsiNested editCsi() {
    return new CsiNested(csi);
  }

  public CsiNested editOrNewCsi() {
    return new CsiNested(csi != null ? csi : new V1CSIVolumeSource());
  }

  public CsiNested editOrNewCsiLike(V1CSIVolumeSource item) {
    return new CsiNested(csi != null ? csi : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class CsiNested extends V1CSIVolumeSourceFluent<CsiNested> {
    CsiNested(V1CSIVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withCsi(toModel());
    }

    public A endCsi() {
      return and();
    }
  }

  public V1DownwardAPIVolumeSource getDownwardAPI() {
    return downwardAPI;
  }

  public A withDownwardAPI(V1DownwardAPIVolumeSource downwardAPI) {
    this.downwardAPI = downwardAPI;
    return self();
  }

  public boolean hasDownwardAPI() {
    return downwardAPI != null;
  }

  public V1DownwardAPIVolumeSource buildDownwardAPI() {
    return downwardAPI;
  }

  public DownwardAPINested withNewDownwardAPI() {
    return new DownwardAPINested(null);
  }

  public DownwardAPINested withNewDownwardAPILike(V1DownwardAPIVolumeSource item) {
    return new DownwardAPINested(item);
  }

  public DownwardAPINested editDownwardAPI() {
    return new DownwardAPINested(downwardAPI);
  }

  public DownwardAPINested editOrNewDownwardAPI() {
    return new DownwardAPINested(downwardAPI != null ? downwardAPI : new V1DownwardAPIVolumeSource());
  }

  public DownwardAPINested editOrNewDownwardAPILike(V1DownwardAPIVolumeSource item) {
    return new DownwardAPINested(downwardAPI != null ? downwardAPI : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DownwardAPINested extends V1DownwardAPIVolumeSourceFluent<DownwardAPINested> {
    DownwardAPINested(V1DownwardAPIVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withDownwardAPI(toModel());
    }

    public A endDownwardAPI() {
      return and();
    }
  }

  public V1EmptyDirVolumeSource getEmptyDir() {
    return emptyDir;
  }

  public A withEmptyDir(V1EmptyDirVolumeSource emptyDir) {
    this.emptyDir = emptyDir;
    return self();
  }

  public boolean hasEmptyDir() {
    return emptyDir != null;
  }

  public V1EmptyDirVolumeSource buildEmptyDir() {
    return emptyDir;
  }

  public EmptyDirNested withNewEmptyDir() {
    return new EmptyDirNested(null);
  }

  public EmptyDirNested withNewEmptyDirLike(V1EmptyDirVolumeSource item) {
    return new EmptyDirNested(item);
  }

  public EmptyDirNested editEmptyDir() {
    return new EmptyDirNested(emptyDir);
  }

  public EmptyDirNested editOrNewEmptyDir() {
    return new EmptyDirNested(emptyDir != null ? emptyDir : new V1EmptyDirVolumeSource());
  }

  public EmptyDirNested editOrNewEmptyDirLike(V1EmptyDirVolumeSource item) {
    return new EmptyDirNested(emptyDir != null ? emptyDir : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class EmptyDirNested extends V1EmptyDirVolumeSourceFluent<EmptyDirNested> {
    EmptyDirNested(V1EmptyDirVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withEmptyDir(toModel());
    }

    public A endEmptyDir() {
      return and();
    }
  }

  public V1EphemeralVolumeSource getEphemeral() {
    return ephemeral;
  }

  public A withEphemeral(V1EphemeralVolumeSource ephemeral) {
    this.ephemeral = ephemeral;
    return self();
  }

  public boolean hasEphemeral() {
    return ephemeral != null;
  }

  public V1EphemeralVolumeSource buildEphemeral() {
    return ephemeral;
  }

  public EphemeralNested withNewEphemeral() {
    return new EphemeralNested(null);
  }

  public EphemeralNested withNewEphemeralLike(V1EphemeralVolumeSource item) {
    return new EphemeralNested(item);
  }

  public EphemeralNested editEphemeral() {
    return new EphemeralNested(ephemeral);
  }

  public EphemeralNested editOrNewEphemeral() {
    return new EphemeralNested(ephemeral != null ? ephemeral : new V1EphemeralVolumeSource());
  }

  public EphemeralNested editOrNewEphemeralLike(V1EphemeralVolumeSource item) {
    return new EphemeralNested(ephemeral != null ? ephemeral : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class EphemeralNested extends V1EphemeralVolumeSourceFluent<EphemeralNested> {
    EphemeralNested(V1EphemeralVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withEphemeral(toModel());
    }

    public A endEphemeral() {
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
      return V1VolumeFluent.this.withFc(toModel());
    }

    public A endFc() {
      return and();
    }
  }

  public V1FlexVolumeSource getFlexVolume() {
    return flexVolume;
  }

  public A withFlexVolume(V1FlexVolumeSource flexVolume) {
    this.flexVolume = flexVolume;
    return self();
  }

  public boolean hasFlexVolume() {
    return flexVolume != null;
  }

  public V1FlexVolumeSource buildFlexVolume() {
    return flexVolume;
  }

  public FlexVolumeNested withNewFlexVolume() {
    return new FlexVolumeNested(null);
  }

  public FlexVolumeNested withNewFlexVolumeLike(V1FlexVolumeSource item) {
    return new FlexVolumeNested(item);
  }

  public FlexVolumeNested editFlexVolume() {
    return new FlexVolumeNested(flexVolume);
  }

  public FlexVolumeNested editOrNewFlexVolume() {
    return new FlexVolumeNested(flexVolume != null ? flexVolume : new V1FlexVolumeSource());
  }

  public FlexVolumeNested editOrNewFlexVolumeLike(V1FlexVolumeSource item) {
    return new FlexVolumeNested(flexVolume != null ? flexVolume : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class FlexVolumeNested extends V1FlexVolumeSourceFluent<FlexVolumeNested> {
    FlexVolumeNested(V1FlexVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withFlexVolume(toModel());
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
      return V1VolumeFluent.this.withFlocker(toModel());
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
      return V1VolumeFluent.this.withGcePersistentDisk(toModel());
    }

    public A endGcePersistentDisk() {
      return and();
    }
  }

  public V1GitRepoVolumeSource getGitRepo() {
    return gitRepo;
  }

  public A withGitRepo(V1GitRepoVolumeSource gitRepo) {
    this.gitRepo = gitRepo;
    return self();
  }

  public boolean hasGitRepo() {
    return gitRepo != null;
  }

  public V1GitRepoVolumeSource buildGitRepo() {
    return gitRepo;
  }

  public GitRepoNested withNewGitRepo() {
    return new GitRepoNested(null);
  }

  public GitRepoNested withNewGitRepoLike(V1GitRepoVolumeSource item) {
    return new GitRepoNested(item);
  }

  public GitRepoNested editGitRepo() {
    return new GitRepoNested(gitRepo);
  }

  public GitRepoNested editOrNewGitRepo() {
    return new GitRepoNested(gitRepo != null ? gitRepo : new V1GitRepoVolumeSource());
  }

  public GitRepoNested editOrNewGitRepoLike(V1GitRepoVolumeSource item) {
    return new GitRepoNested(gitRepo != null ? gitRepo : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class GitRepoNested extends V1GitRepoVolumeSourceFluent<GitRepoNested> {
    GitRepoNested(V1GitRepoVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withGitRepo(toModel());
    }

    public A endGitRepo() {
      return and();
    }
  }

  public V1GlusterfsVolumeSource getGlusterfs() {
    return glusterfs;
  }

  public A withGlusterfs(V1GlusterfsVolumeSource glusterfs) {
    this.glusterfs = glusterfs;
    return self();
  }

  public boolean hasGlusterfs() {
    return glusterfs != null;
  }

  public V1GlusterfsVolumeSource buildGlusterfs() {
    return glusterfs;
  }

  public GlusterfsNested withNewGlusterfs() {
    return new GlusterfsNested(null);
  }

  public GlusterfsNested withNewGlusterfsLike(V1GlusterfsVolumeSource item) {
    return new GlusterfsNested(item);
  }

  public GlusterfsNested editGlusterfs() {
    return new GlusterfsNested(glusterfs);
  }

  public GlusterfsNested editOrNewGlusterfs() {
    return new GlusterfsNested(glusterfs != null ? glusterfs : new V1GlusterfsVolumeSource());
  }

  public GlusterfsNested editOrNewGlusterfsLike(V1GlusterfsVolumeSource item) {
    return new GlusterfsNested(glusterfs != null ? glusterfs : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class GlusterfsNested extends V1GlusterfsVolumeSourceFluent<GlusterfsNested> {
    GlusterfsNested(V1GlusterfsVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withGlusterfs(toModel());
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
      return V1VolumeFluent.this.withHostPath(toModel());
    }

    public A endHostPath() {
      return and();
    }
  }

  public V1ImageVolumeSource getImage() {
    return image;
  }

  public A withImage(V1ImageVolumeSource image) {
    this.image = image;
    return self();
  }

  public boolean hasImage() {
    return image != null;
  }

  public V1ImageVolumeSource buildImage() {
    return image;
  }

  public ImageNested withNewImage() {
    return new ImageNested(null);
  }

  public ImageNested withNewImageLike(V1ImageVolumeSource item) {
    return new ImageNested(item);
  }

  public ImageNested editImage() {
    return new ImageNested(image);
  }

  public ImageNested editOrNewImage() {
    return new ImageNested(image != null ? image : new V1ImageVolumeSource());
  }

  public ImageNested editOrNewImageLike(V1ImageVolumeSource item) {
    return new ImageNested(image != null ? image : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ImageNested extends V1ImageVolumeSourceFluent<ImageNested> {
    ImageNested(V1ImageVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withImage(toModel());
    }

    public A endImage() {
      return and();
    }
  }

  public V1ISCSIVolumeSource getIscsi() {
    return iscsi;
  }

  public A withIscsi(V1ISCSIVolumeSource iscsi) {
    this.iscsi = iscsi;
    return self();
  }

  public boolean hasIscsi() {
    return iscsi != null;
  }

  public V1ISCSIVolumeSource buildIscsi() {
    return iscsi;
  }

  public IscsiNested withNewIscsi() {
    return new IscsiNested(null);
  }

  public IscsiNested withNewIscsiLike(V1ISCSIVolumeSource item) {
    return new IscsiNested(item);
  }

  public IscsiNested editIscsi() {
    return new IscsiNested(iscsi);
  }

  public IscsiNested editOrNewIscsi() {
    return new IscsiNested(iscsi != null ? iscsi : new V1ISCSIVolumeSource());
  }

  public IscsiNested editOrNewIscsiLike(V1ISCSIVolumeSource item) {
    return new IscsiNested(iscsi != null ? iscsi : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class IscsiNested extends V1ISCSIVolumeSourceFluent<IscsiNested> {
    IscsiNested(V1ISCSIVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withIscsi(toModel());
    }

    public A endIscsi() {
      return and();
    }
  }

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
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
      return V1VolumeFluent.this.withNfs(toModel());
    }

    public A endNfs() {
      return and();
    }
  }

  public V1PersistentVolumeClaimVolumeSource getPersistentVolumeClaim() {
    return persistentVolumeClaim;
  }

  public A withPersistentVolumeClaim(V1PersistentVolumeClaimVolumeSource persistentVolumeClaim) {
    this.persistentVolumeClaim = persistentVolumeClaim;
    return self();
  }

  public boolean hasPersistentVolumeClaim() {
    return persistentVolumeClaim != null;
  }

  public V1PersistentVolumeClaimVolumeSource buildPersistentVolumeClaim() {
    return persistentVolumeClaim;
  }

  public PersistentVolumeClaimNested withNewPersistentVolumeClaim() {
    return new PersistentVolumeClaimNested(null);
  }

  public PersistentVolumeClaimNested withNewPersistentVolumeClaimLike(V1PersistentVolumeClaimVolumeSource item) {
    return new PersistentVolumeClaimNested(item);
  }

  public PersistentVolumeClaimNested editPersistentVolumeClaim() {
    return new PersistentVolumeClaimNested(persistentVolumeClaim);
  }

  public PersistentVolumeClaimNested editOrNewPersistentVolumeClaim() {
    return new PersistentVolumeClaimNested(persistentVolumeClaim != null ? persistentVolumeClaim : new V1PersistentVolumeClaimVolumeSource());
  }

  public PersistentVolumeClaimNested editOrNewPersistentVolumeClaimLike(V1PersistentVolumeClaimVolumeSource item) {
    return new PersistentVolumeClaimNested(persistentVolumeClaim != null ? persistentVolumeClaim : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PersistentVolumeClaimNested extends V1PersistentVolumeClaimVolumeSourceFluent<PersistentVolumeClaimNested> {
    PersistentVolumeClaimNested(V1PersistentVolumeClaimVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withPersistentVolumeClaim(toModel());
    }

    public A endPersistentVolumeClaim() {
      return and();
    }
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
      return V1VolumeFluent.this.withPhotonPersistentDisk(toModel());
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
      return V1VolumeFluent.this.withPortworxVolume(toModel());
    }

    public A endPortworxVolume() {
      return and();
    }
  }

  public V1ProjectedVolumeSource getProjected() {
    return projected;
  }

  public A withProjected(V1ProjectedVolumeSource projected) {
    this.projected = projected;
    return self();
  }

  public boolean hasProjected() {
    return projected != null;
  }

  public V1ProjectedVolumeSource buildProjected() {
    return projected;
  }

  public ProjectedNested withNewProjected() {
    return new ProjectedNested(null);
  }

  public ProjectedNested withNewProjectedLike(V1ProjectedVolumeSource item) {
    return new ProjectedNested(item);
  }

  public ProjectedNested editProjected() {
    return new ProjectedNested(projected);
  }

  public ProjectedNested editOrNewProjected() {
    return new ProjectedNested(projected != null ? projected : new V1ProjectedVolumeSource());
  }

  public ProjectedNested editOrNewProjectedLike(V1ProjectedVolumeSource item) {
    return new ProjectedNested(projected != null ? projected : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ProjectedNested extends V1ProjectedVolumeSourceFluent<ProjectedNested> {
    ProjectedNested(V1ProjectedVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withProjected(toModel());
    }

    public A endProjected() {
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
      return V1VolumeFluent.this.withQuobyte(toModel());
    }

    public A endQuobyte() {
      return and();
    }
  }

  public V1RBDVolumeSource getRbd() {
    return rbd;
  }

  public A withRbd(V1RBDVolumeSource rbd) {
    this.rbd = rbd;
    return self();
  }

  public boolean hasRbd() {
    return rbd != null;
  }

  public V1RBDVolumeSource buildRbd() {
    return rbd;
  }

  public RbdNested withNewRbd() {
    return new RbdNested(null);
  }

  public RbdNested withNewRbdLike(V1RBDVolumeSource item) {
    return new RbdNested(item);
  }

  public RbdNested editRbd() {
    return new RbdNested(rbd);
  }

  public RbdNested editOrNewRbd() {
    return new RbdNested(rbd != null ? rbd : new V1RBDVolumeSource());
  }

  public RbdNested editOrNewRbdLike(V1RBDVolumeSource item) {
    return new RbdNested(rbd != null ? rbd : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class RbdNested extends V1RBDVolumeSourceFluent<RbdNested> {
    RbdNested(V1RBDVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withRbd(toModel());
    }

    public A endRbd() {
      return and();
    }
  }

  public V1ScaleIOVolumeSource getScaleIO() {
    return scaleIO;
  }

  public A withScaleIO(V1ScaleIOVolumeSource scaleIO) {
    this.scaleIO = scaleIO;
    return self();
  }

  public boolean hasScaleIO() {
    return scaleIO != null;
  }

  public V1ScaleIOVolumeSource buildScaleIO() {
    return scaleIO;
  }

  public ScaleIONested withNewScaleIO() {
    return new ScaleIONested(null);
  }

  public ScaleIONested withNewScaleIOLike(V1ScaleIOVolumeSource item) {
    return new ScaleIONested(item);
  }

  public ScaleIONested editScaleIO() {
    return new ScaleIONested(scaleIO);
  }

  public ScaleIONested editOrNewScaleIO() {
    return new ScaleIONested(scaleIO != null ? scaleIO : new V1ScaleIOVolumeSource());
  }

  public ScaleIONested editOrNewScaleIOLike(V1ScaleIOVolumeSource item) {
    return new ScaleIONested(scaleIO != null ? scaleIO : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ScaleIONested extends V1ScaleIOVolumeSourceFluent<ScaleIONested> {
    ScaleIONested(V1ScaleIOVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withScaleIO(toModel());
    }

    public A endScaleIO() {
      return and();
    }
  }

  public V1SecretVolumeSource getSecret() {
    return secret;
  }

  public A withSecret(V1SecretVolumeSource secret) {
    this.secret = secret;
    return self();
  }

  public boolean hasSecret() {
    return secret != null;
  }

  public V1SecretVolumeSource buildSecret() {
    return secret;
  }

  public SecretNested withNewSecret() {
    return new SecretNested(null);
  }

  public SecretNested withNewSecretLike(V1SecretVolumeSource item) {
    return new SecretNested(item);
  }

  public SecretNested editSecret() {
    return new SecretNested(secret);
  }

  public SecretNested editOrNewSecret() {
    return new SecretNested(secret != null ? secret : new V1SecretVolumeSource());
  }

  public SecretNested editOrNewSecretLike(V1SecretVolumeSource item) {
    return new SecretNested(secret != null ? secret : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SecretNested extends V1SecretVolumeSourceFluent<SecretNested> {
    SecretNested(V1SecretVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withSecret(toModel());
    }

    public A endSecret() {
      return and();
    }
  }

  public V1StorageOSVolumeSource getStorageos() {
    return storageos;
  }

  public A withStorageos(V1StorageOSVolumeSource storageos) {
    this.storageos = storageos;
    return self();
  }

  public boolean hasStorageos() {
    return storageos != null;
  }

  public V1StorageOSVolumeSource buildStorageos() {
    return storageos;
  }

  public StorageosNested withNewStorageos() {
    return new StorageosNested(null);
  }

  public StorageosNested withNewStorageosLike(V1StorageOSVolumeSource item) {
    return new StorageosNested(item);
  }

  public StorageosNested editStorageos() {
    return new StorageosNested(storageos);
  }

  public StorageosNested editOrNewStorageos() {
    return new StorageosNested(storageos != null ? storageos : new V1StorageOSVolumeSource());
  }

  public StorageosNested editOrNewStorageosLike(V1StorageOSVolumeSource item) {
    return new StorageosNested(storageos != null ? storageos : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class StorageosNested extends V1StorageOSVolumeSourceFluent<StorageosNested> {
    StorageosNested(V1StorageOSVolumeSource item) {
      super(item);
    }

    public A and() {
      return V1VolumeFluent.this.withStorageos(toModel());
    }

    public A endStorageos() {
      return and();
    }
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
      return V1VolumeFluent.this.withVsphereVolume(toModel());
    }

    public A endVsphereVolume() {
      return and();
    }
  }
}
