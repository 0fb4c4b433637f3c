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
 * PodDNSConfig defines the DNS parameters of a pod in addition to those generated from
 * DNSPolicy.
 */
public class V1PodDNSConfig {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "nameservers",
      "options",
      "searches");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodDNSConfig> CODEC = new Codec<V1PodDNSConfig>() {
    @Override
    public V1PodDNSConfig read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodDNSConfig)");
      }
      V1PodDNSConfig o = new V1PodDNSConfig();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.nameservers = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.options = Codecs.listOf(V1PodDNSConfigOption.CODEC).read(p);
            break;
          case 2:
            o.searches = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodDNSConfig o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.nameservers != null) {
        g.writeFieldName("nameservers");
        Codecs.listOf(Codecs.STRING).write(g, o.nameservers);
      }
      if (o.options != null) {
        g.writeFieldName("options");
        Codecs.listOf(V1PodDNSConfigOption.CODEC).write(g, o.options);
      }
      if (o.searches != null) {
        g.writeFieldName("searches");
        Codecs.listOf(Codecs.STRING).write(g, o.searches);
      }
      g.writeEndObject();
    }
  };

  private List<String> nameservers;

  private List<V1PodDNSConfigOption> options;

  private List<String> searches;

  public V1PodDNSConfig nameservers(List<String> nameservers) {
    this.nameservers = nameservers;
    return this;
  }

  public V1PodDNSConfig addNameserversItem(String item) {
    if (this.nameservers == null) {
      this.nameservers = new ArrayList<>();
    }
    this.nameservers.add(item);
    return this;
  }

  /**
   * A list of DNS name server IP addresses. This will be appended to the base nameservers
   * generated from DNSPolicy. Duplicated nameservers will be removed.
   *
   * @return nameservers
   */
  public List<String> getNameservers() {
    return nameservers;
  }

  public void setNameservers(List<String> nameservers) {
    this.nameservers = nameservers;
  }

  public V1PodDNSConfig options(List<V1PodDNSConfigOption> options) {
    this.options = options;
    return this;
  }

  public V1PodDNSConfig addOptionsItem(V1PodDNSConfigOption item) {
    if (this.options == null) {
      this.options = new ArrayList<>();
    }
    this.options.add(item);
    return this;
  }

  /**
   * A list of DNS resolver options. This will be merged with the base options generated from
   * DNSPolicy. Duplicated entries will be removed. Resolution options given in Options will
   * override those that appear in the base DNSPolicy.
   *
   * @return options
   */
  public List<V1PodDNSConfigOption> getOptions() {
    return options;
  }

  public void setOptions(List<V1PodDNSConfigOption> options) {
    this.options = options;
  }

  public V1PodDNSConfig searches(List<String> searches) {
    this.searches = searches;
    return this;
  }

  public V1PodDNSConfig addSearchesItem(String item) {
    if (this.searches == null) {
      this.searches = new ArrayList<>();
    }
    this.searches.add(item);
    return this;
  }

  /**
   * A list of DNS search domains for host-name lookup. This will be appended to the base search
   * paths generated from DNSPolicy. Duplicated search paths will be removed.
   *
   * @return searches
   */
  public List<String> getSearches() {
    return searches;
  }

  public void setSearches(List<String> searches) {
    this.searches = searches;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PodDNSConfig that = (V1PodDNSConfig) other;
    return Objects.equals(nameservers, that.nameservers)
        && Objects.equals(options, that.options)
        && Objects.equals(searches, that.searches);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nameservers, options, searches);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodDNSConfig {\n");
    sb.append("    nameservers: ").append(String.valueOf(nameservers).replace("\n", "\n    ")).append('\n');
    sb.append("    options: ").append(String.valueOf(options).replace("\n", "\n    ")).append('\n');
    sb.append("    searches: ").append(String.valueOf(searches).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
