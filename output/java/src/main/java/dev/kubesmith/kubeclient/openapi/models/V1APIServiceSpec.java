package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * APIServiceSpec contains information for locating and communicating with a server. Only https
 * is supported, though you are able to disable certificate verification.
 */
public class V1APIServiceSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "caBundle",
      "group",
      "groupPriorityMinimum",
      "insecureSkipTLSVerify",
      "service",
      "version",
      "versionPriority");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1APIServiceSpec> CODEC = new Codec<V1APIServiceSpec>() {
    @Override
    public V1APIServiceSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1APIServiceSpec)");
      }
      V1APIServiceSpec o = new V1APIServiceSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.caBundle = Codecs.BYTES.read(p);
            break;
          case 1:
            o.group = Codecs.STRING.read(p);
            break;
          case 2:
            o.groupPriorityMinimum = Codecs.INT32.read(p);
            break;
          case 3:
            o.insecureSkipTLSVerify = Codecs.BOOLEAN.read(p);
            break;
          case 4:
            o.service = ApiregistrationV1ServiceReference.CODEC.read(p);
            break;
          case 5:
            o.version = Codecs.STRING.read(p);
            break;
          case 6:
            o.versionPriority = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1APIServiceSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.caBundle != null) {
        g.writeFieldName("caBundle");
        Codecs.BYTES.write(g, o.caBundle);
      }
      if (o.group != null) {
        g.writeFieldName("group");
        Codecs.STRING.write(g, o.group);
      }
      if (o.groupPriorityMinimum != null) {
        g.writeFieldName("groupPriorityMinimum");
        Codecs.INT32.write(g, o.groupPriorityMinimum);
      }
      if (o.insecureSkipTLSVerify != null) {
        g.writeFieldName("insecureSkipTLSVerify");
        Codecs.BOOLEAN.write(g, o.insecureSkipTLSVerify);
      }
      if (o.service != null) {
        g.writeFieldName("service");
        ApiregistrationV1ServiceReference.CODEC.write(g, o.service);
      }
      if (o.version != null) {
        g.writeFieldName("version");
        Codecs.STRING.write(g, o.version);
      }
      if (o.versionPriority != null) {
        g.writeFieldName("versionPriority");
        Codecs.INT32.write(g, o.versionPriority);
      }
      g.writeEndObject();
    }
  };

  private byte[] caBundle;

  private String group;

  private Integer groupPriorityMinimum;

  private Boolean insecureSkipTLSVerify;

  private ApiregistrationV1ServiceReference service;

  private String version;

  private Integer versionPriority;

  public V1APIServiceSpec caBundle(byte[] caBundle) {
    this.caBundle = caBundle;
    return this;
  }

  /**
   * CABundle is a PEM encoded CA bundle which will be used to validate an API server's serving
   * certificate. If unspecified, system trust roots on the apiserver are used.
   *
   * @return caBundle
   */
  public byte[] getCaBundle() {
    return caBundle;
  }

  public void setCaBundle(byte[] caBundle) {
    this.caBundle = caBundle;
  }

  public V1APIServiceSpec group(String group) {
    this.group = group;
    return this;
  }

  /**
   * Group is the API group name this server hosts
   *
   * @return group
   */
  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public V1APIServiceSpec groupPriorityMinimum(Integer groupPriorityMinimum) {
    this.groupPriorityMinimum = groupPriorityMinimum;
    return this;
  }

  /**
   * GroupPriorityMinimum is the priority this group should have at least. Higher priority means
   * that the group is preferred by clients over lower priority ones. Note that other versions of
   * this group might specify even higher GroupPriorityMinimum values such that the whole group
   * gets a higher priority. The primary sort is based on GroupPriorityMinimum, ordered highest
   * number to lowest (20 before 10). The secondary sort is based on the alphabetical comparison
   * of the name of the object.  (v1.bar before v1.foo) We'd recommend something like: *.k8s.io
   * (except extensions) at 18000 and PaaSes (OpenShift, Deis) are recommended to be in the 2000s
   *
   * @return groupPriorityMinimum
   */
  public Integer getGroupPriorityMinimum() {
    return groupPriorityMinimum;
  }

  public void setGroupPriorityMinimum(Integer groupPriorityMinimum) {
    this.groupPriorityMinimum = groupPriorityMinimum;
  }

  public V1APIServiceSpec insecureSkipTLSVerify(Boolean insecureSkipTLSVerify) {
    this.insecureSkipTLSVerify = insecureSkipTLSVerify;
    return this;
  }

  /**
   * InsecureSkipTLSVerify disables TLS certificate verification when communicating with this
   * server. This is strongly discouraged.  You should use the CABundle instead.
   *
   * @return insecureSkipTLSVerify
   */
  public Boolean getInsecureSkipTLSVerify() {
    return insecureSkipTLSVerify;
  }

  public void setInsecureSkipTLSVerify(Boolean insecureSkipTLSVerify) {
    this.insecureSkipTLSVerify = insecureSkipTLSVerify;
  }

  public V1APIServiceSpec service(ApiregistrationV1ServiceReference service) {
    this.service = service;
    return this;
  }

  /**
   * Service is a reference to the service for this API server.  It must communicate on port 443.
   * If the Service is nil, that means the handling for the API groupversion is handled locally
   * on this server. The call will simply delegate to the normal handler chain to be fulfilled.
   *
   * @return service
   */
  public ApiregistrationV1ServiceReference getService() {
    return service;
  }

  public void setService(ApiregistrationV1ServiceReference service) {
    this.service = service;
  }

  public V1APIServiceSpec version(String version) {
    this.version = version;
    return this;
  }

  /**
   * Version is the API version this server hosts.  For example, "v1"
   *
   * @return version
   */
  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public V1APIServiceSpec versionPriority(Integer versionPriority) {
    this.versionPriority = versionPriority;
    return this;
  }

  /**
   * VersionPriority controls the ordering of this API version inside of its group.  Must be
   * greater than zero. The primary sort is based on VersionPriority, ordered highest to lowest
   * (20 before 10). Since it's inside of a group, the number can be small, probably in the 10s.
   * In case of equal version priorities, the version string will be used to compute the order
   * inside a group. If the version string is "kube-like", it will sort above non "kube-like"
   * version strings, which are ordered lexicographically. "Kube-like" versions start with a "v",
   * then are followed by a number (the major version), then optionally the string "alpha" or
   * "beta" and another number (the minor version). These are sorted first by GA &gt; beta &gt;
   * alpha (where GA is a version with no suffix such as beta or alpha), and then by comparing
   * major version, then minor version. An example sorted list of versions: v10, v2, v1,
   * v11beta2, v10beta3, v3beta1, v12alpha1, v11alpha2, foo1, foo10.
   *
   * @return versionPriority
   */
  public Integer getVersionPriority() {
    return versionPriority;
  }

  public void setVersionPriority(Integer versionPriority) {
    this.versionPriority = versionPriority;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1APIServiceSpec that = (V1APIServiceSpec) other;
    return Arrays.equals(caBundle, that.caBundle)
        && Objects.equals(group, that.group)
        && Objects.equals(groupPriorityMinimum, that.groupPriorityMinimum)
        && Objects.equals(insecureSkipTLSVerify, that.insecureSkipTLSVerify)
        && Objects.equals(service, that.service)
        && Objects.equals(version, that.version)
        && Objects.equals(versionPriority, that.versionPriority);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(caBundle), group, groupPriorityMinimum, insecureSkipTLSVerify, service, version, versionPriority);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1APIServiceSpec {\n");
    sb.append("    caBundle: ").append((caBundle == null ? "null" : caBundle.length + " bytes")).append('\n');
    sb.append("    group: ").append(group).append('\n');
    sb.append("    groupPriorityMinimum: ").append(groupPriorityMinimum).append('\n');
    sb.append("    insecureSkipTLSVerify: ").append(insecureSkipTLSVerify).append('\n');
    sb.append("    service: ").append(String.valueOf(service).replace("\n", "\n    ")).append('\n');
    sb.append("    version: ").append(version).append('\n');
    sb.append("    versionPriority: ").append(versionPriority).append('\n');
    return sb.append("}").toString();
  }
}
