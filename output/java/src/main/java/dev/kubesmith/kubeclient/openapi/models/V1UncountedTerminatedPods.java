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
 * UncountedTerminatedPods holds UIDs of Pods that have terminated but haven't been accounted
 * in Job status counters.
 */
public class V1UncountedTerminatedPods {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "failed",
      "succeeded");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1UncountedTerminatedPods> CODEC = new Codec<V1UncountedTerminatedPods>() {
    @Override
    public V1UncountedTerminatedPods read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1UncountedTerminatedPods)");
      }
      V1UncountedTerminatedPods o = new V1UncountedTerminatedPods();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.failed = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.succeeded = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1UncountedTerminatedPods o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.failed != null) {
        g.writeFieldName("failed");
        Codecs.listOf(Codecs.STRING).write(g, o.failed);
      }
      if (o.succeeded != null) {
        g.writeFieldName("succeeded");
        Codecs.listOf(Codecs.STRING).write(g, o.succeeded);
      }
      g.writeEndObject();
    }
  };

  private List<String> failed;

  private List<String> succeeded;

  public V1UncountedTerminatedPods failed(List<String> failed) {
    this.failed = failed;
    return this;
  }

  public V1UncountedTerminatedPods addFailedItem(String item) {
    if (this.failed == null) {
      this.failed = new ArrayList<>();
    }
    this.failed.add(item);
    return this;
  }

  /**
   * failed holds UIDs of failed Pods.
   *
   * @return failed
   */
  public List<String> getFailed() {
    return failed;
  }

  public void setFailed(List<String> failed) {
    this.failed = failed;
  }

  public V1UncountedTerminatedPods succeeded(List<String> succeeded) {
    this.succeeded = succeeded;
    return this;
  }

  public V1UncountedTerminatedPods addSucceededItem(String item) {
    if (this.succeeded == null) {
      this.succeeded = new ArrayList<>();
    }
    this.succeeded.add(item);
    return this;
  }

  /**
   * succeeded holds UIDs of succeeded Pods.
   *
   * @return succeeded
   */
  public List<String> getSucceeded() {
    return succeeded;
  }

  public void setSucceeded(List<String> succeeded) {
    this.succeeded = succeeded;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1UncountedTerminatedPods that = (V1UncountedTerminatedPods) other;
    return Objects.equals(failed, that.failed)
        && Objects.equals(succeeded, that.succeeded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(failed, succeeded);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1UncountedTerminatedPods {\n");
    sb.append("    failed: ").append(String.valueOf(failed).replace("\n", "\n    ")).append('\n');
    sb.append("    succeeded: ").append(String.valueOf(succeeded).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
