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
 * Represents a volume that is populated with the contents of a git repository. Git repo
 * volumes do not support ownership management. Git repo volumes support SELinux relabeling.
 *
 * DEPRECATED: GitRepo is deprecated. To provision a container with a git repo, mount an
 * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir into
 * the Pod's container.
 */
public class V1GitRepoVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "directory",
      "repository",
      "revision");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1GitRepoVolumeSource> CODEC = new Codec<V1GitRepoVolumeSource>() {
    @Override
    public V1GitRepoVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1GitRepoVolumeSource)");
      }
      V1GitRepoVolumeSource o = new V1GitRepoVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.directory = Codecs.STRING.read(p);
            break;
          case 1:
            o.repository = Codecs.STRING.read(p);
            break;
          case 2:
            o.revision = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1GitRepoVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.directory != null) {
        g.writeFieldName("directory");
        Codecs.STRING.write(g, o.directory);
      }
      if (o.repository != null) {
        g.writeFieldName("repository");
        Codecs.STRING.write(g, o.repository);
      }
      if (o.revision != null) {
        g.writeFieldName("revision");
        Codecs.STRING.write(g, o.revision);
      }
      g.writeEndObject();
    }
  };

  private String directory;

  private String repository;

  private String revision;

  public V1GitRepoVolumeSource directory(String directory) {
    this.directory = directory;
    return this;
  }

  /**
   * directory is the target directory name. Must not contain or start with '..'.  If '.' is
   * supplied, the volume directory will be the git repository.  Otherwise, if specified, the
   * volume will contain the git repository in the subdirectory with the given name.
   *
   * @return directory
   */
  public String getDirectory() {
    return directory;
  }

  public void setDirectory(String directory) {
    this.directory = directory;
  }

  public V1GitRepoVolumeSource repository(String repository) {
    this.repository = repository;
    return this;
  }

  /**
   * repository is the URL
   *
   * @return repository
   */
  public String getRepository() {
    return repository;
  }

  public void setRepository(String repository) {
    this.repository = repository;
  }

  public V1GitRepoVolumeSource revision(String revision) {
    this.revision = revision;
    return this;
  }

  /**
   * revision is the commit hash for the specified revision.
   *
   * @return revision
   */
  public String getRevision() {
    return revision;
  }

  public void setRevision(String revision) {
    this.revision = revision;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1GitRepoVolumeSource that = (V1GitRepoVolumeSource) other;
    return Objects.equals(directory, that.directory)
        && Objects.equals(repository, that.repository)
        && Objects.equals(revision, that.revision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(directory, repository, revision);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1GitRepoVolumeSource {\n");
    sb.append("    directory: ").append(directory).append('\n');
    sb.append("    repository: ").append(repository).append('\n');
    sb.append("    revision: ").append(revision).append('\n');
    return sb.append("}").toString();
  }
}
