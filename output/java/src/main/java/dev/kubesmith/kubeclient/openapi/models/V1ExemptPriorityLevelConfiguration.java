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
 * ExemptPriorityLevelConfiguration describes the configurable aspects of the handling of
 * exempt requests. In the mandatory exempt configuration object the values in the fields here
 * can be modified by authorized users, unlike the rest of the `spec`.
 */
public class V1ExemptPriorityLevelConfiguration {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "lendablePercent",
      "nominalConcurrencyShares");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ExemptPriorityLevelConfiguration> CODEC = new Codec<V1ExemptPriorityLevelConfiguration>() {
    @Override
    public V1ExemptPriorityLevelConfiguration read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ExemptPriorityLevelConfiguration)");
      }
      V1ExemptPriorityLevelConfiguration o = new V1ExemptPriorityLevelConfiguration();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.lendablePercent = Codecs.INT32.read(p);
            break;
          case 1:
            o.nominalConcurrencyShares = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ExemptPriorityLevelConfiguration o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.lendablePercent != null) {
        g.writeFieldName("lendablePercent");
        Codecs.INT32.write(g, o.lendablePercent);
      }
      if (o.nominalConcurrencyShares != null) {
        g.writeFieldName("nominalConcurrencyShares");
        Codecs.INT32.write(g, o.nominalConcurrencyShares);
      }
      g.writeEndObject();
    }
  };

  private Integer lendablePercent;

  private Integer nominalConcurrencyShares;

  public V1ExemptPriorityLevelConfiguration lendablePercent(Integer lendablePercent) {
    this.lendablePercent = lendablePercent;
    return this;
  }

  /**
   * `lendablePercent` prescribes the fraction of the level's NominalCL that can be borrowed by
   * other priority levels.  This value of this field must be between 0 and 100, inclusive, and
   * it defaults to 0. The number of seats that other levels can borrow from this level, known as
   * this level's LendableConcurrencyLimit (LendableCL), is defined as follows.
   *
   * LendableCL(i) = round( NominalCL(i) * lendablePercent(i)/100.0 )
   *
   * @return lendablePercent
   */
  public Integer getLendablePercent() {
    return lendablePercent;
  }

  public void setLendablePercent(Integer lendablePercent) {
    this.lendablePercent = lendablePercent;
  }

  public V1ExemptPriorityLevelConfiguration nominalConcurrencyShares(Integer nominalConcurrencyShares) {
    this.nominalConcurrencyShares = nominalConcurrencyShares;
    return this;
  }

  /**
   * `nominalConcurrencyShares` (NCS) contributes to the computation of the
   * NominalConcurrencyLimit (NominalCL) of this level. This is the number of execution seats
   * nominally reserved for this priority level. This DOES NOT limit the dispatching from this
   * priority level but affects the other priority levels through the borrowing mechanism. The
   * server's concurrency limit (ServerCL) is divided among all the priority levels in proportion
   * to their NCS values:
   *
   * NominalCL(i)  = ceil( ServerCL * NCS(i) / sum_ncs ) sum_ncs = sum[priority level k] NCS(k)
   *
   * Bigger numbers mean a larger nominal concurrency limit, at the expense of every other
   * priority level. This field has a default value of zero.
   *
   * @return nominalConcurrencyShares
   */
  public Integer getNominalConcurrencyShares() {
    return nominalConcurrencyShares;
  }

  public void setNominalConcurrencyShares(Integer nominalConcurrencyShares) {
    this.nominalConcurrencyShares = nominalConcurrencyShares;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ExemptPriorityLevelConfiguration that = (V1ExemptPriorityLevelConfiguration) other;
    return Objects.equals(lendablePercent, that.lendablePercent)
        && Objects.equals(nominalConcurrencyShares, that.nominalConcurrencyShares);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lendablePercent, nominalConcurrencyShares);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ExemptPriorityLevelConfiguration {\n");
    sb.append("    lendablePercent: ").append(lendablePercent).append('\n');
    sb.append("    nominalConcurrencyShares: ").append(nominalConcurrencyShares).append('\n');
    return sb.append("}").toString();
  }
}
