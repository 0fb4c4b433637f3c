package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.common.KubernetesObject;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ServiceAccount binds together: * a name, understood by users, and perhaps by peripheral
 * systems, for an identity * a principal that can be authenticated and authorized * a set of
 * secrets
 */
public class V1ServiceAccount implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "automountServiceAccountToken",
      "imagePullSecrets",
      "kind",
      "metadata",
      "secrets");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ServiceAccount> CODEC = new Codec<V1ServiceAccount>() {
    @Override
    public V1ServiceAccount read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ServiceAccount)");
      }
      V1ServiceAccount o = new V1ServiceAccount();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.automountServiceAccountToken = Codecs.BOOLEAN.read(p);
            break;
          case 2:
            o.imagePullSecrets = Codecs.listOf(V1LocalObjectReference.CODEC).read(p);
            break;
          case 3:
            o.kind = Codecs.STRING.read(p);
            break;
          case 4:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          case 5:
            o.secrets = Codecs.listOf(V1ObjectReference.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ServiceAccount o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.automountServiceAccountToken != null) {
        g.writeFieldName("automountServiceAccountToken");
        Codecs.BOOLEAN.write(g, o.automountServiceAccountToken);
      }
      if (o.imagePullSecrets != null) {
        g.writeFieldName("imagePullSecrets");
        Codecs.listOf(V1LocalObjectReference.CODEC).write(g, o.imagePullSecrets);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.metadata != null) {
        g.writeFieldName("metadata");
        V1ObjectMeta.CODEC.write(g, o.metadata);
      }
      if (o.secrets != null) {
        g.writeFieldName("secrets");
        Codecs.listOf(V1ObjectReference.CODEC).write(g, o.secrets);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private Boolean automountServiceAccountToken;

  private List<V1LocalObjectReference> imagePullSecrets;

  private String kind;

  private V1ObjectMeta metadata;

  private List<V1ObjectReference> secrets;

  public V1ServiceAccount apiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  /**
   * APIVersion defines the versioned schema of this representation of an object. Servers should
   * convert recognized schemas to the latest internal value, and may reject unrecognized values.
   * More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   *
   * @return apiVersion
   */
  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public V1ServiceAccount automountServiceAccountToken(Boolean automountServiceAccountToken) {
    this.automountServiceAccountToken = automountServiceAccountToken;
    return this;
  }

  /**
   * AutomountServiceAccountToken indicates whether pods running as this service account should
   * have an API token automatically mounted. Can be overridden at the pod level.
   *
   * @return automountServiceAccountToken
   */
  public Boolean getAutomountServiceAccountToken() {
    return automountServiceAccountToken;
  }

  public void setAutomountServiceAccountToken(Boolean automountServiceAccountToken) {
    this.automountServiceAccountToken = automountServiceAccountToken;
  }

  public V1ServiceAccount imagePullSecrets(List<V1LocalObjectReference> imagePullSecrets) {
    this.imagePullSecrets = imagePullSecrets;
    return this;
  }

  public V1ServiceAccount addImagePullSecretsItem(V1LocalObjectReference item) {
    if (this.imagePullSecrets == null) {
      this.imagePullSecrets = new ArrayList<>();
    }
    this.imagePullSecrets.add(item);
    return this;
  }

  /**
   * ImagePullSecrets is a list of references to secrets in the same namespace to use for pulling
   * any images in pods that reference this ServiceAccount. ImagePullSecrets are distinct from
   * Secrets because Secrets can be mounted in the pod, but ImagePullSecrets are only accessed by
   * the kubelet. More info:
   * https://kubernetes.io/docs/concepts/containers/images/#specifying-imagepullsecrets-on-a-pod
   *
   * @return imagePullSecrets
   */
  public List<V1LocalObjectReference> getImagePullSecrets() {
    return imagePullSecrets;
  }

  public void setImagePullSecrets(List<V1LocalObjectReference> imagePullSecrets) {
    this.imagePullSecrets = imagePullSecrets;
  }

  public V1ServiceAccount kind(String kind) {
    this.kind = kind;
    return this;
  }

  /**
   * Kind is a string value representing the REST resource this object represents. Servers may
   * infer this from the endpoint the client submits requests to. Cannot be updated. In
   * CamelCase. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   *
   * @return kind
   */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public V1ServiceAccount metadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * Standard object's metadata. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
   *
   * @return metadata
   */
  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
  }

  public V1ServiceAccount secrets(List<V1ObjectReference> secrets) {
    this.secrets = secrets;
    return this;
  }

  public V1ServiceAccount addSecretsItem(V1ObjectReference item) {
    if (this.secrets == null) {
      this.secrets = new ArrayList<>();
    }
    this.secrets.add(item);
    return this;
  }

  /**
   * Secrets is a list of the secrets in the same namespace that pods running using this
   * ServiceAccount are allowed to use. Pods are only limited to this list if this service
   * account has a "kubernetes.io/enforce-mountable-secrets" annotation set to "true". The
   * "kubernetes.io/enforce-mountable-secrets" annotation is deprecated since v1.32. Prefer
   * separate namespaces to isolate access to mounted secrets. This field should not be used to
   * find auto-generated service account token secrets for use outside of pods. Instead, tokens
   * can be requested directly using the TokenRequest API, or service account token secrets can
   * be manually created. More info: https://kubernetes.io/docs/concepts/configuration/secret
   *
   * @return secrets
   */
  public List<V1ObjectReference> getSecrets() {
    return secrets;
  }

  public void setSecrets(List<V1ObjectReference> secrets) {
    this.secrets = secrets;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ServiceAccount that = (V1ServiceAccount) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(automountServiceAccountToken, that.automountServiceAccountToken)
        && Objects.equals(imagePullSecrets, that.imagePullSecrets)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(secrets, that.secrets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, automountServiceAccountToken, imagePullSecrets, kind, metadata, secrets);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ServiceAccount {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    automountServiceAccountToken: ").append(automountServiceAccountToken).append('\n');
    sb.append("    imagePullSecrets: ").append(String.valueOf(imagePullSecrets).replace("\n", "\n    ")).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    secrets: ").append(String.valueOf(secrets).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
