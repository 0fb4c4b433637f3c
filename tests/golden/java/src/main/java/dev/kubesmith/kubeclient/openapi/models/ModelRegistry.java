package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.kubesmith.kubeclient.openapi.JSON;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * Every kind of this client: apiVersion/kind to model class, plural and scope. A string
 * switch, so nothing scans the classpath and a class is loaded only when it is asked for.
 */
public final class ModelRegistry {
  private ModelRegistry() {}

  /**
   * Decodes a value of any kind of this client by its {@code apiVersion} and {@code kind}: a
   * delete answers a {@link V1Status}, or the object itself while finalizers run, and the API
   * classes decode such answers with this codec ({@code ModelRegistry.class} as the return
   * type). A kind this client does not know stays a {@code Map}.
   */
  public static final Codec<Object> CODEC = new Codec<Object>() {
    @Override
    public Object read(JsonParser p) throws IOException {
      Object tree = Codecs.ANY.read(p);
      if (!(tree instanceof Map)) {
        return tree;
      }
      Map<?, ?> map = (Map<?, ?>) tree;
      Class<?> modelClass = modelClass(String.valueOf(map.get("apiVersion")), String.valueOf(map.get("kind")));
      if (modelClass == null) {
        return tree;
      }
      // the kind may come after the fields, so the value is read once more as its class
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (JsonGenerator g = JSON.FACTORY.createGenerator(bytes)) {
        Codecs.ANY.write(g, tree);
      }
      try (JsonParser again = JSON.FACTORY.createParser(bytes.toByteArray())) {
        again.nextToken();
        return Codecs.forClass(modelClass).read(again);
      }
    }

    @Override
    public void write(JsonGenerator g, Object value) throws IOException {
      Codecs.ANY.write(g, value);
    }
  };

  /** The model class of a kind ({@code "apps/v1"}, {@code "Deployment"}), or null. */
  public static Class<?> modelClass(String apiVersion, String kind) {
    switch (apiVersion + "/" + kind) {
      case "admission.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "admission.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "admission.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "admission.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "admissionregistration.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "admissionregistration.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "admissionregistration.k8s.io/v1alpha1/DeleteOptions":
        return V1DeleteOptions.class;
      case "admissionregistration.k8s.io/v1alpha1/WatchEvent":
        return V1WatchEvent.class;
      case "admissionregistration.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "admissionregistration.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "apiextensions.k8s.io/v1/CustomResourceDefinition":
        return V1CustomResourceDefinition.class;
      case "apiextensions.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "apiextensions.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "apiextensions.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "apiextensions.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "apiregistration.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "apiregistration.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "apiregistration.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "apiregistration.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "apps/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "apps/v1/WatchEvent":
        return V1WatchEvent.class;
      case "apps/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "apps/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "apps/v1beta2/DeleteOptions":
        return V1DeleteOptions.class;
      case "apps/v1beta2/WatchEvent":
        return V1WatchEvent.class;
      case "authentication.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "authentication.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "authentication.k8s.io/v1alpha1/DeleteOptions":
        return V1DeleteOptions.class;
      case "authentication.k8s.io/v1alpha1/WatchEvent":
        return V1WatchEvent.class;
      case "authentication.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "authentication.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "authorization.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "authorization.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "authorization.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "authorization.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "autoscaling/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "autoscaling/v1/WatchEvent":
        return V1WatchEvent.class;
      case "autoscaling/v2/DeleteOptions":
        return V1DeleteOptions.class;
      case "autoscaling/v2/WatchEvent":
        return V1WatchEvent.class;
      case "batch/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "batch/v1/WatchEvent":
        return V1WatchEvent.class;
      case "batch/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "batch/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "certificates.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "certificates.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "certificates.k8s.io/v1alpha1/DeleteOptions":
        return V1DeleteOptions.class;
      case "certificates.k8s.io/v1alpha1/WatchEvent":
        return V1WatchEvent.class;
      case "certificates.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "certificates.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "coordination.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "coordination.k8s.io/v1/Lease":
        return V1Lease.class;
      case "coordination.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "coordination.k8s.io/v1alpha2/DeleteOptions":
        return V1DeleteOptions.class;
      case "coordination.k8s.io/v1alpha2/WatchEvent":
        return V1WatchEvent.class;
      case "coordination.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "coordination.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "discovery.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "discovery.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "discovery.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "discovery.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "events.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "events.k8s.io/v1/Event":
        return EventsV1Event.class;
      case "events.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "events.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "events.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "extensions/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "extensions/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "flowcontrol.apiserver.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "flowcontrol.apiserver.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "flowcontrol.apiserver.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "flowcontrol.apiserver.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "flowcontrol.apiserver.k8s.io/v1beta2/DeleteOptions":
        return V1DeleteOptions.class;
      case "flowcontrol.apiserver.k8s.io/v1beta2/WatchEvent":
        return V1WatchEvent.class;
      case "flowcontrol.apiserver.k8s.io/v1beta3/DeleteOptions":
        return V1DeleteOptions.class;
      case "flowcontrol.apiserver.k8s.io/v1beta3/WatchEvent":
        return V1WatchEvent.class;
      case "imagepolicy.k8s.io/v1alpha1/DeleteOptions":
        return V1DeleteOptions.class;
      case "imagepolicy.k8s.io/v1alpha1/WatchEvent":
        return V1WatchEvent.class;
      case "internal.apiserver.k8s.io/v1alpha1/DeleteOptions":
        return V1DeleteOptions.class;
      case "internal.apiserver.k8s.io/v1alpha1/WatchEvent":
        return V1WatchEvent.class;
      case "networking.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "networking.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "networking.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "networking.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "node.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "node.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "node.k8s.io/v1alpha1/DeleteOptions":
        return V1DeleteOptions.class;
      case "node.k8s.io/v1alpha1/WatchEvent":
        return V1WatchEvent.class;
      case "node.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "node.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "policy/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "policy/v1/Eviction":
        return V1Eviction.class;
      case "policy/v1/WatchEvent":
        return V1WatchEvent.class;
      case "policy/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "policy/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "rbac.authorization.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "rbac.authorization.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "rbac.authorization.k8s.io/v1alpha1/DeleteOptions":
        return V1DeleteOptions.class;
      case "rbac.authorization.k8s.io/v1alpha1/WatchEvent":
        return V1WatchEvent.class;
      case "rbac.authorization.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "rbac.authorization.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "resource.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "resource.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "resource.k8s.io/v1alpha3/DeleteOptions":
        return V1DeleteOptions.class;
      case "resource.k8s.io/v1alpha3/WatchEvent":
        return V1WatchEvent.class;
      case "resource.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "resource.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "resource.k8s.io/v1beta2/DeleteOptions":
        return V1DeleteOptions.class;
      case "resource.k8s.io/v1beta2/WatchEvent":
        return V1WatchEvent.class;
      case "scheduling.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "scheduling.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "scheduling.k8s.io/v1alpha2/DeleteOptions":
        return V1DeleteOptions.class;
      case "scheduling.k8s.io/v1alpha2/WatchEvent":
        return V1WatchEvent.class;
      case "scheduling.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "scheduling.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "storage.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "storage.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "storage.k8s.io/v1alpha1/DeleteOptions":
        return V1DeleteOptions.class;
      case "storage.k8s.io/v1alpha1/WatchEvent":
        return V1WatchEvent.class;
      case "storage.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "storage.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "storagemigration.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "storagemigration.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "v1/ConfigMap":
        return V1ConfigMap.class;
      case "v1/ConfigMapList":
        return V1ConfigMapList.class;
      case "v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "v1/Event":
        return CoreV1Event.class;
      case "v1/Namespace":
        return V1Namespace.class;
      case "v1/NamespaceList":
        return V1NamespaceList.class;
      case "v1/PersistentVolumeClaim":
        return V1PersistentVolumeClaim.class;
      case "v1/Status":
        return V1Status.class;
      case "v1/WatchEvent":
        return V1WatchEvent.class;
      default:
        return null;
    }
  }

