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
 * LeaseSpec is a specification of a Lease.
 */
public class V1LeaseSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "acquireTime",
      "holderIdentity",
      "leaseDurationSeconds",
      "leaseTransitions",
      "preferredHolder",
      "renewTime",
      "strategy");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1LeaseSpec> CODEC = new Codec<V1LeaseSpec>() {
    @Override
    public V1LeaseSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1LeaseSpec)");
      }
      V1LeaseSpec o = new V1LeaseSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.acquireTime = Codecs.MICRO_TIME.read(p);
            break;
          case 1:
            o.holderIdentity = Codecs.STRING.read(p);
            break;
          case 2:
            o.leaseDurationSeconds = Codecs.INT32.read(p);
            break;
          case 3:
            o.leaseTransitions = Codecs.INT32.read(p);
            break;
          case 4:
            o.preferredHolder = Codecs.STRING.read(p);
            break;
          case 5:
            o.renewTime = Codecs.MICRO_TIME.read(p);
            break;
          case 6:
            o.strategy = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1LeaseSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.acquireTime != null) {
        g.writeFieldName("acquireTime");
        Codecs.MICRO_TIME.write(g, o.acquireTime);
      }
      if (o.holderIdentity != null) {
        g.writeFieldName("holderIdentity");
        Codecs.STRING.write(g, o.holderIdentity);
      }
      if (o.leaseDurationSeconds != null) {
        g.writeFieldName("leaseDurationSeconds");
        Codecs.INT32.write(g, o.leaseDurationSeconds);
      }
      if (o.leaseTransitions != null) {
        g.writeFieldName("leaseTransitions");
        Codecs.INT32.write(g, o.leaseTransitions);
      }
      if (o.preferredHolder != null) {
        g.writeFieldName("preferredHolder");
        Codecs.STRING.write(g, o.preferredHolder);
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

  private OffsetDateTime acquireTime;

  private String holderIdentity;

  private Integer leaseDurationSeconds;

  private Integer leaseTransitions;

  private String preferredHolder;

  private OffsetDateTime renewTime;

  private String strategy;

  public V1LeaseSpec acquireTime(OffsetDateTime acquireTime) {
    this.acquireTime = acquireTime;
    return this;
  }

  /**
   * acquireTime is a time when the current lease was acquired.
   *
   * @return acquireTime
   */
  public OffsetDateTime getAcquireTime() {
    return acquireTime;
  }

  public void setAcquireTime(OffsetDateTime acquireTime) {
    this.acquireTime = acquireTime;
  }

  public V1LeaseSpec holderIdentity(String holderIdentity) {
    this.holderIdentity = holderIdentity;
    return this;
  }

  /**
   * holderIdentity contains the identity of the holder of a current lease. If Coordinated Leader
   * Election is used, the holder identity must be equal to the elected
   * LeaseCandidate.metadata.name field.
   *
   * @return holderIdentity
   */
  public String getHolderIdentity() {
    return holderIdentity;
  }

  public void setHolderIdentity(String holderIdentity) {
    this.holderIdentity = holderIdentity;
  }

  public V1LeaseSpec leaseDurationSeconds(Integer leaseDurationSeconds) {
    this.leaseDurationSeconds = leaseDurationSeconds;
    return this;
  }

  /**
   * leaseDurationSeconds is a duration that candidates for a lease need to wait to force acquire
   * it. This is measured against the time of last observed renewTime.
   *
   * @return leaseDurationSeconds
   */
  public Integer getLeaseDurationSeconds() {
    return leaseDurationSeconds;
  }

  public void setLeaseDurationSeconds(Integer leaseDurationSeconds) {
    this.leaseDurationSeconds = leaseDurationSeconds;
  }

  public V1LeaseSpec leaseTransitions(Integer leaseTransitions) {
    this.leaseTransitions = leaseTransitions;
    return this;
  }

  /**
   * leaseTransitions is the number of transitions of a lease between holders.
   *
   * @return leaseTransitions
   */
  public Integer getLeaseTransitions() {
    return leaseTransitions;
  }

  public void setLeaseTransitions(Integer leaseTransitions) {
    this.leaseTransitions = leaseTransitions;
  }

  public V1LeaseSpec preferredHolder(String preferredHolder) {
    this.preferredHolder = preferredHolder;
    return this;
  }

  /**
   * preferredHolder signals to a lease holder that the lease has a more optimal holder and
   * should be given up. This field can only be set if Strategy is also set.
   *
   * @return preferredHolder
   */
  public String getPreferredHolder() {
    return preferredHolder;
  }

  public void setPreferredHolder(String preferredHolder) {
    this.preferredHolder = preferredHolder;
  }

  public V1LeaseSpec renewTime(OffsetDateTime renewTime) {
    this.renewTime = renewTime;
    return this;
  }

  /**
   * renewTime is a time when the current holder of a lease has last updated the lease.
   *
   * @return renewTime
   */
  public OffsetDateTime getRenewTime() {
    return renewTime;
  }

  public void setRenewTime(OffsetDateTime renewTime) {
    this.renewTime = renewTime;
  }

  public V1LeaseSpec strategy(String strategy) {
    this.strategy = strategy;
    return this;
  }

  /**
   * strategy indicates the strategy for picking the leader for coordinated leader election. If
   * the field is not specified, there is no active coordination for this lease. (Alpha) Using
   * this field requires the CoordinatedLeaderElection feature gate to be enabled.
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
    V1LeaseSpec that = (V1LeaseSpec) other;
    return Objects.equals(acquireTime, that.acquireTime)
        && Objects.equals(holderIdentity, that.holderIdentity)
        && Objects.equals(leaseDurationSeconds, that.leaseDurationSeconds)
        && Objects.equals(leaseTransitions, that.leaseTransitions)
        && Objects.equals(preferredHolder, that.preferredHolder)
        && Objects.equals(renewTime, that.renewTime)
        && Objects.equals(strategy, that.strategy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(acquireTime, holderIdentity, leaseDurationSeconds, leaseTransitions, preferredHolder, renewTime, strategy);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1LeaseSpec {\n");
    sb.append("    acquireTime: ").append(acquireTime).append('\n');
    sb.append("    holderIdentity: ").append(holderIdentity).append('\n');
    sb.append("    leaseDurationSeconds: ").append(leaseDurationSeconds).append('\n');
    sb.append("    leaseTransitions: ").append(leaseTransitions).append('\n');
    sb.append("    preferredHolder: ").append(preferredHolder).append('\n');
    sb.append("    renewTime: ").append(renewTime).append('\n');
    sb.append("    strategy: ").append(strategy).append('\n');
    return sb.append("}").toString();
  }
}
