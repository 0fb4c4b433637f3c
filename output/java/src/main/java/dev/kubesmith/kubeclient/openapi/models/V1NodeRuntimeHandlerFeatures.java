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
 * NodeRuntimeHandlerFeatures is a set of features implemented by the runtime handler.
 */
public class V1NodeRuntimeHandlerFeatures {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "recursiveReadOnlyMounts",
      "userNamespaces");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeRuntimeHandlerFeatures> CODEC = new Codec<V1NodeRuntimeHandlerFeatures>() {
    @Override
    public V1NodeRuntimeHandlerFeatures read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeRuntimeHandlerFeatures)");
      }
      V1NodeRuntimeHandlerFeatures o = new V1NodeRuntimeHandlerFeatures();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.recursiveReadOnlyMounts = Codecs.BOOLEAN.read(p);
            break;
          case 1:
            o.userNamespaces = Codecs.BOOLEAN.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeRuntimeHandlerFeatures o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.recursiveReadOnlyMounts != null) {
        g.writeFieldName("recursiveReadOnlyMounts");
        Codecs.BOOLEAN.write(g, o.recursiveReadOnlyMounts);
      }
      if (o.userNamespaces != null) {
        g.writeFieldName("userNamespaces");
        Codecs.BOOLEAN.write(g, o.userNamespaces);
      }
      g.writeEndObject();
    }
  };

  private Boolean recursiveReadOnlyMounts;

  private Boolean userNamespaces;

  public V1NodeRuntimeHandlerFeatures recursiveReadOnlyMounts(Boolean recursiveReadOnlyMounts) {
    this.recursiveReadOnlyMounts = recursiveReadOnlyMounts;
    return this;
  }

  /**
   * RecursiveReadOnlyMounts is set to true if the runtime handler supports
   * RecursiveReadOnlyMounts.
   *
   * @return recursiveReadOnlyMounts
   */
  public Boolean getRecursiveReadOnlyMounts() {
    return recursiveReadOnlyMounts;
  }

  public void setRecursiveReadOnlyMounts(Boolean recursiveReadOnlyMounts) {
    this.recursiveReadOnlyMounts = recursiveReadOnlyMounts;
  }

  public V1NodeRuntimeHandlerFeatures userNamespaces(Boolean userNamespaces) {
    this.userNamespaces = userNamespaces;
    return this;
  }

  /**
   * UserNamespaces is set to true if the runtime handler supports UserNamespaces, including for
   * volumes.
   *
   * @return userNamespaces
   */
  public Boolean getUserNamespaces() {
    return userNamespaces;
  }

  public void setUserNamespaces(Boolean userNamespaces) {
    this.userNamespaces = userNamespaces;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodeRuntimeHandlerFeatures that = (V1NodeRuntimeHandlerFeatures) other;
    return Objects.equals(recursiveReadOnlyMounts, that.recursiveReadOnlyMounts)
        && Objects.equals(userNamespaces, that.userNamespaces);
  }

  @Override
  public int hashCode() {
    return Objects.hash(recursiveReadOnlyMounts, userNamespaces);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeRuntimeHandlerFeatures {\n");
    sb.append("    recursiveReadOnlyMounts: ").append(recursiveReadOnlyMounts).append('\n');
    sb.append("    userNamespaces: ").append(userNamespaces).append('\n');
    return sb.append("}").toString();
  }
}
