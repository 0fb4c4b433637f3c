package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1WindowsSecurityContextOptions}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1WindowsSecurityContextOptionsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1WindowsSecurityContextOptionsFluent<A extends V1WindowsSecurityContextOptionsFluent<A>> {
  private String gmsaCredentialSpec;
  private String gmsaCredentialSpecName;
  private Boolean hostProcess;
  private String runAsUserName;

  public V1WindowsSecurityContextOptionsFluent() {}

  public V1WindowsSecurityContextOptionsFluent(V1WindowsSecurityContextOptions instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1WindowsSecurityContextOptions instance) {
    if (instance != null) {
      this.gmsaCredentialSpec = instance.getGmsaCredentialSpec();
      this.gmsaCredentialSpecName = instance.getGmsaCredentialSpecName();
      this.hostProcess = instance.getHostProcess();
      this.runAsUserName = instance.getRunAsUserName();
    }
  }

  /** A new {@link V1WindowsSecurityContextOptions} holding what was set (lists and maps copied). */
  V1WindowsSecurityContextOptions toModel() {
    V1WindowsSecurityContextOptions o = new V1WindowsSecurityContextOptions();
    o.setGmsaCredentialSpec(gmsaCredentialSpec);
    o.setGmsaCredentialSpecName(gmsaCredentialSpecName);
    o.setHostProcess(hostProcess);
    o.setRunAsUserName(runAsUserName);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getGmsaCredentialSpec() {
    return gmsaCredentialSpec;
  }

  public A withGmsaCredentialSpec(String gmsaCredentialSpec) {
    this.gmsaCredentialSpec = gmsaCredentialSpec;
    return self();
  }

  public boolean hasGmsaCredentialSpec() {
    return gmsaCredentialSpec != null;
  }

  public String getGmsaCredentialSpecName() {
    return gmsaCredentialSpecName;
  }

  public A withGmsaCredentialSpecName(String gmsaCredentialSpecName) {
    this.gmsaCredentialSpecName = gmsaCredentialSpecName;
    return self();
  }

  public boolean hasGmsaCredentialSpecName() {
    return gmsaCredentialSpecName != null;
  }

  public Boolean getHostProcess() {
    return hostProcess;
  }

  public A withHostProcess(Boolean hostProcess) {
    this.hostProcess = hostProcess;
    return self();
  }

  public boolean hasHostProcess() {
    return hostProcess != null;
  }

  public String getRunAsUserName() {
    return runAsUserName;
  }

  public A withRunAsUserName(String runAsUserName) {
    this.runAsUserName = runAsUserName;
    return self();
  }

  public boolean hasRunAsUserName() {
    return runAsUserName != null;
  }
}
