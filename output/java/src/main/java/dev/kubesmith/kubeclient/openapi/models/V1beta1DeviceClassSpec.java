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
 * DeviceClassSpec is used in a [DeviceClass] to define what can be allocated and how to
 * configure it.
 */
public class V1beta1DeviceClassSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "config",
      "extendedResourceName",
      "selectors");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1DeviceClassSpec> CODEC = new Codec<V1beta1DeviceClassSpec>() {
    @Override
    public V1beta1DeviceClassSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1DeviceClassSpec)");
      }
      V1beta1DeviceClassSpec o = new V1beta1DeviceClassSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.config = Codecs.listOf(V1beta1DeviceClassConfiguration.CODEC).read(p);
            break;
          case 1:
            o.extendedResourceName = Codecs.STRING.read(p);
            break;
          case 2:
            o.selectors = Codecs.listOf(V1beta1DeviceSelector.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1DeviceClassSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.config != null) {
        g.writeFieldName("config");
        Codecs.listOf(V1beta1DeviceClassConfiguration.CODEC).write(g, o.config);
      }
      if (o.extendedResourceName != null) {
        g.writeFieldName("extendedResourceName");
        Codecs.STRING.write(g, o.extendedResourceName);
      }
      if (o.selectors != null) {
        g.writeFieldName("selectors");
        Codecs.listOf(V1beta1DeviceSelector.CODEC).write(g, o.selectors);
      }
      g.writeEndObject();
    }
  };

  private List<V1beta1DeviceClassConfiguration> config;

  private String extendedResourceName;

  private List<V1beta1DeviceSelector> selectors;

  public V1beta1DeviceClassSpec config(List<V1beta1DeviceClassConfiguration> config) {
    this.config = config;
    return this;
  }

  public V1beta1DeviceClassSpec addConfigItem(V1beta1DeviceClassConfiguration item) {
    if (this.config == null) {
      this.config = new ArrayList<>();
    }
    this.config.add(item);
    return this;
  }

  /**
   * Config defines configuration parameters that apply to each device that is claimed via this
   * class. Some classses may potentially be satisfied by multiple drivers, so each instance of a
   * vendor configuration applies to exactly one driver.
   *
   * They are passed to the driver, but are not considered while allocating the claim.
   *
   * @return config
   */
  public List<V1beta1DeviceClassConfiguration> getConfig() {
    return config;
  }

  public void setConfig(List<V1beta1DeviceClassConfiguration> config) {
    this.config = config;
  }

  public V1beta1DeviceClassSpec extendedResourceName(String extendedResourceName) {
    this.extendedResourceName = extendedResourceName;
    return this;
  }

  /**
   * ExtendedResourceName is the extended resource name for the devices of this class. The
   * devices of this class can be used to satisfy a pod's extended resource requests. It has the
   * same format as the name of a pod's extended resource. It should be unique among all the
   * device classes in a cluster. If two device classes have the same name, then the class
   * created later is picked to satisfy a pod's extended resource requests. If two classes are
   * created at the same time, then the name of the class lexicographically sorted first is
   * picked.
   *
   * @return extendedResourceName
   */
  public String getExtendedResourceName() {
    return extendedResourceName;
  }

  public void setExtendedResourceName(String extendedResourceName) {
    this.extendedResourceName = extendedResourceName;
  }

  public V1beta1DeviceClassSpec selectors(List<V1beta1DeviceSelector> selectors) {
    this.selectors = selectors;
    return this;
  }

  public V1beta1DeviceClassSpec addSelectorsItem(V1beta1DeviceSelector item) {
    if (this.selectors == null) {
      this.selectors = new ArrayList<>();
    }
    this.selectors.add(item);
    return this;
  }

  /**
   * Each selector must be satisfied by a device which is claimed via this class.
   *
   * @return selectors
   */
  public List<V1beta1DeviceSelector> getSelectors() {
    return selectors;
  }

  public void setSelectors(List<V1beta1DeviceSelector> selectors) {
    this.selectors = selectors;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1DeviceClassSpec that = (V1beta1DeviceClassSpec) other;
    return Objects.equals(config, that.config)
        && Objects.equals(extendedResourceName, that.extendedResourceName)
        && Objects.equals(selectors, that.selectors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(config, extendedResourceName, selectors);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1DeviceClassSpec {\n");
    sb.append("    config: ").append(String.valueOf(config).replace("\n", "\n    ")).append('\n');
    sb.append("    extendedResourceName: ").append(extendedResourceName).append('\n');
    sb.append("    selectors: ").append(String.valueOf(selectors).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
