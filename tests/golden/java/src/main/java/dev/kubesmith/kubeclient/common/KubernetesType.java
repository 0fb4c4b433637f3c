package dev.kubesmith.kubeclient.common;


/**
 * A value with the apiVersion and kind of a Kubernetes type.
 */
public interface KubernetesType {
  String getApiVersion();
  String getKind();
}
