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
public class V1beta1WorkloadSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "compositePodGroupTemplates",
      "controllerRef",
      "podGroupTemplates");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1WorkloadSpec> CODEC = new Codec<V1beta1WorkloadSpec>() {
    @Override
    public V1beta1WorkloadSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1WorkloadSpec)");
      }
      V1beta1WorkloadSpec o = new V1beta1WorkloadSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.compositePodGroupTemplates = Codecs.listOf(V1beta1CompositePodGroupTemplate.CODEC).read(p);
            break;
          case 1:
            o.controllerRef = V1beta1TypedLocalObjectReference.CODEC.read(p);
            break;
          case 2:
            o.podGroupTemplates = Codecs.listOf(V1beta1PodGroupTemplate.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1WorkloadSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.compositePodGroupTemplates != null) {
        g.writeFieldName("compositePodGroupTemplates");
        Codecs.listOf(V1beta1CompositePodGroupTemplate.CODEC).write(g, o.compositePodGroupTemplates);
      }
      if (o.controllerRef != null) {
        g.writeFieldName("controllerRef");
        V1beta1TypedLocalObjectReference.CODEC.write(g, o.controllerRef);
      }
      if (o.podGroupTemplates != null) {
        g.writeFieldName("podGroupTemplates");
        Codecs.listOf(V1beta1PodGroupTemplate.CODEC).write(g, o.podGroupTemplates);
      }
      g.writeEndObject();
    }
  };

  private List<V1beta1CompositePodGroupTemplate> compositePodGroupTemplates;

  private V1beta1TypedLocalObjectReference controllerRef;

  private List<V1beta1PodGroupTemplate> podGroupTemplates;

  public V1beta1WorkloadSpec compositePodGroupTemplates(List<V1beta1CompositePodGroupTemplate> compositePodGroupTemplates) {
    this.compositePodGroupTemplates = compositePodGroupTemplates;
    return this;
  }

  public V1beta1WorkloadSpec addCompositePodGroupTemplatesItem(V1beta1CompositePodGroupTemplate item) {
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
  public List<V1beta1CompositePodGroupTemplate> getCompositePodGroupTemplates() {
    return compositePodGroupTemplates;
  }

  public void setCompositePodGroupTemplates(List<V1beta1CompositePodGroupTemplate> compositePodGroupTemplates) {
    this.compositePodGroupTemplates = compositePodGroupTemplates;
  }

  public V1beta1WorkloadSpec controllerRef(V1beta1TypedLocalObjectReference controllerRef) {
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
  public V1beta1TypedLocalObjectReference getControllerRef() {
    return controllerRef;
  }

  public void setControllerRef(V1beta1TypedLocalObjectReference controllerRef) {
    this.controllerRef = controllerRef;
  }

  public V1beta1WorkloadSpec podGroupTemplates(List<V1beta1PodGroupTemplate> podGroupTemplates) {
    this.podGroupTemplates = podGroupTemplates;
    return this;
  }

  public V1beta1WorkloadSpec addPodGroupTemplatesItem(V1beta1PodGroupTemplate item) {
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
  public List<V1beta1PodGroupTemplate> getPodGroupTemplates() {
    return podGroupTemplates;
  }

  public void setPodGroupTemplates(List<V1beta1PodGroupTemplate> podGroupTemplates) {
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
    V1beta1WorkloadSpec that = (V1beta1WorkloadSpec) other;
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
    StringBuilder sb = new StringBuilder("class V1beta1WorkloadSpec {\n");
    sb.append("    compositePodGroupTemplates: ").append(String.valueOf(compositePodGroupTemplates).replace("\n", "\n    ")).append('\n');
    sb.append("    controllerRef: ").append(String.valueOf(controllerRef).replace("\n", "\n    ")).append('\n');
    sb.append("    podGroupTemplates: ").append(String.valueOf(podGroupTemplates).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
