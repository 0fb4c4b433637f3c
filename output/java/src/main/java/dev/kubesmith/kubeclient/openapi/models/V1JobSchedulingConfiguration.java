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
 * JobSchedulingConfiguration composes the reusable workload-aware scheduling building blocks.
 */
public class V1JobSchedulingConfiguration {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "disruptionMode",
      "resourceClaims",
      "schedulingConstraints",
      "schedulingPolicy");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1JobSchedulingConfiguration> CODEC = new Codec<V1JobSchedulingConfiguration>() {
    @Override
    public V1JobSchedulingConfiguration read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1JobSchedulingConfiguration)");
      }
      V1JobSchedulingConfiguration o = new V1JobSchedulingConfiguration();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.disruptionMode = V1alpha3WorkloadPodGroupDisruptionMode.CODEC.read(p);
            break;
          case 1:
            o.resourceClaims = Codecs.listOf(V1alpha3WorkloadPodGroupResourceClaim.CODEC).read(p);
            break;
          case 2:
            o.schedulingConstraints = V1alpha3WorkloadPodGroupSchedulingConstraints.CODEC.read(p);
            break;
          case 3:
            o.schedulingPolicy = V1alpha3WorkloadPodGroupSchedulingPolicy.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1JobSchedulingConfiguration o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.disruptionMode != null) {
        g.writeFieldName("disruptionMode");
        V1alpha3WorkloadPodGroupDisruptionMode.CODEC.write(g, o.disruptionMode);
      }
      if (o.resourceClaims != null) {
        g.writeFieldName("resourceClaims");
        Codecs.listOf(V1alpha3WorkloadPodGroupResourceClaim.CODEC).write(g, o.resourceClaims);
      }
      if (o.schedulingConstraints != null) {
        g.writeFieldName("schedulingConstraints");
        V1alpha3WorkloadPodGroupSchedulingConstraints.CODEC.write(g, o.schedulingConstraints);
      }
      if (o.schedulingPolicy != null) {
        g.writeFieldName("schedulingPolicy");
        V1alpha3WorkloadPodGroupSchedulingPolicy.CODEC.write(g, o.schedulingPolicy);
      }
      g.writeEndObject();
    }
  };

  private V1alpha3WorkloadPodGroupDisruptionMode disruptionMode;

  private List<V1alpha3WorkloadPodGroupResourceClaim> resourceClaims;

  private V1alpha3WorkloadPodGroupSchedulingConstraints schedulingConstraints;

  private V1alpha3WorkloadPodGroupSchedulingPolicy schedulingPolicy;

  public V1JobSchedulingConfiguration disruptionMode(V1alpha3WorkloadPodGroupDisruptionMode disruptionMode) {
    this.disruptionMode = disruptionMode;
    return this;
  }

  /**
   * DisruptionMode defines the mode in which the Job's pods can be disrupted. One of Single,
   * All. This field is immutable after creation: it may not be added or removed, and the
   * selected mode may not be changed.
   *
   * @return disruptionMode
   */
  public V1alpha3WorkloadPodGroupDisruptionMode getDisruptionMode() {
    return disruptionMode;
  }

  public void setDisruptionMode(V1alpha3WorkloadPodGroupDisruptionMode disruptionMode) {
    this.disruptionMode = disruptionMode;
  }

  public V1JobSchedulingConfiguration resourceClaims(List<V1alpha3WorkloadPodGroupResourceClaim> resourceClaims) {
    this.resourceClaims = resourceClaims;
    return this;
  }

  public V1JobSchedulingConfiguration addResourceClaimsItem(V1alpha3WorkloadPodGroupResourceClaim item) {
    if (this.resourceClaims == null) {
      this.resourceClaims = new ArrayList<>();
    }
    this.resourceClaims.add(item);
    return this;
  }

  /**
   * ResourceClaims defines which ResourceClaims may be shared among Pods in the Job. Pods
   * consume the devices allocated to a PodGroup's claim by defining a claim in its own
   * Spec.ResourceClaims that matches the PodGroup's claim exactly. The claim must have the same
   * name and refer to the same ResourceClaim or ResourceClaimTemplate. At most 4 claims may be
   * set, matching the limit on the resulting PodGroup. This list is immutable after creation:
   * entries may neither be added, removed, nor modified.
   *
   * @return resourceClaims
   */
  public List<V1alpha3WorkloadPodGroupResourceClaim> getResourceClaims() {
    return resourceClaims;
  }

  public void setResourceClaims(List<V1alpha3WorkloadPodGroupResourceClaim> resourceClaims) {
    this.resourceClaims = resourceClaims;
  }

  public V1JobSchedulingConfiguration schedulingConstraints(V1alpha3WorkloadPodGroupSchedulingConstraints schedulingConstraints) {
    this.schedulingConstraints = schedulingConstraints;
    return this;
  }

  /**
   * SchedulingConstraints defines scheduling constraints (e.g. topology) for the Job's pods.
   * This field is immutable after creation.
   *
   * @return schedulingConstraints
   */
  public V1alpha3WorkloadPodGroupSchedulingConstraints getSchedulingConstraints() {
    return schedulingConstraints;
  }

  public void setSchedulingConstraints(V1alpha3WorkloadPodGroupSchedulingConstraints schedulingConstraints) {
    this.schedulingConstraints = schedulingConstraints;
  }

  public V1JobSchedulingConfiguration schedulingPolicy(V1alpha3WorkloadPodGroupSchedulingPolicy schedulingPolicy) {
    this.schedulingPolicy = schedulingPolicy;
    return this;
  }

  /**
   * SchedulingPolicy defines the scheduling policy for this Job. Exactly one of Basic or Gang
   * must be set. This field is immutable after creation: the policy may not be added or removed.
   * The policy variant (basic/gang) is frozen by hand-written validation; only
   * schedulingPolicy.gang.minCount may be changed.
   *
   * @return schedulingPolicy
   */
  public V1alpha3WorkloadPodGroupSchedulingPolicy getSchedulingPolicy() {
    return schedulingPolicy;
  }

  public void setSchedulingPolicy(V1alpha3WorkloadPodGroupSchedulingPolicy schedulingPolicy) {
    this.schedulingPolicy = schedulingPolicy;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1JobSchedulingConfiguration that = (V1JobSchedulingConfiguration) other;
    return Objects.equals(disruptionMode, that.disruptionMode)
        && Objects.equals(resourceClaims, that.resourceClaims)
        && Objects.equals(schedulingConstraints, that.schedulingConstraints)
        && Objects.equals(schedulingPolicy, that.schedulingPolicy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(disruptionMode, resourceClaims, schedulingConstraints, schedulingPolicy);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1JobSchedulingConfiguration {\n");
    sb.append("    disruptionMode: ").append(String.valueOf(disruptionMode).replace("\n", "\n    ")).append('\n');
    sb.append("    resourceClaims: ").append(String.valueOf(resourceClaims).replace("\n", "\n    ")).append('\n');
    sb.append("    schedulingConstraints: ").append(String.valueOf(schedulingConstraints).replace("\n", "\n    ")).append('\n');
    sb.append("    schedulingPolicy: ").append(String.valueOf(schedulingPolicy).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
