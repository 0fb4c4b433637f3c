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
 * HTTPIngressRuleValue is a list of http selectors pointing to backends. In the example:
 * http://&lt;host&gt;/&lt;path&gt;?&lt;searchpart&gt; -&gt; backend where where parts of the
 * url correspond to RFC 3986, this resource will be used to match against everything after the
 * last '/' and before the first '?' or '#'.
 */
public class V1HTTPIngressRuleValue {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "paths");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1HTTPIngressRuleValue> CODEC = new Codec<V1HTTPIngressRuleValue>() {
    @Override
    public V1HTTPIngressRuleValue read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1HTTPIngressRuleValue)");
      }
      V1HTTPIngressRuleValue o = new V1HTTPIngressRuleValue();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.paths = Codecs.listOf(V1HTTPIngressPath.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1HTTPIngressRuleValue o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.paths != null) {
        g.writeFieldName("paths");
        Codecs.listOf(V1HTTPIngressPath.CODEC).write(g, o.paths);
      }
      g.writeEndObject();
    }
  };

  private List<V1HTTPIngressPath> paths;

  public V1HTTPIngressRuleValue paths(List<V1HTTPIngressPath> paths) {
    this.paths = paths;
    return this;
  }

  public V1HTTPIngressRuleValue addPathsItem(V1HTTPIngressPath item) {
    if (this.paths == null) {
      this.paths = new ArrayList<>();
    }
    this.paths.add(item);
    return this;
  }

  /**
   * paths is a collection of paths that map requests to backends.
   *
   * @return paths
   */
  public List<V1HTTPIngressPath> getPaths() {
    return paths;
  }

  public void setPaths(List<V1HTTPIngressPath> paths) {
    this.paths = paths;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1HTTPIngressRuleValue that = (V1HTTPIngressRuleValue) other;
    return Objects.equals(paths, that.paths);
  }

  @Override
  public int hashCode() {
    return Objects.hash(paths);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1HTTPIngressRuleValue {\n");
    sb.append("    paths: ").append(String.valueOf(paths).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
