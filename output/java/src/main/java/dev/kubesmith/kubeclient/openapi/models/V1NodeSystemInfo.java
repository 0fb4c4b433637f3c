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
 * NodeSystemInfo is a set of ids/uuids to uniquely identify the node.
 */
public class V1NodeSystemInfo {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "architecture",
      "bootID",
      "containerRuntimeVersion",
      "kernelVersion",
      "kubeProxyVersion",
      "kubeletVersion",
      "machineID",
      "operatingSystem",
      "osImage",
      "runningInUserNamespace",
      "swap",
      "systemUUID");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeSystemInfo> CODEC = new Codec<V1NodeSystemInfo>() {
    @Override
    public V1NodeSystemInfo read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeSystemInfo)");
      }
      V1NodeSystemInfo o = new V1NodeSystemInfo();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.architecture = Codecs.STRING.read(p);
            break;
          case 1:
            o.bootID = Codecs.STRING.read(p);
            break;
          case 2:
            o.containerRuntimeVersion = Codecs.STRING.read(p);
            break;
          case 3:
            o.kernelVersion = Codecs.STRING.read(p);
            break;
          case 4:
            o.kubeProxyVersion = Codecs.STRING.read(p);
            break;
          case 5:
            o.kubeletVersion = Codecs.STRING.read(p);
            break;
          case 6:
            o.machineID = Codecs.STRING.read(p);
            break;
          case 7:
            o.operatingSystem = Codecs.STRING.read(p);
            break;
          case 8:
            o.osImage = Codecs.STRING.read(p);
            break;
          case 9:
            o.runningInUserNamespace = Codecs.BOOLEAN.read(p);
            break;
          case 10:
            o.swap = V1NodeSwapStatus.CODEC.read(p);
            break;
          case 11:
            o.systemUUID = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeSystemInfo o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.architecture != null) {
        g.writeFieldName("architecture");
        Codecs.STRING.write(g, o.architecture);
      }
      if (o.bootID != null) {
        g.writeFieldName("bootID");
        Codecs.STRING.write(g, o.bootID);
      }
      if (o.containerRuntimeVersion != null) {
        g.writeFieldName("containerRuntimeVersion");
        Codecs.STRING.write(g, o.containerRuntimeVersion);
      }
      if (o.kernelVersion != null) {
        g.writeFieldName("kernelVersion");
        Codecs.STRING.write(g, o.kernelVersion);
      }
      if (o.kubeProxyVersion != null) {
        g.writeFieldName("kubeProxyVersion");
        Codecs.STRING.write(g, o.kubeProxyVersion);
      }
      if (o.kubeletVersion != null) {
        g.writeFieldName("kubeletVersion");
        Codecs.STRING.write(g, o.kubeletVersion);
      }
      if (o.machineID != null) {
        g.writeFieldName("machineID");
        Codecs.STRING.write(g, o.machineID);
      }
      if (o.operatingSystem != null) {
        g.writeFieldName("operatingSystem");
        Codecs.STRING.write(g, o.operatingSystem);
      }
      if (o.osImage != null) {
        g.writeFieldName("osImage");
        Codecs.STRING.write(g, o.osImage);
      }
      if (o.runningInUserNamespace != null) {
        g.writeFieldName("runningInUserNamespace");
        Codecs.BOOLEAN.write(g, o.runningInUserNamespace);
      }
      if (o.swap != null) {
        g.writeFieldName("swap");
        V1NodeSwapStatus.CODEC.write(g, o.swap);
      }
      if (o.systemUUID != null) {
        g.writeFieldName("systemUUID");
        Codecs.STRING.write(g, o.systemUUID);
      }
      g.writeEndObject();
    }
  };

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

  public V1NodeSystemInfo architecture(String architecture) {
    this.architecture = architecture;
    return this;
  }

  /**
   * The Architecture reported by the node
   *
   * @return architecture
   */
  public String getArchitecture() {
    return architecture;
  }

  public void setArchitecture(String architecture) {
    this.architecture = architecture;
  }

  public V1NodeSystemInfo bootID(String bootID) {
    this.bootID = bootID;
    return this;
  }

  /**
   * Boot ID reported by the node.
   *
   * @return bootID
   */
  public String getBootID() {
    return bootID;
  }

  public void setBootID(String bootID) {
    this.bootID = bootID;
  }

  public V1NodeSystemInfo containerRuntimeVersion(String containerRuntimeVersion) {
    this.containerRuntimeVersion = containerRuntimeVersion;
    return this;
  }

  /**
   * ContainerRuntime Version reported by the node through runtime remote API (e.g.
   * containerd://1.4.2).
   *
   * @return containerRuntimeVersion
   */
  public String getContainerRuntimeVersion() {
    return containerRuntimeVersion;
  }

  public void setContainerRuntimeVersion(String containerRuntimeVersion) {
    this.containerRuntimeVersion = containerRuntimeVersion;
  }

  public V1NodeSystemInfo kernelVersion(String kernelVersion) {
    this.kernelVersion = kernelVersion;
    return this;
  }

  /**
   * Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).
   *
   * @return kernelVersion
   */
  public String getKernelVersion() {
    return kernelVersion;
  }

  public void setKernelVersion(String kernelVersion) {
    this.kernelVersion = kernelVersion;
  }

  public V1NodeSystemInfo kubeProxyVersion(String kubeProxyVersion) {
    this.kubeProxyVersion = kubeProxyVersion;
    return this;
  }

  /**
   * Deprecated: KubeProxy Version reported by the node.
   *
   * @return kubeProxyVersion
   */
  public String getKubeProxyVersion() {
    return kubeProxyVersion;
  }

  public void setKubeProxyVersion(String kubeProxyVersion) {
    this.kubeProxyVersion = kubeProxyVersion;
  }

  public V1NodeSystemInfo kubeletVersion(String kubeletVersion) {
    this.kubeletVersion = kubeletVersion;
    return this;
  }

  /**
   * Kubelet Version reported by the node.
   *
   * @return kubeletVersion
   */
  public String getKubeletVersion() {
    return kubeletVersion;
  }

  public void setKubeletVersion(String kubeletVersion) {
    this.kubeletVersion = kubeletVersion;
  }

  public V1NodeSystemInfo machineID(String machineID) {
    this.machineID = machineID;
    return this;
  }

  /**
   * MachineID reported by the node. For unique machine identification in the cluster this field
   * is preferred. Learn more from man(5) machine-id:
   * http://man7.org/linux/man-pages/man5/machine-id.5.html
   *
   * @return machineID
   */
  public String getMachineID() {
    return machineID;
  }

  public void setMachineID(String machineID) {
    this.machineID = machineID;
  }

  public V1NodeSystemInfo operatingSystem(String operatingSystem) {
    this.operatingSystem = operatingSystem;
    return this;
  }

  /**
   * The Operating System reported by the node
   *
   * @return operatingSystem
   */
  public String getOperatingSystem() {
    return operatingSystem;
  }

  public void setOperatingSystem(String operatingSystem) {
    this.operatingSystem = operatingSystem;
  }

  public V1NodeSystemInfo osImage(String osImage) {
    this.osImage = osImage;
    return this;
  }

  /**
   * OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).
   *
   * @return osImage
   */
  public String getOsImage() {
    return osImage;
  }

  public void setOsImage(String osImage) {
    this.osImage = osImage;
  }

  public V1NodeSystemInfo runningInUserNamespace(Boolean runningInUserNamespace) {
    this.runningInUserNamespace = runningInUserNamespace;
    return this;
  }

  /**
   * Whether the node is running in a user namespace.
   *
   * @return runningInUserNamespace
   */
  public Boolean getRunningInUserNamespace() {
    return runningInUserNamespace;
  }

  public void setRunningInUserNamespace(Boolean runningInUserNamespace) {
    this.runningInUserNamespace = runningInUserNamespace;
  }

  public V1NodeSystemInfo swap(V1NodeSwapStatus swap) {
    this.swap = swap;
    return this;
  }

  /**
   * Swap Info reported by the node.
   *
   * @return swap
   */
  public V1NodeSwapStatus getSwap() {
    return swap;
  }

  public void setSwap(V1NodeSwapStatus swap) {
    this.swap = swap;
  }

  public V1NodeSystemInfo systemUUID(String systemUUID) {
    this.systemUUID = systemUUID;
    return this;
  }

  /**
   * SystemUUID reported by the node. For unique machine identification MachineID is preferred.
   * This field is specific to Red Hat hosts
   * https://access.redhat.com/documentation/en-us/red_hat_subscription_management/1/html/rhsm/uuid
   *
   * @return systemUUID
   */
  public String getSystemUUID() {
    return systemUUID;
  }

  public void setSystemUUID(String systemUUID) {
    this.systemUUID = systemUUID;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodeSystemInfo that = (V1NodeSystemInfo) other;
    return Objects.equals(architecture, that.architecture)
        && Objects.equals(bootID, that.bootID)
        && Objects.equals(containerRuntimeVersion, that.containerRuntimeVersion)
        && Objects.equals(kernelVersion, that.kernelVersion)
        && Objects.equals(kubeProxyVersion, that.kubeProxyVersion)
        && Objects.equals(kubeletVersion, that.kubeletVersion)
        && Objects.equals(machineID, that.machineID)
        && Objects.equals(operatingSystem, that.operatingSystem)
        && Objects.equals(osImage, that.osImage)
        && Objects.equals(runningInUserNamespace, that.runningInUserNamespace)
        && Objects.equals(swap, that.swap)
        && Objects.equals(systemUUID, that.systemUUID);
  }

  @Override
  public int hashCode() {
    return Objects.hash(architecture, bootID, containerRuntimeVersion, kernelVersion, kubeProxyVersion, kubeletVersion, machineID, operatingSystem, osImage, runningInUserNamespace, swap, systemUUID);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeSystemInfo {\n");
    sb.append("    architecture: ").append(architecture).append('\n');
    sb.append("    bootID: ").append(bootID).append('\n');
    sb.append("    containerRuntimeVersion: ").append(containerRuntimeVersion).append('\n');
    sb.append("    kernelVersion: ").append(kernelVersion).append('\n');
    sb.append("    kubeProxyVersion: ").append(kubeProxyVersion).append('\n');
    sb.append("    kubeletVersion: ").append(kubeletVersion).append('\n');
    sb.append("    machineID: ").append(machineID).append('\n');
    sb.append("    operatingSystem: ").append(operatingSystem).append('\n');
    sb.append("    osImage: ").append(osImage).append('\n');
    sb.append("    runningInUserNamespace: ").append(runningInUserNamespace).append('\n');
    sb.append("    swap: ").append(String.valueOf(swap).replace("\n", "\n    ")).append('\n');
    sb.append("    systemUUID: ").append(systemUUID).append('\n');
    return sb.append("}").toString();
  }
}
