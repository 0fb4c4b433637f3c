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
 * CustomResourceDefinitionNames indicates the names to serve this CustomResourceDefinition
 */
public class V1CustomResourceDefinitionNames {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "categories",
      "kind",
      "listKind",
      "plural",
      "shortNames",
      "singular");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CustomResourceDefinitionNames> CODEC = new Codec<V1CustomResourceDefinitionNames>() {
    @Override
    public V1CustomResourceDefinitionNames read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CustomResourceDefinitionNames)");
      }
      V1CustomResourceDefinitionNames o = new V1CustomResourceDefinitionNames();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.categories = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.kind = Codecs.STRING.read(p);
            break;
          case 2:
            o.listKind = Codecs.STRING.read(p);
            break;
          case 3:
            o.plural = Codecs.STRING.read(p);
            break;
          case 4:
            o.shortNames = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 5:
            o.singular = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CustomResourceDefinitionNames o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.categories != null) {
        g.writeFieldName("categories");
        Codecs.listOf(Codecs.STRING).write(g, o.categories);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.listKind != null) {
        g.writeFieldName("listKind");
        Codecs.STRING.write(g, o.listKind);
      }
      if (o.plural != null) {
        g.writeFieldName("plural");
        Codecs.STRING.write(g, o.plural);
      }
      if (o.shortNames != null) {
        g.writeFieldName("shortNames");
        Codecs.listOf(Codecs.STRING).write(g, o.shortNames);
      }
      if (o.singular != null) {
        g.writeFieldName("singular");
        Codecs.STRING.write(g, o.singular);
      }
      g.writeEndObject();
    }
  };

  private List<String> categories;

  private String kind;

  private String listKind;

  private String plural;

  private List<String> shortNames;

  private String singular;

  public V1CustomResourceDefinitionNames categories(List<String> categories) {
    this.categories = categories;
    return this;
  }

  public V1CustomResourceDefinitionNames addCategoriesItem(String item) {
    if (this.categories == null) {
      this.categories = new ArrayList<>();
    }
    this.categories.add(item);
    return this;
  }

  /**
   * categories is a list of grouped resources this custom resource belongs to (e.g. 'all'). This
   * is published in API discovery documents, and used by clients to support invocations like
   * `kubectl get all`.
   *
   * @return categories
   */
  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories;
  }

  public V1CustomResourceDefinitionNames kind(String kind) {
    this.kind = kind;
    return this;
  }

  /**
   * kind is the serialized kind of the resource. It is normally CamelCase and singular. Custom
   * resource instances will use this value as the `kind` attribute in API calls.
   *
   * @return kind
   */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public V1CustomResourceDefinitionNames listKind(String listKind) {
    this.listKind = listKind;
    return this;
  }

  /**
   * listKind is the serialized kind of the list for this resource. Defaults to "`kind`List".
   *
   * @return listKind
   */
  public String getListKind() {
    return listKind;
  }

  public void setListKind(String listKind) {
    this.listKind = listKind;
  }

  public V1CustomResourceDefinitionNames plural(String plural) {
    this.plural = plural;
    return this;
  }

  /**
   * plural is the plural name of the resource to serve. The custom resources are served under
   * `/apis/&lt;group&gt;/&lt;version&gt;/.../&lt;plural&gt;`. Must match the name of the
   * CustomResourceDefinition (in the form `&lt;names.plural&gt;.&lt;group&gt;`). Must be all
   * lowercase.
   *
   * @return plural
   */
  public String getPlural() {
    return plural;
  }

  public void setPlural(String plural) {
    this.plural = plural;
  }

  public V1CustomResourceDefinitionNames shortNames(List<String> shortNames) {
    this.shortNames = shortNames;
    return this;
  }

  public V1CustomResourceDefinitionNames addShortNamesItem(String item) {
    if (this.shortNames == null) {
      this.shortNames = new ArrayList<>();
    }
    this.shortNames.add(item);
    return this;
  }

  /**
   * shortNames are short names for the resource, exposed in API discovery documents, and used by
   * clients to support invocations like `kubectl get &lt;shortname&gt;`. It must be all
   * lowercase.
   *
   * @return shortNames
   */
  public List<String> getShortNames() {
    return shortNames;
  }

  public void setShortNames(List<String> shortNames) {
    this.shortNames = shortNames;
  }

  public V1CustomResourceDefinitionNames singular(String singular) {
    this.singular = singular;
    return this;
  }

  /**
   * singular is the singular name of the resource. It must be all lowercase. Defaults to
   * lowercased `kind`.
   *
   * @return singular
   */
  public String getSingular() {
    return singular;
  }

  public void setSingular(String singular) {
    this.singular = singular;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CustomResourceDefinitionNames that = (V1CustomResourceDefinitionNames) other;
    return Objects.equals(categories, that.categories)
        && Objects.equals(kind, that.kind)
        && Objects.equals(listKind, that.listKind)
        && Objects.equals(plural, that.plural)
        && Objects.equals(shortNames, that.shortNames)
        && Objects.equals(singular, that.singular);
  }

  @Override
  public int hashCode() {
    return Objects.hash(categories, kind, listKind, plural, shortNames, singular);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CustomResourceDefinitionNames {\n");
    sb.append("    categories: ").append(String.valueOf(categories).replace("\n", "\n    ")).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    listKind: ").append(listKind).append('\n');
    sb.append("    plural: ").append(plural).append('\n');
    sb.append("    shortNames: ").append(String.valueOf(shortNames).replace("\n", "\n    ")).append('\n');
    sb.append("    singular: ").append(singular).append('\n');
    return sb.append("}").toString();
  }
}
