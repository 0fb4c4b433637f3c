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
 * LimitedPriorityLevelConfiguration specifies how to handle requests that are subject to
 * limits. It addresses two issues:
 *   - How are requests for this priority level limited?
 *   - What should be done with requests that exceed the limit?
 */
public class V1LimitedPriorityLevelConfiguration {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "borrowingLimitPercent",
      "lendablePercent",
      "limitResponse",
      "nominalConcurrencyShares");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1LimitedPriorityLevelConfiguration> CODEC = new Codec<V1LimitedPriorityLevelConfiguration>() {
    @Override
    public V1LimitedPriorityLevelConfiguration read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1LimitedPriorityLevelConfiguration)");
      }
      V1LimitedPriorityLevelConfiguration o = new V1LimitedPriorityLevelConfiguration();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.borrowingLimitPercent = Codecs.INT32.read(p);
            break;
          case 1:
            o.lendablePercent = Codecs.INT32.read(p);
            break;
          case 2:
            o.limitResponse = V1LimitResponse.CODEC.read(p);
            break;
          case 3:
            o.nominalConcurrencyShares = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1LimitedPriorityLevelConfiguration o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.borrowingLimitPercent != null) {
        g.writeFieldName("borrowingLimitPercent");
        Codecs.INT32.write(g, o.borrowingLimitPercent);
      }
      if (o.lendablePercent != null) {
        g.writeFieldName("lendablePercent");
        Codecs.INT32.write(g, o.lendablePercent);
      }
      if (o.limitResponse != null) {
        g.writeFieldName("limitResponse");
        V1LimitResponse.CODEC.write(g, o.limitResponse);
      }
      if (o.nominalConcurrencyShares != null) {
        g.writeFieldName("nominalConcurrencyShares");
        Codecs.INT32.write(g, o.nominalConcurrencyShares);
      }
      g.writeEndObject();
    }
  };

  private Integer borrowingLimitPercent;

  private Integer lendablePercent;

  private V1LimitResponse limitResponse;

  private Integer nominalConcurrencyShares;

  public V1LimitedPriorityLevelConfiguration borrowingLimitPercent(Integer borrowingLimitPercent) {
    this.borrowingLimitPercent = borrowingLimitPercent;
    return this;
  }

  /**
   * `borrowingLimitPercent`, if present, configures a limit on how many seats this priority
   * level can borrow from other priority levels. The limit is known as this level's
   * BorrowingConcurrencyLimit (BorrowingCL) and is a limit on the total number of seats that
   * this level may borrow at any one time. This field holds the ratio of that limit to the
   * level's nominal concurrency limit. When this field is non-nil, it must hold a non-negative
   * integer and the limit is calculated as follows.
   *
   * BorrowingCL(i) = round( NominalCL(i) * borrowingLimitPercent(i)/100.0 )
   *
   * The value of this field can be more than 100, implying that this priority level can borrow a
   * number of seats that is greater than its own nominal concurrency limit (NominalCL). When
   * this field is left `nil`, the limit is effectively infinite.
   *
   * @return borrowingLimitPercent
   */
  public Integer getBorrowingLimitPercent() {
    return borrowingLimitPercent;
  }

  public void setBorrowingLimitPercent(Integer borrowingLimitPercent) {
    this.borrowingLimitPercent = borrowingLimitPercent;
  }

  public V1LimitedPriorityLevelConfiguration lendablePercent(Integer lendablePercent) {
    this.lendablePercent = lendablePercent;
    return this;
  }

  /**
   * `lendablePercent` prescribes the fraction of the level's NominalCL that can be borrowed by
   * other priority levels. The value of this field must be between 0 and 100, inclusive, and it
   * defaults to 0. The number of seats that other levels can borrow from this level, known as
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

  public V1LimitedPriorityLevelConfiguration limitResponse(V1LimitResponse limitResponse) {
    this.limitResponse = limitResponse;
    return this;
  }

  /**
   * `limitResponse` indicates what to do with requests that can not be executed right now
   *
   * @return limitResponse
   */
  public V1LimitResponse getLimitResponse() {
    return limitResponse;
  }

  public void setLimitResponse(V1LimitResponse limitResponse) {
    this.limitResponse = limitResponse;
  }

  public V1LimitedPriorityLevelConfiguration nominalConcurrencyShares(Integer nominalConcurrencyShares) {
    this.nominalConcurrencyShares = nominalConcurrencyShares;
    return this;
  }

  /**
   * `nominalConcurrencyShares` (NCS) contributes to the computation of the
   * NominalConcurrencyLimit (NominalCL) of this level. This is the number of execution seats
   * available at this priority level. This is used both for requests dispatched from this
   * priority level as well as requests dispatched from other priority levels borrowing seats
   * from this level. The server's concurrency limit (ServerCL) is divided among the Limited
   * priority levels in proportion to their NCS values:
   *
   * NominalCL(i)  = ceil( ServerCL * NCS(i) / sum_ncs ) sum_ncs = sum[priority level k] NCS(k)
   *
   * Bigger numbers mean a larger nominal concurrency limit, at the expense of every other
   * priority level.
   *
   * If not specified, this field defaults to a value of 30.
   *
   * Setting this field to zero supports the construction of a "jail" for this priority level
   * that is used to hold some request(s)
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
    V1LimitedPriorityLevelConfiguration that = (V1LimitedPriorityLevelConfiguration) other;
    return Objects.equals(borrowingLimitPercent, that.borrowingLimitPercent)
        && Objects.equals(lendablePercent, that.lendablePercent)
        && Objects.equals(limitResponse, that.limitResponse)
        && Objects.equals(nominalConcurrencyShares, that.nominalConcurrencyShares);
  }

  @Override
  public int hashCode() {
    return Objects.hash(borrowingLimitPercent, lendablePercent, limitResponse, nominalConcurrencyShares);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1LimitedPriorityLevelConfiguration {\n");
    sb.append("    borrowingLimitPercent: ").append(borrowingLimitPercent).append('\n');
    sb.append("    lendablePercent: ").append(lendablePercent).append('\n');
    sb.append("    limitResponse: ").append(String.valueOf(limitResponse).replace("\n", "\n    ")).append('\n');
    sb.append("    nominalConcurrencyShares: ").append(nominalConcurrencyShares).append('\n');
    return sb.append("}").toString();
  }
}
