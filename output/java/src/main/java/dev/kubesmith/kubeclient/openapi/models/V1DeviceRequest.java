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
 * DeviceRequest is a request for devices required for a claim. This is typically a request for
 * a single resource like a device, but can also ask for several identical devices. With
 * FirstAvailable it is also possible to provide a prioritized list of requests.
 */
public class V1DeviceRequest {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "exactly",
      "firstAvailable",
      "name");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1DeviceRequest> CODEC = new Codec<V1DeviceRequest>() {
    @Override
    public V1DeviceRequest read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1DeviceRequest)");
      }
      V1DeviceRequest o = new V1DeviceRequest();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.exactly = V1ExactDeviceRequest.CODEC.read(p);
            break;
          case 1:
            o.firstAvailable = Codecs.listOf(V1DeviceSubRequest.CODEC).read(p);
            break;
          case 2:
            o.name = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1DeviceRequest o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.exactly != null) {
        g.writeFieldName("exactly");
        V1ExactDeviceRequest.CODEC.write(g, o.exactly);
      }
      if (o.firstAvailable != null) {
        g.writeFieldName("firstAvailable");
        Codecs.listOf(V1DeviceSubRequest.CODEC).write(g, o.firstAvailable);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      g.writeEndObject();
    }
  };

  private V1ExactDeviceRequest exactly;

  private List<V1DeviceSubRequest> firstAvailable;

  private String name;

  public V1DeviceRequest exactly(V1ExactDeviceRequest exactly) {
    this.exactly = exactly;
    return this;
  }

  /**
   * Exactly specifies the details for a single request that must be met exactly for the request
   * to be satisfied.
   *
   * One of Exactly or FirstAvailable must be set.
   *
   * @return exactly
   */
  public V1ExactDeviceRequest getExactly() {
    return exactly;
  }

  public void setExactly(V1ExactDeviceRequest exactly) {
    this.exactly = exactly;
  }

  public V1DeviceRequest firstAvailable(List<V1DeviceSubRequest> firstAvailable) {
    this.firstAvailable = firstAvailable;
    return this;
  }

  public V1DeviceRequest addFirstAvailableItem(V1DeviceSubRequest item) {
    if (this.firstAvailable == null) {
      this.firstAvailable = new ArrayList<>();
    }
    this.firstAvailable.add(item);
    return this;
  }

  /**
   * FirstAvailable contains subrequests, of which exactly one will be selected by the scheduler.
   * It tries to satisfy them in the order in which they are listed here. So if there are two
   * entries in the list, the scheduler will only check the second one if it determines that the
   * first one can not be used.
   *
   * DRA does not yet implement scoring, so the scheduler will select the first set of devices
   * that satisfies all the requests in the claim. And if the requirements can be satisfied on
   * more than one node, other scheduling features will determine which node is chosen. This
   * means that the set of devices allocated to a claim might not be the optimal set available to
   * the cluster. Scoring will be implemented later.
   *
   * @return firstAvailable
   */
  public List<V1DeviceSubRequest> getFirstAvailable() {
    return firstAvailable;
  }

  public void setFirstAvailable(List<V1DeviceSubRequest> firstAvailable) {
    this.firstAvailable = firstAvailable;
  }

  public V1DeviceRequest name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name can be used to reference this request in a pod.spec.containers[].resources.claims entry
   * and in a constraint of the claim.
   *
   * References using the name in the DeviceRequest will uniquely identify a request when the
   * Exactly field is set. When the FirstAvailable field is set, a reference to the name of the
   * DeviceRequest will match whatever subrequest is chosen by the scheduler.
   *
   * Must be a DNS label.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1DeviceRequest that = (V1DeviceRequest) other;
    return Objects.equals(exactly, that.exactly)
        && Objects.equals(firstAvailable, that.firstAvailable)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(exactly, firstAvailable, name);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1DeviceRequest {\n");
    sb.append("    exactly: ").append(String.valueOf(exactly).replace("\n", "\n    ")).append('\n');
    sb.append("    firstAvailable: ").append(String.valueOf(firstAvailable).replace("\n", "\n    ")).append('\n');
    sb.append("    name: ").append(name).append('\n');
    return sb.append("}").toString();
  }
}
