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
 * IPBlock describes a particular CIDR (Ex. "192.168.1.0/24","2001:db8::/64") that is allowed
 * to the pods matched by a NetworkPolicySpec's podSelector. The except entry describes CIDRs
 * that should not be included within this rule.
 */
public class V1IPBlock {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "cidr",
      "except");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1IPBlock> CODEC = new Codec<V1IPBlock>() {
    @Override
    public V1IPBlock read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1IPBlock)");
      }
      V1IPBlock o = new V1IPBlock();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.cidr = Codecs.STRING.read(p);
            break;
          case 1:
            o.except = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1IPBlock o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.cidr != null) {
        g.writeFieldName("cidr");
        Codecs.STRING.write(g, o.cidr);
      }
      if (o.except != null) {
        g.writeFieldName("except");
        Codecs.listOf(Codecs.STRING).write(g, o.except);
      }
      g.writeEndObject();
    }
  };

  private String cidr;

  private List<String> except;

  public V1IPBlock cidr(String cidr) {
    this.cidr = cidr;
    return this;
  }

  /**
   * cidr is a string representing the IPBlock Valid examples are "192.168.1.0/24" or
   * "2001:db8::/64"
   *
   * @return cidr
   */
  public String getCidr() {
    return cidr;
  }

  public void setCidr(String cidr) {
    this.cidr = cidr;
  }

  public V1IPBlock except(List<String> except) {
    this.except = except;
    return this;
  }

  public V1IPBlock addExceptItem(String item) {
    if (this.except == null) {
      this.except = new ArrayList<>();
    }
    this.except.add(item);
    return this;
  }

  /**
   * except is a slice of CIDRs that should not be included within an IPBlock Valid examples are
   * "192.168.1.0/24" or "2001:db8::/64" Except values will be rejected if they are outside the
   * cidr range
   *
   * @return except
   */
  public List<String> getExcept() {
    return except;
  }

  public void setExcept(List<String> except) {
    this.except = except;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1IPBlock that = (V1IPBlock) other;
    return Objects.equals(cidr, that.cidr)
        && Objects.equals(except, that.except);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cidr, except);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1IPBlock {\n");
    sb.append("    cidr: ").append(cidr).append('\n');
    sb.append("    except: ").append(String.valueOf(except).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
