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
 * APIResource specifies the name of a resource and whether it is namespaced.
 */
public class V1APIResource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "categories",
      "group",
      "kind",
      "name",
      "namespaced",
      "shortNames",
      "singularName",
      "storageVersionHash",
      "verbs",
      "version");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1APIResource> CODEC = new Codec<V1APIResource>() {
    @Override
    public V1APIResource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1APIResource)");
      }
      V1APIResource o = new V1APIResource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.categories = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.group = Codecs.STRING.read(p);
            break;
          case 2:
            o.kind = Codecs.STRING.read(p);
            break;
          case 3:
            o.name = Codecs.STRING.read(p);
            break;
          case 4:
            o.namespaced = Codecs.BOOLEAN.read(p);
            break;
          case 5:
            o.shortNames = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 6:
            o.singularName = Codecs.STRING.read(p);
            break;
          case 7:
            o.storageVersionHash = Codecs.STRING.read(p);
            break;
          case 8:
            o.verbs = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 9:
            o.version = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1APIResource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.categories != null) {
        g.writeFieldName("categories");
        Codecs.listOf(Codecs.STRING).write(g, o.categories);
      }
      if (o.group != null) {
        g.writeFieldName("group");
        Codecs.STRING.write(g, o.group);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.namespaced != null) {
        g.writeFieldName("namespaced");
        Codecs.BOOLEAN.write(g, o.namespaced);
      }
      if (o.shortNames != null) {
        g.writeFieldName("shortNames");
        Codecs.listOf(Codecs.STRING).write(g, o.shortNames);
      }
      if (o.singularName != null) {
        g.writeFieldName("singularName");
        Codecs.STRING.write(g, o.singularName);
      }
      if (o.storageVersionHash != null) {
        g.writeFieldName("storageVersionHash");
        Codecs.STRING.write(g, o.storageVersionHash);
      }
      if (o.verbs != null) {
        g.writeFieldName("verbs");
        Codecs.listOf(Codecs.STRING).write(g, o.verbs);
      }
      if (o.version != null) {
        g.writeFieldName("version");
        Codecs.STRING.write(g, o.version);
      }
      g.writeEndObject();
    }
  };

  private List<String> categories;

  private String group;

  private String kind;

  private String name;

  private Boolean namespaced;

  private List<String> shortNames;

  private String singularName;

  private String storageVersionHash;

  private List<String> verbs;

  private String version;

  public V1APIResource categories(List<String> categories) {
    this.categories = categories;
    return this;
  }

  public V1APIResource addCategoriesItem(String item) {
    if (this.categories == null) {
      this.categories = new ArrayList<>();
    }
    this.categories.add(item);
    return this;
  }

  /**
   * categories is a list of the grouped resources this resource belongs to (e.g. 'all')
   *
   * @return categories
   */
  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories;
  }

  public V1APIResource group(String group) {
    this.group = group;
    return this;
  }

  /**
   * group is the preferred group of the resource.  Empty implies the group of the containing
   * resource list. For subresources, this may have a different value, for example: Scale".
   *
   * @return group
   */
  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public V1APIResource kind(String kind) {
    this.kind = kind;
    return this;
  }

  /**
   * kind is the kind for the resource (e.g. 'Foo' is the kind for a resource 'foo')
   *
   * @return kind
   */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public V1APIResource name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name is the plural name of the resource.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1APIResource namespaced(Boolean namespaced) {
    this.namespaced = namespaced;
    return this;
  }

  /**
   * namespaced indicates if a resource is namespaced or not.
   *
   * @return namespaced
   */
  public Boolean getNamespaced() {
    return namespaced;
  }

  public void setNamespaced(Boolean namespaced) {
    this.namespaced = namespaced;
  }

  public V1APIResource shortNames(List<String> shortNames) {
    this.shortNames = shortNames;
    return this;
  }

  public V1APIResource addShortNamesItem(String item) {
    if (this.shortNames == null) {
      this.shortNames = new ArrayList<>();
    }
    this.shortNames.add(item);
    return this;
  }

  /**
   * shortNames is a list of suggested short names of the resource.
   *
   * @return shortNames
   */
  public List<String> getShortNames() {
    return shortNames;
  }

  public void setShortNames(List<String> shortNames) {
    this.shortNames = shortNames;
  }

  public V1APIResource singularName(String singularName) {
    this.singularName = singularName;
    return this;
  }

  /**
   * singularName is the singular name of the resource.  This allows clients to handle plural and
   * singular opaquely. The singularName is more correct for reporting status on a single item
   * and both singular and plural are allowed from the kubectl CLI interface.
   *
   * @return singularName
   */
  public String getSingularName() {
    return singularName;
  }

  public void setSingularName(String singularName) {
    this.singularName = singularName;
  }

  public V1APIResource storageVersionHash(String storageVersionHash) {
    this.storageVersionHash = storageVersionHash;
    return this;
  }

  /**
   * The hash value of the storage version, the version this resource is converted to when
   * written to the data store. Value must be treated as opaque by clients. Only equality
   * comparison on the value is valid. This is an alpha feature and may change or be removed in
   * the future. The field is populated by the apiserver only if the StorageVersionHash feature
   * gate is enabled. This field will remain optional even if it graduates.
   *
   * @return storageVersionHash
   */
  public String getStorageVersionHash() {
    return storageVersionHash;
  }

  public void setStorageVersionHash(String storageVersionHash) {
    this.storageVersionHash = storageVersionHash;
  }

  public V1APIResource verbs(List<String> verbs) {
    this.verbs = verbs;
    return this;
  }

  public V1APIResource addVerbsItem(String item) {
    if (this.verbs == null) {
      this.verbs = new ArrayList<>();
    }
    this.verbs.add(item);
    return this;
  }

  /**
   * verbs is a list of supported kube verbs (this includes get, list, watch, create, update,
   * patch, delete, deletecollection, and proxy)
   *
   * @return verbs
   */
  public List<String> getVerbs() {
    return verbs;
  }

  public void setVerbs(List<String> verbs) {
    this.verbs = verbs;
  }

  public V1APIResource version(String version) {
    this.version = version;
    return this;
  }

  /**
   * version is the preferred version of the resource.  Empty implies the version of the
   * containing resource list For subresources, this may have a different value, for example: v1
   * (while inside a v1beta1 version of the core resource's group)".
   *
   * @return version
   */
  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1APIResource that = (V1APIResource) other;
    return Objects.equals(categories, that.categories)
        && Objects.equals(group, that.group)
        && Objects.equals(kind, that.kind)
        && Objects.equals(name, that.name)
        && Objects.equals(namespaced, that.namespaced)
        && Objects.equals(shortNames, that.shortNames)
        && Objects.equals(singularName, that.singularName)
        && Objects.equals(storageVersionHash, that.storageVersionHash)
        && Objects.equals(verbs, that.verbs)
        && Objects.equals(version, that.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(categories, group, kind, name, namespaced, shortNames, singularName, storageVersionHash, verbs, version);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1APIResource {\n");
    sb.append("    categories: ").append(String.valueOf(categories).replace("\n", "\n    ")).append('\n');
    sb.append("    group: ").append(group).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    namespaced: ").append(namespaced).append('\n');
    sb.append("    shortNames: ").append(String.valueOf(shortNames).replace("\n", "\n    ")).append('\n');
    sb.append("    singularName: ").append(singularName).append('\n');
    sb.append("    storageVersionHash: ").append(storageVersionHash).append('\n');
    sb.append("    verbs: ").append(String.valueOf(verbs).replace("\n", "\n    ")).append('\n');
    sb.append("    version: ").append(version).append('\n');
    return sb.append("}").toString();
  }
}
