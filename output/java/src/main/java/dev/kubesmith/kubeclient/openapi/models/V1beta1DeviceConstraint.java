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
 * DeviceConstraint must have exactly one field set besides Requests.
 */
public class V1beta1DeviceConstraint {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "distinctAttribute",
      "matchAttribute",
      "requests");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1DeviceConstraint> CODEC = new Codec<V1beta1DeviceConstraint>() {
    @Override
    public V1beta1DeviceConstraint read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1DeviceConstraint)");
      }
      V1beta1DeviceConstraint o = new V1beta1DeviceConstraint();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.distinctAttribute = Codecs.STRING.read(p);
            break;
          case 1:
            o.matchAttribute = Codecs.STRING.read(p);
            break;
          case 2:
            o.requests = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1DeviceConstraint o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.distinctAttribute != null) {
        g.writeFieldName("distinctAttribute");
        Codecs.STRING.write(g, o.distinctAttribute);
      }
      if (o.matchAttribute != null) {
        g.writeFieldName("matchAttribute");
        Codecs.STRING.write(g, o.matchAttribute);
      }
      if (o.requests != null) {
        g.writeFieldName("requests");
        Codecs.listOf(Codecs.STRING).write(g, o.requests);
      }
      g.writeEndObject();
    }
  };

  private String distinctAttribute;

  private String matchAttribute;

  private List<String> requests;

  public V1beta1DeviceConstraint distinctAttribute(String distinctAttribute) {
    this.distinctAttribute = distinctAttribute;
    return this;
  }

  /**
   * DistinctAttribute requires that all devices in question have this attribute and that its
   * type and value are unique across those devices.
   *
   * When the DRAListTypeAttributes feature gate is enabled, comparison uses set semantics (i.e.,
   * element order and duplicates are ignored): list-valued attributes must be pairwise disjoint
   * across devices. Scalar values are treated as singleton sets for backward compatibility.
   *
   * This acts as the inverse of MatchAttribute.
   *
   * This constraint is used to avoid allocating multiple requests to the same device by ensuring
   * attribute-level differentiation.
   *
   * This is useful for scenarios where resource requests must be fulfilled by separate physical
   * devices. For example, a container requests two network interfaces that must be allocated
   * from two different physical NICs.
   *
   * @return distinctAttribute
   */
  public String getDistinctAttribute() {
    return distinctAttribute;
  }

  public void setDistinctAttribute(String distinctAttribute) {
    this.distinctAttribute = distinctAttribute;
  }

  public V1beta1DeviceConstraint matchAttribute(String matchAttribute) {
    this.matchAttribute = matchAttribute;
    return this;
  }

  /**
   * MatchAttribute requires that all devices in question have this attribute and that its type
   * and value are the same across those devices.
   *
   * For example, if you specified "dra.example.com/numa" (a hypothetical example!), then only
   * devices in the same NUMA node will be chosen. A device which does not have that attribute
   * will not be chosen. All devices should use a value of the same type for this attribute
   * because that is part of its specification, but if one device doesn't, then it also will not
   * be chosen.
   *
   * When the DRAListTypeAttributes feature gate is enabled, comparison uses set semantics(i.e.,
   * element order and duplicates are ignored): list-valued attributes match when the
   * intersection across all devices is non-empty. Scalar values are treated as singleton sets
   * for backward compatibility.
   *
   * Must include the domain qualifier.
   *
   * @return matchAttribute
   */
  public String getMatchAttribute() {
    return matchAttribute;
  }

  public void setMatchAttribute(String matchAttribute) {
    this.matchAttribute = matchAttribute;
  }

  public V1beta1DeviceConstraint requests(List<String> requests) {
    this.requests = requests;
    return this;
  }

  public V1beta1DeviceConstraint addRequestsItem(String item) {
    if (this.requests == null) {
      this.requests = new ArrayList<>();
    }
    this.requests.add(item);
    return this;
  }

  /**
   * Requests is a list of the one or more requests in this claim which must co-satisfy this
   * constraint. If a request is fulfilled by multiple devices, then all of the devices must
   * satisfy the constraint. If this is not specified, this constraint applies to all requests in
   * this claim.
   *
   * References to subrequests must include the name of the main request and may include the
   * subrequest using the format &lt;main request&gt;[/&lt;subrequest&gt;]. If just the main
   * request is given, the constraint applies to all subrequests.
   *
   * @return requests
   */
  public List<String> getRequests() {
    return requests;
  }

  public void setRequests(List<String> requests) {
    this.requests = requests;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1DeviceConstraint that = (V1beta1DeviceConstraint) other;
    return Objects.equals(distinctAttribute, that.distinctAttribute)
        && Objects.equals(matchAttribute, that.matchAttribute)
        && Objects.equals(requests, that.requests);
  }

  @Override
  public int hashCode() {
    return Objects.hash(distinctAttribute, matchAttribute, requests);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1DeviceConstraint {\n");
    sb.append("    distinctAttribute: ").append(distinctAttribute).append('\n');
    sb.append("    matchAttribute: ").append(matchAttribute).append('\n');
    sb.append("    requests: ").append(String.valueOf(requests).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
