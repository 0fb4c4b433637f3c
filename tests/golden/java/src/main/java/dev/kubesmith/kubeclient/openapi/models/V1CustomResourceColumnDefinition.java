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
 * CustomResourceColumnDefinition specifies a column for server side printing.
 */
public class V1CustomResourceColumnDefinition {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "description",
      "format",
      "jsonPath",
      "name",
      "priority",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CustomResourceColumnDefinition> CODEC = new Codec<V1CustomResourceColumnDefinition>() {
    @Override
    public V1CustomResourceColumnDefinition read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CustomResourceColumnDefinition)");
      }
      V1CustomResourceColumnDefinition o = new V1CustomResourceColumnDefinition();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.description = Codecs.STRING.read(p);
            break;
          case 1:
            o.format = Codecs.STRING.read(p);
            break;
          case 2:
            o.jsonPath = Codecs.STRING.read(p);
            break;
          case 3:
            o.name = Codecs.STRING.read(p);
            break;
          case 4:
            o.priority = Codecs.INT32.read(p);
            break;
          case 5:
            o.type = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CustomResourceColumnDefinition o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.description != null) {
        g.writeFieldName("description");
        Codecs.STRING.write(g, o.description);
      }
      if (o.format != null) {
        g.writeFieldName("format");
        Codecs.STRING.write(g, o.format);
      }
      if (o.jsonPath != null) {
        g.writeFieldName("jsonPath");
        Codecs.STRING.write(g, o.jsonPath);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.priority != null) {
        g.writeFieldName("priority");
        Codecs.INT32.write(g, o.priority);
      }
      if (o.type != null) {
        g.writeFieldName("type");
        Codecs.STRING.write(g, o.type);
      }
      g.writeEndObject();
    }
  };

  private String description;

  private String format;

  private String jsonPath;

  private String name;

  private Integer priority;

  private String type;

  public V1CustomResourceColumnDefinition description(String description) {
    this.description = description;
    return this;
  }

  /**
   * description is a human readable description of this column.
   *
   * @return description
   */
  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public V1CustomResourceColumnDefinition format(String format) {
    this.format = format;
    return this;
  }

  /**
   * format is an optional OpenAPI type definition for this column. The 'name' format is applied
   * to the primary identifier column to assist in clients identifying column is the resource
   * name. See
   * https://github.com/OAI/OpenAPI-Specification/blob/master/versions/2.0.md#data-types for
   * details.
   *
   * @return format
   */
  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public V1CustomResourceColumnDefinition jsonPath(String jsonPath) {
    this.jsonPath = jsonPath;
    return this;
  }

  /**
   * jsonPath is a simple JSON path (i.e. with array notation) which is evaluated against each
   * custom resource to produce the value for this column.
   *
   * @return jsonPath
   */
  public String getJsonPath() {
    return jsonPath;
  }

  public void setJsonPath(String jsonPath) {
    this.jsonPath = jsonPath;
  }

  public V1CustomResourceColumnDefinition name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name is a human readable name for the column.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1CustomResourceColumnDefinition priority(Integer priority) {
    this.priority = priority;
    return this;
  }

  /**
   * priority is an integer defining the relative importance of this column compared to others.
   * Lower numbers are considered higher priority. Columns that may be omitted in limited space
   * scenarios should be given a priority greater than 0.
   *
   * @return priority
   */
  public Integer getPriority() {
    return priority;
  }

  public void setPriority(Integer priority) {
    this.priority = priority;
  }

  public V1CustomResourceColumnDefinition type(String type) {
    this.type = type;
    return this;
  }

  /**
   * type is an OpenAPI type definition for this column. See
   * https://github.com/OAI/OpenAPI-Specification/blob/master/versions/2.0.md#data-types for
   * details.
   *
   * @return type
   */
  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CustomResourceColumnDefinition that = (V1CustomResourceColumnDefinition) other;
    return Objects.equals(description, that.description)
        && Objects.equals(format, that.format)
        && Objects.equals(jsonPath, that.jsonPath)
        && Objects.equals(name, that.name)
        && Objects.equals(priority, that.priority)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, format, jsonPath, name, priority, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CustomResourceColumnDefinition {\n");
    sb.append("    description: ").append(description).append('\n');
    sb.append("    format: ").append(format).append('\n');
    sb.append("    jsonPath: ").append(jsonPath).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    priority: ").append(priority).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
