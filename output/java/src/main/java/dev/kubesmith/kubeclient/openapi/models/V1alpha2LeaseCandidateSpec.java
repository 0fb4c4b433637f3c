package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * LeaseCandidateSpec is a specification of a Lease.
 */
public class V1alpha2LeaseCandidateSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "binaryVersion",
      "emulationVersion",
      "leaseName",
      "pingTime",
      "renewTime",
      "strategy");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha2LeaseCandidateSpec> CODEC = new Codec<V1alpha2LeaseCandidateSpec>() {
    @Override
    public V1alpha2LeaseCandidateSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha2LeaseCandidateSpec)");
      }
      V1alpha2LeaseCandidateSpec o = new V1alpha2LeaseCandidateSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.binaryVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.emulationVersion = Codecs.STRING.read(p);
            break;
          case 2:
            o.leaseName = Codecs.STRING.read(p);
            break;
          case 3:
            o.pingTime = Codecs.MICRO_TIME.read(p);
            break;
          case 4:
            o.renewTime = Codecs.MICRO_TIME.read(p);
            break;
          case 5:
            o.strategy = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha2LeaseCandidateSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.binaryVersion != null) {
        g.writeFieldName("binaryVersion");
        Codecs.STRING.write(g, o.binaryVersion);
      }
      if (o.emulationVersion != null) {
        g.writeFieldName("emulationVersion");
        Codecs.STRING.write(g, o.emulationVersion);
      }
      if (o.leaseName != null) {
        g.writeFieldName("leaseName");
        Codecs.STRING.write(g, o.leaseName);
      }
      if (o.pingTime != null) {
        g.writeFieldName("pingTime");
        Codecs.MICRO_TIME.write(g, o.pingTime);
      }
      if (o.renewTime != null) {
        g.writeFieldName("renewTime");
        Codecs.MICRO_TIME.write(g, o.renewTime);
      }
      if (o.strategy != null) {
        g.writeFieldName("strategy");
        Codecs.STRING.write(g, o.strategy);
      }
      g.writeEndObject();
    }
  };

  private String binaryVersion;

  private String emulationVersion;

  private String leaseName;

  private OffsetDateTime pingTime;

  private OffsetDateTime renewTime;

  private String strategy;

  public V1alpha2LeaseCandidateSpec binaryVersion(String binaryVersion) {
    this.binaryVersion = binaryVersion;
    return this;
  }

  /**
   * binaryVersion is the binary version. It must be in a semver format without leading `v`. This
   * field is required.
   *
   * @return binaryVersion
   */
  public String getBinaryVersion() {
    return binaryVersion;
  }

  public void setBinaryVersion(String binaryVersion) {
    this.binaryVersion = binaryVersion;
  }

  public V1alpha2LeaseCandidateSpec emulationVersion(String emulationVersion) {
    this.emulationVersion = emulationVersion;
    return this;
  }

  /**
   * emulationVersion is the emulation version. It must be in a semver format without leading
   * `v`. EmulationVersion must be less than or equal to BinaryVersion. This field is required
   * when strategy is "OldestEmulationVersion"
   *
   * @return emulationVersion
   */
  public String getEmulationVersion() {
    return emulationVersion;
  }

  public void setEmulationVersion(String emulationVersion) {
    this.emulationVersion = emulationVersion;
  }

  public V1alpha2LeaseCandidateSpec leaseName(String leaseName) {
    this.leaseName = leaseName;
    return this;
  }

  /**
   * leaseName is the name of the lease for which this candidate is contending. This field is
   * immutable.
   *
   * @return leaseName
   */
  public String getLeaseName() {
    return leaseName;
  }

  public void setLeaseName(String leaseName) {
    this.leaseName = leaseName;
  }

  public V1alpha2LeaseCandidateSpec pingTime(OffsetDateTime pingTime) {
    this.pingTime = pingTime;
    return this;
  }

  /**
   * pingTime is the last time that the server has requested the LeaseCandidate to renew. It is
   * only done during leader election to check if any LeaseCandidates have become ineligible.
   * When PingTime is updated, the LeaseCandidate will respond by updating RenewTime.
   *
   * @return pingTime
   */
  public OffsetDateTime getPingTime() {
    return pingTime;
  }

  public void setPingTime(OffsetDateTime pingTime) {
    this.pingTime = pingTime;
  }

  public V1alpha2LeaseCandidateSpec renewTime(OffsetDateTime renewTime) {
    this.renewTime = renewTime;
    return this;
  }

  /**
   * renewTime is the time that the LeaseCandidate was last updated. Any time a Lease needs to do
   * leader election, the PingTime field is updated to signal to the LeaseCandidate that they
   * should update the RenewTime. Old LeaseCandidate objects are also garbage collected if it has
   * been hours since the last renew. The PingTime field is updated regularly to prevent garbage
   * collection for still active LeaseCandidates.
   *
   * @return renewTime
   */
  public OffsetDateTime getRenewTime() {
    return renewTime;
  }

  public void setRenewTime(OffsetDateTime renewTime) {
    this.renewTime = renewTime;
  }

  public V1alpha2LeaseCandidateSpec strategy(String strategy) {
    this.strategy = strategy;
    return this;
  }

  /**
   * strategy is the strategy that coordinated leader election will use for picking the leader.
   * If multiple candidates for the same Lease return different strategies, the strategy provided
   * by the candidate with the latest BinaryVersion will be used. If there is still conflict,
   * this is a user error and coordinated leader election will not operate the Lease until
   * resolved.
   *
   * @return strategy
   */
  public String getStrategy() {
    return strategy;
  }

  public void setStrategy(String strategy) {
    this.strategy = strategy;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha2LeaseCandidateSpec that = (V1alpha2LeaseCandidateSpec) other;
    return Objects.equals(binaryVersion, that.binaryVersion)
        && Objects.equals(emulationVersion, that.emulationVersion)
        && Objects.equals(leaseName, that.leaseName)
        && Objects.equals(pingTime, that.pingTime)
        && Objects.equals(renewTime, that.renewTime)
        && Objects.equals(strategy, that.strategy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(binaryVersion, emulationVersion, leaseName, pingTime, renewTime, strategy);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha2LeaseCandidateSpec {\n");
    sb.append("    binaryVersion: ").append(binaryVersion).append('\n');
    sb.append("    emulationVersion: ").append(emulationVersion).append('\n');
    sb.append("    leaseName: ").append(leaseName).append('\n');
    sb.append("    pingTime: ").append(pingTime).append('\n');
    sb.append("    renewTime: ").append(renewTime).append('\n');
    sb.append("    strategy: ").append(strategy).append('\n');
    return sb.append("}").toString();
  }
}
