package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ResourceQuotaSpec defines the desired hard limits to enforce for Quota.
 */
public class V1ResourceQuotaSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "hard",
      "scopeSelector",
      "scopes");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ResourceQuotaSpec> CODEC = new Codec<V1ResourceQuotaSpec>() {
    @Override
    public V1ResourceQuotaSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ResourceQuotaSpec)");
      }
      V1ResourceQuotaSpec o = new V1ResourceQuotaSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.hard = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          case 1:
            o.scopeSelector = V1ScopeSelector.CODEC.read(p);
            break;
          case 2:
            o.scopes = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ResourceQuotaSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.hard != null) {
        g.writeFieldName("hard");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.hard);
      }
      if (o.scopeSelector != null) {
        g.writeFieldName("scopeSelector");
        V1ScopeSelector.CODEC.write(g, o.scopeSelector);
      }
      if (o.scopes != null) {
        g.writeFieldName("scopes");
        Codecs.listOf(Codecs.STRING).write(g, o.scopes);
      }
      g.writeEndObject();
    }
  };

  private Map<String, Quantity> hard;

  private V1ScopeSelector scopeSelector;

  private List<String> scopes;

  public V1ResourceQuotaSpec hard(Map<String, Quantity> hard) {
    this.hard = hard;
    return this;
  }

  public V1ResourceQuotaSpec putHardItem(String key, Quantity item) {
    if (this.hard == null) {
      this.hard = new LinkedHashMap<>();
    }
    this.hard.put(key, item);
    return this;
  }

  /**
   * hard is the set of desired hard limits for each named resource. More info:
   * https://kubernetes.io/docs/concepts/policy/resource-quotas/
   *
   * @return hard
   */
  public Map<String, Quantity> getHard() {
    return hard;
  }

  public void setHard(Map<String, Quantity> hard) {
    this.hard = hard;
  }

  public V1ResourceQuotaSpec scopeSelector(V1ScopeSelector scopeSelector) {
    this.scopeSelector = scopeSelector;
    return this;
  }

  /**
   * scopeSelector is also a collection of filters like scopes that must match each object
   * tracked by a quota but expressed using ScopeSelectorOperator in combination with possible
   * values. For a resource to match, both scopes AND scopeSelector (if specified in spec), must
   * be matched.
   *
   * @return scopeSelector
   */
  public V1ScopeSelector getScopeSelector() {
    return scopeSelector;
  }

  public void setScopeSelector(V1ScopeSelector scopeSelector) {
    this.scopeSelector = scopeSelector;
  }

  public V1ResourceQuotaSpec scopes(List<String> scopes) {
    this.scopes = scopes;
    return this;
  }

  public V1ResourceQuotaSpec addScopesItem(String item) {
    if (this.scopes == null) {
      this.scopes = new ArrayList<>();
    }
    this.scopes.add(item);
    return this;
  }

  /**
   * A collection of filters that must match each object tracked by a quota. If not specified,
   * the quota matches all objects.
   *
   * @return scopes
   */
  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ResourceQuotaSpec that = (V1ResourceQuotaSpec) other;
    return Objects.equals(hard, that.hard)
        && Objects.equals(scopeSelector, that.scopeSelector)
        && Objects.equals(scopes, that.scopes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hard, scopeSelector, scopes);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ResourceQuotaSpec {\n");
    sb.append("    hard: ").append(String.valueOf(hard).replace("\n", "\n    ")).append('\n');
    sb.append("    scopeSelector: ").append(String.valueOf(scopeSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    scopes: ").append(String.valueOf(scopes).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
