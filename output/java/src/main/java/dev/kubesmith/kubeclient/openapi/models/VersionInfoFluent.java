package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link VersionInfo}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link VersionInfoBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class VersionInfoFluent<A extends VersionInfoFluent<A>> {
  private String buildDate;
  private String compiler;
  private String emulationMajor;
  private String emulationMinor;
  private String gitCommit;
  private String gitTreeState;
  private String gitVersion;
  private String goVersion;
  private String major;
  private String minCompatibilityMajor;
  private String minCompatibilityMinor;
  private String minor;
  private String platform;

  public VersionInfoFluent() {}

  public VersionInfoFluent(VersionInfo instance) {
    copyInstance(instance);
  }

  protected void copyInstance(VersionInfo instance) {
    if (instance != null) {
      this.buildDate = instance.getBuildDate();
      this.compiler = instance.getCompiler();
      this.emulationMajor = instance.getEmulationMajor();
      this.emulationMinor = instance.getEmulationMinor();
      this.gitCommit = instance.getGitCommit();
      this.gitTreeState = instance.getGitTreeState();
      this.gitVersion = instance.getGitVersion();
      this.goVersion = instance.getGoVersion();
      this.major = instance.getMajor();
      this.minCompatibilityMajor = instance.getMinCompatibilityMajor();
      this.minCompatibilityMinor = instance.getMinCompatibilityMinor();
      this.minor = instance.getMinor();
      this.platform = instance.getPlatform();
    }
  }

  /** A new {@link VersionInfo} holding what was set (lists and maps copied). */
  VersionInfo toModel() {
    VersionInfo o = new VersionInfo();
    o.setBuildDate(buildDate);
    o.setCompiler(compiler);
    o.setEmulationMajor(emulationMajor);
    o.setEmulationMinor(emulationMinor);
    o.setGitCommit(gitCommit);
    o.setGitTreeState(gitTreeState);
    o.setGitVersion(gitVersion);
    o.setGoVersion(goVersion);
    o.setMajor(major);
    o.setMinCompatibilityMajor(minCompatibilityMajor);
    o.setMinCompatibilityMinor(minCompatibilityMinor);
    o.setMinor(minor);
    o.setPlatform(platform);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getBuildDate() {
    return buildDate;
  }

  public A withBuildDate(String buildDate) {
    this.buildDate = buildDate;
    return self();
  }

  public boolean hasBuildDate() {
    return buildDate != null;
  }

  public String getCompiler() {
    return compiler;
  }

  public A withCompiler(String compiler) {
    this.compiler = compiler;
    return self();
  }

  public boolean hasCompiler() {
    return compiler != null;
  }

  public String getEmulationMajor() {
    return emulationMajor;
  }

  public A withEmulationMajor(String emulationMajor) {
    this.emulationMajor = emulationMajor;
    return self();
  }

  public boolean hasEmulationMajor() {
    return emulationMajor != null;
  }

  public String getEmulationMinor() {
    return emulationMinor;
  }

  public A withEmulationMinor(String emulationMinor) {
    this.emulationMinor = emulationMinor;
    return self();
  }

  public boolean hasEmulationMinor() {
    return emulationMinor != null;
  }

  public String getGitCommit() {
    return gitCommit;
  }

  public A withGitCommit(String gitCommit) {
    this.gitCommit = gitCommit;
    return self();
  }

  public boolean hasGitCommit() {
    return gitCommit != null;
  }

  public String getGitTreeState() {
    return gitTreeState;
  }

  public A withGitTreeState(String gitTreeState) {
    this.gitTreeState = gitTreeState;
    return self();
  }

  public boolean hasGitTreeState() {
    return gitTreeState != null;
  }

  public String getGitVersion() {
    return gitVersion;
  }

  public A withGitVersion(String gitVersion) {
    this.gitVersion = gitVersion;
    return self();
  }

  public boolean hasGitVersion() {
    return gitVersion != null;
  }

  public String getGoVersion() {
    return goVersion;
  }

  public A withGoVersion(String goVersion) {
    this.goVersion = goVersion;
    return self();
  }

  public boolean hasGoVersion() {
    return goVersion != null;
  }

  public String getMajor() {
    return major;
  }

  public A withMajor(String major) {
    this.major = major;
    return self();
  }

  public boolean hasMajor() {
    return major != null;
  }

  public String getMinCompatibilityMajor() {
    return minCompatibilityMajor;
  }

  public A withMinCompatibilityMajor(String minCompatibilityMajor) {
    this.minCompatibilityMajor = minCompatibilityMajor;
    return self();
  }

  public boolean hasMinCompatibilityMajor() {
    return minCompatibilityMajor != null;
  }

  public String getMinCompatibilityMinor() {
    return minCompatibilityMinor;
  }

  public A withMinCompatibilityMinor(String minCompatibilityMinor) {
    this.minCompatibilityMinor = minCompatibilityMinor;
    return self();
  }

  public boolean hasMinCompatibilityMinor() {
    return minCompatibilityMinor != null;
  }

  public String getMinor() {
    return minor;
  }

  public A withMinor(String minor) {
    this.minor = minor;
    return self();
  }

  public boolean hasMinor() {
    return minor != null;
  }

  public String getPlatform() {
    return platform;
  }

  public A withPlatform(String platform) {
    this.platform = platform;
    return self();
  }

  public boolean hasPlatform() {
    return platform != null;
  }
}
