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
      case "admissionregistration.k8s.io/v1/MutatingAdmissionPolicy":
        return V1MutatingAdmissionPolicy.class;
      case "admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBinding":
        return V1MutatingAdmissionPolicyBinding.class;
      case "admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBindingList":
        return V1MutatingAdmissionPolicyBindingList.class;
      case "admissionregistration.k8s.io/v1/MutatingAdmissionPolicyList":
        return V1MutatingAdmissionPolicyList.class;
      case "admissionregistration.k8s.io/v1/MutatingWebhookConfiguration":
        return V1MutatingWebhookConfiguration.class;
      case "admissionregistration.k8s.io/v1/MutatingWebhookConfigurationList":
        return V1MutatingWebhookConfigurationList.class;
      case "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy":
        return V1ValidatingAdmissionPolicy.class;
      case "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding":
        return V1ValidatingAdmissionPolicyBinding.class;
      case "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBindingList":
        return V1ValidatingAdmissionPolicyBindingList.class;
      case "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyList":
        return V1ValidatingAdmissionPolicyList.class;
      case "admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration":
        return V1ValidatingWebhookConfiguration.class;
      case "admissionregistration.k8s.io/v1/ValidatingWebhookConfigurationList":
        return V1ValidatingWebhookConfigurationList.class;
      case "admissionregistration.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "admissionregistration.k8s.io/v1alpha1/DeleteOptions":
        return V1DeleteOptions.class;
      case "admissionregistration.k8s.io/v1alpha1/MutatingAdmissionPolicy":
        return V1alpha1MutatingAdmissionPolicy.class;
      case "admissionregistration.k8s.io/v1alpha1/MutatingAdmissionPolicyBinding":
        return V1alpha1MutatingAdmissionPolicyBinding.class;
      case "admissionregistration.k8s.io/v1alpha1/MutatingAdmissionPolicyBindingList":
        return V1alpha1MutatingAdmissionPolicyBindingList.class;
      case "admissionregistration.k8s.io/v1alpha1/MutatingAdmissionPolicyList":
        return V1alpha1MutatingAdmissionPolicyList.class;
      case "admissionregistration.k8s.io/v1alpha1/WatchEvent":
        return V1WatchEvent.class;
      case "admissionregistration.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "admissionregistration.k8s.io/v1beta1/MutatingAdmissionPolicy":
        return V1beta1MutatingAdmissionPolicy.class;
      case "admissionregistration.k8s.io/v1beta1/MutatingAdmissionPolicyBinding":
        return V1beta1MutatingAdmissionPolicyBinding.class;
      case "admissionregistration.k8s.io/v1beta1/MutatingAdmissionPolicyBindingList":
        return V1beta1MutatingAdmissionPolicyBindingList.class;
      case "admissionregistration.k8s.io/v1beta1/MutatingAdmissionPolicyList":
        return V1beta1MutatingAdmissionPolicyList.class;
      case "admissionregistration.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "apiextensions.k8s.io/v1/CustomResourceDefinition":
        return V1CustomResourceDefinition.class;
      case "apiextensions.k8s.io/v1/CustomResourceDefinitionList":
        return V1CustomResourceDefinitionList.class;
      case "apiextensions.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "apiextensions.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "apiextensions.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "apiextensions.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "apiregistration.k8s.io/v1/APIService":
        return V1APIService.class;
      case "apiregistration.k8s.io/v1/APIServiceList":
        return V1APIServiceList.class;
      case "apiregistration.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "apiregistration.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "apiregistration.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "apiregistration.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "apps/v1/ControllerRevision":
        return V1ControllerRevision.class;
      case "apps/v1/ControllerRevisionList":
        return V1ControllerRevisionList.class;
      case "apps/v1/DaemonSet":
        return V1DaemonSet.class;
      case "apps/v1/DaemonSetList":
        return V1DaemonSetList.class;
      case "apps/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "apps/v1/Deployment":
        return V1Deployment.class;
      case "apps/v1/DeploymentList":
        return V1DeploymentList.class;
      case "apps/v1/ReplicaSet":
        return V1ReplicaSet.class;
      case "apps/v1/ReplicaSetList":
        return V1ReplicaSetList.class;
      case "apps/v1/StatefulSet":
        return V1StatefulSet.class;
      case "apps/v1/StatefulSetList":
        return V1StatefulSetList.class;
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
      case "authentication.k8s.io/v1/SelfSubjectReview":
        return V1SelfSubjectReview.class;
      case "authentication.k8s.io/v1/TokenRequest":
        return AuthenticationV1TokenRequest.class;
      case "authentication.k8s.io/v1/TokenReview":
        return V1TokenReview.class;
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
      case "authorization.k8s.io/v1/LocalSubjectAccessReview":
        return V1LocalSubjectAccessReview.class;
      case "authorization.k8s.io/v1/SelfSubjectAccessReview":
        return V1SelfSubjectAccessReview.class;
      case "authorization.k8s.io/v1/SelfSubjectRulesReview":
        return V1SelfSubjectRulesReview.class;
      case "authorization.k8s.io/v1/SubjectAccessReview":
        return V1SubjectAccessReview.class;
      case "authorization.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "authorization.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "authorization.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "autoscaling/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "autoscaling/v1/HorizontalPodAutoscaler":
        return V1HorizontalPodAutoscaler.class;
      case "autoscaling/v1/HorizontalPodAutoscalerList":
        return V1HorizontalPodAutoscalerList.class;
      case "autoscaling/v1/Scale":
        return V1Scale.class;
      case "autoscaling/v1/WatchEvent":
        return V1WatchEvent.class;
      case "autoscaling/v2/DeleteOptions":
        return V1DeleteOptions.class;
      case "autoscaling/v2/HorizontalPodAutoscaler":
        return V2HorizontalPodAutoscaler.class;
      case "autoscaling/v2/HorizontalPodAutoscalerList":
        return V2HorizontalPodAutoscalerList.class;
      case "autoscaling/v2/WatchEvent":
        return V1WatchEvent.class;
      case "batch/v1/CronJob":
        return V1CronJob.class;
      case "batch/v1/CronJobList":
        return V1CronJobList.class;
      case "batch/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "batch/v1/Job":
        return V1Job.class;
      case "batch/v1/JobList":
        return V1JobList.class;
      case "batch/v1/WatchEvent":
        return V1WatchEvent.class;
      case "batch/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "batch/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "certificates.k8s.io/v1/CertificateSigningRequest":
        return V1CertificateSigningRequest.class;
      case "certificates.k8s.io/v1/CertificateSigningRequestList":
        return V1CertificateSigningRequestList.class;
      case "certificates.k8s.io/v1/ClusterTrustBundle":
        return V1ClusterTrustBundle.class;
      case "certificates.k8s.io/v1/ClusterTrustBundleList":
        return V1ClusterTrustBundleList.class;
      case "certificates.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "certificates.k8s.io/v1/PodCertificateRequest":
        return V1PodCertificateRequest.class;
      case "certificates.k8s.io/v1/PodCertificateRequestList":
        return V1PodCertificateRequestList.class;
      case "certificates.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "certificates.k8s.io/v1alpha1/DeleteOptions":
        return V1DeleteOptions.class;
      case "certificates.k8s.io/v1alpha1/WatchEvent":
        return V1WatchEvent.class;
      case "certificates.k8s.io/v1beta1/ClusterTrustBundle":
        return V1beta1ClusterTrustBundle.class;
      case "certificates.k8s.io/v1beta1/ClusterTrustBundleList":
        return V1beta1ClusterTrustBundleList.class;
      case "certificates.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "certificates.k8s.io/v1beta1/PodCertificateRequest":
        return V1beta1PodCertificateRequest.class;
      case "certificates.k8s.io/v1beta1/PodCertificateRequestList":
        return V1beta1PodCertificateRequestList.class;
      case "certificates.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "coordination.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "coordination.k8s.io/v1/Lease":
        return V1Lease.class;
      case "coordination.k8s.io/v1/LeaseList":
        return V1LeaseList.class;
      case "coordination.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "coordination.k8s.io/v1alpha2/DeleteOptions":
        return V1DeleteOptions.class;
      case "coordination.k8s.io/v1alpha2/LeaseCandidate":
        return V1alpha2LeaseCandidate.class;
      case "coordination.k8s.io/v1alpha2/LeaseCandidateList":
        return V1alpha2LeaseCandidateList.class;
      case "coordination.k8s.io/v1alpha2/WatchEvent":
        return V1WatchEvent.class;
      case "coordination.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "coordination.k8s.io/v1beta1/LeaseCandidate":
        return V1beta1LeaseCandidate.class;
      case "coordination.k8s.io/v1beta1/LeaseCandidateList":
        return V1beta1LeaseCandidateList.class;
      case "coordination.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "discovery.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "discovery.k8s.io/v1/EndpointSlice":
        return V1EndpointSlice.class;
      case "discovery.k8s.io/v1/EndpointSliceList":
        return V1EndpointSliceList.class;
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
      case "events.k8s.io/v1/EventList":
        return EventsV1EventList.class;
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
      case "flowcontrol.apiserver.k8s.io/v1/FlowSchema":
        return V1FlowSchema.class;
      case "flowcontrol.apiserver.k8s.io/v1/FlowSchemaList":
        return V1FlowSchemaList.class;
      case "flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfiguration":
        return V1PriorityLevelConfiguration.class;
      case "flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfigurationList":
        return V1PriorityLevelConfigurationList.class;
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
      case "internal.apiserver.k8s.io/v1alpha1/StorageVersion":
        return V1alpha1StorageVersion.class;
      case "internal.apiserver.k8s.io/v1alpha1/StorageVersionList":
        return V1alpha1StorageVersionList.class;
      case "internal.apiserver.k8s.io/v1alpha1/WatchEvent":
        return V1WatchEvent.class;
      case "lifecycle.k8s.io/v1alpha1/DeleteOptions":
        return V1DeleteOptions.class;
      case "lifecycle.k8s.io/v1alpha1/WatchEvent":
        return V1WatchEvent.class;
      case "networking.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "networking.k8s.io/v1/IPAddress":
        return V1IPAddress.class;
      case "networking.k8s.io/v1/IPAddressList":
        return V1IPAddressList.class;
      case "networking.k8s.io/v1/Ingress":
        return V1Ingress.class;
      case "networking.k8s.io/v1/IngressClass":
        return V1IngressClass.class;
      case "networking.k8s.io/v1/IngressClassList":
        return V1IngressClassList.class;
      case "networking.k8s.io/v1/IngressList":
        return V1IngressList.class;
      case "networking.k8s.io/v1/NetworkPolicy":
        return V1NetworkPolicy.class;
      case "networking.k8s.io/v1/NetworkPolicyList":
        return V1NetworkPolicyList.class;
      case "networking.k8s.io/v1/ServiceCIDR":
        return V1ServiceCIDR.class;
      case "networking.k8s.io/v1/ServiceCIDRList":
        return V1ServiceCIDRList.class;
      case "networking.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "networking.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "networking.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "node.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "node.k8s.io/v1/RuntimeClass":
        return V1RuntimeClass.class;
      case "node.k8s.io/v1/RuntimeClassList":
        return V1RuntimeClassList.class;
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
      case "policy/v1/PodDisruptionBudget":
        return V1PodDisruptionBudget.class;
      case "policy/v1/PodDisruptionBudgetList":
        return V1PodDisruptionBudgetList.class;
      case "policy/v1/WatchEvent":
        return V1WatchEvent.class;
      case "policy/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "policy/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "rbac.authorization.k8s.io/v1/ClusterRole":
        return V1ClusterRole.class;
      case "rbac.authorization.k8s.io/v1/ClusterRoleBinding":
        return V1ClusterRoleBinding.class;
      case "rbac.authorization.k8s.io/v1/ClusterRoleBindingList":
        return V1ClusterRoleBindingList.class;
      case "rbac.authorization.k8s.io/v1/ClusterRoleList":
        return V1ClusterRoleList.class;
      case "rbac.authorization.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "rbac.authorization.k8s.io/v1/Role":
        return V1Role.class;
      case "rbac.authorization.k8s.io/v1/RoleBinding":
        return V1RoleBinding.class;
      case "rbac.authorization.k8s.io/v1/RoleBindingList":
        return V1RoleBindingList.class;
      case "rbac.authorization.k8s.io/v1/RoleList":
        return V1RoleList.class;
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
      case "resource.k8s.io/v1/DeviceClass":
        return V1DeviceClass.class;
      case "resource.k8s.io/v1/DeviceClassList":
        return V1DeviceClassList.class;
      case "resource.k8s.io/v1/DeviceTaintRule":
        return V1DeviceTaintRule.class;
      case "resource.k8s.io/v1/DeviceTaintRuleList":
        return V1DeviceTaintRuleList.class;
      case "resource.k8s.io/v1/ResourceClaim":
        return ResourceV1ResourceClaim.class;
      case "resource.k8s.io/v1/ResourceClaimList":
        return V1ResourceClaimList.class;
      case "resource.k8s.io/v1/ResourceClaimTemplate":
        return V1ResourceClaimTemplate.class;
      case "resource.k8s.io/v1/ResourceClaimTemplateList":
        return V1ResourceClaimTemplateList.class;
      case "resource.k8s.io/v1/ResourceSlice":
        return V1ResourceSlice.class;
      case "resource.k8s.io/v1/ResourceSliceList":
        return V1ResourceSliceList.class;
      case "resource.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "resource.k8s.io/v1alpha3/DeleteOptions":
        return V1DeleteOptions.class;
      case "resource.k8s.io/v1alpha3/DeviceTaintRule":
        return V1alpha3DeviceTaintRule.class;
      case "resource.k8s.io/v1alpha3/DeviceTaintRuleList":
        return V1alpha3DeviceTaintRuleList.class;
      case "resource.k8s.io/v1alpha3/ResourcePoolStatusRequest":
        return V1alpha3ResourcePoolStatusRequest.class;
      case "resource.k8s.io/v1alpha3/ResourcePoolStatusRequestList":
        return V1alpha3ResourcePoolStatusRequestList.class;
      case "resource.k8s.io/v1alpha3/WatchEvent":
        return V1WatchEvent.class;
      case "resource.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "resource.k8s.io/v1beta1/DeviceClass":
        return V1beta1DeviceClass.class;
      case "resource.k8s.io/v1beta1/DeviceClassList":
        return V1beta1DeviceClassList.class;
      case "resource.k8s.io/v1beta1/ResourceClaim":
        return V1beta1ResourceClaim.class;
      case "resource.k8s.io/v1beta1/ResourceClaimList":
        return V1beta1ResourceClaimList.class;
      case "resource.k8s.io/v1beta1/ResourceClaimTemplate":
        return V1beta1ResourceClaimTemplate.class;
      case "resource.k8s.io/v1beta1/ResourceClaimTemplateList":
        return V1beta1ResourceClaimTemplateList.class;
      case "resource.k8s.io/v1beta1/ResourceSlice":
        return V1beta1ResourceSlice.class;
      case "resource.k8s.io/v1beta1/ResourceSliceList":
        return V1beta1ResourceSliceList.class;
      case "resource.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "resource.k8s.io/v1beta2/DeleteOptions":
        return V1DeleteOptions.class;
      case "resource.k8s.io/v1beta2/DeviceClass":
        return V1beta2DeviceClass.class;
      case "resource.k8s.io/v1beta2/DeviceClassList":
        return V1beta2DeviceClassList.class;
      case "resource.k8s.io/v1beta2/DeviceTaintRule":
        return V1beta2DeviceTaintRule.class;
      case "resource.k8s.io/v1beta2/DeviceTaintRuleList":
        return V1beta2DeviceTaintRuleList.class;
      case "resource.k8s.io/v1beta2/ResourceClaim":
        return V1beta2ResourceClaim.class;
      case "resource.k8s.io/v1beta2/ResourceClaimList":
        return V1beta2ResourceClaimList.class;
      case "resource.k8s.io/v1beta2/ResourceClaimTemplate":
        return V1beta2ResourceClaimTemplate.class;
      case "resource.k8s.io/v1beta2/ResourceClaimTemplateList":
        return V1beta2ResourceClaimTemplateList.class;
      case "resource.k8s.io/v1beta2/ResourceSlice":
        return V1beta2ResourceSlice.class;
      case "resource.k8s.io/v1beta2/ResourceSliceList":
        return V1beta2ResourceSliceList.class;
      case "resource.k8s.io/v1beta2/WatchEvent":
        return V1WatchEvent.class;
      case "scheduling.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "scheduling.k8s.io/v1/PriorityClass":
        return V1PriorityClass.class;
      case "scheduling.k8s.io/v1/PriorityClassList":
        return V1PriorityClassList.class;
      case "scheduling.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "scheduling.k8s.io/v1alpha3/DeleteOptions":
        return V1DeleteOptions.class;
      case "scheduling.k8s.io/v1alpha3/WatchEvent":
        return V1WatchEvent.class;
      case "scheduling.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "scheduling.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "storage.k8s.io/v1/CSIDriver":
        return V1CSIDriver.class;
      case "storage.k8s.io/v1/CSIDriverList":
        return V1CSIDriverList.class;
      case "storage.k8s.io/v1/CSINode":
        return V1CSINode.class;
      case "storage.k8s.io/v1/CSINodeList":
        return V1CSINodeList.class;
      case "storage.k8s.io/v1/CSIStorageCapacity":
        return V1CSIStorageCapacity.class;
      case "storage.k8s.io/v1/CSIStorageCapacityList":
        return V1CSIStorageCapacityList.class;
      case "storage.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "storage.k8s.io/v1/StorageClass":
        return V1StorageClass.class;
      case "storage.k8s.io/v1/StorageClassList":
        return V1StorageClassList.class;
      case "storage.k8s.io/v1/VolumeAttachment":
        return V1VolumeAttachment.class;
      case "storage.k8s.io/v1/VolumeAttachmentList":
        return V1VolumeAttachmentList.class;
      case "storage.k8s.io/v1/VolumeAttributesClass":
        return V1VolumeAttributesClass.class;
      case "storage.k8s.io/v1/VolumeAttributesClassList":
        return V1VolumeAttributesClassList.class;
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
      case "storagemigration.k8s.io/v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "storagemigration.k8s.io/v1/StorageVersionMigration":
        return V1StorageVersionMigration.class;
      case "storagemigration.k8s.io/v1/StorageVersionMigrationList":
        return V1StorageVersionMigrationList.class;
      case "storagemigration.k8s.io/v1/WatchEvent":
        return V1WatchEvent.class;
      case "storagemigration.k8s.io/v1beta1/DeleteOptions":
        return V1DeleteOptions.class;
      case "storagemigration.k8s.io/v1beta1/StorageVersionMigration":
        return V1beta1StorageVersionMigration.class;
      case "storagemigration.k8s.io/v1beta1/StorageVersionMigrationList":
        return V1beta1StorageVersionMigrationList.class;
      case "storagemigration.k8s.io/v1beta1/WatchEvent":
        return V1WatchEvent.class;
      case "v1/APIGroup":
        return V1APIGroup.class;
      case "v1/APIGroupList":
        return V1APIGroupList.class;
      case "v1/APIResourceList":
        return V1APIResourceList.class;
      case "v1/APIVersions":
        return V1APIVersions.class;
      case "v1/Binding":
        return V1Binding.class;
      case "v1/ComponentStatus":
        return V1ComponentStatus.class;
      case "v1/ComponentStatusList":
        return V1ComponentStatusList.class;
      case "v1/ConfigMap":
        return V1ConfigMap.class;
      case "v1/ConfigMapList":
        return V1ConfigMapList.class;
      case "v1/DeleteOptions":
        return V1DeleteOptions.class;
      case "v1/Endpoints":
        return V1Endpoints.class;
      case "v1/EndpointsList":
        return V1EndpointsList.class;
      case "v1/Event":
        return CoreV1Event.class;
      case "v1/EventList":
        return CoreV1EventList.class;
      case "v1/LimitRange":
        return V1LimitRange.class;
      case "v1/LimitRangeList":
        return V1LimitRangeList.class;
      case "v1/Namespace":
        return V1Namespace.class;
      case "v1/NamespaceList":
        return V1NamespaceList.class;
      case "v1/Node":
        return V1Node.class;
      case "v1/NodeList":
        return V1NodeList.class;
      case "v1/PersistentVolume":
        return V1PersistentVolume.class;
      case "v1/PersistentVolumeClaim":
        return V1PersistentVolumeClaim.class;
      case "v1/PersistentVolumeClaimList":
        return V1PersistentVolumeClaimList.class;
      case "v1/PersistentVolumeList":
        return V1PersistentVolumeList.class;
      case "v1/Pod":
        return V1Pod.class;
      case "v1/PodList":
        return V1PodList.class;
      case "v1/PodTemplate":
        return V1PodTemplate.class;
      case "v1/PodTemplateList":
        return V1PodTemplateList.class;
      case "v1/ReplicationController":
        return V1ReplicationController.class;
      case "v1/ReplicationControllerList":
        return V1ReplicationControllerList.class;
      case "v1/ResourceQuota":
        return V1ResourceQuota.class;
      case "v1/ResourceQuotaList":
        return V1ResourceQuotaList.class;
      case "v1/Secret":
        return V1Secret.class;
      case "v1/SecretList":
        return V1SecretList.class;
      case "v1/Service":
        return V1Service.class;
      case "v1/ServiceAccount":
        return V1ServiceAccount.class;
      case "v1/ServiceAccountList":
        return V1ServiceAccountList.class;
      case "v1/ServiceList":
        return V1ServiceList.class;
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
      case "admissionregistration.k8s.io/v1/MutatingAdmissionPolicy":
        return "mutatingadmissionpolicies";
      case "admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBinding":
        return "mutatingadmissionpolicybindings";
      case "admissionregistration.k8s.io/v1/MutatingWebhookConfiguration":
        return "mutatingwebhookconfigurations";
      case "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy":
        return "validatingadmissionpolicies";
      case "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding":
        return "validatingadmissionpolicybindings";
      case "admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration":
        return "validatingwebhookconfigurations";
      case "admissionregistration.k8s.io/v1alpha1/MutatingAdmissionPolicy":
        return "mutatingadmissionpolicies";
      case "admissionregistration.k8s.io/v1alpha1/MutatingAdmissionPolicyBinding":
        return "mutatingadmissionpolicybindings";
      case "admissionregistration.k8s.io/v1beta1/MutatingAdmissionPolicy":
        return "mutatingadmissionpolicies";
      case "admissionregistration.k8s.io/v1beta1/MutatingAdmissionPolicyBinding":
        return "mutatingadmissionpolicybindings";
      case "apiextensions.k8s.io/v1/CustomResourceDefinition":
        return "customresourcedefinitions";
      case "apiregistration.k8s.io/v1/APIService":
        return "apiservices";
      case "apps/v1/ControllerRevision":
        return "controllerrevisions";
      case "apps/v1/DaemonSet":
        return "daemonsets";
      case "apps/v1/Deployment":
        return "deployments";
      case "apps/v1/ReplicaSet":
        return "replicasets";
      case "apps/v1/StatefulSet":
        return "statefulsets";
      case "authentication.k8s.io/v1/SelfSubjectReview":
        return "selfsubjectreviews";
      case "authentication.k8s.io/v1/TokenReview":
        return "tokenreviews";
      case "authorization.k8s.io/v1/LocalSubjectAccessReview":
        return "localsubjectaccessreviews";
      case "authorization.k8s.io/v1/SelfSubjectAccessReview":
        return "selfsubjectaccessreviews";
      case "authorization.k8s.io/v1/SelfSubjectRulesReview":
        return "selfsubjectrulesreviews";
      case "authorization.k8s.io/v1/SubjectAccessReview":
        return "subjectaccessreviews";
      case "autoscaling/v1/HorizontalPodAutoscaler":
        return "horizontalpodautoscalers";
      case "autoscaling/v2/HorizontalPodAutoscaler":
        return "horizontalpodautoscalers";
      case "batch/v1/CronJob":
        return "cronjobs";
      case "batch/v1/Job":
        return "jobs";
      case "certificates.k8s.io/v1/CertificateSigningRequest":
        return "certificatesigningrequests";
      case "certificates.k8s.io/v1/ClusterTrustBundle":
        return "clustertrustbundles";
      case "certificates.k8s.io/v1/PodCertificateRequest":
        return "podcertificaterequests";
      case "certificates.k8s.io/v1beta1/ClusterTrustBundle":
        return "clustertrustbundles";
      case "certificates.k8s.io/v1beta1/PodCertificateRequest":
        return "podcertificaterequests";
      case "coordination.k8s.io/v1/Lease":
        return "leases";
      case "coordination.k8s.io/v1alpha2/LeaseCandidate":
        return "leasecandidates";
      case "coordination.k8s.io/v1beta1/LeaseCandidate":
        return "leasecandidates";
      case "discovery.k8s.io/v1/EndpointSlice":
        return "endpointslices";
      case "events.k8s.io/v1/Event":
        return "events";
      case "flowcontrol.apiserver.k8s.io/v1/FlowSchema":
        return "flowschemas";
      case "flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfiguration":
        return "prioritylevelconfigurations";
      case "internal.apiserver.k8s.io/v1alpha1/StorageVersion":
        return "storageversions";
      case "networking.k8s.io/v1/IPAddress":
        return "ipaddresses";
      case "networking.k8s.io/v1/Ingress":
        return "ingresses";
      case "networking.k8s.io/v1/IngressClass":
        return "ingressclasses";
      case "networking.k8s.io/v1/NetworkPolicy":
        return "networkpolicies";
      case "networking.k8s.io/v1/ServiceCIDR":
        return "servicecidrs";
      case "node.k8s.io/v1/RuntimeClass":
        return "runtimeclasses";
      case "policy/v1/PodDisruptionBudget":
        return "poddisruptionbudgets";
      case "rbac.authorization.k8s.io/v1/ClusterRole":
        return "clusterroles";
      case "rbac.authorization.k8s.io/v1/ClusterRoleBinding":
        return "clusterrolebindings";
      case "rbac.authorization.k8s.io/v1/Role":
        return "roles";
      case "rbac.authorization.k8s.io/v1/RoleBinding":
        return "rolebindings";
      case "resource.k8s.io/v1/DeviceClass":
        return "deviceclasses";
      case "resource.k8s.io/v1/DeviceTaintRule":
        return "devicetaintrules";
      case "resource.k8s.io/v1/ResourceClaim":
        return "resourceclaims";
      case "resource.k8s.io/v1/ResourceClaimTemplate":
        return "resourceclaimtemplates";
      case "resource.k8s.io/v1/ResourceSlice":
        return "resourceslices";
      case "resource.k8s.io/v1alpha3/DeviceTaintRule":
        return "devicetaintrules";
      case "resource.k8s.io/v1alpha3/ResourcePoolStatusRequest":
        return "resourcepoolstatusrequests";
      case "resource.k8s.io/v1beta1/DeviceClass":
        return "deviceclasses";
      case "resource.k8s.io/v1beta1/ResourceClaim":
        return "resourceclaims";
      case "resource.k8s.io/v1beta1/ResourceClaimTemplate":
        return "resourceclaimtemplates";
      case "resource.k8s.io/v1beta1/ResourceSlice":
        return "resourceslices";
      case "resource.k8s.io/v1beta2/DeviceClass":
        return "deviceclasses";
      case "resource.k8s.io/v1beta2/DeviceTaintRule":
        return "devicetaintrules";
      case "resource.k8s.io/v1beta2/ResourceClaim":
        return "resourceclaims";
      case "resource.k8s.io/v1beta2/ResourceClaimTemplate":
        return "resourceclaimtemplates";
      case "resource.k8s.io/v1beta2/ResourceSlice":
        return "resourceslices";
      case "scheduling.k8s.io/v1/PriorityClass":
        return "priorityclasses";
      case "storage.k8s.io/v1/CSIDriver":
        return "csidrivers";
      case "storage.k8s.io/v1/CSINode":
        return "csinodes";
      case "storage.k8s.io/v1/CSIStorageCapacity":
        return "csistoragecapacities";
      case "storage.k8s.io/v1/StorageClass":
        return "storageclasses";
      case "storage.k8s.io/v1/VolumeAttachment":
        return "volumeattachments";
      case "storage.k8s.io/v1/VolumeAttributesClass":
        return "volumeattributesclasses";
      case "storagemigration.k8s.io/v1/StorageVersionMigration":
        return "storageversionmigrations";
      case "storagemigration.k8s.io/v1beta1/StorageVersionMigration":
        return "storageversionmigrations";
      case "v1/Binding":
        return "bindings";
      case "v1/ComponentStatus":
        return "componentstatuses";
      case "v1/ConfigMap":
        return "configmaps";
      case "v1/Endpoints":
        return "endpoints";
      case "v1/Event":
        return "events";
      case "v1/LimitRange":
        return "limitranges";
      case "v1/Namespace":
        return "namespaces";
      case "v1/Node":
        return "nodes";
      case "v1/PersistentVolume":
        return "persistentvolumes";
      case "v1/PersistentVolumeClaim":
        return "persistentvolumeclaims";
      case "v1/Pod":
        return "pods";
      case "v1/PodTemplate":
        return "podtemplates";
      case "v1/ReplicationController":
        return "replicationcontrollers";
      case "v1/ResourceQuota":
        return "resourcequotas";
      case "v1/Secret":
        return "secrets";
      case "v1/Service":
        return "services";
      case "v1/ServiceAccount":
        return "serviceaccounts";
      default:
        return null;
    }
  }

  /** Whether a kind lives in namespaces; null when it is not served. */
  public static Boolean namespaced(String apiVersion, String kind) {
    switch (apiVersion + "/" + kind) {
      case "apps/v1/ControllerRevision":
      case "apps/v1/DaemonSet":
      case "apps/v1/Deployment":
      case "apps/v1/ReplicaSet":
      case "apps/v1/StatefulSet":
      case "authorization.k8s.io/v1/LocalSubjectAccessReview":
      case "autoscaling/v1/HorizontalPodAutoscaler":
      case "autoscaling/v2/HorizontalPodAutoscaler":
      case "batch/v1/CronJob":
      case "batch/v1/Job":
      case "certificates.k8s.io/v1/PodCertificateRequest":
      case "certificates.k8s.io/v1beta1/PodCertificateRequest":
      case "coordination.k8s.io/v1/Lease":
      case "coordination.k8s.io/v1alpha2/LeaseCandidate":
      case "coordination.k8s.io/v1beta1/LeaseCandidate":
      case "discovery.k8s.io/v1/EndpointSlice":
      case "events.k8s.io/v1/Event":
      case "networking.k8s.io/v1/Ingress":
      case "networking.k8s.io/v1/NetworkPolicy":
      case "policy/v1/PodDisruptionBudget":
      case "rbac.authorization.k8s.io/v1/Role":
      case "rbac.authorization.k8s.io/v1/RoleBinding":
      case "resource.k8s.io/v1/ResourceClaim":
      case "resource.k8s.io/v1/ResourceClaimTemplate":
      case "resource.k8s.io/v1beta1/ResourceClaim":
      case "resource.k8s.io/v1beta1/ResourceClaimTemplate":
      case "resource.k8s.io/v1beta2/ResourceClaim":
      case "resource.k8s.io/v1beta2/ResourceClaimTemplate":
      case "storage.k8s.io/v1/CSIStorageCapacity":
      case "v1/Binding":
      case "v1/ConfigMap":
      case "v1/Endpoints":
      case "v1/Event":
      case "v1/LimitRange":
      case "v1/PersistentVolumeClaim":
      case "v1/Pod":
      case "v1/PodTemplate":
      case "v1/ReplicationController":
      case "v1/ResourceQuota":
      case "v1/Secret":
      case "v1/Service":
      case "v1/ServiceAccount":
        return Boolean.TRUE;
      case "admissionregistration.k8s.io/v1/MutatingAdmissionPolicy":
      case "admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBinding":
      case "admissionregistration.k8s.io/v1/MutatingWebhookConfiguration":
      case "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy":
      case "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding":
      case "admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration":
      case "admissionregistration.k8s.io/v1alpha1/MutatingAdmissionPolicy":
      case "admissionregistration.k8s.io/v1alpha1/MutatingAdmissionPolicyBinding":
      case "admissionregistration.k8s.io/v1beta1/MutatingAdmissionPolicy":
      case "admissionregistration.k8s.io/v1beta1/MutatingAdmissionPolicyBinding":
      case "apiextensions.k8s.io/v1/CustomResourceDefinition":
      case "apiregistration.k8s.io/v1/APIService":
      case "authentication.k8s.io/v1/SelfSubjectReview":
      case "authentication.k8s.io/v1/TokenReview":
      case "authorization.k8s.io/v1/SelfSubjectAccessReview":
      case "authorization.k8s.io/v1/SelfSubjectRulesReview":
      case "authorization.k8s.io/v1/SubjectAccessReview":
      case "certificates.k8s.io/v1/CertificateSigningRequest":
      case "certificates.k8s.io/v1/ClusterTrustBundle":
      case "certificates.k8s.io/v1beta1/ClusterTrustBundle":
      case "flowcontrol.apiserver.k8s.io/v1/FlowSchema":
      case "flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfiguration":
      case "internal.apiserver.k8s.io/v1alpha1/StorageVersion":
      case "networking.k8s.io/v1/IPAddress":
      case "networking.k8s.io/v1/IngressClass":
      case "networking.k8s.io/v1/ServiceCIDR":
      case "node.k8s.io/v1/RuntimeClass":
      case "rbac.authorization.k8s.io/v1/ClusterRole":
      case "rbac.authorization.k8s.io/v1/ClusterRoleBinding":
      case "resource.k8s.io/v1/DeviceClass":
      case "resource.k8s.io/v1/DeviceTaintRule":
      case "resource.k8s.io/v1/ResourceSlice":
      case "resource.k8s.io/v1alpha3/DeviceTaintRule":
      case "resource.k8s.io/v1alpha3/ResourcePoolStatusRequest":
      case "resource.k8s.io/v1beta1/DeviceClass":
      case "resource.k8s.io/v1beta1/ResourceSlice":
      case "resource.k8s.io/v1beta2/DeviceClass":
      case "resource.k8s.io/v1beta2/DeviceTaintRule":
      case "resource.k8s.io/v1beta2/ResourceSlice":
      case "scheduling.k8s.io/v1/PriorityClass":
      case "storage.k8s.io/v1/CSIDriver":
      case "storage.k8s.io/v1/CSINode":
      case "storage.k8s.io/v1/StorageClass":
      case "storage.k8s.io/v1/VolumeAttachment":
      case "storage.k8s.io/v1/VolumeAttributesClass":
      case "storagemigration.k8s.io/v1/StorageVersionMigration":
      case "storagemigration.k8s.io/v1beta1/StorageVersionMigration":
      case "v1/ComponentStatus":
      case "v1/Namespace":
      case "v1/Node":
      case "v1/PersistentVolume":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** apiVersion and kind of a model class ({@code {"apps/v1", "Deployment"}}), or null. */
  public static String[] groupVersionKind(Class<?> modelClass) {
    switch (modelClass.getName()) {
      case "dev.kubesmith.kubeclient.openapi.models.AuthenticationV1TokenRequest":
        return new String[] {"authentication.k8s.io/v1", "TokenRequest"};
      case "dev.kubesmith.kubeclient.openapi.models.CoreV1Event":
        return new String[] {"v1", "Event"};
      case "dev.kubesmith.kubeclient.openapi.models.CoreV1EventList":
        return new String[] {"v1", "EventList"};
      case "dev.kubesmith.kubeclient.openapi.models.EventsV1Event":
        return new String[] {"events.k8s.io/v1", "Event"};
      case "dev.kubesmith.kubeclient.openapi.models.EventsV1EventList":
        return new String[] {"events.k8s.io/v1", "EventList"};
      case "dev.kubesmith.kubeclient.openapi.models.ResourceV1ResourceClaim":
        return new String[] {"resource.k8s.io/v1", "ResourceClaim"};
      case "dev.kubesmith.kubeclient.openapi.models.V1APIGroup":
        return new String[] {"v1", "APIGroup"};
      case "dev.kubesmith.kubeclient.openapi.models.V1APIGroupList":
        return new String[] {"v1", "APIGroupList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1APIResourceList":
        return new String[] {"v1", "APIResourceList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1APIService":
        return new String[] {"apiregistration.k8s.io/v1", "APIService"};
      case "dev.kubesmith.kubeclient.openapi.models.V1APIServiceList":
        return new String[] {"apiregistration.k8s.io/v1", "APIServiceList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1APIVersions":
        return new String[] {"v1", "APIVersions"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Binding":
        return new String[] {"v1", "Binding"};
      case "dev.kubesmith.kubeclient.openapi.models.V1CSIDriver":
        return new String[] {"storage.k8s.io/v1", "CSIDriver"};
      case "dev.kubesmith.kubeclient.openapi.models.V1CSIDriverList":
        return new String[] {"storage.k8s.io/v1", "CSIDriverList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1CSINode":
        return new String[] {"storage.k8s.io/v1", "CSINode"};
      case "dev.kubesmith.kubeclient.openapi.models.V1CSINodeList":
        return new String[] {"storage.k8s.io/v1", "CSINodeList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1CSIStorageCapacity":
        return new String[] {"storage.k8s.io/v1", "CSIStorageCapacity"};
      case "dev.kubesmith.kubeclient.openapi.models.V1CSIStorageCapacityList":
        return new String[] {"storage.k8s.io/v1", "CSIStorageCapacityList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1CertificateSigningRequest":
        return new String[] {"certificates.k8s.io/v1", "CertificateSigningRequest"};
      case "dev.kubesmith.kubeclient.openapi.models.V1CertificateSigningRequestList":
        return new String[] {"certificates.k8s.io/v1", "CertificateSigningRequestList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ClusterRole":
        return new String[] {"rbac.authorization.k8s.io/v1", "ClusterRole"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ClusterRoleBinding":
        return new String[] {"rbac.authorization.k8s.io/v1", "ClusterRoleBinding"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ClusterRoleBindingList":
        return new String[] {"rbac.authorization.k8s.io/v1", "ClusterRoleBindingList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ClusterRoleList":
        return new String[] {"rbac.authorization.k8s.io/v1", "ClusterRoleList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ClusterTrustBundle":
        return new String[] {"certificates.k8s.io/v1", "ClusterTrustBundle"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ClusterTrustBundleList":
        return new String[] {"certificates.k8s.io/v1", "ClusterTrustBundleList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ComponentStatus":
        return new String[] {"v1", "ComponentStatus"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ComponentStatusList":
        return new String[] {"v1", "ComponentStatusList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ConfigMap":
        return new String[] {"v1", "ConfigMap"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ConfigMapList":
        return new String[] {"v1", "ConfigMapList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ControllerRevision":
        return new String[] {"apps/v1", "ControllerRevision"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ControllerRevisionList":
        return new String[] {"apps/v1", "ControllerRevisionList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1CronJob":
        return new String[] {"batch/v1", "CronJob"};
      case "dev.kubesmith.kubeclient.openapi.models.V1CronJobList":
        return new String[] {"batch/v1", "CronJobList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1CustomResourceDefinition":
        return new String[] {"apiextensions.k8s.io/v1", "CustomResourceDefinition"};
      case "dev.kubesmith.kubeclient.openapi.models.V1CustomResourceDefinitionList":
        return new String[] {"apiextensions.k8s.io/v1", "CustomResourceDefinitionList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1DaemonSet":
        return new String[] {"apps/v1", "DaemonSet"};
      case "dev.kubesmith.kubeclient.openapi.models.V1DaemonSetList":
        return new String[] {"apps/v1", "DaemonSetList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1DeleteOptions":
        return new String[] {"v1", "DeleteOptions"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Deployment":
        return new String[] {"apps/v1", "Deployment"};
      case "dev.kubesmith.kubeclient.openapi.models.V1DeploymentList":
        return new String[] {"apps/v1", "DeploymentList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1DeviceClass":
        return new String[] {"resource.k8s.io/v1", "DeviceClass"};
      case "dev.kubesmith.kubeclient.openapi.models.V1DeviceClassList":
        return new String[] {"resource.k8s.io/v1", "DeviceClassList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1DeviceTaintRule":
        return new String[] {"resource.k8s.io/v1", "DeviceTaintRule"};
      case "dev.kubesmith.kubeclient.openapi.models.V1DeviceTaintRuleList":
        return new String[] {"resource.k8s.io/v1", "DeviceTaintRuleList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1EndpointSlice":
        return new String[] {"discovery.k8s.io/v1", "EndpointSlice"};
      case "dev.kubesmith.kubeclient.openapi.models.V1EndpointSliceList":
        return new String[] {"discovery.k8s.io/v1", "EndpointSliceList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Endpoints":
        return new String[] {"v1", "Endpoints"};
      case "dev.kubesmith.kubeclient.openapi.models.V1EndpointsList":
        return new String[] {"v1", "EndpointsList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Eviction":
        return new String[] {"policy/v1", "Eviction"};
      case "dev.kubesmith.kubeclient.openapi.models.V1FlowSchema":
        return new String[] {"flowcontrol.apiserver.k8s.io/v1", "FlowSchema"};
      case "dev.kubesmith.kubeclient.openapi.models.V1FlowSchemaList":
        return new String[] {"flowcontrol.apiserver.k8s.io/v1", "FlowSchemaList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1HorizontalPodAutoscaler":
        return new String[] {"autoscaling/v1", "HorizontalPodAutoscaler"};
      case "dev.kubesmith.kubeclient.openapi.models.V1HorizontalPodAutoscalerList":
        return new String[] {"autoscaling/v1", "HorizontalPodAutoscalerList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1IPAddress":
        return new String[] {"networking.k8s.io/v1", "IPAddress"};
      case "dev.kubesmith.kubeclient.openapi.models.V1IPAddressList":
        return new String[] {"networking.k8s.io/v1", "IPAddressList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Ingress":
        return new String[] {"networking.k8s.io/v1", "Ingress"};
      case "dev.kubesmith.kubeclient.openapi.models.V1IngressClass":
        return new String[] {"networking.k8s.io/v1", "IngressClass"};
      case "dev.kubesmith.kubeclient.openapi.models.V1IngressClassList":
        return new String[] {"networking.k8s.io/v1", "IngressClassList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1IngressList":
        return new String[] {"networking.k8s.io/v1", "IngressList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Job":
        return new String[] {"batch/v1", "Job"};
      case "dev.kubesmith.kubeclient.openapi.models.V1JobList":
        return new String[] {"batch/v1", "JobList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Lease":
        return new String[] {"coordination.k8s.io/v1", "Lease"};
      case "dev.kubesmith.kubeclient.openapi.models.V1LeaseList":
        return new String[] {"coordination.k8s.io/v1", "LeaseList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1LimitRange":
        return new String[] {"v1", "LimitRange"};
      case "dev.kubesmith.kubeclient.openapi.models.V1LimitRangeList":
        return new String[] {"v1", "LimitRangeList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1LocalSubjectAccessReview":
        return new String[] {"authorization.k8s.io/v1", "LocalSubjectAccessReview"};
      case "dev.kubesmith.kubeclient.openapi.models.V1MutatingAdmissionPolicy":
        return new String[] {"admissionregistration.k8s.io/v1", "MutatingAdmissionPolicy"};
      case "dev.kubesmith.kubeclient.openapi.models.V1MutatingAdmissionPolicyBinding":
        return new String[] {"admissionregistration.k8s.io/v1", "MutatingAdmissionPolicyBinding"};
      case "dev.kubesmith.kubeclient.openapi.models.V1MutatingAdmissionPolicyBindingList":
        return new String[] {"admissionregistration.k8s.io/v1", "MutatingAdmissionPolicyBindingList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1MutatingAdmissionPolicyList":
        return new String[] {"admissionregistration.k8s.io/v1", "MutatingAdmissionPolicyList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1MutatingWebhookConfiguration":
        return new String[] {"admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration"};
      case "dev.kubesmith.kubeclient.openapi.models.V1MutatingWebhookConfigurationList":
        return new String[] {"admissionregistration.k8s.io/v1", "MutatingWebhookConfigurationList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Namespace":
        return new String[] {"v1", "Namespace"};
      case "dev.kubesmith.kubeclient.openapi.models.V1NamespaceList":
        return new String[] {"v1", "NamespaceList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1NetworkPolicy":
        return new String[] {"networking.k8s.io/v1", "NetworkPolicy"};
      case "dev.kubesmith.kubeclient.openapi.models.V1NetworkPolicyList":
        return new String[] {"networking.k8s.io/v1", "NetworkPolicyList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Node":
        return new String[] {"v1", "Node"};
      case "dev.kubesmith.kubeclient.openapi.models.V1NodeList":
        return new String[] {"v1", "NodeList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1PersistentVolume":
        return new String[] {"v1", "PersistentVolume"};
      case "dev.kubesmith.kubeclient.openapi.models.V1PersistentVolumeClaim":
        return new String[] {"v1", "PersistentVolumeClaim"};
      case "dev.kubesmith.kubeclient.openapi.models.V1PersistentVolumeClaimList":
        return new String[] {"v1", "PersistentVolumeClaimList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1PersistentVolumeList":
        return new String[] {"v1", "PersistentVolumeList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Pod":
        return new String[] {"v1", "Pod"};
      case "dev.kubesmith.kubeclient.openapi.models.V1PodCertificateRequest":
        return new String[] {"certificates.k8s.io/v1", "PodCertificateRequest"};
      case "dev.kubesmith.kubeclient.openapi.models.V1PodCertificateRequestList":
        return new String[] {"certificates.k8s.io/v1", "PodCertificateRequestList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1PodDisruptionBudget":
        return new String[] {"policy/v1", "PodDisruptionBudget"};
      case "dev.kubesmith.kubeclient.openapi.models.V1PodDisruptionBudgetList":
        return new String[] {"policy/v1", "PodDisruptionBudgetList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1PodList":
        return new String[] {"v1", "PodList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1PodTemplate":
        return new String[] {"v1", "PodTemplate"};
      case "dev.kubesmith.kubeclient.openapi.models.V1PodTemplateList":
        return new String[] {"v1", "PodTemplateList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1PriorityClass":
        return new String[] {"scheduling.k8s.io/v1", "PriorityClass"};
      case "dev.kubesmith.kubeclient.openapi.models.V1PriorityClassList":
        return new String[] {"scheduling.k8s.io/v1", "PriorityClassList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1PriorityLevelConfiguration":
        return new String[] {"flowcontrol.apiserver.k8s.io/v1", "PriorityLevelConfiguration"};
      case "dev.kubesmith.kubeclient.openapi.models.V1PriorityLevelConfigurationList":
        return new String[] {"flowcontrol.apiserver.k8s.io/v1", "PriorityLevelConfigurationList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ReplicaSet":
        return new String[] {"apps/v1", "ReplicaSet"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ReplicaSetList":
        return new String[] {"apps/v1", "ReplicaSetList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ReplicationController":
        return new String[] {"v1", "ReplicationController"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ReplicationControllerList":
        return new String[] {"v1", "ReplicationControllerList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ResourceClaimList":
        return new String[] {"resource.k8s.io/v1", "ResourceClaimList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ResourceClaimTemplate":
        return new String[] {"resource.k8s.io/v1", "ResourceClaimTemplate"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ResourceClaimTemplateList":
        return new String[] {"resource.k8s.io/v1", "ResourceClaimTemplateList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ResourceQuota":
        return new String[] {"v1", "ResourceQuota"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ResourceQuotaList":
        return new String[] {"v1", "ResourceQuotaList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ResourceSlice":
        return new String[] {"resource.k8s.io/v1", "ResourceSlice"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ResourceSliceList":
        return new String[] {"resource.k8s.io/v1", "ResourceSliceList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Role":
        return new String[] {"rbac.authorization.k8s.io/v1", "Role"};
      case "dev.kubesmith.kubeclient.openapi.models.V1RoleBinding":
        return new String[] {"rbac.authorization.k8s.io/v1", "RoleBinding"};
      case "dev.kubesmith.kubeclient.openapi.models.V1RoleBindingList":
        return new String[] {"rbac.authorization.k8s.io/v1", "RoleBindingList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1RoleList":
        return new String[] {"rbac.authorization.k8s.io/v1", "RoleList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1RuntimeClass":
        return new String[] {"node.k8s.io/v1", "RuntimeClass"};
      case "dev.kubesmith.kubeclient.openapi.models.V1RuntimeClassList":
        return new String[] {"node.k8s.io/v1", "RuntimeClassList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Scale":
        return new String[] {"autoscaling/v1", "Scale"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Secret":
        return new String[] {"v1", "Secret"};
      case "dev.kubesmith.kubeclient.openapi.models.V1SecretList":
        return new String[] {"v1", "SecretList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1SelfSubjectAccessReview":
        return new String[] {"authorization.k8s.io/v1", "SelfSubjectAccessReview"};
      case "dev.kubesmith.kubeclient.openapi.models.V1SelfSubjectReview":
        return new String[] {"authentication.k8s.io/v1", "SelfSubjectReview"};
      case "dev.kubesmith.kubeclient.openapi.models.V1SelfSubjectRulesReview":
        return new String[] {"authorization.k8s.io/v1", "SelfSubjectRulesReview"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Service":
        return new String[] {"v1", "Service"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ServiceAccount":
        return new String[] {"v1", "ServiceAccount"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ServiceAccountList":
        return new String[] {"v1", "ServiceAccountList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ServiceCIDR":
        return new String[] {"networking.k8s.io/v1", "ServiceCIDR"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ServiceCIDRList":
        return new String[] {"networking.k8s.io/v1", "ServiceCIDRList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ServiceList":
        return new String[] {"v1", "ServiceList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1StatefulSet":
        return new String[] {"apps/v1", "StatefulSet"};
      case "dev.kubesmith.kubeclient.openapi.models.V1StatefulSetList":
        return new String[] {"apps/v1", "StatefulSetList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1Status":
        return new String[] {"v1", "Status"};
      case "dev.kubesmith.kubeclient.openapi.models.V1StorageClass":
        return new String[] {"storage.k8s.io/v1", "StorageClass"};
      case "dev.kubesmith.kubeclient.openapi.models.V1StorageClassList":
        return new String[] {"storage.k8s.io/v1", "StorageClassList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1StorageVersionMigration":
        return new String[] {"storagemigration.k8s.io/v1", "StorageVersionMigration"};
      case "dev.kubesmith.kubeclient.openapi.models.V1StorageVersionMigrationList":
        return new String[] {"storagemigration.k8s.io/v1", "StorageVersionMigrationList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1SubjectAccessReview":
        return new String[] {"authorization.k8s.io/v1", "SubjectAccessReview"};
      case "dev.kubesmith.kubeclient.openapi.models.V1TokenReview":
        return new String[] {"authentication.k8s.io/v1", "TokenReview"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ValidatingAdmissionPolicy":
        return new String[] {"admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicy"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ValidatingAdmissionPolicyBinding":
        return new String[] {"admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicyBinding"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ValidatingAdmissionPolicyBindingList":
        return new String[] {"admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicyBindingList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ValidatingAdmissionPolicyList":
        return new String[] {"admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicyList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ValidatingWebhookConfiguration":
        return new String[] {"admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration"};
      case "dev.kubesmith.kubeclient.openapi.models.V1ValidatingWebhookConfigurationList":
        return new String[] {"admissionregistration.k8s.io/v1", "ValidatingWebhookConfigurationList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1VolumeAttachment":
        return new String[] {"storage.k8s.io/v1", "VolumeAttachment"};
      case "dev.kubesmith.kubeclient.openapi.models.V1VolumeAttachmentList":
        return new String[] {"storage.k8s.io/v1", "VolumeAttachmentList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1VolumeAttributesClass":
        return new String[] {"storage.k8s.io/v1", "VolumeAttributesClass"};
      case "dev.kubesmith.kubeclient.openapi.models.V1VolumeAttributesClassList":
        return new String[] {"storage.k8s.io/v1", "VolumeAttributesClassList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1WatchEvent":
        return new String[] {"v1", "WatchEvent"};
      case "dev.kubesmith.kubeclient.openapi.models.V1alpha1MutatingAdmissionPolicy":
        return new String[] {"admissionregistration.k8s.io/v1alpha1", "MutatingAdmissionPolicy"};
      case "dev.kubesmith.kubeclient.openapi.models.V1alpha1MutatingAdmissionPolicyBinding":
        return new String[] {"admissionregistration.k8s.io/v1alpha1", "MutatingAdmissionPolicyBinding"};
      case "dev.kubesmith.kubeclient.openapi.models.V1alpha1MutatingAdmissionPolicyBindingList":
        return new String[] {"admissionregistration.k8s.io/v1alpha1", "MutatingAdmissionPolicyBindingList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1alpha1MutatingAdmissionPolicyList":
        return new String[] {"admissionregistration.k8s.io/v1alpha1", "MutatingAdmissionPolicyList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1alpha1StorageVersion":
        return new String[] {"internal.apiserver.k8s.io/v1alpha1", "StorageVersion"};
      case "dev.kubesmith.kubeclient.openapi.models.V1alpha1StorageVersionList":
        return new String[] {"internal.apiserver.k8s.io/v1alpha1", "StorageVersionList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1alpha2LeaseCandidate":
        return new String[] {"coordination.k8s.io/v1alpha2", "LeaseCandidate"};
      case "dev.kubesmith.kubeclient.openapi.models.V1alpha2LeaseCandidateList":
        return new String[] {"coordination.k8s.io/v1alpha2", "LeaseCandidateList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1alpha3DeviceTaintRule":
        return new String[] {"resource.k8s.io/v1alpha3", "DeviceTaintRule"};
      case "dev.kubesmith.kubeclient.openapi.models.V1alpha3DeviceTaintRuleList":
        return new String[] {"resource.k8s.io/v1alpha3", "DeviceTaintRuleList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1alpha3ResourcePoolStatusRequest":
        return new String[] {"resource.k8s.io/v1alpha3", "ResourcePoolStatusRequest"};
      case "dev.kubesmith.kubeclient.openapi.models.V1alpha3ResourcePoolStatusRequestList":
        return new String[] {"resource.k8s.io/v1alpha3", "ResourcePoolStatusRequestList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1ClusterTrustBundle":
        return new String[] {"certificates.k8s.io/v1beta1", "ClusterTrustBundle"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1ClusterTrustBundleList":
        return new String[] {"certificates.k8s.io/v1beta1", "ClusterTrustBundleList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1DeviceClass":
        return new String[] {"resource.k8s.io/v1beta1", "DeviceClass"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1DeviceClassList":
        return new String[] {"resource.k8s.io/v1beta1", "DeviceClassList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1LeaseCandidate":
        return new String[] {"coordination.k8s.io/v1beta1", "LeaseCandidate"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1LeaseCandidateList":
        return new String[] {"coordination.k8s.io/v1beta1", "LeaseCandidateList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1MutatingAdmissionPolicy":
        return new String[] {"admissionregistration.k8s.io/v1beta1", "MutatingAdmissionPolicy"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1MutatingAdmissionPolicyBinding":
        return new String[] {"admissionregistration.k8s.io/v1beta1", "MutatingAdmissionPolicyBinding"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1MutatingAdmissionPolicyBindingList":
        return new String[] {"admissionregistration.k8s.io/v1beta1", "MutatingAdmissionPolicyBindingList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1MutatingAdmissionPolicyList":
        return new String[] {"admissionregistration.k8s.io/v1beta1", "MutatingAdmissionPolicyList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1PodCertificateRequest":
        return new String[] {"certificates.k8s.io/v1beta1", "PodCertificateRequest"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1PodCertificateRequestList":
        return new String[] {"certificates.k8s.io/v1beta1", "PodCertificateRequestList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1ResourceClaim":
        return new String[] {"resource.k8s.io/v1beta1", "ResourceClaim"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1ResourceClaimList":
        return new String[] {"resource.k8s.io/v1beta1", "ResourceClaimList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1ResourceClaimTemplate":
        return new String[] {"resource.k8s.io/v1beta1", "ResourceClaimTemplate"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1ResourceClaimTemplateList":
        return new String[] {"resource.k8s.io/v1beta1", "ResourceClaimTemplateList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1ResourceSlice":
        return new String[] {"resource.k8s.io/v1beta1", "ResourceSlice"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1ResourceSliceList":
        return new String[] {"resource.k8s.io/v1beta1", "ResourceSliceList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1StorageVersionMigration":
        return new String[] {"storagemigration.k8s.io/v1beta1", "StorageVersionMigration"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta1StorageVersionMigrationList":
        return new String[] {"storagemigration.k8s.io/v1beta1", "StorageVersionMigrationList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta2DeviceClass":
        return new String[] {"resource.k8s.io/v1beta2", "DeviceClass"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta2DeviceClassList":
        return new String[] {"resource.k8s.io/v1beta2", "DeviceClassList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta2DeviceTaintRule":
        return new String[] {"resource.k8s.io/v1beta2", "DeviceTaintRule"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta2DeviceTaintRuleList":
        return new String[] {"resource.k8s.io/v1beta2", "DeviceTaintRuleList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta2ResourceClaim":
        return new String[] {"resource.k8s.io/v1beta2", "ResourceClaim"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta2ResourceClaimList":
        return new String[] {"resource.k8s.io/v1beta2", "ResourceClaimList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta2ResourceClaimTemplate":
        return new String[] {"resource.k8s.io/v1beta2", "ResourceClaimTemplate"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta2ResourceClaimTemplateList":
        return new String[] {"resource.k8s.io/v1beta2", "ResourceClaimTemplateList"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta2ResourceSlice":
        return new String[] {"resource.k8s.io/v1beta2", "ResourceSlice"};
      case "dev.kubesmith.kubeclient.openapi.models.V1beta2ResourceSliceList":
        return new String[] {"resource.k8s.io/v1beta2", "ResourceSliceList"};
      case "dev.kubesmith.kubeclient.openapi.models.V2HorizontalPodAutoscaler":
        return new String[] {"autoscaling/v2", "HorizontalPodAutoscaler"};
      case "dev.kubesmith.kubeclient.openapi.models.V2HorizontalPodAutoscalerList":
        return new String[] {"autoscaling/v2", "HorizontalPodAutoscalerList"};
      default:
        return null;
    }
  }
}
