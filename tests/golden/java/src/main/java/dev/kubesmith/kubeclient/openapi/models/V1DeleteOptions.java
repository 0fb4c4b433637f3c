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
 * DeleteOptions may be provided when deleting an API object.
 */
public class V1DeleteOptions {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "dryRun",
      "gracePeriodSeconds",
      "ignoreStoreReadErrorWithClusterBreakingPotential",
      "kind",
      "orphanDependents",
      "preconditions",
      "propagationPolicy");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1DeleteOptions> CODEC = new Codec<V1DeleteOptions>() {
    @Override
    public V1DeleteOptions read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1DeleteOptions)");
      }
      V1DeleteOptions o = new V1DeleteOptions();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.dryRun = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 2:
            o.gracePeriodSeconds = Codecs.INT64.read(p);
            break;
          case 3:
            o.ignoreStoreReadErrorWithClusterBreakingPotential = Codecs.BOOLEAN.read(p);
            break;
          case 4:
            o.kind = Codecs.STRING.read(p);
            break;
          case 5:
            o.orphanDependents = Codecs.BOOLEAN.read(p);
            break;
          case 6:
            o.preconditions = V1Preconditions.CODEC.read(p);
            break;
          case 7:
            o.propagationPolicy = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1DeleteOptions o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.dryRun != null) {
        g.writeFieldName("dryRun");
        Codecs.listOf(Codecs.STRING).write(g, o.dryRun);
      }
      if (o.gracePeriodSeconds != null) {
        g.writeFieldName("gracePeriodSeconds");
        Codecs.INT64.write(g, o.gracePeriodSeconds);
      }
      if (o.ignoreStoreReadErrorWithClusterBreakingPotential != null) {
        g.writeFieldName("ignoreStoreReadErrorWithClusterBreakingPotential");
        Codecs.BOOLEAN.write(g, o.ignoreStoreReadErrorWithClusterBreakingPotential);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.orphanDependents != null) {
        g.writeFieldName("orphanDependents");
        Codecs.BOOLEAN.write(g, o.orphanDependents);
      }
      if (o.preconditions != null) {
        g.writeFieldName("preconditions");
        V1Preconditions.CODEC.write(g, o.preconditions);
      }
      if (o.propagationPolicy != null) {
        g.writeFieldName("propagationPolicy");
        Codecs.STRING.write(g, o.propagationPolicy);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private List<String> dryRun;

  private Long gracePeriodSeconds;

  private Boolean ignoreStoreReadErrorWithClusterBreakingPotential;

  private String kind;

  private Boolean orphanDependents;

  private V1Preconditions preconditions;

  private String propagationPolicy;

  public V1DeleteOptions apiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  /**
   * APIVersion defines the versioned schema of this representation of an object. Servers should
   * convert recognized schemas to the latest internal value, and may reject unrecognized values.
   * More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   *
   * @return apiVersion
   */
  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public V1DeleteOptions dryRun(List<String> dryRun) {
    this.dryRun = dryRun;
    return this;
  }

  public V1DeleteOptions addDryRunItem(String item) {
    if (this.dryRun == null) {
      this.dryRun = new ArrayList<>();
    }
    this.dryRun.add(item);
    return this;
  }

  /**
   * When present, indicates that modifications should not be persisted. An invalid or
   * unrecognized dryRun directive will result in an error response and no further processing of
   * the request. Valid values are: - All: all dry run stages will be processed
   *
   * @return dryRun
   */
  public List<String> getDryRun() {
    return dryRun;
  }

  public void setDryRun(List<String> dryRun) {
    this.dryRun = dryRun;
  }

  public V1DeleteOptions gracePeriodSeconds(Long gracePeriodSeconds) {
    this.gracePeriodSeconds = gracePeriodSeconds;
    return this;
  }

  /**
   * The duration in seconds before the object should be deleted. Value must be non-negative
   * integer. The value zero indicates delete immediately. If this value is nil, the default
   * grace period for the specified type will be used. Defaults to a per object value if not
   * specified. zero means delete immediately.
   *
   * @return gracePeriodSeconds
   */
  public Long getGracePeriodSeconds() {
    return gracePeriodSeconds;
  }

  public void setGracePeriodSeconds(Long gracePeriodSeconds) {
    this.gracePeriodSeconds = gracePeriodSeconds;
  }

  public V1DeleteOptions ignoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
    this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
    return this;
  }

  /**
   * if set to true, it will trigger an unsafe deletion of the resource in case the normal
   * deletion flow fails with a corrupt object error. A resource is considered corrupt if it can
   * not be retrieved from the underlying storage successfully because of a) its data can not be
   * transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe
   * deletion ignores finalizer constraints, skips precondition checks, and removes the object
   * from the storage. WARNING: This may potentially break the cluster if the workload associated
   * with the resource being unsafe-deleted relies on normal deletion flow. Use only if you
   * REALLY know what you are doing. The default value is false, and the user must opt in to
   * enable it
   *
   * @return ignoreStoreReadErrorWithClusterBreakingPotential
   */
  public Boolean getIgnoreStoreReadErrorWithClusterBreakingPotential() {
    return ignoreStoreReadErrorWithClusterBreakingPotential;
  }

  public void setIgnoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
    this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
  }

  public V1DeleteOptions kind(String kind) {
    this.kind = kind;
    return this;
  }

  /**
   * Kind is a string value representing the REST resource this object represents. Servers may
   * infer this from the endpoint the client submits requests to. Cannot be updated. In
   * CamelCase. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   *
   * @return kind
   */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public V1DeleteOptions orphanDependents(Boolean orphanDependents) {
    this.orphanDependents = orphanDependents;
    return this;
  }

  /**
   * Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should
   * the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added
   * to/removed from the object's finalizers list. Either this field or PropagationPolicy may be
   * set, but not both.
   *
   * @return orphanDependents
   */
  public Boolean getOrphanDependents() {
    return orphanDependents;
  }

  public void setOrphanDependents(Boolean orphanDependents) {
    this.orphanDependents = orphanDependents;
  }

  public V1DeleteOptions preconditions(V1Preconditions preconditions) {
    this.preconditions = preconditions;
    return this;
  }

  /**
   * Must be fulfilled before a deletion is carried out. If not possible, a 409 Conflict status
   * will be returned.
   *
   * @return preconditions
   */
  public V1Preconditions getPreconditions() {
    return preconditions;
  }

  public void setPreconditions(V1Preconditions preconditions) {
    this.preconditions = preconditions;
  }

  public V1DeleteOptions propagationPolicy(String propagationPolicy) {
    this.propagationPolicy = propagationPolicy;
    return this;
  }

  /**
   * Whether and how garbage collection will be performed. Either this field or OrphanDependents
   * may be set, but not both. The default policy is decided by the existing finalizer set in the
   * metadata.finalizers and the resource-specific default policy. Acceptable values are:
   * 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the
   * dependents in the background; 'Foreground' - a cascading policy that deletes all dependents
   * in the foreground.
   *
   * @return propagationPolicy
   */
  public String getPropagationPolicy() {
    return propagationPolicy;
  }

  public void setPropagationPolicy(String propagationPolicy) {
    this.propagationPolicy = propagationPolicy;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1DeleteOptions that = (V1DeleteOptions) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(dryRun, that.dryRun)
        && Objects.equals(gracePeriodSeconds, that.gracePeriodSeconds)
        && Objects.equals(ignoreStoreReadErrorWithClusterBreakingPotential, that.ignoreStoreReadErrorWithClusterBreakingPotential)
        && Objects.equals(kind, that.kind)
        && Objects.equals(orphanDependents, that.orphanDependents)
        && Objects.equals(preconditions, that.preconditions)
        && Objects.equals(propagationPolicy, that.propagationPolicy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, kind, orphanDependents, preconditions, propagationPolicy);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1DeleteOptions {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    dryRun: ").append(String.valueOf(dryRun).replace("\n", "\n    ")).append('\n');
    sb.append("    gracePeriodSeconds: ").append(gracePeriodSeconds).append('\n');
    sb.append("    ignoreStoreReadErrorWithClusterBreakingPotential: ").append(ignoreStoreReadErrorWithClusterBreakingPotential).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    orphanDependents: ").append(orphanDependents).append('\n');
    sb.append("    preconditions: ").append(String.valueOf(preconditions).replace("\n", "\n    ")).append('\n');
    sb.append("    propagationPolicy: ").append(propagationPolicy).append('\n');
    return sb.append("}").toString();
  }
}
