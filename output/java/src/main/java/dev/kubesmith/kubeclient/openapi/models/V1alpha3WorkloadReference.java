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
 * WorkloadReference references the Workload object together with the template that was used to
 * create a particular PodGroup.
 */
public class V1alpha3WorkloadReference {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "templateName",
      "workloadName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3WorkloadReference> CODEC = new Codec<V1alpha3WorkloadReference>() {
    @Override
    public V1alpha3WorkloadReference read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3WorkloadReference)");
      }
      V1alpha3WorkloadReference o = new V1alpha3WorkloadReference();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.templateName = Codecs.STRING.read(p);
            break;
          case 1:
            o.workloadName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3WorkloadReference o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.templateName != null) {
        g.writeFieldName("templateName");
        Codecs.STRING.write(g, o.templateName);
      }
      if (o.workloadName != null) {
        g.writeFieldName("workloadName");
        Codecs.STRING.write(g, o.workloadName);
      }
      g.writeEndObject();
    }
  };

  private String templateName;

  private String workloadName;

  public V1alpha3WorkloadReference templateName(String templateName) {
    this.templateName = templateName;
    return this;
  }

  /**
   * templateName is the name of a template within the Workload object that was used to create a
   * pod group. It must be a DNS label. This field is required.
   *
   * @return templateName
   */
  public String getTemplateName() {
    return templateName;
  }

  public void setTemplateName(String templateName) {
    this.templateName = templateName;
  }

  public V1alpha3WorkloadReference workloadName(String workloadName) {
    this.workloadName = workloadName;
    return this;
  }

  /**
   * workloadName is the name of the Workload object that contains a template that was used when
   * creating a pod group. It must be a DNS name. This field is required.
   *
   * @return workloadName
   */
  public String getWorkloadName() {
    return workloadName;
  }

  public void setWorkloadName(String workloadName) {
    this.workloadName = workloadName;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha3WorkloadReference that = (V1alpha3WorkloadReference) other;
    return Objects.equals(templateName, that.templateName)
        && Objects.equals(workloadName, that.workloadName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(templateName, workloadName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3WorkloadReference {\n");
    sb.append("    templateName: ").append(templateName).append('\n');
    sb.append("    workloadName: ").append(workloadName).append('\n');
    return sb.append("}").toString();
  }
}
