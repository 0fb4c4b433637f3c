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
 * ServiceCIDRSpec define the CIDRs the user wants to use for allocating ClusterIPs for
 * Services.
 */
public class V1ServiceCIDRSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "cidrs");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ServiceCIDRSpec> CODEC = new Codec<V1ServiceCIDRSpec>() {
    @Override
    public V1ServiceCIDRSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ServiceCIDRSpec)");
      }
      V1ServiceCIDRSpec o = new V1ServiceCIDRSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.cidrs = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ServiceCIDRSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.cidrs != null) {
        g.writeFieldName("cidrs");
        Codecs.listOf(Codecs.STRING).write(g, o.cidrs);
      }
      g.writeEndObject();
    }
  };

  private List<String> cidrs;

  public V1ServiceCIDRSpec cidrs(List<String> cidrs) {
    this.cidrs = cidrs;
    return this;
  }

  public V1ServiceCIDRSpec addCidrsItem(String item) {
    if (this.cidrs == null) {
      this.cidrs = new ArrayList<>();
    }
    this.cidrs.add(item);
    return this;
  }

  /**
   * cidrs defines the IP blocks in CIDR notation (e.g. "192.168.0.0/24" or "2001:db8::/64") from
   * which to assign service cluster IPs. Max of two CIDRs is allowed, one of each IP family.
   * This field is immutable.
   *
   * @return cidrs
   */
  public List<String> getCidrs() {
    return cidrs;
  }

  public void setCidrs(List<String> cidrs) {
    this.cidrs = cidrs;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ServiceCIDRSpec that = (V1ServiceCIDRSpec) other;
    return Objects.equals(cidrs, that.cidrs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cidrs);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ServiceCIDRSpec {\n");
    sb.append("    cidrs: ").append(String.valueOf(cidrs).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
