package dev.kubesmith.kubeclient.common;

import dev.kubesmith.kubeclient.openapi.models.V1ListMeta;
import java.util.List;

/**
 * A list of a kind (client-java's common.KubernetesListObject).
 */
public interface KubernetesListObject extends KubernetesType {
  V1ListMeta getMetadata();
  List<? extends KubernetesObject> getItems();
}
