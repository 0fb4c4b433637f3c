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
 * ExecAction describes a "run in container" action.
 */
public class V1ExecAction {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "command");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ExecAction> CODEC = new Codec<V1ExecAction>() {
    @Override
    public V1ExecAction read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ExecAction)");
      }
      V1ExecAction o = new V1ExecAction();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.command = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ExecAction o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.command != null) {
        g.writeFieldName("command");
        Codecs.listOf(Codecs.STRING).write(g, o.command);
      }
      g.writeEndObject();
    }
  };

  private List<String> command;

  public V1ExecAction command(List<String> command) {
    this.command = command;
    return this;
  }

  public V1ExecAction addCommandItem(String item) {
    if (this.command == null) {
      this.command = new ArrayList<>();
    }
    this.command.add(item);
    return this;
  }

  /**
   * Command is the command line to execute inside the container, the working directory for the
   * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
   * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use a
   * shell, you need to explicitly call out to that shell. Exit status of 0 is treated as
   * live/healthy and non-zero is unhealthy.
   *
   * @return command
   */
  public List<String> getCommand() {
    return command;
  }

  public void setCommand(List<String> command) {
    this.command = command;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ExecAction that = (V1ExecAction) other;
    return Objects.equals(command, that.command);
  }

  @Override
  public int hashCode() {
    return Objects.hash(command);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ExecAction {\n");
    sb.append("    command: ").append(String.valueOf(command).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
