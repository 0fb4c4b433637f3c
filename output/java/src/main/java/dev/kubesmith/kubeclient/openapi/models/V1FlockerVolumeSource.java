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
 * Represents a Flocker volume mounted by the Flocker agent. One and only one of datasetName
 * and datasetUUID should be set. Flocker volumes do not support ownership management or
 * SELinux relabeling.
 */
public class V1FlockerVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "datasetName",
      "datasetUUID");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1FlockerVolumeSource> CODEC = new Codec<V1FlockerVolumeSource>() {
    @Override
    public V1FlockerVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1FlockerVolumeSource)");
      }
      V1FlockerVolumeSource o = new V1FlockerVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.datasetName = Codecs.STRING.read(p);
            break;
          case 1:
            o.datasetUUID = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1FlockerVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.datasetName != null) {
        g.writeFieldName("datasetName");
        Codecs.STRING.write(g, o.datasetName);
      }
      if (o.datasetUUID != null) {
        g.writeFieldName("datasetUUID");
        Codecs.STRING.write(g, o.datasetUUID);
      }
      g.writeEndObject();
    }
  };

  private String datasetName;

  private String datasetUUID;

  public V1FlockerVolumeSource datasetName(String datasetName) {
    this.datasetName = datasetName;
    return this;
  }

  /**
   * datasetName is Name of the dataset stored as metadata -&gt; name on the dataset for Flocker
   * should be considered as deprecated
   *
   * @return datasetName
   */
  public String getDatasetName() {
    return datasetName;
  }

  public void setDatasetName(String datasetName) {
    this.datasetName = datasetName;
  }

  public V1FlockerVolumeSource datasetUUID(String datasetUUID) {
    this.datasetUUID = datasetUUID;
    return this;
  }

  /**
   * datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset
   *
   * @return datasetUUID
   */
  public String getDatasetUUID() {
    return datasetUUID;
  }

  public void setDatasetUUID(String datasetUUID) {
    this.datasetUUID = datasetUUID;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1FlockerVolumeSource that = (V1FlockerVolumeSource) other;
    return Objects.equals(datasetName, that.datasetName)
        && Objects.equals(datasetUUID, that.datasetUUID);
  }

  @Override
  public int hashCode() {
    return Objects.hash(datasetName, datasetUUID);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1FlockerVolumeSource {\n");
    sb.append("    datasetName: ").append(datasetName).append('\n');
    sb.append("    datasetUUID: ").append(datasetUUID).append('\n');
    return sb.append("}").toString();
  }
}
