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
 * ClusterTrustBundleProjection describes how to select a set of ClusterTrustBundle objects and
 * project their contents into the pod filesystem.
 */
public class V1ClusterTrustBundleProjection {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "labelSelector",
      "name",
      "optional",
      "path",
      "signerName",
      "user");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ClusterTrustBundleProjection> CODEC = new Codec<V1ClusterTrustBundleProjection>() {
    @Override
    public V1ClusterTrustBundleProjection read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ClusterTrustBundleProjection)");
      }
      V1ClusterTrustBundleProjection o = new V1ClusterTrustBundleProjection();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.labelSelector = V1LabelSelector.CODEC.read(p);
            break;
          case 1:
            o.name = Codecs.STRING.read(p);
            break;
          case 2:
            o.optional = Codecs.BOOLEAN.read(p);
            break;
          case 3:
            o.path = Codecs.STRING.read(p);
            break;
          case 4:
            o.signerName = Codecs.STRING.read(p);
            break;
          case 5:
            o.user = Codecs.INT64.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ClusterTrustBundleProjection o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.labelSelector != null) {
        g.writeFieldName("labelSelector");
        V1LabelSelector.CODEC.write(g, o.labelSelector);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.optional != null) {
        g.writeFieldName("optional");
        Codecs.BOOLEAN.write(g, o.optional);
      }
      if (o.path != null) {
        g.writeFieldName("path");
        Codecs.STRING.write(g, o.path);
      }
      if (o.signerName != null) {
        g.writeFieldName("signerName");
        Codecs.STRING.write(g, o.signerName);
      }
      if (o.user != null) {
        g.writeFieldName("user");
        Codecs.INT64.write(g, o.user);
      }
      g.writeEndObject();
    }
  };

  private V1LabelSelector labelSelector;

  private String name;

  private Boolean optional;

  private String path;

  private String signerName;

  private Long user;

  public V1ClusterTrustBundleProjection labelSelector(V1LabelSelector labelSelector) {
    this.labelSelector = labelSelector;
    return this;
  }

  /**
   * Select all ClusterTrustBundles that match this label selector.  Only has effect if
   * signerName is set.  Mutually-exclusive with name.  If unset, interpreted as "match nothing".
   * If set but empty, interpreted as "match everything".
   *
   * @return labelSelector
   */
  public V1LabelSelector getLabelSelector() {
    return labelSelector;
  }

  public void setLabelSelector(V1LabelSelector labelSelector) {
    this.labelSelector = labelSelector;
  }

  public V1ClusterTrustBundleProjection name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Select a single ClusterTrustBundle by object name.  Mutually-exclusive with signerName and
   * labelSelector.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1ClusterTrustBundleProjection optional(Boolean optional) {
    this.optional = optional;
    return this;
  }

  /**
   * If true, don't block pod startup if the referenced ClusterTrustBundle(s) aren't available.
   * If using name, then the named ClusterTrustBundle is allowed not to exist.  If using
   * signerName, then the combination of signerName and labelSelector is allowed to match zero
   * ClusterTrustBundles.
   *
   * @return optional
   */
  public Boolean getOptional() {
    return optional;
  }

  public void setOptional(Boolean optional) {
    this.optional = optional;
  }

  public V1ClusterTrustBundleProjection path(String path) {
    this.path = path;
    return this;
  }

  /**
   * Relative path from the volume root to write the bundle.
   *
   * @return path
   */
  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public V1ClusterTrustBundleProjection signerName(String signerName) {
    this.signerName = signerName;
    return this;
  }

  /**
   * Select all ClusterTrustBundles that match this signer name. Mutually-exclusive with name.
   * The contents of all selected ClusterTrustBundles will be unified and deduplicated.
   *
   * @return signerName
   */
  public String getSignerName() {
    return signerName;
  }

  public void setSignerName(String signerName) {
    this.signerName = signerName;
  }

  public V1ClusterTrustBundleProjection user(Long user) {
    this.user = user;
    return this;
  }

  /**
   * user is Optional: The owner UID of the created file. If specified, the item-level user field
   * takes precedence over defaultUser. (Alpha) This field requires the
   * AtomicWriteVolumeUserFields feature gate to be enabled.
   *
   * @return user
   */
  public Long getUser() {
    return user;
  }

  public void setUser(Long user) {
    this.user = user;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ClusterTrustBundleProjection that = (V1ClusterTrustBundleProjection) other;
    return Objects.equals(labelSelector, that.labelSelector)
        && Objects.equals(name, that.name)
        && Objects.equals(optional, that.optional)
        && Objects.equals(path, that.path)
        && Objects.equals(signerName, that.signerName)
        && Objects.equals(user, that.user);
  }

  @Override
  public int hashCode() {
    return Objects.hash(labelSelector, name, optional, path, signerName, user);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ClusterTrustBundleProjection {\n");
    sb.append("    labelSelector: ").append(String.valueOf(labelSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    optional: ").append(optional).append('\n');
    sb.append("    path: ").append(path).append('\n');
    sb.append("    signerName: ").append(signerName).append('\n');
    sb.append("    user: ").append(user).append('\n');
    return sb.append("}").toString();
  }
}
