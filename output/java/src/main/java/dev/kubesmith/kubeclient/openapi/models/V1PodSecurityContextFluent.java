package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1PodSecurityContext}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodSecurityContextBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodSecurityContextFluent<A extends V1PodSecurityContextFluent<A>> {
  private V1AppArmorProfile appArmorProfile;
  private Long fsGroup;
  private String fsGroupChangePolicy;
  private Long runAsGroup;
  private Boolean runAsNonRoot;
  private Long runAsUser;
  private String seLinuxChangePolicy;
  private V1SELinuxOptions seLinuxOptions;
  private V1SeccompProfile seccompProfile;
  private List<Long> supplementalGroups;
  private String supplementalGroupsPolicy;
  private List<V1Sysctl> sysctls;
  private V1WindowsSecurityContextOptions windowsOptions;

  public V1PodSecurityContextFluent() {}

  public V1PodSecurityContextFluent(V1PodSecurityContext instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodSecurityContext instance) {
    if (instance != null) {
      this.appArmorProfile = instance.getAppArmorProfile();
      this.fsGroup = instance.getFsGroup();
      this.fsGroupChangePolicy = instance.getFsGroupChangePolicy();
      this.runAsGroup = instance.getRunAsGroup();
      this.runAsNonRoot = instance.getRunAsNonRoot();
      this.runAsUser = instance.getRunAsUser();
      this.seLinuxChangePolicy = instance.getSeLinuxChangePolicy();
      this.seLinuxOptions = instance.getSeLinuxOptions();
      this.seccompProfile = instance.getSeccompProfile();
      this.supplementalGroups = instance.getSupplementalGroups() == null ? null : new ArrayList<>(instance.getSupplementalGroups());
      this.supplementalGroupsPolicy = instance.getSupplementalGroupsPolicy();
      this.sysctls = instance.getSysctls() == null ? null : new ArrayList<>(instance.getSysctls());
      this.windowsOptions = instance.getWindowsOptions();
    }
  }

  /** A new {@link V1PodSecurityContext} holding what was set (lists and maps copied). */
  V1PodSecurityContext toModel() {
    V1PodSecurityContext o = new V1PodSecurityContext();
    o.setAppArmorProfile(appArmorProfile);
    o.setFsGroup(fsGroup);
    o.setFsGroupChangePolicy(fsGroupChangePolicy);
    o.setRunAsGroup(runAsGroup);
    o.setRunAsNonRoot(runAsNonRoot);
    o.setRunAsUser(runAsUser);
    o.setSeLinuxChangePolicy(seLinuxChangePolicy);
    o.setSeLinuxOptions(seLinuxOptions);
    o.setSeccompProfile(seccompProfile);
    o.setSupplementalGroups(supplementalGroups == null ? null : new ArrayList<>(supplementalGroups));
    o.setSupplementalGroupsPolicy(supplementalGroupsPolicy);
    o.setSysctls(sysctls == null ? null : new ArrayList<>(sysctls));
    o.setWindowsOptions(windowsOptions);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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
      return V1PodSecurityContextFluent.this.withAppArmorProfile(toModel());
    }

    public A endAppArmorProfile() {
      return and();
    }
  }

  public Long getFsGroup() {
    return fsGroup;
  }

  public A withFsGroup(Long fsGroup) {
    this.fsGroup = fsGroup;
    return self();
  }

  public boolean hasFsGroup() {
    return fsGroup != null;
  }

  public String getFsGroupChangePolicy() {
    return fsGroupChangePolicy;
  }

  public A withFsGroupChangePolicy(String fsGroupChangePolicy) {
    this.fsGroupChangePolicy = fsGroupChangePolicy;
    return self();
  }

  public boolean hasFsGroupChangePolicy() {
    return fsGroupChangePolicy != null;
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

  public String getSeLinuxChangePolicy() {
    return seLinuxChangePolicy;
  }

  public A withSeLinuxChangePolicy(String seLinuxChangePolicy) {
    this.seLinuxChangePolicy = seLinuxChangePolicy;
    return self();
  }

  public boolean hasSeLinuxChangePolicy() {
    return seLinuxChangePolicy != null;
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
      return V1PodSecurityContextFluent.this.withSeLinuxOptions(toModel());
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
      return V1PodSecurityContextFluent.this.withSeccompProfile(toModel());
    }

    public A endSeccompProfile() {
      return and();
    }
  }

  public List<Long> getSupplementalGroups() {
    return supplementalGroups;
  }

  public A withSupplementalGroups(List<Long> supplementalGroups) {
    this.supplementalGroups = supplementalGroups == null ? null : new ArrayList<>(supplementalGroups);
    return self();
  }

  public boolean hasSupplementalGroups() {
    return supplementalGroups != null;
  }

  public A withSupplementalGroups(Long... items) {
    this.supplementalGroups = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToSupplementalGroups(Long... items) {
    for (Long item : items) {
      addToSupplementalGroups(-1, item);
    }
    return self();
  }

  public A removeFromSupplementalGroups(Long... items) {
    return removeAllFromSupplementalGroups(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToSupplementalGroups(int index, Long item) {
    if (this.supplementalGroups == null) {
      this.supplementalGroups = new ArrayList<>();
    }
    if (index < 0 || index >= this.supplementalGroups.size()) {
      this.supplementalGroups.add(item);
    } else {
      this.supplementalGroups.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToSupplementalGroups(int index, Long item) {
    if (index < 0 || this.supplementalGroups == null || index >= this.supplementalGroups.size()) {
      return addToSupplementalGroups(-1, item);
    }
    this.supplementalGroups.set(index, item);
    return self();
  }

  public A addAllToSupplementalGroups(Collection<Long> items) {
    for (Long item : items) {
      addToSupplementalGroups(-1, item);
    }
    return self();
  }

  public A removeAllFromSupplementalGroups(Collection<Long> items) {
    if (this.supplementalGroups != null) {
      this.supplementalGroups.removeAll(items);
    }
    return self();
  }

  public String getSupplementalGroupsPolicy() {
    return supplementalGroupsPolicy;
  }

  public A withSupplementalGroupsPolicy(String supplementalGroupsPolicy) {
    this.supplementalGroupsPolicy = supplementalGroupsPolicy;
    return self();
  }

  public boolean hasSupplementalGroupsPolicy() {
    return supplementalGroupsPolicy != null;
  }

  public List<V1Sysctl> getSysctls() {
    return sysctls;
  }

  public A withSysctls(List<V1Sysctl> sysctls) {
    this.sysctls = sysctls == null ? null : new ArrayList<>(sysctls);
    return self();
  }

  public boolean hasSysctls() {
    return sysctls != null;
  }

  public A withSysctls(V1Sysctl... items) {
    this.sysctls = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToSysctls(V1Sysctl... items) {
    for (V1Sysctl item : items) {
      addToSysctls(-1, item);
    }
    return self();
  }

  public A removeFromSysctls(V1Sysctl... items) {
    return removeAllFromSysctls(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToSysctls(int index, V1Sysctl item) {
    if (this.sysctls == null) {
      this.sysctls = new ArrayList<>();
    }
    if (index < 0 || index >= this.sysctls.size()) {
      this.sysctls.add(item);
    } else {
      this.sysctls.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToSysctls(int index, V1Sysctl item) {
    if (index < 0 || this.sysctls == null || index >= this.sysctls.size()) {
      return addToSysctls(-1, item);
    }
    this.sysctls.set(index, item);
    return self();
  }

  public A addAllToSysctls(Collection<V1Sysctl> items) {
    for (V1Sysctl item : items) {
      addToSysctls(-1, item);
    }
    return self();
  }

  public A removeAllFromSysctls(Collection<V1Sysctl> items) {
    if (this.sysctls != null) {
      this.sysctls.removeAll(items);
    }
    return self();
  }

  public List<V1Sysctl> buildSysctls() {
    return sysctls;
  }

  public V1Sysctl buildSysctl(int index) {
    return this.sysctls.get(index);
  }

  public SysctlsNested addNewSysctl() {
    return new SysctlsNested(-1, null);
  }

  public SysctlsNested addNewSysctlLike(V1Sysctl item) {
    return new SysctlsNested(-1, item);
  }

  public SysctlsNested setNewSysctlLike(int index, V1Sysctl item) {
    return new SysctlsNested(index, item);
  }

  public SysctlsNested editSysctl(int index) {
    if (this.sysctls == null || index < 0 || index >= this.sysctls.size()) {
      throw new IndexOutOfBoundsException("can't edit sysctls [" + index + "]");
    }
    return new SysctlsNested(index, this.sysctls.get(index));
  }

  public SysctlsNested editFirstSysctl() {
    return editSysctl(0);
  }

  public SysctlsNested editLastSysctl() {
    return editSysctl(this.sysctls == null ? -1 : this.sysctls.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class SysctlsNested extends V1SysctlFluent<SysctlsNested> {
    private final int index;

    SysctlsNested(int index, V1Sysctl item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodSecurityContextFluent.this.setToSysctls(index, toModel());
    }

    public A endSysctl() {
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
      return V1PodSecurityContextFluent.this.withWindowsOptions(toModel());
    }

    public A endWindowsOptions() {
      return and();
    }
  }
}
