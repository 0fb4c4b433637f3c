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
 * ContainerUser represents user identity information
 */
public class V1ContainerUser {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "linux");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ContainerUser> CODEC = new Codec<V1ContainerUser>() {
    @Override
    public V1ContainerUser read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ContainerUser)");
      }
      V1ContainerUser o = new V1ContainerUser();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.linux = V1LinuxContainerUser.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ContainerUser o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.linux != null) {
        g.writeFieldName("linux");
        V1LinuxContainerUser.CODEC.write(g, o.linux);
      }
      g.writeEndObject();
    }
  };

  private V1LinuxContainerUser linux;

  public V1ContainerUser linux(V1LinuxContainerUser linux) {
    this.linux = linux;
    return this;
  }

  /**
   * Linux holds user identity information initially attached to the first process of the
   * containers in Linux. Note that the actual running identity can be changed if the process has
   * enough privilege to do so.
   *
   * @return linux
   */
  public V1LinuxContainerUser getLinux() {
    return linux;
  }

  public void setLinux(V1LinuxContainerUser linux) {
    this.linux = linux;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ContainerUser that = (V1ContainerUser) other;
    return Objects.equals(linux, that.linux);
  }

  @Override
  public int hashCode() {
    return Objects.hash(linux);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ContainerUser {\n");
    sb.append("    linux: ").append(String.valueOf(linux).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
