package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1NodeSystemInfo}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeSystemInfoBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeSystemInfoFluent<A extends V1NodeSystemInfoFluent<A>> {
  private String architecture;
  private String bootID;
  private String containerRuntimeVersion;
  private String kernelVersion;
  private String kubeProxyVersion;
  private String kubeletVersion;
  private String machineID;
  private String operatingSystem;
  private String osImage;
  private Boolean runningInUserNamespace;
  private V1NodeSwapStatus swap;
  private String systemUUID;

  public V1NodeSystemInfoFluent() {}

  public V1NodeSystemInfoFluent(V1NodeSystemInfo instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeSystemInfo instance) {
    if (instance != null) {
      this.architecture = instance.getArchitecture();
      this.bootID = instance.getBootID();
      this.containerRuntimeVersion = instance.getContainerRuntimeVersion();
      this.kernelVersion = instance.getKernelVersion();
      this.kubeProxyVersion = instance.getKubeProxyVersion();
      this.kubeletVersion = instance.getKubeletVersion();
      this.machineID = instance.getMachineID();
      this.operatingSystem = instance.getOperatingSystem();
      this.osImage = instance.getOsImage();
      this.runningInUserNamespace = instance.getRunningInUserNamespace();
      this.swap = instance.getSwap();
      this.systemUUID = instance.getSystemUUID();
    }
  }

  /** A new {@link V1NodeSystemInfo} holding what was set (lists and maps copied). */
  V1NodeSystemInfo toModel() {
    V1NodeSystemInfo o = new V1NodeSystemInfo();
    o.setArchitecture(architecture);
    o.setBootID(bootID);
    o.setContainerRuntimeVersion(containerRuntimeVersion);
    o.setKernelVersion(kernelVersion);
    o.setKubeProxyVersion(kubeProxyVersion);
    o.setKubeletVersion(kubeletVersion);
    o.setMachineID(machineID);
    o.setOperatingSystem(operatingSystem);
    o.setOsImage(osImage);
    o.setRunningInUserNamespace(runningInUserNamespace);
    o.setSwap(swap);
    o.setSystemUUID(systemUUID);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getArchitecture() {
    return architecture;
  }

  public A withArchitecture(String architecture) {
    this.architecture = architecture;
    return self();
  }

  public boolean hasArchitecture() {
    return architecture != null;
  }

  public String getBootID() {
    return bootID;
  }

  public A withBootID(String bootID) {
    this.bootID = bootID;
    return self();
  }

  public boolean hasBootID() {
    return bootID != null;
  }

  public String getContainerRuntimeVersion() {
    return containerRuntimeVersion;
  }

  public A withContainerRuntimeVersion(String containerRuntimeVersion) {
    this.containerRuntimeVersion = containerRuntimeVersion;
    return self();
  }

  public boolean hasContainerRuntimeVersion() {
    return containerRuntimeVersion != null;
  }

  public String getKernelVersion() {
    return kernelVersion;
  }

  public A withKernelVersion(String kernelVersion) {
    this.kernelVersion = kernelVersion;
    return self();
  }

  public boolean hasKernelVersion() {
    return kernelVersion != null;
  }

  public String getKubeProxyVersion() {
    return kubeProxyVersion;
  }

  public A withKubeProxyVersion(String kubeProxyVersion) {
    this.kubeProxyVersion = kubeProxyVersion;
    return self();
  }

  public boolean hasKubeProxyVersion() {
    return kubeProxyVersion != null;
  }

  public String getKubeletVersion() {
    return kubeletVersion;
  }

  public A withKubeletVersion(String kubeletVersion) {
    this.kubeletVersion = kubeletVersion;
    return self();
  }

  public boolean hasKubeletVersion() {
    return kubeletVersion != null;
  }

  public String getMachineID() {
    return machineID;
  }

  public A withMachineID(String machineID) {
    this.machineID = machineID;
    return self();
  }

  public boolean hasMachineID() {
    return machineID != null;
  }

  public String getOperatingSystem() {
    return operatingSystem;
  }

  public A withOperatingSystem(String operatingSystem) {
    this.operatingSystem = operatingSystem;
    return self();
  }

  public boolean hasOperatingSystem() {
    return operatingSystem != null;
  }

  public String getOsImage() {
    return osImage;
  }

  public A withOsImage(String osImage) {
    this.osImage = osImage;
    return self();
  }

  public boolean hasOsImage() {
    return osImage != null;
  }

  public Boolean getRunningInUserNamespace() {
    return runningInUserNamespace;
  }

  public A withRunningInUserNamespace(Boolean runningInUserNamespace) {
    this.runningInUserNamespace = runningInUserNamespace;
    return self();
  }

  public boolean hasRunningInUserNamespace() {
    return runningInUserNamespace != null;
  }

  public V1NodeSwapStatus getSwap() {
    return swap;
  }

  public A withSwap(V1NodeSwapStatus swap) {
    this.swap = swap;
    return self();
  }

  public boolean hasSwap() {
    return swap != null;
  }

  public V1NodeSwapStatus buildSwap() {
    return swap;
  }

  public SwapNested withNewSwap() {
    return new SwapNested(null);
  }

  public SwapNested withNewSwapLike(V1NodeSwapStatus item) {
    return new SwapNested(item);
  }

  public SwapNested editSwap() {
    return new SwapNested(swap);
  }

  public SwapNested editOrNewSwap() {
    return new SwapNested(swap != null ? swap : new V1NodeSwapStatus());
  }

  public SwapNested editOrNewSwapLike(V1NodeSwapStatus item) {
    return new SwapNested(swap != null ? swap : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SwapNested extends V1NodeSwapStatusFluent<SwapNested> {
    SwapNested(V1NodeSwapStatus item) {
      super(item);
    }

    public A and() {
      return V1NodeSystemInfoFluent.this.withSwap(toModel());
    }

    public A endSwap() {
      return and();
    }
  }

  public String getSystemUUID() {
    return systemUUID;
  }

  public A withSystemUUID(String systemUUID) {
    this.systemUUID = systemUUID;
    return self();
  }

  public boolean hasSystemUUID() {
    return systemUUID != null;
  }
}
