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
 * WindowsSecurityContextOptions contain Windows-specific options and credentials.
 */
public class V1WindowsSecurityContextOptions {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "gmsaCredentialSpec",
      "gmsaCredentialSpecName",
      "hostProcess",
      "runAsUserName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1WindowsSecurityContextOptions> CODEC = new Codec<V1WindowsSecurityContextOptions>() {
    @Override
    public V1WindowsSecurityContextOptions read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1WindowsSecurityContextOptions)");
      }
      V1WindowsSecurityContextOptions o = new V1WindowsSecurityContextOptions();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.gmsaCredentialSpec = Codecs.STRING.read(p);
            break;
          case 1:
            o.gmsaCredentialSpecName = Codecs.STRING.read(p);
            break;
          case 2:
            o.hostProcess = Codecs.BOOLEAN.read(p);
            break;
          case 3:
            o.runAsUserName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1WindowsSecurityContextOptions o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.gmsaCredentialSpec != null) {
        g.writeFieldName("gmsaCredentialSpec");
        Codecs.STRING.write(g, o.gmsaCredentialSpec);
      }
      if (o.gmsaCredentialSpecName != null) {
        g.writeFieldName("gmsaCredentialSpecName");
        Codecs.STRING.write(g, o.gmsaCredentialSpecName);
      }
      if (o.hostProcess != null) {
        g.writeFieldName("hostProcess");
        Codecs.BOOLEAN.write(g, o.hostProcess);
      }
      if (o.runAsUserName != null) {
        g.writeFieldName("runAsUserName");
        Codecs.STRING.write(g, o.runAsUserName);
      }
      g.writeEndObject();
    }
  };

  private String gmsaCredentialSpec;

  private String gmsaCredentialSpecName;

  private Boolean hostProcess;

  private String runAsUserName;

  public V1WindowsSecurityContextOptions gmsaCredentialSpec(String gmsaCredentialSpec) {
    this.gmsaCredentialSpec = gmsaCredentialSpec;
    return this;
  }

  /**
   * GMSACredentialSpec is where the GMSA admission webhook
   * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the GMSA
   * credential spec named by the GMSACredentialSpecName field.
   *
   * @return gmsaCredentialSpec
   */
  public String getGmsaCredentialSpec() {
    return gmsaCredentialSpec;
  }

  public void setGmsaCredentialSpec(String gmsaCredentialSpec) {
    this.gmsaCredentialSpec = gmsaCredentialSpec;
  }

  public V1WindowsSecurityContextOptions gmsaCredentialSpecName(String gmsaCredentialSpecName) {
    this.gmsaCredentialSpecName = gmsaCredentialSpecName;
    return this;
  }

  /**
   * GMSACredentialSpecName is the name of the GMSA credential spec to use.
   *
   * @return gmsaCredentialSpecName
   */
  public String getGmsaCredentialSpecName() {
    return gmsaCredentialSpecName;
  }

  public void setGmsaCredentialSpecName(String gmsaCredentialSpecName) {
    this.gmsaCredentialSpecName = gmsaCredentialSpecName;
  }

  public V1WindowsSecurityContextOptions hostProcess(Boolean hostProcess) {
    this.hostProcess = hostProcess;
    return this;
  }

  /**
   * HostProcess determines if a container should be run as a 'Host Process' container. All of a
   * Pod's containers must have the same effective HostProcess value (it is not allowed to have a
   * mix of HostProcess containers and non-HostProcess containers). In addition, if HostProcess
   * is true then HostNetwork must also be set to true.
   *
   * @return hostProcess
   */
  public Boolean getHostProcess() {
    return hostProcess;
  }

  public void setHostProcess(Boolean hostProcess) {
    this.hostProcess = hostProcess;
  }

  public V1WindowsSecurityContextOptions runAsUserName(String runAsUserName) {
    this.runAsUserName = runAsUserName;
    return this;
  }

  /**
   * The UserName in Windows to run the entrypoint of the container process. Defaults to the user
   * specified in image metadata if unspecified. May also be set in PodSecurityContext. If set in
   * both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes
   * precedence.
   *
   * @return runAsUserName
   */
  public String getRunAsUserName() {
    return runAsUserName;
  }

  public void setRunAsUserName(String runAsUserName) {
    this.runAsUserName = runAsUserName;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1WindowsSecurityContextOptions that = (V1WindowsSecurityContextOptions) other;
    return Objects.equals(gmsaCredentialSpec, that.gmsaCredentialSpec)
        && Objects.equals(gmsaCredentialSpecName, that.gmsaCredentialSpecName)
        && Objects.equals(hostProcess, that.hostProcess)
        && Objects.equals(runAsUserName, that.runAsUserName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(gmsaCredentialSpec, gmsaCredentialSpecName, hostProcess, runAsUserName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1WindowsSecurityContextOptions {\n");
    sb.append("    gmsaCredentialSpec: ").append(gmsaCredentialSpec).append('\n');
    sb.append("    gmsaCredentialSpecName: ").append(gmsaCredentialSpecName).append('\n');
    sb.append("    hostProcess: ").append(hostProcess).append('\n');
    sb.append("    runAsUserName: ").append(runAsUserName).append('\n');
    return sb.append("}").toString();
  }
}
