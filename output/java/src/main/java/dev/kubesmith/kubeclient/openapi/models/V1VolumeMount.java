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
 * VolumeMount describes a mounting of a Volume within a container.
 */
public class V1VolumeMount {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "bindMountOptions",
      "mountPath",
      "mountPropagation",
      "name",
      "readOnly",
      "recursiveReadOnly",
      "subPath",
      "subPathExpr");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1VolumeMount> CODEC = new Codec<V1VolumeMount>() {
    @Override
    public V1VolumeMount read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1VolumeMount)");
      }
      V1VolumeMount o = new V1VolumeMount();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.bindMountOptions = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.mountPath = Codecs.STRING.read(p);
            break;
          case 2:
            o.mountPropagation = Codecs.STRING.read(p);
            break;
          case 3:
            o.name = Codecs.STRING.read(p);
            break;
          case 4:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          case 5:
            o.recursiveReadOnly = Codecs.STRING.read(p);
            break;
          case 6:
            o.subPath = Codecs.STRING.read(p);
            break;
          case 7:
            o.subPathExpr = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1VolumeMount o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.bindMountOptions != null) {
        g.writeFieldName("bindMountOptions");
        Codecs.listOf(Codecs.STRING).write(g, o.bindMountOptions);
      }
      if (o.mountPath != null) {
        g.writeFieldName("mountPath");
        Codecs.STRING.write(g, o.mountPath);
      }
      if (o.mountPropagation != null) {
        g.writeFieldName("mountPropagation");
        Codecs.STRING.write(g, o.mountPropagation);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      if (o.recursiveReadOnly != null) {
        g.writeFieldName("recursiveReadOnly");
        Codecs.STRING.write(g, o.recursiveReadOnly);
      }
      if (o.subPath != null) {
        g.writeFieldName("subPath");
        Codecs.STRING.write(g, o.subPath);
      }
      if (o.subPathExpr != null) {
        g.writeFieldName("subPathExpr");
        Codecs.STRING.write(g, o.subPathExpr);
      }
      g.writeEndObject();
    }
  };

  private List<String> bindMountOptions;

  private String mountPath;

  private String mountPropagation;

  private String name;

  private Boolean readOnly;

  private String recursiveReadOnly;

  private String subPath;

  private String subPathExpr;

  public V1VolumeMount bindMountOptions(List<String> bindMountOptions) {
    this.bindMountOptions = bindMountOptions;
    return this;
  }

  public V1VolumeMount addBindMountOptionsItem(String item) {
    if (this.bindMountOptions == null) {
      this.bindMountOptions = new ArrayList<>();
    }
    this.bindMountOptions.add(item);
    return this;
  }

  /**
   * bindMountOptions is the list of additional bind mount options to apply when mounting this
   * volume into the container. Allowed values are noexec, nodev, and nosuid. These are Linux
   * mount options and have no effect on Windows nodes. This field is not supported with image
   * volumes. This is an alpha field and requires enabling the VolumeBindMountOptions feature
   * gate.
   *
   * @return bindMountOptions
   */
  public List<String> getBindMountOptions() {
    return bindMountOptions;
  }

  public void setBindMountOptions(List<String> bindMountOptions) {
    this.bindMountOptions = bindMountOptions;
  }

  public V1VolumeMount mountPath(String mountPath) {
    this.mountPath = mountPath;
    return this;
  }

  /**
   * Path within the container at which the volume should be mounted.
   *
   * @return mountPath
   */
  public String getMountPath() {
    return mountPath;
  }

  public void setMountPath(String mountPath) {
    this.mountPath = mountPath;
  }

  public V1VolumeMount mountPropagation(String mountPropagation) {
    this.mountPropagation = mountPropagation;
    return this;
  }

  /**
   * mountPropagation determines how mounts are propagated from the host to container and the
   * other way around. When not set, MountPropagationNone is used. This field is beta in 1.10.
   * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or
   * unspecified (which defaults to None).
   *
   * @return mountPropagation
   */
  public String getMountPropagation() {
    return mountPropagation;
  }

  public void setMountPropagation(String mountPropagation) {
    this.mountPropagation = mountPropagation;
  }

  public V1VolumeMount name(String name) {
    this.name = name;
    return this;
  }

  /**
   * This must match the Name of a Volume.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1VolumeMount readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * Mounted read-only if true, read-write otherwise (false or unspecified). Defaults to false.
   *
   * @return readOnly
   */
  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  public V1VolumeMount recursiveReadOnly(String recursiveReadOnly) {
    this.recursiveReadOnly = recursiveReadOnly;
    return this;
  }

  /**
   * RecursiveReadOnly specifies whether read-only mounts should be handled recursively.
   *
   * If ReadOnly is false, this field has no meaning and must be unspecified.
   *
   * If ReadOnly is true, and this field is set to Disabled, the mount is not made recursively
   * read-only.  If this field is set to IfPossible, the mount is made recursively read-only, if
   * it is supported by the container runtime.  If this field is set to Enabled, the mount is
   * made recursively read-only if it is supported by the container runtime, otherwise the pod
   * will not be started and an error will be generated to indicate the reason.
   *
   * If this field is set to IfPossible or Enabled, MountPropagation must be set to None (or be
   * unspecified, which defaults to None).
   *
   * If this field is not specified, it is treated as an equivalent of Disabled.
   *
   * @return recursiveReadOnly
   */
  public String getRecursiveReadOnly() {
    return recursiveReadOnly;
  }

  public void setRecursiveReadOnly(String recursiveReadOnly) {
    this.recursiveReadOnly = recursiveReadOnly;
  }

  public V1VolumeMount subPath(String subPath) {
    this.subPath = subPath;
    return this;
  }

  /**
   * Path within the volume from which the container's volume should be mounted. Defaults to ""
   * (volume's root).
   *
   * @return subPath
   */
  public String getSubPath() {
    return subPath;
  }

  public void setSubPath(String subPath) {
    this.subPath = subPath;
  }

  public V1VolumeMount subPathExpr(String subPathExpr) {
    this.subPathExpr = subPathExpr;
    return this;
  }

  /**
   * Expanded path within the volume from which the container's volume should be mounted. Behaves
   * similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the
   * container's environment. Defaults to "" (volume's root). SubPathExpr and SubPath are
   * mutually exclusive.
   *
   * @return subPathExpr
   */
  public String getSubPathExpr() {
    return subPathExpr;
  }

  public void setSubPathExpr(String subPathExpr) {
    this.subPathExpr = subPathExpr;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1VolumeMount that = (V1VolumeMount) other;
    return Objects.equals(bindMountOptions, that.bindMountOptions)
        && Objects.equals(mountPath, that.mountPath)
        && Objects.equals(mountPropagation, that.mountPropagation)
        && Objects.equals(name, that.name)
        && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(recursiveReadOnly, that.recursiveReadOnly)
        && Objects.equals(subPath, that.subPath)
        && Objects.equals(subPathExpr, that.subPathExpr);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bindMountOptions, mountPath, mountPropagation, name, readOnly, recursiveReadOnly, subPath, subPathExpr);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1VolumeMount {\n");
    sb.append("    bindMountOptions: ").append(String.valueOf(bindMountOptions).replace("\n", "\n    ")).append('\n');
    sb.append("    mountPath: ").append(mountPath).append('\n');
    sb.append("    mountPropagation: ").append(mountPropagation).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    sb.append("    recursiveReadOnly: ").append(recursiveReadOnly).append('\n');
    sb.append("    subPath: ").append(subPath).append('\n');
    sb.append("    subPathExpr: ").append(subPathExpr).append('\n');
    return sb.append("}").toString();
  }
}
