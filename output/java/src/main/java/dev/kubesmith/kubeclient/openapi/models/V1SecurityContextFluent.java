package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1SecurityContext}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SecurityContextBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SecurityContextFluent<A extends V1SecurityContextFluent<A>> {
  private Boolean allowPrivilegeEscalation;
  private V1AppArmorProfile appArmorProfile;
  private V1Capabilities capabilities;
  private Boolean privileged;
  private String procMount;
  private Boolean readOnlyRootFilesystem;
  private Long runAsGroup;
  private Boolean runAsNonRoot;
  private Long runAsUser;
  private V1SELinuxOptions seLinuxOptions;
  private V1SeccompProfile seccompProfile;
  private V1WindowsSecurityContextOptions windowsOptions;

  public V1SecurityContextFluent() {}

  public V1SecurityContextFluent(V1SecurityContext instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1SecurityContext instance) {
    if (instance != null) {
      this.allowPrivilegeEscalation = instance.getAllowPrivilegeEscalation();
      this.appArmorProfile = instance.getAppArmorProfile();
      this.capabilities = instance.getCapabilities();
      this.privileged = instance.getPrivileged();
      this.procMount = instance.getProcMount();
      this.readOnlyRootFilesystem = instance.getReadOnlyRootFilesystem();
      this.runAsGroup = instance.getRunAsGroup();
      this.runAsNonRoot = instance.getRunAsNonRoot();
      this.runAsUser = instance.getRunAsUser();
      this.seLinuxOptions = instance.getSeLinuxOptions();
      this.seccompProfile = instance.getSeccompProfile();
      this.windowsOptions = instance.getWindowsOptions();
    }
  }

  /** A new {@link V1SecurityContext} holding what was set (lists and maps copied). */
  V1SecurityContext toModel() {
    V1SecurityContext o = new V1SecurityContext();
    o.setAllowPrivilegeEscalation(allowPrivilegeEscalation);
    o.setAppArmorProfile(appArmorProfile);
    o.setCapabilities(capabilities);
    o.setPrivileged(privileged);
    o.setProcMount(procMount);
    o.setReadOnlyRootFilesystem(readOnlyRootFilesystem);
    o.setRunAsGroup(runAsGroup);
    o.setRunAsNonRoot(runAsNonRoot);
    o.setRunAsUser(runAsUser);
    o.setSeLinuxOptions(seLinuxOptions);
    o.setSeccompProfile(seccompProfile);
    o.setWindowsOptions(windowsOptions);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Boolean getAllowPrivilegeEscalation() {
    return allowPrivilegeEscalation;
  }

  public A withAllowPrivilegeEscalation(Boolean allowPrivilegeEscalation) {
    this.allowPrivilegeEscalation = allowPrivilegeEscalation;
    return self();
  }

  public boolean hasAllowPrivilegeEscalation() {
    return allowPrivilegeEscalation != null;
  }

  public V1AppArmorProfile getAppArmorProfile() {
    return appArmorProfile;
  }

  public A withAppArmorProfile(V1AppArmorProfile appArmorProfile) {
    this.appArmorProfile = appArmorProfile;
    return self();
  }

  public boolean hasAppArmorProfile() {
    return appArmorProfile != null;
  }

  public V1AppArmorProfile buildAppArmorProfile() {
    return appArmorProfile;
  }

  public AppArmorProfileNested withNewAppArmorProfile() {
    return new AppArmorProfileNested(null);
  }

  public AppArmorProfileNested withNewAppArmorProfileLike(V1AppArmorProfile item) {
    return new AppArmorProfileNested(item);
  }

  public AppArmorProfileNested editAppArmorProfile() {
    return new AppArmorProfileNested(appArmorProfile);
  }

  public AppArmorProfileNested editOrNewAppArmorProfile() {
    return new AppArmorProfileNested(appArmorProfile != null ? appArmorProfile : new V1AppArmorProfile());
  }

  public AppArmorProfileNested editOrNewAppArmorProfileLike(V1AppArmorProfile item) {
    return new AppArmorProfileNested(appArmorProfile != null ? appArmorProfile : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class AppArmorProfileNested extends V1AppArmorProfileFluent<AppArmorProfileNested> {
    AppArmorProfileNested(V1AppArmorProfile item) {
      super(item);
    }

    public A and() {
      return V1SecurityContextFluent.this.withAppArmorProfile(toModel());
    }

    public A endAppArmorProfile() {
      return and();
    }
  }

  public V1Capabilities getCapabilities() {
    return capabilities;
  }

  public A withCapabilities(V1Capabilities capabilities) {
    this.capabilities = capabilities;
    return self();
  }

  public boolean hasCapabilities() {
    return capabilities != null;
  }

  public V1Capabilities buildCapabilities() {
    return capabilities;
  }

  public CapabilitiesNested withNewCapabilities() {
    return new CapabilitiesNested(null);
  }

  public CapabilitiesNested withNewCapabilitiesLike(V1Capabilities item) {
    return new CapabilitiesNested(item);
  }

  public CapabilitiesNested editCapabilities() {
    return new CapabilitiesNested(capabilities);
  }

  public CapabilitiesNested editOrNewCapabilities() {
    return new CapabilitiesNested(capabilities != null ? capabilities : new V1Capabilities());
  }

  public CapabilitiesNested editOrNewCapabilitiesLike(V1Capabilities item) {
    return new CapabilitiesNested(capabilities != null ? capabilities : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class CapabilitiesNested extends V1CapabilitiesFluent<CapabilitiesNested> {
    CapabilitiesNested(V1Capabilities item) {
      super(item);
    }

    public A and() {
      return V1SecurityContextFluent.this.withCapabilities(toModel());
    }

    public A endCapabilities() {
      return and();
    }
  }

  public Boolean getPrivileged() {
    return privileged;
  }

  public A withPrivileged(Boolean privileged) {
    this.privileged = privileged;
    return self();
  }

  public boolean hasPrivileged() {
    return privileged != null;
  }

  public String getProcMount() {
    return procMount;
  }

  public A withProcMount(String procMount) {
    this.procMount = procMount;
    return self();
  }

  public boolean hasProcMount() {
    return procMount != null;
  }

  public Boolean getReadOnlyRootFilesystem() {
    return readOnlyRootFilesystem;
  }

  public A withReadOnlyRootFilesystem(Boolean readOnlyRootFilesystem) {
    this.readOnlyRootFilesystem = readOnlyRootFilesystem;
    return self();
  }

  public boolean hasReadOnlyRootFilesystem() {
    return readOnlyRootFilesystem != null;
  }

  public Long getRunAsGroup() {
    return runAsGroup;
  }

  public A withRunAsGroup(Long runAsGroup) {
    this.runAsGroup = runAsGroup;
    return self();
  }

  public boolean hasRunAsGroup() {
    return runAsGroup != null;
  }

  public Boolean getRunAsNonRoot() {
    return runAsNonRoot;
  }

  public A withRunAsNonRoot(Boolean runAsNonRoot) {
    this.runAsNonRoot = runAsNonRoot;
    return self();
  }

  public boolean hasRunAsNonRoot() {
    return runAsNonRoot != null;
  }

  public Long getRunAsUser() {
    return runAsUser;
  }

  public A withRunAsUser(Long runAsUser) {
    this.runAsUser = runAsUser;
    return self();
  }

  public boolean hasRunAsUser() {
    return runAsUser != null;
  }

  public V1SELinuxOptions getSeLinuxOptions() {
    return seLinuxOptions;
  }

  public A withSeLinuxOptions(V1SELinuxOptions seLinuxOptions) {
    this.seLinuxOptions = seLinuxOptions;
    return self();
  }

  public boolean hasSeLinuxOptions() {
    return seLinuxOptions != null;
  }

  public V1SELinuxOptions buildSeLinuxOptions() {
    return seLinuxOptions;
  }

  public SeLinuxOptionsNested withNewSeLinuxOptions() {
    return new SeLinuxOptionsNested(null);
  }

  public SeLinuxOptionsNested withNewSeLinuxOptionsLike(V1SELinuxOptions item) {
    return new SeLinuxOptionsNested(item);
  }

  public SeLinuxOptionsNested editSeLinuxOptions() {
    return new SeLinuxOptionsNested(seLinuxOptions);
  }

  public SeLinuxOptionsNested editOrNewSeLinuxOptions() {
    return new SeLinuxOptionsNested(seLinuxOptions != null ? seLinuxOptions : new V1SELinuxOptions());
  }

  public SeLinuxOptionsNested editOrNewSeLinuxOptionsLike(V1SELinuxOptions item) {
    return new SeLinuxOptionsNested(seLinuxOptions != null ? seLinuxOptions : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SeLinuxOptionsNested extends V1SELinuxOptionsFluent<SeLinuxOptionsNested> {
    SeLinuxOptionsNested(V1SELinuxOptions item) {
      super(item);
    }

    public A and() {
      return V1SecurityContextFluent.this.withSeLinuxOptions(toModel());
    }

    public A endSeLinuxOptions() {
      return and();
    }
  }

  public V1SeccompProfile getSeccompProfile() {
    return seccompProfile;
  }

  public A withSeccompProfile(V1SeccompProfile seccompProfile) {
    this.seccompProfile = seccompProfile;
    return self();
  }

  public boolean hasSeccompProfile() {
    return seccompProfile != null;
  }

  public V1SeccompProfile buildSeccompProfile() {
    return seccompProfile;
  }

  public SeccompProfileNested withNewSeccompProfile() {
    return new SeccompProfileNested(null);
  }

  public SeccompProfileNested withNewSeccompProfileLike(V1SeccompProfile item) {
    return new SeccompProfileNested(item);
  }

  public SeccompProfileNested editSeccompProfile() {
    return new SeccompProfileNested(seccompProfile);
  }

  public SeccompProfileNested editOrNewSeccompProfile() {
    return new SeccompProfileNested(seccompProfile != null ? seccompProfile : new V1SeccompProfile());
  }

  public SeccompProfileNested editOrNewSeccompProfileLike(V1SeccompProfile item) {
    return new SeccompProfileNested(seccompProfile != null ? seccompProfile : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SeccompProfileNested extends V1SeccompProfileFluent<SeccompProfileNested> {
    SeccompProfileNested(V1SeccompProfile item) {
      super(item);
    }

    public A and() {
      return V1SecurityContextFluent.this.withSeccompProfile(toModel());
    }

    public A endSeccompProfile() {
      return and();
    }
  }

  public V1WindowsSecurityContextOptions getWindowsOptions() {
    return windowsOptions;
  }

  public A withWindowsOptions(V1WindowsSecurityContextOptions windowsOptions) {
    this.windowsOptions = windowsOptions;
    return self();
  }

  public boolean hasWindowsOptions() {
    return windowsOptions != null;
  }

  public V1WindowsSecurityContextOptions buildWindowsOptions() {
    return windowsOptions;
  }

  public WindowsOptionsNested withNewWindowsOptions() {
    return new WindowsOptionsNested(null);
  }

  public WindowsOptionsNested withNewWindowsOptionsLike(V1WindowsSecurityContextOptions item) {
    return new WindowsOptionsNested(item);
  }

  public WindowsOptionsNested editWindowsOptions() {
    return new WindowsOptionsNested(windowsOptions);
  }

  public WindowsOptionsNested editOrNewWindowsOptions() {
    return new WindowsOptionsNested(windowsOptions != null ? windowsOptions : new V1WindowsSecurityContextOptions());
  }

  public WindowsOptionsNested editOrNewWindowsOptionsLike(V1WindowsSecurityContextOptions item) {
    return new WindowsOptionsNested(windowsOptions != null ? windowsOptions : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class WindowsOptionsNested extends V1WindowsSecurityContextOptionsFluent<WindowsOptionsNested> {
    WindowsOptionsNested(V1WindowsSecurityContextOptions item) {
      super(item);
    }

    public A and() {
      return V1SecurityContextFluent.this.withWindowsOptions(toModel());
    }

    public A endWindowsOptions() {
      return and();
    }
  }
}
