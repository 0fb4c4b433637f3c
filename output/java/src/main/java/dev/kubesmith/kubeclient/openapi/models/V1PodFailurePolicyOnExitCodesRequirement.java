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
 * PodFailurePolicyOnExitCodesRequirement describes the requirement for handling a failed pod
 * based on its container exit codes. In particular, it lookups the .state.terminated.exitCode
 * for each app container and init container status, represented by the
 * .status.containerStatuses and .status.initContainerStatuses fields in the Pod status,
 * respectively. Containers completed with success (exit code 0) are excluded from the
 * requirement check.
 */
public class V1PodFailurePolicyOnExitCodesRequirement {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "containerName",
      "operator",
      "values");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodFailurePolicyOnExitCodesRequirement> CODEC = new Codec<V1PodFailurePolicyOnExitCodesRequirement>() {
    @Override
    public V1PodFailurePolicyOnExitCodesRequirement read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodFailurePolicyOnExitCodesRequirement)");
      }
      V1PodFailurePolicyOnExitCodesRequirement o = new V1PodFailurePolicyOnExitCodesRequirement();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.containerName = Codecs.STRING.read(p);
            break;
          case 1:
            o.operator = Codecs.STRING.read(p);
            break;
          case 2:
            o.values = Codecs.listOf(Codecs.INT32).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodFailurePolicyOnExitCodesRequirement o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.containerName != null) {
        g.writeFieldName("containerName");
        Codecs.STRING.write(g, o.containerName);
      }
      if (o.operator != null) {
        g.writeFieldName("operator");
        Codecs.STRING.write(g, o.operator);
      }
      if (o.values != null) {
        g.writeFieldName("values");
        Codecs.listOf(Codecs.INT32).write(g, o.values);
      }
      g.writeEndObject();
    }
  };

  private String containerName;

  private String operator;

  private List<Integer> values;

  public V1PodFailurePolicyOnExitCodesRequirement containerName(String containerName) {
    this.containerName = containerName;
    return this;
  }

  /**
   * Restricts the check for exit codes to the container with the specified name. When null, the
   * rule applies to all containers. When specified, it should match one the container or
   * initContainer names in the pod template.
   *
   * @return containerName
   */
  public String getContainerName() {
    return containerName;
  }

  public void setContainerName(String containerName) {
    this.containerName = containerName;
  }

  public V1PodFailurePolicyOnExitCodesRequirement operator(String operator) {
    this.operator = operator;
    return this;
  }

  /**
   * Represents the relationship between the container exit code(s) and the specified values.
   * Containers completed with success (exit code 0) are excluded from the requirement check.
   * Possible values are:
   *
   * - In: the requirement is satisfied if at least one container exit code
   *   (might be multiple if there are multiple containers not restricted
   *   by the 'containerName' field) is in the set of specified values.
   * - NotIn: the requirement is satisfied if at least one container exit code
   *   (might be multiple if there are multiple containers not restricted
   *   by the 'containerName' field) is not in the set of specified values.
   * Additional values are considered to be added in the future. Clients should react to an
   * unknown operator by assuming the requirement is not satisfied.
   *
   * @return operator
   */
  public String getOperator() {
    return operator;
  }

  public void setOperator(String operator) {
    this.operator = operator;
  }

  public V1PodFailurePolicyOnExitCodesRequirement values(List<Integer> values) {
    this.values = values;
    return this;
  }

  public V1PodFailurePolicyOnExitCodesRequirement addValuesItem(Integer item) {
    if (this.values == null) {
      this.values = new ArrayList<>();
    }
    this.values.add(item);
    return this;
  }

  /**
   * Specifies the set of values. Each returned container exit code (might be multiple in case of
   * multiple containers) is checked against this set of values with respect to the operator. The
   * list of values must be ordered and must not contain duplicates. Value '0' cannot be used for
   * the In operator. At least one element is required. At most 255 elements are allowed.
   *
   * @return values
   */
  public List<Integer> getValues() {
    return values;
  }

  public void setValues(List<Integer> values) {
    this.values = values;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PodFailurePolicyOnExitCodesRequirement that = (V1PodFailurePolicyOnExitCodesRequirement) other;
    return Objects.equals(containerName, that.containerName)
        && Objects.equals(operator, that.operator)
        && Objects.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(containerName, operator, values);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodFailurePolicyOnExitCodesRequirement {\n");
    sb.append("    containerName: ").append(containerName).append('\n');
    sb.append("    operator: ").append(operator).append('\n');
    sb.append("    values: ").append(String.valueOf(values).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
