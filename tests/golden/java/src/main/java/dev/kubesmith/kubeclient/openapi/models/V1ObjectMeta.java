package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ObjectMeta is metadata that all persisted resources must have, which includes all objects
 * users must create.
 */
public class V1ObjectMeta {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "annotations",
      "creationTimestamp",
      "deletionGracePeriodSeconds",
      "deletionTimestamp",
      "finalizers",
      "generateName",
      "generation",
      "labels",
      "managedFields",
      "name",
      "namespace",
      "ownerReferences",
      "resourceVersion",
      "selfLink",
      "uid");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ObjectMeta> CODEC = new Codec<V1ObjectMeta>() {
    @Override
    public V1ObjectMeta read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ObjectMeta)");
      }
      V1ObjectMeta o = new V1ObjectMeta();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.annotations = Codecs.mapOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.creationTimestamp = Codecs.TIME.read(p);
            break;
          case 2:
            o.deletionGracePeriodSeconds = Codecs.INT64.read(p);
            break;
          case 3:
            o.deletionTimestamp = Codecs.TIME.read(p);
            break;
          case 4:
            o.finalizers = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 5:
            o.generateName = Codecs.STRING.read(p);
            break;
          case 6:
            o.generation = Codecs.INT64.read(p);
            break;
          case 7:
            o.labels = Codecs.mapOf(Codecs.STRING).read(p);
            break;
          case 8:
            o.managedFields = Codecs.listOf(V1ManagedFieldsEntry.CODEC).read(p);
            break;
          case 9:
            o.name = Codecs.STRING.read(p);
            break;
          case 10:
            o.namespace = Codecs.STRING.read(p);
            break;
          case 11:
            o.ownerReferences = Codecs.listOf(V1OwnerReference.CODEC).read(p);
            break;
          case 12:
            o.resourceVersion = Codecs.STRING.read(p);
            break;
          case 13:
            o.selfLink = Codecs.STRING.read(p);
            break;
          case 14:
            o.uid = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ObjectMeta o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.annotations != null) {
        g.writeFieldName("annotations");
        Codecs.mapOf(Codecs.STRING).write(g, o.annotations);
      }
      if (o.creationTimestamp != null) {
        g.writeFieldName("creationTimestamp");
        Codecs.TIME.write(g, o.creationTimestamp);
      }
      if (o.deletionGracePeriodSeconds != null) {
        g.writeFieldName("deletionGracePeriodSeconds");
        Codecs.INT64.write(g, o.deletionGracePeriodSeconds);
      }
      if (o.deletionTimestamp != null) {
        g.writeFieldName("deletionTimestamp");
        Codecs.TIME.write(g, o.deletionTimestamp);
      }
      if (o.finalizers != null) {
        g.writeFieldName("finalizers");
        Codecs.listOf(Codecs.STRING).write(g, o.finalizers);
      }
      if (o.generateName != null) {
        g.writeFieldName("generateName");
        Codecs.STRING.write(g, o.generateName);
      }
      if (o.generation != null) {
        g.writeFieldName("generation");
        Codecs.INT64.write(g, o.generation);
      }
      if (o.labels != null) {
        g.writeFieldName("labels");
        Codecs.mapOf(Codecs.STRING).write(g, o.labels);
      }
      if (o.managedFields != null) {
        g.writeFieldName("managedFields");
        Codecs.listOf(V1ManagedFieldsEntry.CODEC).write(g, o.managedFields);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.namespace != null) {
        g.writeFieldName("namespace");
        Codecs.STRING.write(g, o.namespace);
      }
      if (o.ownerReferences != null) {
        g.writeFieldName("ownerReferences");
        Codecs.listOf(V1OwnerReference.CODEC).write(g, o.ownerReferences);
      }
      if (o.resourceVersion != null) {
        g.writeFieldName("resourceVersion");
        Codecs.STRING.write(g, o.resourceVersion);
      }
      if (o.selfLink != null) {
        g.writeFieldName("selfLink");
        Codecs.STRING.write(g, o.selfLink);
      }
      if (o.uid != null) {
        g.writeFieldName("uid");
        Codecs.STRING.write(g, o.uid);
      }
      g.writeEndObject();
    }
  };

  private Map<String, String> annotations;

  private OffsetDateTime creationTimestamp;

  private Long deletionGracePeriodSeconds;

  private OffsetDateTime deletionTimestamp;

  private List<String> finalizers;

  private String generateName;

  private Long generation;

  private Map<String, String> labels;

  private List<V1ManagedFieldsEntry> managedFields;

  private String name;

  private String namespace;

  private List<V1OwnerReference> ownerReferences;

  private String resourceVersion;

  private String selfLink;

  private String uid;

  public V1ObjectMeta annotations(Map<String, String> annotations) {
    this.annotations = annotations;
    return this;
  }

  public V1ObjectMeta putAnnotationsItem(String key, String item) {
    if (this.annotations == null) {
      this.annotations = new LinkedHashMap<>();
    }
    this.annotations.put(key, item);
    return this;
  }

  /**
   * Annotations is an unstructured key value map stored with a resource that may be set by
   * external tools to store and retrieve arbitrary metadata. They are not queryable and should
   * be preserved when modifying objects. More info:
   * https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations
   *
   * @return annotations
   */
  public Map<String, String> getAnnotations() {
    return annotations;
  }

  public void setAnnotations(Map<String, String> annotations) {
    this.annotations = annotations;
  }

  public V1ObjectMeta creationTimestamp(OffsetDateTime creationTimestamp) {
    this.creationTimestamp = creationTimestamp;
    return this;
  }

  /**
   * CreationTimestamp is a timestamp representing the server time when this object was created.
   * It is not guaranteed to be set in happens-before order across separate operations. Clients
   * may not set this value. It is represented in RFC3339 form and is in UTC.
   *
   * Populated by the system. Read-only. Null for lists. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
   *
   * @return creationTimestamp
   */
  public OffsetDateTime getCreationTimestamp() {
    return creationTimestamp;
  }

  public void setCreationTimestamp(OffsetDateTime creationTimestamp) {
    this.creationTimestamp = creationTimestamp;
  }

  public V1ObjectMeta deletionGracePeriodSeconds(Long deletionGracePeriodSeconds) {
    this.deletionGracePeriodSeconds = deletionGracePeriodSeconds;
    return this;
  }

  /**
   * Number of seconds allowed for this object to gracefully terminate before it will be removed
   * from the system. Only set when deletionTimestamp is also set. May only be shortened.
   * Read-only.
   *
   * @return deletionGracePeriodSeconds
   */
  public Long getDeletionGracePeriodSeconds() {
    return deletionGracePeriodSeconds;
  }

  public void setDeletionGracePeriodSeconds(Long deletionGracePeriodSeconds) {
    this.deletionGracePeriodSeconds = deletionGracePeriodSeconds;
  }

  public V1ObjectMeta deletionTimestamp(OffsetDateTime deletionTimestamp) {
    this.deletionTimestamp = deletionTimestamp;
    return this;
  }

  /**
   * DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted. This
   * field is set by the server when a graceful deletion is requested by the user, and is not
   * directly settable by a client. The resource is expected to be deleted (no longer visible
   * from resource lists, and not reachable by name) after the time in this field, once the
   * finalizers list is empty. As long as the finalizers list contains items, deletion is
   * blocked. Once the deletionTimestamp is set, this value may not be unset or be set further
   * into the future, although it may be shortened or the resource may be deleted prior to this
   * time. For example, a user may request that a pod is deleted in 30 seconds. The Kubelet will
   * react by sending a graceful termination signal to the containers in the pod. After that 30
   * seconds, the Kubelet will send a hard termination signal (SIGKILL) to the container and
   * after cleanup, remove the pod from the API. In the presence of network partitions, this
   * object may still exist after this timestamp, until an administrator or automated process can
   * determine the resource is fully terminated. If not set, graceful deletion of the object has
   * not been requested.
   *
   * Populated by the system when a graceful deletion is requested. Read-only. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
   *
   * @return deletionTimestamp
   */
  public OffsetDateTime getDeletionTimestamp() {
    return deletionTimestamp;
  }

  public void setDeletionTimestamp(OffsetDateTime deletionTimestamp) {
    this.deletionTimestamp = deletionTimestamp;
  }

  public V1ObjectMeta finalizers(List<String> finalizers) {
    this.finalizers = finalizers;
    return this;
  }

  public V1ObjectMeta addFinalizersItem(String item) {
    if (this.finalizers == null) {
      this.finalizers = new ArrayList<>();
    }
    this.finalizers.add(item);
    return this;
  }

  /**
   * Must be empty before the object is deleted from the registry. Each entry is an identifier
   * for the responsible component that will remove the entry from the list. If the
   * deletionTimestamp of the object is non-nil, entries in this list can only be removed.
   * Finalizers may be processed and removed in any order.  Order is NOT enforced because it
   * introduces significant risk of stuck finalizers. finalizers is a shared field, any actor
   * with permission can reorder it. If the finalizer list is processed in order, then this can
   * lead to a situation in which the component responsible for the first finalizer in the list
   * is waiting for a signal (field value, external system, or other) produced by a component
   * responsible for a finalizer later in the list, resulting in a deadlock. Without enforced
   * ordering finalizers are free to order amongst themselves and are not vulnerable to ordering
   * changes in the list.
   *
   * @return finalizers
   */
  public List<String> getFinalizers() {
    return finalizers;
  }

  public void setFinalizers(List<String> finalizers) {
    this.finalizers = finalizers;
  }

  public V1ObjectMeta generateName(String generateName) {
    this.generateName = generateName;
    return this;
  }

  /**
   * GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF
   * the Name field has not been provided. If this field is used, the name returned to the client
   * will be different than the name passed. This value will also be combined with a unique
   * suffix. The provided value has the same validation rules as the Name field, and may be
   * truncated by the length of the suffix required to make the value unique on the server.
   *
   * If this field is specified and the generated name exists, the server will return a 409.
   *
   * Applied only if Name is not specified. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#idempotency
   *
   * @return generateName
   */
  public String getGenerateName() {
    return generateName;
  }

  public void setGenerateName(String generateName) {
    this.generateName = generateName;
  }

  public V1ObjectMeta generation(Long generation) {
    this.generation = generation;
    return this;
  }

  /**
   * A sequence number representing a specific generation of the desired state. Populated by the
   * system. Read-only.
   *
   * @return generation
   */
  public Long getGeneration() {
    return generation;
  }

  public void setGeneration(Long generation) {
    this.generation = generation;
  }

  public V1ObjectMeta labels(Map<String, String> labels) {
    this.labels = labels;
    return this;
  }

  public V1ObjectMeta putLabelsItem(String key, String item) {
    if (this.labels == null) {
      this.labels = new LinkedHashMap<>();
    }
    this.labels.put(key, item);
    return this;
  }

  /**
   * Map of string keys and values that can be used to organize and categorize (scope and select)
   * objects. May match selectors of replication controllers and services. More info:
   * https://kubernetes.io/docs/concepts/overview/working-with-objects/labels
   *
   * @return labels
   */
  public Map<String, String> getLabels() {
    return labels;
  }

  public void setLabels(Map<String, String> labels) {
    this.labels = labels;
  }

  public V1ObjectMeta managedFields(List<V1ManagedFieldsEntry> managedFields) {
    this.managedFields = managedFields;
    return this;
  }

  public V1ObjectMeta addManagedFieldsItem(V1ManagedFieldsEntry item) {
    if (this.managedFields == null) {
      this.managedFields = new ArrayList<>();
    }
    this.managedFields.add(item);
    return this;
  }

  /**
   * ManagedFields maps workflow-id and version to the set of fields that are managed by that
   * workflow. This is mostly for internal housekeeping, and users typically shouldn't need to
   * set or understand this field. A workflow can be the user's name, a controller's name, or the
   * name of a specific apply path like "ci-cd". The set of fields is always in the version that
   * the workflow used when modifying the object.
   *
   * @return managedFields
   */
  public List<V1ManagedFieldsEntry> getManagedFields() {
    return managedFields;
  }

  public void setManagedFields(List<V1ManagedFieldsEntry> managedFields) {
    this.managedFields = managedFields;
  }

  public V1ObjectMeta name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name must be unique within a namespace. Is required when creating resources, although some
   * resources may allow a client to request the generation of an appropriate name automatically.
   * Name is primarily intended for creation idempotence and configuration definition. Cannot be
   * updated. More info:
   * https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1ObjectMeta namespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  /**
   * Namespace defines the space within which each name must be unique. An empty namespace is
   * equivalent to the "default" namespace, but "default" is the canonical representation. Not
   * all objects are required to be scoped to a namespace - the value of this field for those
   * objects will be empty.
   *
   * Must be a DNS_LABEL. Cannot be updated. More info:
   * https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces
   *
   * @return namespace
   */
  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public V1ObjectMeta ownerReferences(List<V1OwnerReference> ownerReferences) {
    this.ownerReferences = ownerReferences;
    return this;
  }

  public V1ObjectMeta addOwnerReferencesItem(V1OwnerReference item) {
    if (this.ownerReferences == null) {
      this.ownerReferences = new ArrayList<>();
    }
    this.ownerReferences.add(item);
    return this;
  }

  /**
   * List of objects depended by this object. If ALL objects in the list have been deleted, this
   * object will be garbage collected. If this object is managed by a controller, then an entry
   * in this list will point to this controller, with the controller field set to true. There
   * cannot be more than one managing controller.
   *
   * @return ownerReferences
   */
  public List<V1OwnerReference> getOwnerReferences() {
    return ownerReferences;
  }

  public void setOwnerReferences(List<V1OwnerReference> ownerReferences) {
    this.ownerReferences = ownerReferences;
  }

  public V1ObjectMeta resourceVersion(String resourceVersion) {
    this.resourceVersion = resourceVersion;
    return this;
  }

  /**
   * An opaque value that represents the internal version of this object that can be used by
   * clients to determine when objects have changed. May be used for optimistic concurrency,
   * change detection, and the watch operation on a resource or set of resources. Clients must
   * treat these values as opaque and passed unmodified back to the server. They may only be
   * valid for a particular resource or set of resources.
   *
   * Populated by the system. Read-only. Value must be treated as opaque by clients and . More
   * info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency
   *
   * @return resourceVersion
   */
  public String getResourceVersion() {
    return resourceVersion;
  }

  public void setResourceVersion(String resourceVersion) {
    this.resourceVersion = resourceVersion;
  }

  public V1ObjectMeta selfLink(String selfLink) {
    this.selfLink = selfLink;
    return this;
  }

  /**
   * Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.
   *
   * @return selfLink
   */
  public String getSelfLink() {
    return selfLink;
  }

  public void setSelfLink(String selfLink) {
    this.selfLink = selfLink;
  }

  public V1ObjectMeta uid(String uid) {
    this.uid = uid;
    return this;
  }

  /**
   * UID is the unique in time and space value for this object. It is typically generated by the
   * server on successful creation of a resource and is not allowed to change on PUT operations.
   *
   * Populated by the system. Read-only. More info:
   * https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids
   *
   * @return uid
   */
  public String getUid() {
    return uid;
  }

  public void setUid(String uid) {
    this.uid = uid;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ObjectMeta that = (V1ObjectMeta) other;
    return Objects.equals(annotations, that.annotations)
        && Objects.equals(creationTimestamp, that.creationTimestamp)
        && Objects.equals(deletionGracePeriodSeconds, that.deletionGracePeriodSeconds)
        && Objects.equals(deletionTimestamp, that.deletionTimestamp)
        && Objects.equals(finalizers, that.finalizers)
        && Objects.equals(generateName, that.generateName)
        && Objects.equals(generation, that.generation)
        && Objects.equals(labels, that.labels)
        && Objects.equals(managedFields, that.managedFields)
        && Objects.equals(name, that.name)
        && Objects.equals(namespace, that.namespace)
        && Objects.equals(ownerReferences, that.ownerReferences)
        && Objects.equals(resourceVersion, that.resourceVersion)
        && Objects.equals(selfLink, that.selfLink)
        && Objects.equals(uid, that.uid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(annotations, creationTimestamp, deletionGracePeriodSeconds, deletionTimestamp, finalizers, generateName, generation, labels, managedFields, name, namespace, ownerReferences, resourceVersion, selfLink, uid);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ObjectMeta {\n");
    sb.append("    annotations: ").append(String.valueOf(annotations).replace("\n", "\n    ")).append('\n');
    sb.append("    creationTimestamp: ").append(creationTimestamp).append('\n');
    sb.append("    deletionGracePeriodSeconds: ").append(deletionGracePeriodSeconds).append('\n');
    sb.append("    deletionTimestamp: ").append(deletionTimestamp).append('\n');
    sb.append("    finalizers: ").append(String.valueOf(finalizers).replace("\n", "\n    ")).append('\n');
    sb.append("    generateName: ").append(generateName).append('\n');
    sb.append("    generation: ").append(generation).append('\n');
    sb.append("    labels: ").append(String.valueOf(labels).replace("\n", "\n    ")).append('\n');
    sb.append("    managedFields: ").append(String.valueOf(managedFields).replace("\n", "\n    ")).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    namespace: ").append(namespace).append('\n');
    sb.append("    ownerReferences: ").append(String.valueOf(ownerReferences).replace("\n", "\n    ")).append('\n');
    sb.append("    resourceVersion: ").append(resourceVersion).append('\n');
    sb.append("    selfLink: ").append(selfLink).append('\n');
    sb.append("    uid: ").append(uid).append('\n');
    return sb.append("}").toString();
  }
}
