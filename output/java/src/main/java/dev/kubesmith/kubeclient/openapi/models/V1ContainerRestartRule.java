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
 * ContainerRestartRule describes how a container exit is handled.
 */
public class V1ContainerRestartRule {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "action",
      "exitCodes");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ContainerRestartRule> CODEC = new Codec<V1ContainerRestartRule>() {
    @Override
    public V1ContainerRestartRule read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ContainerRestartRule)");
      }
      V1ContainerRestartRule o = new V1ContainerRestartRule();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.action = Codecs.STRING.read(p);
            break;
          case 1:
            o.exitCodes = V1ContainerRestartRuleOnExitCodes.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ContainerRestartRule o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.action != null) {
        g.writeFieldName("action");
        Codecs.STRING.write(g, o.action);
      }
      if (o.exitCodes != null) {
        g.writeFieldName("exitCodes");
        V1ContainerRestartRuleOnExitCodes.CODEC.write(g, o.exitCodes);
      }
      g.writeEndObject();
    }
  };

  private String action;

  private V1ContainerRestartRuleOnExitCodes exitCodes;

  public V1ContainerRestartRule action(String action) {
    this.action = action;
    return this;
  }

  /**
   * Specifies the action taken on a container exit if the requirements are satisfied. The only
   * possible value is "Restart" to restart the container.
   *
   * @return action
   */
  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public V1ContainerRestartRule exitCodes(V1ContainerRestartRuleOnExitCodes exitCodes) {
    this.exitCodes = exitCodes;
    return this;
  }

  /**
   * Represents the exit codes to check on container exits.
   *
   * @return exitCodes
   */
  public V1ContainerRestartRuleOnExitCodes getExitCodes() {
    return exitCodes;
  }

  public void setExitCodes(V1ContainerRestartRuleOnExitCodes exitCodes) {
    this.exitCodes = exitCodes;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ContainerRestartRule that = (V1ContainerRestartRule) other;
    return Objects.equals(action, that.action)
        && Objects.equals(exitCodes, that.exitCodes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, exitCodes);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ContainerRestartRule {\n");
    sb.append("    action: ").append(action).append('\n');
    sb.append("    exitCodes: ").append(String.valueOf(exitCodes).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
