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
 * Defines a set of pods (namely those matching the labelSelector relative to the given
 * namespace(s)) that this pod should be co-located (affinity) or not co-located
 * (anti-affinity) with, where co-located is defined as running on a node whose value of the
 * label with key &lt;topologyKey&gt; matches that of any node on which a pod of the set of
 * pods is running
 */
public class V1PodAffinityTerm {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "labelSelector",
      "matchLabelKeys",
      "mismatchLabelKeys",
      "namespaceSelector",
      "namespaces",
      "topologyKey");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodAffinityTerm> CODEC = new Codec<V1PodAffinityTerm>() {
    @Override
    public V1PodAffinityTerm read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodAffinityTerm)");
      }
      V1PodAffinityTerm o = new V1PodAffinityTerm();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.labelSelector = V1LabelSelector.CODEC.read(p);
            break;
          case 1:
            o.matchLabelKeys = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 2:
            o.mismatchLabelKeys = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 3:
            o.namespaceSelector = V1LabelSelector.CODEC.read(p);
            break;
          case 4:
            o.namespaces = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 5:
            o.topologyKey = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodAffinityTerm o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.labelSelector != null) {
        g.writeFieldName("labelSelector");
        V1LabelSelector.CODEC.write(g, o.labelSelector);
      }
      if (o.matchLabelKeys != null) {
        g.writeFieldName("matchLabelKeys");
        Codecs.listOf(Codecs.STRING).write(g, o.matchLabelKeys);
      }
      if (o.mismatchLabelKeys != null) {
        g.writeFieldName("mismatchLabelKeys");
        Codecs.listOf(Codecs.STRING).write(g, o.mismatchLabelKeys);
      }
      if (o.namespaceSelector != null) {
        g.writeFieldName("namespaceSelector");
        V1LabelSelector.CODEC.write(g, o.namespaceSelector);
      }
      if (o.namespaces != null) {
        g.writeFieldName("namespaces");
        Codecs.listOf(Codecs.STRING).write(g, o.namespaces);
      }
      if (o.topologyKey != null) {
        g.writeFieldName("topologyKey");
        Codecs.STRING.write(g, o.topologyKey);
      }
      g.writeEndObject();
    }
  };

  private V1LabelSelector labelSelector;

  private List<String> matchLabelKeys;

  private List<String> mismatchLabelKeys;

  private V1LabelSelector namespaceSelector;

  private List<String> namespaces;

  private String topologyKey;

  public V1PodAffinityTerm labelSelector(V1LabelSelector labelSelector) {
    this.labelSelector = labelSelector;
    return this;
  }

  /**
   * A label query over a set of resources, in this case pods. If it's null, this PodAffinityTerm
   * matches with no Pods.
   *
   * @return labelSelector
   */
  public V1LabelSelector getLabelSelector() {
    return labelSelector;
  }

  public void setLabelSelector(V1LabelSelector labelSelector) {
    this.labelSelector = labelSelector;
  }

  public V1PodAffinityTerm matchLabelKeys(List<String> matchLabelKeys) {
    this.matchLabelKeys = matchLabelKeys;
    return this;
  }

  public V1PodAffinityTerm addMatchLabelKeysItem(String item) {
    if (this.matchLabelKeys == null) {
      this.matchLabelKeys = new ArrayList<>();
    }
    this.matchLabelKeys.add(item);
    return this;
  }

  /**
   * MatchLabelKeys is a set of pod label keys to select which pods will be taken into
   * consideration. The keys are used to lookup values from the incoming pod labels, those
   * key-value labels are merged with `labelSelector` as `key in (value)` to select the group of
   * existing pods which pods will be taken into consideration for the incoming pod's pod (anti)
   * affinity. Keys that don't exist in the incoming pod labels will be ignored. The default
   * value is empty. The same key is forbidden to exist in both matchLabelKeys and labelSelector.
   * Also, matchLabelKeys cannot be set when labelSelector isn't set.
   *
   * @return matchLabelKeys
   */
  public List<String> getMatchLabelKeys() {
    return matchLabelKeys;
  }

  public void setMatchLabelKeys(List<String> matchLabelKeys) {
    this.matchLabelKeys = matchLabelKeys;
  }

  public V1PodAffinityTerm mismatchLabelKeys(List<String> mismatchLabelKeys) {
    this.mismatchLabelKeys = mismatchLabelKeys;
    return this;
  }

  public V1PodAffinityTerm addMismatchLabelKeysItem(String item) {
    if (this.mismatchLabelKeys == null) {
      this.mismatchLabelKeys = new ArrayList<>();
    }
    this.mismatchLabelKeys.add(item);
    return this;
  }

  /**
   * MismatchLabelKeys is a set of pod label keys to select which pods will be taken into
   * consideration. The keys are used to lookup values from the incoming pod labels, those
   * key-value labels are merged with `labelSelector` as `key notin (value)` to select the group
   * of existing pods which pods will be taken into consideration for the incoming pod's pod
   * (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The
   * default value is empty. The same key is forbidden to exist in both mismatchLabelKeys and
   * labelSelector. Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
   *
   * @return mismatchLabelKeys
   */
  public List<String> getMismatchLabelKeys() {
    return mismatchLabelKeys;
  }

  public void setMismatchLabelKeys(List<String> mismatchLabelKeys) {
    this.mismatchLabelKeys = mismatchLabelKeys;
  }

  public V1PodAffinityTerm namespaceSelector(V1LabelSelector namespaceSelector) {
    this.namespaceSelector = namespaceSelector;
    return this;
  }

  /**
   * A label query over the set of namespaces that the term applies to. The term is applied to
   * the union of the namespaces selected by this field and the ones listed in the namespaces
   * field. null selector and null or empty namespaces list means "this pod's namespace". An
   * empty selector ({}) matches all namespaces.
   *
   * @return namespaceSelector
   */
  public V1LabelSelector getNamespaceSelector() {
    return namespaceSelector;
  }

  public void setNamespaceSelector(V1LabelSelector namespaceSelector) {
    this.namespaceSelector = namespaceSelector;
  }

  public V1PodAffinityTerm namespaces(List<String> namespaces) {
    this.namespaces = namespaces;
    return this;
  }

  public V1PodAffinityTerm addNamespacesItem(String item) {
    if (this.namespaces == null) {
      this.namespaces = new ArrayList<>();
    }
    this.namespaces.add(item);
    return this;
  }

  /**
   * namespaces specifies a static list of namespace names that the term applies to. The term is
   * applied to the union of the namespaces listed in this field and the ones selected by
   * namespaceSelector. null or empty namespaces list and null namespaceSelector means "this
   * pod's namespace".
   *
   * @return namespaces
   */
  public List<String> getNamespaces() {
    return namespaces;
  }

  public void setNamespaces(List<String> namespaces) {
    this.namespaces = namespaces;
  }

  public V1PodAffinityTerm topologyKey(String topologyKey) {
    this.topologyKey = topologyKey;
    return this;
  }

  /**
   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods
   * matching the labelSelector in the specified namespaces, where co-located is defined as
   * running on a node whose value of the label with key topologyKey matches that of any node on
   * which any of the selected pods is running. Empty topologyKey is not allowed.
   *
   * @return topologyKey
   */
  public String getTopologyKey() {
    return topologyKey;
  }

  public void setTopologyKey(String topologyKey) {
    this.topologyKey = topologyKey;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PodAffinityTerm that = (V1PodAffinityTerm) other;
    return Objects.equals(labelSelector, that.labelSelector)
        && Objects.equals(matchLabelKeys, that.matchLabelKeys)
        && Objects.equals(mismatchLabelKeys, that.mismatchLabelKeys)
        && Objects.equals(namespaceSelector, that.namespaceSelector)
        && Objects.equals(namespaces, that.namespaces)
        && Objects.equals(topologyKey, that.topologyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(labelSelector, matchLabelKeys, mismatchLabelKeys, namespaceSelector, namespaces, topologyKey);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodAffinityTerm {\n");
    sb.append("    labelSelector: ").append(String.valueOf(labelSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    matchLabelKeys: ").append(String.valueOf(matchLabelKeys).replace("\n", "\n    ")).append('\n');
    sb.append("    mismatchLabelKeys: ").append(String.valueOf(mismatchLabelKeys).replace("\n", "\n    ")).append('\n');
    sb.append("    namespaceSelector: ").append(String.valueOf(namespaceSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    namespaces: ").append(String.valueOf(namespaces).replace("\n", "\n    ")).append('\n');
    sb.append("    topologyKey: ").append(topologyKey).append('\n');
    return sb.append("}").toString();
  }
}
