package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * PodSecurityContext holds pod-level security attributes and common container settings. Some
 * fields are also present in container.securityContext.  Field values of
 * container.securityContext take precedence over field values of PodSecurityContext.
 */
public class V1PodSecurityContext {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "appArmorProfile",
      "fsGroup",
      "fsGroupChangePolicy",
      "runAsGroup",
      "runAsNonRoot",
      "runAsUser",
      "seLinuxChangePolicy",
      "seLinuxOptions",
      "seccompProfile",
      "supplementalGroups",
      "supplementalGroupsPolicy",
      "sysctls",
      "windowsOptions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodSecurityContext> CODEC = new Codec<V1PodSecurityContext>() {
    @Override
    public V1PodSecurityContext read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodSecurityContext)");
      }
      V1PodSecurityContext o = new V1PodSecurityContext();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.appArmorProfile = V1AppArmorProfile.CODEC.read(p);
            break;
          case 1:
            o.fsGroup = Codecs.INT64.read(p);
            break;
          case 2:
            o.fsGroupChangePolicy = Codecs.STRING.read(p);
            break;
          case 3:
            o.runAsGroup = Codecs.INT64.read(p);
            break;
          case 4:
            o.runAsNonRoot = Codecs.BOOLEAN.read(p);
            break;
          case 5:
            o.runAsUser = Codecs.INT64.read(p);
            break;
          case 6:
            o.seLinuxChangePolicy = Codecs.STRING.read(p);
            break;
          case 7:
            o.seLinuxOptions = V1SELinuxOptions.CODEC.read(p);
            break;
          case 8:
            o.seccompProfile = V1SeccompProfile.CODEC.read(p);
            break;
          case 9:
            o.supplementalGroups = Codecs.listOf(Codecs.INT64).read(p);
            break;
          case 10:
            o.supplementalGroupsPolicy = Codecs.STRING.read(p);
            break;
          case 11:
            o.sysctls = Codecs.listOf(V1Sysctl.CODEC).read(p);
            break;
          case 12:
            o.windowsOptions = V1WindowsSecurityContextOptions.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodSecurityContext o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.appArmorProfile != null) {
        g.writeFieldName("appArmorProfile");
        V1AppArmorProfile.CODEC.write(g, o.appArmorProfile);
      }
      if (o.fsGroup != null) {
        g.writeFieldName("fsGroup");
        Codecs.INT64.write(g, o.fsGroup);
      }
      if (o.fsGroupChangePolicy != null) {
        g.writeFieldName("fsGroupChangePolicy");
        Codecs.STRING.write(g, o.fsGroupChangePolicy);
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
      if (o.seLinuxChangePolicy != null) {
        g.writeFieldName("seLinuxChangePolicy");
        Codecs.STRING.write(g, o.seLinuxChangePolicy);
      }
      if (o.seLinuxOptions != null) {
        g.writeFieldName("seLinuxOptions");
        V1SELinuxOptions.CODEC.write(g, o.seLinuxOptions);
      }
      if (o.seccompProfile != null) {
        g.writeFieldName("seccompProfile");
        V1SeccompProfile.CODEC.write(g, o.seccompProfile);
      }
      if (o.supplementalGroups != null) {
        g.writeFieldName("supplementalGroups");
        Codecs.listOf(Codecs.INT64).write(g, o.supplementalGroups);
      }
      if (o.supplementalGroupsPolicy != null) {
        g.writeFieldName("supplementalGroupsPolicy");
        Codecs.STRING.write(g, o.supplementalGroupsPolicy);
      }
      if (o.sysctls != null) {
        g.writeFieldName("sysctls");
        Codecs.listOf(V1Sysctl.CODEC).write(g, o.sysctls);
      }
      if (o.windowsOptions != null) {
        g.writeFieldName("windowsOptions");
        V1WindowsSecurityContextOptions.CODEC.write(g, o.windowsOptions);
      }
      g.writeEndObject();
    }
  };

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

  public V1PodSecurityContext appArmorProfile(V1AppArmorProfile appArmorProfile) {
    this.appArmorProfile = appArmorProfile;
    return this;
  }

  /**
   * appArmorProfile is the AppArmor options to use by the containers in this pod. Note that this
   * field cannot be set when spec.os.name is windows.
   *
   * @return appArmorProfile
   */
  public V1AppArmorProfile getAppArmorProfile() {
    return appArmorProfile;
  }

  public void setAppArmorProfile(V1AppArmorProfile appArmorProfile) {
    this.appArmorProfile = appArmorProfile;
  }

  public V1PodSecurityContext fsGroup(Long fsGroup) {
    this.fsGroup = fsGroup;
    return this;
  }

  /**
   * A special supplemental group that applies to all containers in a pod. Some volume types
   * allow the Kubelet to change the ownership of that volume to be owned by the pod:
   *
   * 1. The owning GID will be the FSGroup 2. The setgid bit is set (new files created in the
   * volume will be owned by FSGroup) 3. The permission bits are OR'd with rw-rw----
   *
   * If unset, the Kubelet will not modify the ownership and permissions of any volume. Note that
   * this field cannot be set when spec.os.name is windows.
   *
   * @return fsGroup
   */
  public Long getFsGroup() {
    return fsGroup;
  }

  public void setFsGroup(Long fsGroup) {
    this.fsGroup = fsGroup;
  }

  public V1PodSecurityContext fsGroupChangePolicy(String fsGroupChangePolicy) {
    this.fsGroupChangePolicy = fsGroupChangePolicy;
    return this;
  }

  /**
   * fsGroupChangePolicy defines behavior of changing ownership and permission of the volume
   * before being exposed inside Pod. This field will only apply to volume types which support
   * fsGroup based ownership(and permissions). It will have no effect on ephemeral volume types
   * such as: secret, configmaps and emptydir. Valid values are "OnRootMismatch" and "Always". If
   * not specified, "Always" is used. Note that this field cannot be set when spec.os.name is
   * windows.
   *
   * @return fsGroupChangePolicy
   */
  public String getFsGroupChangePolicy() {
    return fsGroupChangePolicy;
  }

  public void setFsGroupChangePolicy(String fsGroupChangePolicy) {
    this.fsGroupChangePolicy = fsGroupChangePolicy;
  }

  public V1PodSecurityContext runAsGroup(Long runAsGroup) {
    this.runAsGroup = runAsGroup;
    return this;
  }

  /**
   * The GID to run the entrypoint of the container process. Uses runtime default if unset. May
   * also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the
   * value specified in SecurityContext takes precedence for that container. Note that this field
   * cannot be set when spec.os.name is windows.
   *
   * @return runAsGroup
   */
  public Long getRunAsGroup() {
    return runAsGroup;
  }

  public void setRunAsGroup(Long runAsGroup) {
    this.runAsGroup = runAsGroup;
  }

  public V1PodSecurityContext runAsNonRoot(Boolean runAsNonRoot) {
    this.runAsNonRoot = runAsNonRoot;
    return this;
  }

  /**
   * Indicates that the container must run as a non-root user. If true, the Kubelet will validate
   * the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the
   * container if it does. If unset or false, no such validation will be performed. May also be
   * set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value
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

  public V1PodSecurityContext runAsUser(Long runAsUser) {
    this.runAsUser = runAsUser;
    return this;
  }

  /**
   * The UID to run the entrypoint of the container process. Defaults to user specified in image
   * metadata if unspecified. May also be set in SecurityContext.  If set in both SecurityContext
   * and PodSecurityContext, the value specified in SecurityContext takes precedence for that
   * container. Note that this field cannot be set when spec.os.name is windows.
   *
   * @return runAsUser
   */
  public Long getRunAsUser() {
    return runAsUser;
  }

  public void setRunAsUser(Long runAsUser) {
    this.runAsUser = runAsUser;
  }

  public V1PodSecurityContext seLinuxChangePolicy(String seLinuxChangePolicy) {
    this.seLinuxChangePolicy = seLinuxChangePolicy;
    return this;
  }

  /**
   * seLinuxChangePolicy defines how the container's SELinux label is applied to all volumes used
   * by the Pod. It has no effect on nodes that do not support SELinux or to volumes does not
   * support SELinux. Valid values are "MountOption" and "Recursive".
   *
   * "Recursive" means relabeling of all files on all Pod volumes by the container runtime. This
   * may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing
   * the same volume on the same node.
   *
   * "MountOption" mounts all eligible Pod volumes with `-o context` mount option. This requires
   * all Pods that share the same volume to use the same SELinux label. It is not possible to
   * share the same volume among privileged and unprivileged Pods. Eligible volumes are in-tree
   * FibreChannel and iSCSI volumes, and all CSI volumes whose CSI driver announces SELinux
   * support by setting spec.seLinuxMount: true in their CSIDriver instance. Other volumes are
   * always re-labelled recursively.
   *
   * If not specified, "MountOption" is used.
   *
   * This field affects only Pods that have SELinux label set, either in PodSecurityContext or in
   * SecurityContext of all containers.
   *
   * All Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some
   * pods can get stuck in ContainerCreating state. Note that this field cannot be set when
   * spec.os.name is windows.
   *
   * @return seLinuxChangePolicy
   */
  public String getSeLinuxChangePolicy() {
    return seLinuxChangePolicy;
  }

  public void setSeLinuxChangePolicy(String seLinuxChangePolicy) {
    this.seLinuxChangePolicy = seLinuxChangePolicy;
  }

  public V1PodSecurityContext seLinuxOptions(V1SELinuxOptions seLinuxOptions) {
    this.seLinuxOptions = seLinuxOptions;
    return this;
  }

  /**
   * The SELinux context to be applied to all containers. If unspecified, the container runtime
   * will allocate a random SELinux context for each container.  May also be set in
   * SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified
   * in SecurityContext takes precedence for that container. Note that this field cannot be set
   * when spec.os.name is windows.
   *
   * @return seLinuxOptions
   */
  public V1SELinuxOptions getSeLinuxOptions() {
    return seLinuxOptions;
  }

  public void setSeLinuxOptions(V1SELinuxOptions seLinuxOptions) {
    this.seLinuxOptions = seLinuxOptions;
  }

  public V1PodSecurityContext seccompProfile(V1SeccompProfile seccompProfile) {
    this.seccompProfile = seccompProfile;
    return this;
  }

  /**
   * The seccomp options to use by the containers in this pod. Note that this field cannot be set
   * when spec.os.name is windows.
   *
   * @return seccompProfile
   */
  public V1SeccompProfile getSeccompProfile() {
    return seccompProfile;
  }

  public void setSeccompProfile(V1SeccompProfile seccompProfile) {
    this.seccompProfile = seccompProfile;
  }

  public V1PodSecurityContext supplementalGroups(List<Long> supplementalGroups) {
    this.supplementalGroups = supplementalGroups;
    return this;
  }

  public V1PodSecurityContext addSupplementalGroupsItem(Long item) {
    if (this.supplementalGroups == null) {
      this.supplementalGroups = new ArrayList<>();
    }
    this.supplementalGroups.add(item);
    return this;
  }

  /**
   * A list of groups applied to the first process run in each container, in addition to the
   * container's primary GID and fsGroup (if specified).  If the SupplementalGroupsPolicy feature
   * is enabled, the supplementalGroupsPolicy field determines whether these are in addition to
   * or instead of any group memberships defined in the container image. If unspecified, no
   * additional groups are added, though group memberships defined in the container image may
   * still be used, depending on the supplementalGroupsPolicy field. Note that this field cannot
   * be set when spec.os.name is windows.
   *
   * @return supplementalGroups
   */
  public List<Long> getSupplementalGroups() {
    return supplementalGroups;
  }

  public void setSupplementalGroups(List<Long> supplementalGroups) {
    this.supplementalGroups = supplementalGroups;
  }

  public V1PodSecurityContext supplementalGroupsPolicy(String supplementalGroupsPolicy) {
    this.supplementalGroupsPolicy = supplementalGroupsPolicy;
    return this;
  }

  /**
   * Defines how supplemental groups of the first container processes are calculated. Valid
   * values are "Merge" and "Strict". If not specified, "Merge" is used. (Alpha) Using the field
   * requires the SupplementalGroupsPolicy feature gate to be enabled and the container runtime
   * must implement support for this feature. Note that this field cannot be set when
   * spec.os.name is windows.
   *
   * @return supplementalGroupsPolicy
   */
  public String getSupplementalGroupsPolicy() {
    return supplementalGroupsPolicy;
  }

  public void setSupplementalGroupsPolicy(String supplementalGroupsPolicy) {
    this.supplementalGroupsPolicy = supplementalGroupsPolicy;
  }

  public V1PodSecurityContext sysctls(List<V1Sysctl> sysctls) {
    this.sysctls = sysctls;
    return this;
  }

  public V1PodSecurityContext addSysctlsItem(V1Sysctl item) {
    if (this.sysctls == null) {
      this.sysctls = new ArrayList<>();
    }
    this.sysctls.add(item);
    return this;
  }

  /**
   * Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported sysctls
   * (by the container runtime) might fail to launch. Note that this field cannot be set when
   * spec.os.name is windows.
   *
   * @return sysctls
   */
  public List<V1Sysctl> getSysctls() {
    return sysctls;
  }

  public void setSysctls(List<V1Sysctl> sysctls) {
    this.sysctls = sysctls;
  }

  public V1PodSecurityContext windowsOptions(V1WindowsSecurityContextOptions windowsOptions) {
    this.windowsOptions = windowsOptions;
    return this;
  }

  /**
   * The Windows specific settings applied to all containers. If unspecified, the options within
   * a container's SecurityContext will be used. If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this
   * field cannot be set when spec.os.name is linux.
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
    V1PodSecurityContext that = (V1PodSecurityContext) other;
    return Objects.equals(appArmorProfile, that.appArmorProfile)
        && Objects.equals(fsGroup, that.fsGroup)
        && Objects.equals(fsGroupChangePolicy, that.fsGroupChangePolicy)
        && Objects.equals(runAsGroup, that.runAsGroup)
        && Objects.equals(runAsNonRoot, that.runAsNonRoot)
        && Objects.equals(runAsUser, that.runAsUser)
        && Objects.equals(seLinuxChangePolicy, that.seLinuxChangePolicy)
        && Objects.equals(seLinuxOptions, that.seLinuxOptions)
        && Objects.equals(seccompProfile, that.seccompProfile)
        && Objects.equals(supplementalGroups, that.supplementalGroups)
        && Objects.equals(supplementalGroupsPolicy, that.supplementalGroupsPolicy)
        && Objects.equals(sysctls, that.sysctls)
        && Objects.equals(windowsOptions, that.windowsOptions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(appArmorProfile, fsGroup, fsGroupChangePolicy, runAsGroup, runAsNonRoot, runAsUser, seLinuxChangePolicy, seLinuxOptions, seccompProfile, supplementalGroups, supplementalGroupsPolicy, sysctls, windowsOptions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodSecurityContext {\n");
    sb.append("    appArmorProfile: ").append(String.valueOf(appArmorProfile).replace("\n", "\n    ")).append('\n');
    sb.append("    fsGroup: ").append(fsGroup).append('\n');
    sb.append("    fsGroupChangePolicy: ").append(fsGroupChangePolicy).append('\n');
    sb.append("    runAsGroup: ").append(runAsGroup).append('\n');
    sb.append("    runAsNonRoot: ").append(runAsNonRoot).append('\n');
    sb.append("    runAsUser: ").append(runAsUser).append('\n');
    sb.append("    seLinuxChangePolicy: ").append(seLinuxChangePolicy).append('\n');
    sb.append("    seLinuxOptions: ").append(String.valueOf(seLinuxOptions).replace("\n", "\n    ")).append('\n');
    sb.append("    seccompProfile: ").append(String.valueOf(seccompProfile).replace("\n", "\n    ")).append('\n');
    sb.append("    supplementalGroups: ").append(String.valueOf(supplementalGroups).replace("\n", "\n    ")).append('\n');
    sb.append("    supplementalGroupsPolicy: ").append(supplementalGroupsPolicy).append('\n');
    sb.append("    sysctls: ").append(String.valueOf(sysctls).replace("\n", "\n    ")).append('\n');
    sb.append("    windowsOptions: ").append(String.valueOf(windowsOptions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
