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
 * QueuingConfiguration holds the configuration parameters for queuing
 */
public class V1QueuingConfiguration {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "handSize",
      "queueLengthLimit",
      "queues");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1QueuingConfiguration> CODEC = new Codec<V1QueuingConfiguration>() {
    @Override
    public V1QueuingConfiguration read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1QueuingConfiguration)");
      }
      V1QueuingConfiguration o = new V1QueuingConfiguration();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.handSize = Codecs.INT32.read(p);
            break;
          case 1:
            o.queueLengthLimit = Codecs.INT32.read(p);
            break;
          case 2:
            o.queues = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1QueuingConfiguration o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.handSize != null) {
        g.writeFieldName("handSize");
        Codecs.INT32.write(g, o.handSize);
      }
      if (o.queueLengthLimit != null) {
        g.writeFieldName("queueLengthLimit");
        Codecs.INT32.write(g, o.queueLengthLimit);
      }
      if (o.queues != null) {
        g.writeFieldName("queues");
        Codecs.INT32.write(g, o.queues);
      }
      g.writeEndObject();
    }
  };

  private Integer handSize;

  private Integer queueLengthLimit;

  private Integer queues;

  public V1QueuingConfiguration handSize(Integer handSize) {
    this.handSize = handSize;
    return this;
  }

  /**
   * `handSize` is a small positive number that configures the shuffle sharding of requests into
   * queues.  When enqueuing a request at this priority level the request's flow identifier (a
   * string pair) is hashed and the hash value is used to shuffle the list of queues and deal a
   * hand of the size specified here.  The request is put into one of the shortest queues in that
   * hand. `handSize` must be no larger than `queues`, and should be significantly smaller (so
   * that a few heavy flows do not saturate most of the queues).  See the user-facing
   * documentation for more extensive guidance on setting this field.  This field has a default
   * value of 8.
   *
   * @return handSize
   */
  public Integer getHandSize() {
    return handSize;
  }

  public void setHandSize(Integer handSize) {
    this.handSize = handSize;
  }

  public V1QueuingConfiguration queueLengthLimit(Integer queueLengthLimit) {
    this.queueLengthLimit = queueLengthLimit;
    return this;
  }

  /**
   * `queueLengthLimit` is the maximum number of requests allowed to be waiting in a given queue
   * of this priority level at a time; excess requests are rejected.  This value must be
   * positive.  If not specified, it will be defaulted to 50.
   *
   * @return queueLengthLimit
   */
  public Integer getQueueLengthLimit() {
    return queueLengthLimit;
  }

  public void setQueueLengthLimit(Integer queueLengthLimit) {
    this.queueLengthLimit = queueLengthLimit;
  }

  public V1QueuingConfiguration queues(Integer queues) {
    this.queues = queues;
    return this;
  }

  /**
   * `queues` is the number of queues for this priority level. The queues exist independently at
   * each apiserver. The value must be positive.  Setting it to 1 effectively precludes
   * shufflesharding and thus makes the distinguisher method of associated flow schemas
   * irrelevant.  This field has a default value of 64.
   *
   * @return queues
   */
  public Integer getQueues() {
    return queues;
  }

  public void setQueues(Integer queues) {
    this.queues = queues;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1QueuingConfiguration that = (V1QueuingConfiguration) other;
    return Objects.equals(handSize, that.handSize)
        && Objects.equals(queueLengthLimit, that.queueLengthLimit)
        && Objects.equals(queues, that.queues);
  }

  @Override
  public int hashCode() {
    return Objects.hash(handSize, queueLengthLimit, queues);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1QueuingConfiguration {\n");
    sb.append("    handSize: ").append(handSize).append('\n');
    sb.append("    queueLengthLimit: ").append(queueLengthLimit).append('\n');
    sb.append("    queues: ").append(queues).append('\n');
    return sb.append("}").toString();
  }
}
