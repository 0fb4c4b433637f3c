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
 * An API server instance reports the version it can decode and the version it encodes objects
 * to when persisting objects in the backend.
 */
public class V1alpha1ServerStorageVersion {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiServerID",
      "decodableVersions",
      "encodingVersion",
      "servedVersions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1ServerStorageVersion> CODEC = new Codec<V1alpha1ServerStorageVersion>() {
    @Override
    public V1alpha1ServerStorageVersion read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1ServerStorageVersion)");
      }
      V1alpha1ServerStorageVersion o = new V1alpha1ServerStorageVersion();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiServerID = Codecs.STRING.read(p);
            break;
          case 1:
            o.decodableVersions = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 2:
            o.encodingVersion = Codecs.STRING.read(p);
            break;
          case 3:
            o.servedVersions = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1ServerStorageVersion o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiServerID != null) {
        g.writeFieldName("apiServerID");
        Codecs.STRING.write(g, o.apiServerID);
      }
      if (o.decodableVersions != null) {
        g.writeFieldName("decodableVersions");
        Codecs.listOf(Codecs.STRING).write(g, o.decodableVersions);
      }
      if (o.encodingVersion != null) {
        g.writeFieldName("encodingVersion");
        Codecs.STRING.write(g, o.encodingVersion);
      }
      if (o.servedVersions != null) {
        g.writeFieldName("servedVersions");
        Codecs.listOf(Codecs.STRING).write(g, o.servedVersions);
      }
      g.writeEndObject();
    }
  };

  private String apiServerID;

  private List<String> decodableVersions;

  private String encodingVersion;

  private List<String> servedVersions;

  public V1alpha1ServerStorageVersion apiServerID(String apiServerID) {
    this.apiServerID = apiServerID;
    return this;
  }

  /**
   * apiServerID is the ID of the reporting API server.
   *
   * @return apiServerID
   */
  public String getApiServerID() {
    return apiServerID;
  }

  public void setApiServerID(String apiServerID) {
    this.apiServerID = apiServerID;
  }

  public V1alpha1ServerStorageVersion decodableVersions(List<String> decodableVersions) {
    this.decodableVersions = decodableVersions;
    return this;
  }

  public V1alpha1ServerStorageVersion addDecodableVersionsItem(String item) {
    if (this.decodableVersions == null) {
      this.decodableVersions = new ArrayList<>();
    }
    this.decodableVersions.add(item);
    return this;
  }

  /**
   * decodableVersions are the encoding versions the API server can handle to decode. The API
   * server can decode objects encoded in these versions. The encodingVersion must be included in
   * the decodableVersions.
   *
   * @return decodableVersions
   */
  public List<String> getDecodableVersions() {
    return decodableVersions;
  }

  public void setDecodableVersions(List<String> decodableVersions) {
    this.decodableVersions = decodableVersions;
  }

  public V1alpha1ServerStorageVersion encodingVersion(String encodingVersion) {
    this.encodingVersion = encodingVersion;
    return this;
  }

  /**
   * encodingVersion the API server encodes the object to when persisting it in the backend
   * (e.g., etcd).
   *
   * @return encodingVersion
   */
  public String getEncodingVersion() {
    return encodingVersion;
  }

  public void setEncodingVersion(String encodingVersion) {
    this.encodingVersion = encodingVersion;
  }

  public V1alpha1ServerStorageVersion servedVersions(List<String> servedVersions) {
    this.servedVersions = servedVersions;
    return this;
  }

  public V1alpha1ServerStorageVersion addServedVersionsItem(String item) {
    if (this.servedVersions == null) {
      this.servedVersions = new ArrayList<>();
    }
    this.servedVersions.add(item);
    return this;
  }

  /**
   * servedVersions lists all versions the API server can serve. DecodableVersions must include
   * all ServedVersions.
   *
   * @return servedVersions
   */
  public List<String> getServedVersions() {
    return servedVersions;
  }

  public void setServedVersions(List<String> servedVersions) {
    this.servedVersions = servedVersions;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha1ServerStorageVersion that = (V1alpha1ServerStorageVersion) other;
    return Objects.equals(apiServerID, that.apiServerID)
        && Objects.equals(decodableVersions, that.decodableVersions)
        && Objects.equals(encodingVersion, that.encodingVersion)
        && Objects.equals(servedVersions, that.servedVersions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiServerID, decodableVersions, encodingVersion, servedVersions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1ServerStorageVersion {\n");
    sb.append("    apiServerID: ").append(apiServerID).append('\n');
    sb.append("    decodableVersions: ").append(String.valueOf(decodableVersions).replace("\n", "\n    ")).append('\n');
    sb.append("    encodingVersion: ").append(encodingVersion).append('\n');
    sb.append("    servedVersions: ").append(String.valueOf(servedVersions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
