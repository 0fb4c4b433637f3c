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
 * Info contains versioning information. how we'll want to distribute that information.
 */
public class VersionInfo {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "buildDate",
      "compiler",
      "emulationMajor",
      "emulationMinor",
      "gitCommit",
      "gitTreeState",
      "gitVersion",
      "goVersion",
      "major",
      "minCompatibilityMajor",
      "minCompatibilityMinor",
      "minor",
      "platform");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<VersionInfo> CODEC = new Codec<VersionInfo>() {
    @Override
    public VersionInfo read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (VersionInfo)");
      }
      VersionInfo o = new VersionInfo();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.buildDate = Codecs.STRING.read(p);
            break;
          case 1:
            o.compiler = Codecs.STRING.read(p);
            break;
          case 2:
            o.emulationMajor = Codecs.STRING.read(p);
            break;
          case 3:
            o.emulationMinor = Codecs.STRING.read(p);
            break;
          case 4:
            o.gitCommit = Codecs.STRING.read(p);
            break;
          case 5:
            o.gitTreeState = Codecs.STRING.read(p);
            break;
          case 6:
            o.gitVersion = Codecs.STRING.read(p);
            break;
          case 7:
            o.goVersion = Codecs.STRING.read(p);
            break;
          case 8:
            o.major = Codecs.STRING.read(p);
            break;
          case 9:
            o.minCompatibilityMajor = Codecs.STRING.read(p);
            break;
          case 10:
            o.minCompatibilityMinor = Codecs.STRING.read(p);
            break;
          case 11:
            o.minor = Codecs.STRING.read(p);
            break;
          case 12:
            o.platform = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, VersionInfo o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.buildDate != null) {
        g.writeFieldName("buildDate");
        Codecs.STRING.write(g, o.buildDate);
      }
      if (o.compiler != null) {
        g.writeFieldName("compiler");
        Codecs.STRING.write(g, o.compiler);
      }
      if (o.emulationMajor != null) {
        g.writeFieldName("emulationMajor");
        Codecs.STRING.write(g, o.emulationMajor);
      }
      if (o.emulationMinor != null) {
        g.writeFieldName("emulationMinor");
        Codecs.STRING.write(g, o.emulationMinor);
      }
      if (o.gitCommit != null) {
        g.writeFieldName("gitCommit");
        Codecs.STRING.write(g, o.gitCommit);
      }
      if (o.gitTreeState != null) {
        g.writeFieldName("gitTreeState");
        Codecs.STRING.write(g, o.gitTreeState);
      }
      if (o.gitVersion != null) {
        g.writeFieldName("gitVersion");
        Codecs.STRING.write(g, o.gitVersion);
      }
      if (o.goVersion != null) {
        g.writeFieldName("goVersion");
        Codecs.STRING.write(g, o.goVersion);
      }
      if (o.major != null) {
        g.writeFieldName("major");
        Codecs.STRING.write(g, o.major);
      }
      if (o.minCompatibilityMajor != null) {
        g.writeFieldName("minCompatibilityMajor");
        Codecs.STRING.write(g, o.minCompatibilityMajor);
      }
      if (o.minCompatibilityMinor != null) {
        g.writeFieldName("minCompatibilityMinor");
        Codecs.STRING.write(g, o.minCompatibilityMinor);
      }
      if (o.minor != null) {
        g.writeFieldName("minor");
        Codecs.STRING.write(g, o.minor);
      }
      if (o.platform != null) {
        g.writeFieldName("platform");
        Codecs.STRING.write(g, o.platform);
      }
      g.writeEndObject();
    }
  };

  private String buildDate;

  private String compiler;

  private String emulationMajor;

  private String emulationMinor;

  private String gitCommit;

  private String gitTreeState;

  private String gitVersion;

  private String goVersion;

  private String major;

  private String minCompatibilityMajor;

  private String minCompatibilityMinor;

  private String minor;

  private String platform;

  public VersionInfo buildDate(String buildDate) {
    this.buildDate = buildDate;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return buildDate
   */
  public String getBuildDate() {
    return buildDate;
  }

  public void setBuildDate(String buildDate) {
    this.buildDate = buildDate;
  }

  public VersionInfo compiler(String compiler) {
    this.compiler = compiler;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return compiler
   */
  public String getCompiler() {
    return compiler;
  }

  public void setCompiler(String compiler) {
    this.compiler = compiler;
  }

  public VersionInfo emulationMajor(String emulationMajor) {
    this.emulationMajor = emulationMajor;
    return this;
  }

  /**
   * EmulationMajor is the major version of the emulation version
   *
   * @return emulationMajor
   */
  public String getEmulationMajor() {
    return emulationMajor;
  }

  public void setEmulationMajor(String emulationMajor) {
    this.emulationMajor = emulationMajor;
  }

  public VersionInfo emulationMinor(String emulationMinor) {
    this.emulationMinor = emulationMinor;
    return this;
  }

  /**
   * EmulationMinor is the minor version of the emulation version
   *
   * @return emulationMinor
   */
  public String getEmulationMinor() {
    return emulationMinor;
  }

  public void setEmulationMinor(String emulationMinor) {
    this.emulationMinor = emulationMinor;
  }

  public VersionInfo gitCommit(String gitCommit) {
    this.gitCommit = gitCommit;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return gitCommit
   */
  public String getGitCommit() {
    return gitCommit;
  }

  public void setGitCommit(String gitCommit) {
    this.gitCommit = gitCommit;
  }

  public VersionInfo gitTreeState(String gitTreeState) {
    this.gitTreeState = gitTreeState;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return gitTreeState
   */
  public String getGitTreeState() {
    return gitTreeState;
  }

  public void setGitTreeState(String gitTreeState) {
    this.gitTreeState = gitTreeState;
  }

  public VersionInfo gitVersion(String gitVersion) {
    this.gitVersion = gitVersion;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return gitVersion
   */
  public String getGitVersion() {
    return gitVersion;
  }

  public void setGitVersion(String gitVersion) {
    this.gitVersion = gitVersion;
  }

  public VersionInfo goVersion(String goVersion) {
    this.goVersion = goVersion;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return goVersion
   */
  public String getGoVersion() {
    return goVersion;
  }

  public void setGoVersion(String goVersion) {
    this.goVersion = goVersion;
  }

  public VersionInfo major(String major) {
    this.major = major;
    return this;
  }

  /**
   * Major is the major version of the binary version
   *
   * @return major
   */
  public String getMajor() {
    return major;
  }

  public void setMajor(String major) {
    this.major = major;
  }

  public VersionInfo minCompatibilityMajor(String minCompatibilityMajor) {
    this.minCompatibilityMajor = minCompatibilityMajor;
    return this;
  }

  /**
   * MinCompatibilityMajor is the major version of the minimum compatibility version
   *
   * @return minCompatibilityMajor
   */
  public String getMinCompatibilityMajor() {
    return minCompatibilityMajor;
  }

  public void setMinCompatibilityMajor(String minCompatibilityMajor) {
    this.minCompatibilityMajor = minCompatibilityMajor;
  }

  public VersionInfo minCompatibilityMinor(String minCompatibilityMinor) {
    this.minCompatibilityMinor = minCompatibilityMinor;
    return this;
  }

  /**
   * MinCompatibilityMinor is the minor version of the minimum compatibility version
   *
   * @return minCompatibilityMinor
   */
  public String getMinCompatibilityMinor() {
    return minCompatibilityMinor;
  }

  public void setMinCompatibilityMinor(String minCompatibilityMinor) {
    this.minCompatibilityMinor = minCompatibilityMinor;
  }

  public VersionInfo minor(String minor) {
    this.minor = minor;
    return this;
  }

  /**
   * Minor is the minor version of the binary version
   *
   * @return minor
   */
  public String getMinor() {
    return minor;
  }

  public void setMinor(String minor) {
    this.minor = minor;
  }

  public VersionInfo platform(String platform) {
    this.platform = platform;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return platform
   */
  public String getPlatform() {
    return platform;
  }

  public void setPlatform(String platform) {
    this.platform = platform;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    VersionInfo that = (VersionInfo) other;
    return Objects.equals(buildDate, that.buildDate)
        && Objects.equals(compiler, that.compiler)
        && Objects.equals(emulationMajor, that.emulationMajor)
        && Objects.equals(emulationMinor, that.emulationMinor)
        && Objects.equals(gitCommit, that.gitCommit)
        && Objects.equals(gitTreeState, that.gitTreeState)
        && Objects.equals(gitVersion, that.gitVersion)
        && Objects.equals(goVersion, that.goVersion)
        && Objects.equals(major, that.major)
        && Objects.equals(minCompatibilityMajor, that.minCompatibilityMajor)
        && Objects.equals(minCompatibilityMinor, that.minCompatibilityMinor)
        && Objects.equals(minor, that.minor)
        && Objects.equals(platform, that.platform);
  }

  @Override
  public int hashCode() {
    return Objects.hash(buildDate, compiler, emulationMajor, emulationMinor, gitCommit, gitTreeState, gitVersion, goVersion, major, minCompatibilityMajor, minCompatibilityMinor, minor, platform);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class VersionInfo {\n");
    sb.append("    buildDate: ").append(buildDate).append('\n');
    sb.append("    compiler: ").append(compiler).append('\n');
    sb.append("    emulationMajor: ").append(emulationMajor).append('\n');
    sb.append("    emulationMinor: ").append(emulationMinor).append('\n');
    sb.append("    gitCommit: ").append(gitCommit).append('\n');
    sb.append("    gitTreeState: ").append(gitTreeState).append('\n');
    sb.append("    gitVersion: ").append(gitVersion).append('\n');
    sb.append("    goVersion: ").append(goVersion).append('\n');
    sb.append("    major: ").append(major).append('\n');
    sb.append("    minCompatibilityMajor: ").append(minCompatibilityMajor).append('\n');
    sb.append("    minCompatibilityMinor: ").append(minCompatibilityMinor).append('\n');
    sb.append("    minor: ").append(minor).append('\n');
    sb.append("    platform: ").append(platform).append('\n');
    return sb.append("}").toString();
  }
}
