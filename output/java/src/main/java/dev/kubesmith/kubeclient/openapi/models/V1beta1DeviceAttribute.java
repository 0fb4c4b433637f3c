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
 * DeviceAttribute must have exactly one field set.
 */
public class V1beta1DeviceAttribute {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "bool",
      "bools",
      "int",
      "ints",
      "string",
      "strings",
      "version",
      "versions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1DeviceAttribute> CODEC = new Codec<V1beta1DeviceAttribute>() {
    @Override
    public V1beta1DeviceAttribute read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1DeviceAttribute)");
      }
      V1beta1DeviceAttribute o = new V1beta1DeviceAttribute();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.bool = Codecs.BOOLEAN.read(p);
            break;
          case 1:
            o.bools = Codecs.listOf(Codecs.BOOLEAN).read(p);
            break;
          case 2:
            o._int = Codecs.INT64.read(p);
            break;
          case 3:
            o.ints = Codecs.listOf(Codecs.INT64).read(p);
            break;
          case 4:
            o.string = Codecs.STRING.read(p);
            break;
          case 5:
            o.strings = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 6:
            o.version = Codecs.STRING.read(p);
            break;
          case 7:
            o.versions = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1DeviceAttribute o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.bool != null) {
        g.writeFieldName("bool");
        Codecs.BOOLEAN.write(g, o.bool);
      }
      if (o.bools != null) {
        g.writeFieldName("bools");
        Codecs.listOf(Codecs.BOOLEAN).write(g, o.bools);
      }
      if (o._int != null) {
        g.writeFieldName("int");
        Codecs.INT64.write(g, o._int);
      }
      if (o.ints != null) {
        g.writeFieldName("ints");
        Codecs.listOf(Codecs.INT64).write(g, o.ints);
      }
      if (o.string != null) {
        g.writeFieldName("string");
        Codecs.STRING.write(g, o.string);
      }
      if (o.strings != null) {
        g.writeFieldName("strings");
        Codecs.listOf(Codecs.STRING).write(g, o.strings);
      }
      if (o.version != null) {
        g.writeFieldName("version");
        Codecs.STRING.write(g, o.version);
      }
      if (o.versions != null) {
        g.writeFieldName("versions");
        Codecs.listOf(Codecs.STRING).write(g, o.versions);
      }
      g.writeEndObject();
    }
  };

  private Boolean bool;

  private List<Boolean> bools;

  private Long _int;

  private List<Long> ints;

  private String string;

  private List<String> strings;

  private String version;

  private List<String> versions;

  public V1beta1DeviceAttribute bool(Boolean bool) {
    this.bool = bool;
    return this;
  }

  /**
   * BoolValue is a true/false value.
   *
   * @return bool
   */
  public Boolean getBool() {
    return bool;
  }

  public void setBool(Boolean bool) {
    this.bool = bool;
  }

  public V1beta1DeviceAttribute bools(List<Boolean> bools) {
    this.bools = bools;
    return this;
  }

  public V1beta1DeviceAttribute addBoolsItem(Boolean item) {
    if (this.bools == null) {
      this.bools = new ArrayList<>();
    }
    this.bools.add(item);
    return this;
  }

  /**
   * BoolValues is a non-empty list of true/false values.
   *
   * @return bools
   */
  public List<Boolean> getBools() {
    return bools;
  }

  public void setBools(List<Boolean> bools) {
    this.bools = bools;
  }

  public V1beta1DeviceAttribute _int(Long _int) {
    this._int = _int;
    return this;
  }

  /**
   * IntValue is a number.
   *
   * @return _int
   */
  public Long getInt() {
    return _int;
  }

  public void setInt(Long _int) {
    this._int = _int;
  }

  public V1beta1DeviceAttribute ints(List<Long> ints) {
    this.ints = ints;
    return this;
  }

  public V1beta1DeviceAttribute addIntsItem(Long item) {
    if (this.ints == null) {
      this.ints = new ArrayList<>();
    }
    this.ints.add(item);
    return this;
  }

  /**
   * IntValues is a non-empty list of numbers.
   *
   * This is an alpha field and requires enabling the DRAListTypeAttributes feature gate.
   *
   * @return ints
   */
  public List<Long> getInts() {
    return ints;
  }

  public void setInts(List<Long> ints) {
    this.ints = ints;
  }

  public V1beta1DeviceAttribute string(String string) {
    this.string = string;
    return this;
  }

  /**
   * StringValue is a string. Must not be longer than 64 characters.
   *
   * @return string
   */
  public String getString() {
    return string;
  }

  public void setString(String string) {
    this.string = string;
  }

  public V1beta1DeviceAttribute strings(List<String> strings) {
    this.strings = strings;
    return this;
  }

  public V1beta1DeviceAttribute addStringsItem(String item) {
    if (this.strings == null) {
      this.strings = new ArrayList<>();
    }
    this.strings.add(item);
    return this;
  }

  /**
   * StringValues is a non-empty list of strings. Each string must not be longer than 64
   * characters.
   *
   * This is an alpha field and requires enabling the DRAListTypeAttributes feature gate.
   *
   * @return strings
   */
  public List<String> getStrings() {
    return strings;
  }

  public void setStrings(List<String> strings) {
    this.strings = strings;
  }

  public V1beta1DeviceAttribute version(String version) {
    this.version = version;
    return this;
  }

  /**
   * VersionValue is a semantic version according to semver.org spec 2.0.0. Must not be longer
   * than 64 characters.
   *
   * @return version
   */
  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public V1beta1DeviceAttribute versions(List<String> versions) {
    this.versions = versions;
    return this;
  }

  public V1beta1DeviceAttribute addVersionsItem(String item) {
    if (this.versions == null) {
      this.versions = new ArrayList<>();
    }
    this.versions.add(item);
    return this;
  }

  /**
   * VersionValues is a non-empty list of semantic versions according to semver.org spec 2.0.0.
   * Each version string must not be longer than 64 characters.
   *
   * This is an alpha field and requires enabling the DRAListTypeAttributes feature gate.
   *
   * @return versions
   */
  public List<String> getVersions() {
    return versions;
  }

  public void setVersions(List<String> versions) {
    this.versions = versions;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1DeviceAttribute that = (V1beta1DeviceAttribute) other;
    return Objects.equals(bool, that.bool)
        && Objects.equals(bools, that.bools)
        && Objects.equals(_int, that._int)
        && Objects.equals(ints, that.ints)
        && Objects.equals(string, that.string)
        && Objects.equals(strings, that.strings)
        && Objects.equals(version, that.version)
        && Objects.equals(versions, that.versions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bool, bools, _int, ints, string, strings, version, versions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1DeviceAttribute {\n");
    sb.append("    bool: ").append(bool).append('\n');
    sb.append("    bools: ").append(String.valueOf(bools).replace("\n", "\n    ")).append('\n');
    sb.append("    _int: ").append(_int).append('\n');
    sb.append("    ints: ").append(String.valueOf(ints).replace("\n", "\n    ")).append('\n');
    sb.append("    string: ").append(string).append('\n');
    sb.append("    strings: ").append(String.valueOf(strings).replace("\n", "\n    ")).append('\n');
    sb.append("    version: ").append(version).append('\n');
    sb.append("    versions: ").append(String.valueOf(versions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
