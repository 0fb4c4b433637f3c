package dev.kubesmith.kubeclient.common;

import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;

/**
 * A kind: its models implement this (client-java's common.KubernetesObject).
 */
public interface KubernetesObject extends KubernetesType {
  V1ObjectMeta getMetadata();
}
