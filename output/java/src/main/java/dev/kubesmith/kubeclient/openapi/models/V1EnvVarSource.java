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
 * EnvVarSource represents a source for the value of an EnvVar.
 */
public class V1EnvVarSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "configMapKeyRef",
      "fieldRef",
      "fileKeyRef",
      "resourceFieldRef",
      "secretKeyRef");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1EnvVarSource> CODEC = new Codec<V1EnvVarSource>() {
    @Override
    public V1EnvVarSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1EnvVarSource)");
      }
      V1EnvVarSource o = new V1EnvVarSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.configMapKeyRef = V1ConfigMapKeySelector.CODEC.read(p);
            break;
          case 1:
            o.fieldRef = V1ObjectFieldSelector.CODEC.read(p);
            break;
          case 2:
            o.fileKeyRef = V1FileKeySelector.CODEC.read(p);
            break;
          case 3:
            o.resourceFieldRef = V1ResourceFieldSelector.CODEC.read(p);
            break;
          case 4:
            o.secretKeyRef = V1SecretKeySelector.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1EnvVarSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.configMapKeyRef != null) {
        g.writeFieldName("configMapKeyRef");
        V1ConfigMapKeySelector.CODEC.write(g, o.configMapKeyRef);
      }
      if (o.fieldRef != null) {
        g.writeFieldName("fieldRef");
        V1ObjectFieldSelector.CODEC.write(g, o.fieldRef);
      }
      if (o.fileKeyRef != null) {
        g.writeFieldName("fileKeyRef");
        V1FileKeySelector.CODEC.write(g, o.fileKeyRef);
      }
      if (o.resourceFieldRef != null) {
        g.writeFieldName("resourceFieldRef");
        V1ResourceFieldSelector.CODEC.write(g, o.resourceFieldRef);
      }
      if (o.secretKeyRef != null) {
        g.writeFieldName("secretKeyRef");
        V1SecretKeySelector.CODEC.write(g, o.secretKeyRef);
      }
      g.writeEndObject();
    }
  };

  private V1ConfigMapKeySelector configMapKeyRef;

  private V1ObjectFieldSelector fieldRef;

  private V1FileKeySelector fileKeyRef;

  private V1ResourceFieldSelector resourceFieldRef;

  private V1SecretKeySelector secretKeyRef;

  public V1EnvVarSource configMapKeyRef(V1ConfigMapKeySelector configMapKeyRef) {
    this.configMapKeyRef = configMapKeyRef;
    return this;
  }

  /**
   * Selects a key of a ConfigMap.
   *
   * @return configMapKeyRef
   */
  public V1ConfigMapKeySelector getConfigMapKeyRef() {
    return configMapKeyRef;
  }

  public void setConfigMapKeyRef(V1ConfigMapKeySelector configMapKeyRef) {
    this.configMapKeyRef = configMapKeyRef;
  }

  public V1EnvVarSource fieldRef(V1ObjectFieldSelector fieldRef) {
    this.fieldRef = fieldRef;
    return this;
  }

  /**
   * Selects a field of the pod: supports metadata.name, metadata.namespace,
   * `metadata.labels['&lt;KEY&gt;']`, `metadata.annotations['&lt;KEY&gt;']`, spec.nodeName,
   * spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
   *
   * @return fieldRef
   */
  public V1ObjectFieldSelector getFieldRef() {
    return fieldRef;
  }

  public void setFieldRef(V1ObjectFieldSelector fieldRef) {
    this.fieldRef = fieldRef;
  }

  public V1EnvVarSource fileKeyRef(V1FileKeySelector fileKeyRef) {
    this.fileKeyRef = fileKeyRef;
    return this;
  }

  /**
   * FileKeyRef selects a key of the env file. Requires the EnvFiles feature gate to be enabled.
   *
   * @return fileKeyRef
   */
  public V1FileKeySelector getFileKeyRef() {
    return fileKeyRef;
  }

  public void setFileKeyRef(V1FileKeySelector fileKeyRef) {
    this.fileKeyRef = fileKeyRef;
  }

  public V1EnvVarSource resourceFieldRef(V1ResourceFieldSelector resourceFieldRef) {
    this.resourceFieldRef = resourceFieldRef;
    return this;
  }

  /**
   * Selects a resource of the container: only resources limits and requests (limits.cpu,
   * limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and
   * requests.ephemeral-storage) are currently supported.
   *
   * @return resourceFieldRef
   */
  public V1ResourceFieldSelector getResourceFieldRef() {
    return resourceFieldRef;
  }

  public void setResourceFieldRef(V1ResourceFieldSelector resourceFieldRef) {
    this.resourceFieldRef = resourceFieldRef;
  }

  public V1EnvVarSource secretKeyRef(V1SecretKeySelector secretKeyRef) {
    this.secretKeyRef = secretKeyRef;
    return this;
  }

  /**
   * Selects a key of a secret in the pod's namespace
   *
   * @return secretKeyRef
   */
  public V1SecretKeySelector getSecretKeyRef() {
    return secretKeyRef;
  }

  public void setSecretKeyRef(V1SecretKeySelector secretKeyRef) {
    this.secretKeyRef = secretKeyRef;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1EnvVarSource that = (V1EnvVarSource) other;
    return Objects.equals(configMapKeyRef, that.configMapKeyRef)
        && Objects.equals(fieldRef, that.fieldRef)
        && Objects.equals(fileKeyRef, that.fileKeyRef)
        && Objects.equals(resourceFieldRef, that.resourceFieldRef)
        && Objects.equals(secretKeyRef, that.secretKeyRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(configMapKeyRef, fieldRef, fileKeyRef, resourceFieldRef, secretKeyRef);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1EnvVarSource {\n");
    sb.append("    configMapKeyRef: ").append(String.valueOf(configMapKeyRef).replace("\n", "\n    ")).append('\n');
    sb.append("    fieldRef: ").append(String.valueOf(fieldRef).replace("\n", "\n    ")).append('\n');
    sb.append("    fileKeyRef: ").append(String.valueOf(fileKeyRef).replace("\n", "\n    ")).append('\n');
    sb.append("    resourceFieldRef: ").append(String.valueOf(resourceFieldRef).replace("\n", "\n    ")).append('\n');
    sb.append("    secretKeyRef: ").append(String.valueOf(secretKeyRef).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
