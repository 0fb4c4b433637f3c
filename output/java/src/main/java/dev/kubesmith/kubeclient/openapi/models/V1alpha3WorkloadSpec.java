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
 * WorkloadSpec defines the desired state of a Workload.
 */
public class V1alpha3WorkloadSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "compositePodGroupTemplates",
      "controllerRef",
      "podGroupTemplates");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3WorkloadSpec> CODEC = new Codec<V1alpha3WorkloadSpec>() {
    @Override
    public V1alpha3WorkloadSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3WorkloadSpec)");
      }
      V1alpha3WorkloadSpec o = new V1alpha3WorkloadSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.compositePodGroupTemplates = Codecs.listOf(V1alpha3CompositePodGroupTemplate.CODEC).read(p);
            break;
          case 1:
            o.controllerRef = V1alpha3TypedLocalObjectReference.CODEC.read(p);
            break;
          case 2:
            o.podGroupTemplates = Codecs.listOf(V1alpha3PodGroupTemplate.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3WorkloadSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.compositePodGroupTemplates != null) {
        g.writeFieldName("compositePodGroupTemplates");
        Codecs.listOf(V1alpha3CompositePodGroupTemplate.CODEC).write(g, o.compositePodGroupTemplates);
      }
      if (o.controllerRef != null) {
        g.writeFieldName("controllerRef");
        V1alpha3TypedLocalObjectReference.CODEC.write(g, o.controllerRef);
      }
      if (o.podGroupTemplates != null) {
        g.writeFieldName("podGroupTemplates");
        Codecs.listOf(V1alpha3PodGroupTemplate.CODEC).write(g, o.podGroupTemplates);
      }
      g.writeEndObject();
    }
  };

  private List<V1alpha3CompositePodGroupTemplate> compositePodGroupTemplates;

  private V1alpha3TypedLocalObjectReference controllerRef;

  private List<V1alpha3PodGroupTemplate> podGroupTemplates;

  public V1alpha3WorkloadSpec compositePodGroupTemplates(List<V1alpha3CompositePodGroupTemplate> compositePodGroupTemplates) {
    this.compositePodGroupTemplates = compositePodGroupTemplates;
    return this;
  }

  public V1alpha3WorkloadSpec addCompositePodGroupTemplatesItem(V1alpha3CompositePodGroupTemplate item) {
    if (this.compositePodGroupTemplates == null) {
      this.compositePodGroupTemplates = new ArrayList<>();
    }
    this.compositePodGroupTemplates.add(item);
    return this;
  }

  /**
   * compositePodGroupTemplates is the list of CompositePodGroup templates that make up the
   * Workload. The maximum number of templates is 8. This field is immutable. Exactly one of
   * CompositePodGroupTemplates and PodGroupTemplates must be set.
   *
   * This field is used only when the CompositePodGroup feature gate is enabled.
   *
   * @return compositePodGroupTemplates
   */
  public List<V1alpha3CompositePodGroupTemplate> getCompositePodGroupTemplates() {
    return compositePodGroupTemplates;
  }

  public void setCompositePodGroupTemplates(List<V1alpha3CompositePodGroupTemplate> compositePodGroupTemplates) {
    this.compositePodGroupTemplates = compositePodGroupTemplates;
  }

  public V1alpha3WorkloadSpec controllerRef(V1alpha3TypedLocalObjectReference controllerRef) {
    this.controllerRef = controllerRef;
    return this;
  }

  /**
   * controllerRef is an optional reference to the controlling object, such as a Deployment or
   * Job. This field is intended for use by tools like CLIs to provide a link back to the
   * original workload definition. This field is immutable.
   *
   * @return controllerRef
   */
  public V1alpha3TypedLocalObjectReference getControllerRef() {
    return controllerRef;
  }

  public void setControllerRef(V1alpha3TypedLocalObjectReference controllerRef) {
    this.controllerRef = controllerRef;
  }

  public V1alpha3WorkloadSpec podGroupTemplates(List<V1alpha3PodGroupTemplate> podGroupTemplates) {
    this.podGroupTemplates = podGroupTemplates;
    return this;
  }

  public V1alpha3WorkloadSpec addPodGroupTemplatesItem(V1alpha3PodGroupTemplate item) {
    if (this.podGroupTemplates == null) {
      this.podGroupTemplates = new ArrayList<>();
    }
    this.podGroupTemplates.add(item);
    return this;
  }

  /**
   * podGroupTemplates is the list of templates that make up the Workload. The maximum number of
   * templates is 8. Templates cannot be added or removed after the workload is created. Existing
   * templates may still be updated where their individual fields allow it. Exactly one of
   * CompositePodGroupTemplates and PodGroupTemplates must be set.
   *
   * @return podGroupTemplates
   */
  public List<V1alpha3PodGroupTemplate> getPodGroupTemplates() {
    return podGroupTemplates;
  }

  public void setPodGroupTemplates(List<V1alpha3PodGroupTemplate> podGroupTemplates) {
    this.podGroupTemplates = podGroupTemplates;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha3WorkloadSpec that = (V1alpha3WorkloadSpec) other;
    return Objects.equals(compositePodGroupTemplates, that.compositePodGroupTemplates)
        && Objects.equals(controllerRef, that.controllerRef)
        && Objects.equals(podGroupTemplates, that.podGroupTemplates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(compositePodGroupTemplates, controllerRef, podGroupTemplates);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3WorkloadSpec {\n");
    sb.append("    compositePodGroupTemplates: ").append(String.valueOf(compositePodGroupTemplates).replace("\n", "\n    ")).append('\n');
    sb.append("    controllerRef: ").append(String.valueOf(controllerRef).replace("\n", "\n    ")).append('\n');
    sb.append("    podGroupTemplates: ").append(String.valueOf(podGroupTemplates).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