  /** The resource name of a kind ({@code "deployments"}), or null when it is not served. */
  public static String plural(String apiVersion, String kind) {
    switch (apiVersion + "/" + kind) {
      case "apiextensions.k8s.io/v1/CustomResourceDefinition":
        return "customresourcedefinitions";
      case "coordination.k8s.io/v1/Lease":
        return "leases";
      case "events.k8s.io/v1/Event":
        return "events";
      case "v1/ConfigMap":
        return "configmaps";
      case "v1/Event":
        return "events";
      case "v1/Namespace":
        return "namespaces";
      default:
        return null;
    }
  }

  /** Whether a kind lives in namespaces; null when it is not served. */
  public static Boolean namespaced(String apiVersion, String kind) {
    switch (apiVersion + "/" + kind) {
      case "coordination.k8s.io/v1/Lease":
      case "events.k8s.io/v1/Event":
      case "v1/ConfigMap":
      case "v1/Event":
        return Boolean.TRUE;
      case "apiextensions.k8s.io/v1/CustomResourceDefinition":
      case "v1/Namespace":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** apiVersion and kind of a model class ({@code {"apps/v1", "Deployment"}}), or null. */
  public static String[] groupVersionKind(Class<?> modelClass) {
    switch (modelClass.getName()) {
      case "dev.kubesmith.kubeclient.openapi.models.CoreV1Event":
        return new String[] {"v1", "Event"};
      case "dev.kubesmith.kubeclient.openapi.models.EventsV1Event":
        return new String[] {"events.k8s.io/v1", "Event"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ConfigMap":
        return new String[] {"v1", "ConfigMap"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ConfigMapList":
        return new String[] {"v1", "ConfigMapList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1CustomResourceDefinition":
        return new String[] {"apiextensions.k8s.io/v1", "CustomResourceDefinition"};
      case "dev.kubesmith.kubeclient.openapi.models.V1DeleteOptions":
        return new String[] {"v1", "DeleteOptions"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Eviction":
        return new String[] {"policy/v1", "Eviction"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Lease":
        return new String[] {"coordination.k8s.io/v1", "Lease"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Namespace":
        return new String[] {"v1", "Namespace"};
      case "dev.kubesmith.kubeclient.openapi.models.V1NamespaceList":
        return new String[] {"v1", "NamespaceList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1PersistentVolumeClaim":
        return new String[] {"v1", "PersistentVolumeClaim"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Status":
        return new String[] {"v1", "Status"};
      case "dev.kubesmith.kubeclient.openapi.models.V1WatchEvent":
        return new String[] {"v1", "WatchEvent"};
      default:
        return null;
    }
  }
}
