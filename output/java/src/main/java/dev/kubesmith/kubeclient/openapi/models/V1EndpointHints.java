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
 * EndpointHints provides hints describing how an endpoint should be consumed.
 */
public class V1EndpointHints {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "forNodes",
      "forZones");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1EndpointHints> CODEC = new Codec<V1EndpointHints>() {
    @Override
    public V1EndpointHints read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1EndpointHints)");
      }
      V1EndpointHints o = new V1EndpointHints();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.forNodes = Codecs.listOf(V1ForNode.CODEC).read(p);
            break;
          case 1:
            o.forZones = Codecs.listOf(V1ForZone.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1EndpointHints o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.forNodes != null) {
        g.writeFieldName("forNodes");
        Codecs.listOf(V1ForNode.CODEC).write(g, o.forNodes);
      }
      if (o.forZones != null) {
        g.writeFieldName("forZones");
        Codecs.listOf(V1ForZone.CODEC).write(g, o.forZones);
      }
      g.writeEndObject();
    }
  };

  private List<V1ForNode> forNodes;

  private List<V1ForZone> forZones;

  public V1EndpointHints forNodes(List<V1ForNode> forNodes) {
    this.forNodes = forNodes;
    return this;
  }

  public V1EndpointHints addForNodesItem(V1ForNode item) {
    if (this.forNodes == null) {
      this.forNodes = new ArrayList<>();
    }
    this.forNodes.add(item);
    return this;
  }

  /**
   * forNodes indicates the node(s) this endpoint should be consumed by when using topology aware
   * routing. May contain a maximum of 8 entries.
   *
   * @return forNodes
   */
  public List<V1ForNode> getForNodes() {
    return forNodes;
  }

  public void setForNodes(List<V1ForNode> forNodes) {
    this.forNodes = forNodes;
  }

  public V1EndpointHints forZones(List<V1ForZone> forZones) {
    this.forZones = forZones;
    return this;
  }

  public V1EndpointHints addForZonesItem(V1ForZone item) {
    if (this.forZones == null) {
      this.forZones = new ArrayList<>();
    }
    this.forZones.add(item);
    return this;
  }

  /**
   * forZones indicates the zone(s) this endpoint should be consumed by when using topology aware
   * routing. May contain a maximum of 8 entries.
   *
   * @return forZones
   */
  public List<V1ForZone> getForZones() {
    return forZones;
  }

  public void setForZones(List<V1ForZone> forZones) {
    this.forZones = forZones;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1EndpointHints that = (V1EndpointHints) other;
    return Objects.equals(forNodes, that.forNodes)
        && Objects.equals(forZones, that.forZones);
  }

  @Override
  public int hashCode() {
    return Objects.hash(forNodes, forZones);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1EndpointHints {\n");
    sb.append("    forNodes: ").append(String.valueOf(forNodes).replace("\n", "\n    ")).append('\n');
    sb.append("    forZones: ").append(String.valueOf(forZones).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
