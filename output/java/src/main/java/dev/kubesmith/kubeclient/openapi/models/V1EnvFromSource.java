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
 * EnvFromSource represents the source of a set of ConfigMaps or Secrets
 */
public class V1EnvFromSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "configMapRef",
      "prefix",
      "secretRef");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1EnvFromSource> CODEC = new Codec<V1EnvFromSource>() {
    @Override
    public V1EnvFromSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1EnvFromSource)");
      }
      V1EnvFromSource o = new V1EnvFromSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.configMapRef = V1ConfigMapEnvSource.CODEC.read(p);
            break;
          case 1:
            o.prefix = Codecs.STRING.read(p);
            break;
          case 2:
            o.secretRef = V1SecretEnvSource.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1EnvFromSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.configMapRef != null) {
        g.writeFieldName("configMapRef");
        V1ConfigMapEnvSource.CODEC.write(g, o.configMapRef);
      }
      if (o.prefix != null) {
        g.writeFieldName("prefix");
        Codecs.STRING.write(g, o.prefix);
      }
      if (o.secretRef != null) {
        g.writeFieldName("secretRef");
        V1SecretEnvSource.CODEC.write(g, o.secretRef);
      }
      g.writeEndObject();
    }
  };

  private V1ConfigMapEnvSource configMapRef;

  private String prefix;

  private V1SecretEnvSource secretRef;

  public V1EnvFromSource configMapRef(V1ConfigMapEnvSource configMapRef) {
    this.configMapRef = configMapRef;
    return this;
  }

  /**
   * The ConfigMap to select from
   *
   * @return configMapRef
   */
  public V1ConfigMapEnvSource getConfigMapRef() {
    return configMapRef;
  }

  public void setConfigMapRef(V1ConfigMapEnvSource configMapRef) {
    this.configMapRef = configMapRef;
  }

  public V1EnvFromSource prefix(String prefix) {
    this.prefix = prefix;
    return this;
  }

  /**
   * Optional text to prepend to the name of each environment variable. May consist of any
   * printable ASCII characters except '='.
   *
   * @return prefix
   */
  public String getPrefix() {
    return prefix;
  }

  public void setPrefix(String prefix) {
    this.prefix = prefix;
  }

  public V1EnvFromSource secretRef(V1SecretEnvSource secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  /**
   * The Secret to select from
   *
   * @return secretRef
   */
  public V1SecretEnvSource getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(V1SecretEnvSource secretRef) {
    this.secretRef = secretRef;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1EnvFromSource that = (V1EnvFromSource) other;
    return Objects.equals(configMapRef, that.configMapRef)
        && Objects.equals(prefix, that.prefix)
        && Objects.equals(secretRef, that.secretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(configMapRef, prefix, secretRef);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1EnvFromSource {\n");
    sb.append("    configMapRef: ").append(String.valueOf(configMapRef).replace("\n", "\n    ")).append('\n');
    sb.append("    prefix: ").append(prefix).append('\n');
    sb.append("    secretRef: ").append(String.valueOf(secretRef).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
