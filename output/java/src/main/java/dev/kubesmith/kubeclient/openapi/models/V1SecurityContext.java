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
 * SecurityContext holds security configuration that will be applied to a container. Some
 * fields are present in both SecurityContext and PodSecurityContext.  When both are set, the
 * values in SecurityContext take precedence.
 */
public class V1SecurityContext {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "allowPrivilegeEscalation",
      "appArmorProfile",
      "capabilities",
      "privileged",
      "procMount",
      "readOnlyRootFilesystem",
      "runAsGroup",
      "runAsNonRoot",
      "runAsUser",
      "seLinuxOptions",
      "seccompProfile",
      "windowsOptions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1SecurityContext> CODEC = new Codec<V1SecurityContext>() {
    @Override
    public V1SecurityContext read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1SecurityContext)");
      }
      V1SecurityContext o = new V1SecurityContext();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.allowPrivilegeEscalation = Codecs.BOOLEAN.read(p);
            break;
          case 1:
            o.appArmorProfile = V1AppArmorProfile.CODEC.read(p);
            break;
          case 2:
            o.capabilities = V1Capabilities.CODEC.read(p);
            break;
          case 3:
            o.privileged = Codecs.BOOLEAN.read(p);
            break;
          case 4:
            o.procMount = Codecs.STRING.read(p);
            break;
          case 5:
            o.readOnlyRootFilesystem = Codecs.BOOLEAN.read(p);
            break;
          case 6:
            o.runAsGroup = Codecs.INT64.read(p);
            break;
          case 7:
            o.runAsNonRoot = Codecs.BOOLEAN.read(p);
            break;
          case 8:
            o.runAsUser = Codecs.INT64.read(p);
            break;
          case 9:
            o.seLinuxOptions = V1SELinuxOptions.CODEC.read(p);
            break;
          case 10:
            o.seccompProfile = V1SeccompProfile.CODEC.read(p);
            break;
          case 11:
            o.windowsOptions = V1WindowsSecurityContextOptions.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1SecurityContext o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.allowPrivilegeEscalation != null) {
        g.writeFieldName("allowPrivilegeEscalation");
        Codecs.BOOLEAN.write(g, o.allowPrivilegeEscalation);
      }
      if (o.appArmorProfile != null) {
        g.writeFieldName("appArmorProfile");
        V1AppArmorProfile.CODEC.write(g, o.appArmorProfile);
      }
      if (o.capabilities != null) {
        g.writeFieldName("capabilities");
        V1Capabilities.CODEC.write(g, o.capabilities);
      }
      if (o.privileged != null) {
        g.writeFieldName("privileged");
        Codecs.BOOLEAN.write(g, o.privileged);
      }
      if (o.procMount != null) {
        g.writeFieldName("procMount");
        Codecs.STRING.write(g, o.procMount);
      }
      if (o.readOnlyRootFilesystem != null) {
        g.writeFieldName("readOnlyRootFilesystem");
        Codecs.BOOLEAN.write(g, o.readOnlyRootFilesystem);
      }
      if (o.runAsGroup != null) {
        g.writeFieldName("runAsGroup");
        Codecs.INT64.write(g, o.runAsGroup);
      }
      if (o.runAsNonRoot != null) {
        g.writeFieldName("runAsNonRoot");
        Codecs.BOOLEAN.write(g, o.runAsNonRoot);
      }
      if (o.runAsUser != null) {
        g.writeFieldName("runAsUser");
        Codecs.INT64.write(g, o.runAsUser);
      }
      if (o.seLinuxOptions != null) {
        g.writeFieldName("seLinuxOptions");
        V1SELinuxOptions.CODEC.write(g, o.seLinuxOptions);
      }
      if (o.seccompProfile != null) {
        g.writeFieldName("seccompProfile");
        V1SeccompProfile.CODEC.write(g, o.seccompProfile);
      }
      if (o.windowsOptions != null) {
        g.writeFieldName("windowsOptions");
        V1WindowsSecurityContextOptions.CODEC.write(g, o.windowsOptions);
      }
      g.writeEndObject();
    }
  };

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

  public V1SecurityContext allowPrivilegeEscalation(Boolean allowPrivilegeEscalation) {
    this.allowPrivilegeEscalation = allowPrivilegeEscalation;
    return this;
  }

  /**
   * AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent
   * process. This bool directly controls if the no_new_privs flag will be set on the container
   * process. AllowPrivilegeEscalation is true always when the container is: 1) run as Privileged
   * 2) has CAP_SYS_ADMIN Note that this field cannot be set when spec.os.name is windows.
   *
   * @return allowPrivilegeEscalation
   */
  public Boolean getAllowPrivilegeEscalation() {
    return allowPrivilegeEscalation;
  }

  public void setAllowPrivilegeEscalation(Boolean allowPrivilegeEscalation) {
    this.allowPrivilegeEscalation = allowPrivilegeEscalation;
  }

  public V1SecurityContext appArmorProfile(V1AppArmorProfile appArmorProfile) {
    this.appArmorProfile = appArmorProfile;
    return this;
  }

  /**
   * appArmorProfile is the AppArmor options to use by this container. If set, this profile
   * overrides the pod's appArmorProfile. Note that this field cannot be set when spec.os.name is
   * windows.
   *
   * @return appArmorProfile
   */
  public V1AppArmorProfile getAppArmorProfile() {
    return appArmorProfile;
  }

  public void setAppArmorProfile(V1AppArmorProfile appArmorProfile) {
    this.appArmorProfile = appArmorProfile;
  }

  public V1SecurityContext capabilities(V1Capabilities capabilities) {
    this.capabilities = capabilities;
    return this;
  }

  /**
   * The capabilities to add/drop when running containers. Defaults to the default set of
   * capabilities granted by the container runtime. Note that this field cannot be set when
   * spec.os.name is windows.
   *
   * @return capabilities
   */
  public V1Capabilities getCapabilities() {
    return capabilities;
  }

  public void setCapabilities(V1Capabilities capabilities) {
    this.capabilities = capabilities;
  }

  public V1SecurityContext privileged(Boolean privileged) {
    this.privileged = privileged;
    return this;
  }

  /**
   * Run container in privileged mode. Processes in privileged containers are essentially
   * equivalent to root on the host. Defaults to false. Note that this field cannot be set when
   * spec.os.name is windows.
   *
   * @return privileged
   */
  public Boolean getPrivileged() {
    return privileged;
  }

  public void setPrivileged(Boolean privileged) {
    this.privileged = privileged;
  }

  public V1SecurityContext procMount(String procMount) {
    this.procMount = procMount;
    return this;
  }

  /**
   * procMount denotes the type of proc mount to use for the containers. The default value is
   * Default which uses the container runtime defaults for readonly paths and masked paths. Note
   * that this field cannot be set when spec.os.name is windows.
   *
   * @return procMount
   */
  public String getProcMount() {
    return procMount;
  }

  public void setProcMount(String procMount) {
    this.procMount = procMount;
  }

  public V1SecurityContext readOnlyRootFilesystem(Boolean readOnlyRootFilesystem) {
    this.readOnlyRootFilesystem = readOnlyRootFilesystem;
    return this;
  }

  /**
   * Whether this container has a read-only root filesystem. Default is false. Note that this
   * field cannot be set when spec.os.name is windows.
   *
   * @return readOnlyRootFilesystem
   */
  public Boolean getReadOnlyRootFilesystem() {
    return readOnlyRootFilesystem;
  }

  public void setReadOnlyRootFilesystem(Boolean readOnlyRootFilesystem) {
    this.readOnlyRootFilesystem = readOnlyRootFilesystem;
  }

  public V1SecurityContext runAsGroup(Long runAsGroup) {
    this.runAsGroup = runAsGroup;
    return this;
  }

  /**
   * The GID to run the entrypoint of the container process. Uses runtime default if unset. May
   * also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext,
   * the value specified in SecurityContext takes precedence. Note that this field cannot be set
   * when spec.os.name is windows.
   *
   * @return runAsGroup
   */
  public Long getRunAsGroup() {
    return runAsGroup;
  }

  public void setRunAsGroup(Long runAsGroup) {
    this.runAsGroup = runAsGroup;
  }

  public V1SecurityContext runAsNonRoot(Boolean runAsNonRoot) {
    this.runAsNonRoot = runAsNonRoot;
    return this;
  }

  /**
   * Indicates that the container must run as a non-root user. If true, the Kubelet will validate
   * the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the
   * container if it does. If unset or false, no such validation will be performed. May also be
   * set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value
   * specified in SecurityContext takes precedence.
   *
   * @return runAsNonRoot
   */
  public Boolean getRunAsNonRoot() {
    return runAsNonRoot;
  }

  public void setRunAsNonRoot(Boolean runAsNonRoot) {
    this.runAsNonRoot = runAsNonRoot;
  }

  public V1SecurityContext runAsUser(Long runAsUser) {
    this.runAsUser = runAsUser;
    return this;
  }

  /**
   * The UID to run the entrypoint of the container process. Defaults to user specified in image
   * metadata if unspecified. May also be set in PodSecurityContext.  If set in both
   * SecurityContext and PodSecurityContext, the value specified in SecurityContext takes
   * precedence. Note that this field cannot be set when spec.os.name is windows.
   *
   * @return runAsUser
   */
  public Long getRunAsUser() {
    return runAsUser;
  }

  public void setRunAsUser(Long runAsUser) {
    this.runAsUser = runAsUser;
  }

  public V1SecurityContext seLinuxOptions(V1SELinuxOptions seLinuxOptions) {
    this.seLinuxOptions = seLinuxOptions;
    return this;
  }

  /**
   * The SELinux context to be applied to the container. If unspecified, the container runtime
   * will allocate a random SELinux context for each container.  May also be set in
   * PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value
   * specified in SecurityContext takes precedence. Note that this field cannot be set when
   * spec.os.name is windows.
   *
   * @return seLinuxOptions
   */
  public V1SELinuxOptions getSeLinuxOptions() {
    return seLinuxOptions;
  }

  public void setSeLinuxOptions(V1SELinuxOptions seLinuxOptions) {
    this.seLinuxOptions = seLinuxOptions;
  }

  public V1SecurityContext seccompProfile(V1SeccompProfile seccompProfile) {
    this.seccompProfile = seccompProfile;
    return this;
  }

  /**
   * The seccomp options to use by this container. If seccomp options are provided at both the
   * pod &amp; container level, the container options override the pod options. Note that this
   * field cannot be set when spec.os.name is windows.
   *
   * @return seccompProfile
   */
  public V1SeccompProfile getSeccompProfile() {
    return seccompProfile;
  }

  public void setSeccompProfile(V1SeccompProfile seccompProfile) {
    this.seccompProfile = seccompProfile;
  }

  public V1SecurityContext windowsOptions(V1WindowsSecurityContextOptions windowsOptions) {
    this.windowsOptions = windowsOptions;
    return this;
  }

  /**
   * The Windows specific settings applied to all containers. If unspecified, the options from
   * the PodSecurityContext will be used. If set in both SecurityContext and PodSecurityContext,
   * the value specified in SecurityContext takes precedence. Note that this field cannot be set
   * when spec.os.name is linux.
   *
   * @return windowsOptions
   */
  public V1WindowsSecurityContextOptions getWindowsOptions() {
    return windowsOptions;
  }

  public void setWindowsOptions(V1WindowsSecurityContextOptions windowsOptions) {
    this.windowsOptions = windowsOptions;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1SecurityContext that = (V1SecurityContext) other;
    return Objects.equals(allowPrivilegeEscalation, that.allowPrivilegeEscalation)
        && Objects.equals(appArmorProfile, that.appArmorProfile)
        && Objects.equals(capabilities, that.capabilities)
        && Objects.equals(privileged, that.privileged)
        && Objects.equals(procMount, that.procMount)
        && Objects.equals(readOnlyRootFilesystem, that.readOnlyRootFilesystem)
        && Objects.equals(runAsGroup, that.runAsGroup)
        && Objects.equals(runAsNonRoot, that.runAsNonRoot)
        && Objects.equals(runAsUser, that.runAsUser)
        && Objects.equals(seLinuxOptions, that.seLinuxOptions)
        && Objects.equals(seccompProfile, that.seccompProfile)
        && Objects.equals(windowsOptions, that.windowsOptions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allowPrivilegeEscalation, appArmorProfile, capabilities, privileged, procMount, readOnlyRootFilesystem, runAsGroup, runAsNonRoot, runAsUser, seLinuxOptions, seccompProfile, windowsOptions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1SecurityContext {\n");
    sb.append("    allowPrivilegeEscalation: ").append(allowPrivilegeEscalation).append('\n');
    sb.append("    appArmorProfile: ").append(String.valueOf(appArmorProfile).replace("\n", "\n    ")).append('\n');
    sb.append("    capabilities: ").append(String.valueOf(capabilities).replace("\n", "\n    ")).append('\n');
    sb.append("    privileged: ").append(privileged).append('\n');
    sb.append("    procMount: ").append(procMount).append('\n');
    sb.append("    readOnlyRootFilesystem: ").append(readOnlyRootFilesystem).append('\n');
    sb.append("    runAsGroup: ").append(runAsGroup).append('\n');
    sb.append("    runAsNonRoot: ").append(runAsNonRoot).append('\n');
    sb.append("    runAsUser: ").append(runAsUser).append('\n');
    sb.append("    seLinuxOptions: ").append(String.valueOf(seLinuxOptions).replace("\n", "\n    ")).append('\n');
    sb.append("    seccompProfile: ").append(String.valueOf(seccompProfile).replace("\n", "\n    ")).append('\n');
    sb.append("    windowsOptions: ").append(String.valueOf(windowsOptions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
