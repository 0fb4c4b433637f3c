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
 * OpaqueDeviceConfiguration contains configuration parameters for a driver in a format defined
 * by the driver vendor.
 */
public class V1beta1OpaqueDeviceConfiguration {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "driver",
      "parameters");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1OpaqueDeviceConfiguration> CODEC = new Codec<V1beta1OpaqueDeviceConfiguration>() {
    @Override
    public V1beta1OpaqueDeviceConfiguration read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1OpaqueDeviceConfiguration)");
      }
      V1beta1OpaqueDeviceConfiguration o = new V1beta1OpaqueDeviceConfiguration();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.driver = Codecs.STRING.read(p);
            break;
          case 1:
            o.parameters = Codecs.ANY.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1OpaqueDeviceConfiguration o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.driver != null) {
        g.writeFieldName("driver");
        Codecs.STRING.write(g, o.driver);
      }
      if (o.parameters != null) {
        g.writeFieldName("parameters");
        Codecs.ANY.write(g, o.parameters);
      }
      g.writeEndObject();
    }
  };

  private String driver;

  private Object parameters;

  public V1beta1OpaqueDeviceConfiguration driver(String driver) {
    this.driver = driver;
    return this;
  }

  /**
   * Driver is used to determine which kubelet plugin needs to be passed these configuration
   * parameters.
   *
   * An admission policy provided by the driver developer could use this to decide whether it
   * needs to validate them.
   *
   * Must be a DNS subdomain and should end with a DNS domain owned by the vendor of the driver.
   * It should use only lower case characters.
   *
   * @return driver
   */
  public String getDriver() {
    return driver;
  }

  public void setDriver(String driver) {
    this.driver = driver;
  }

  public V1beta1OpaqueDeviceConfiguration parameters(Object parameters) {
    this.parameters = parameters;
    return this;
  }

  /**
   * Parameters can contain arbitrary data. It is the responsibility of the driver developer to
   * handle validation and versioning. Typically this includes self-identification and a version
   * ("kind" + "apiVersion" for Kubernetes types), with conversion between different versions.
   *
   * The length of the raw data must be smaller or equal to 10 Ki.
   *
   * @return parameters
   */
  public Object getParameters() {
    return parameters;
  }

  public void setParameters(Object parameters) {
    this.parameters = parameters;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1OpaqueDeviceConfiguration that = (V1beta1OpaqueDeviceConfiguration) other;
    return Objects.equals(driver, that.driver)
        && Objects.equals(parameters, that.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(driver, parameters);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1OpaqueDeviceConfiguration {\n");
    sb.append("    driver: ").append(driver).append('\n');
    sb.append("    parameters: ").append(parameters).append('\n');
    return sb.append("}").toString();
  }
}
