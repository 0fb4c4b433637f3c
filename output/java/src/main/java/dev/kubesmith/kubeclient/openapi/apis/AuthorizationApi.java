package dev.kubesmith.kubeclient.openapi.apis;

import dev.kubesmith.kubeclient.openapi.ApiCallback;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.ApiResponse;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.openapi.Pair;
import dev.kubesmith.kubeclient.openapi.models.V1APIGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations of {@code authorization}, in both of client-java's call styles: required
 * parameters positional with optional ones chained on a request object ({@code
 * api.listNamespacedPod("default").limit(50).execute()}), and every parameter positional
 * in spec order ({@code api.listNamespacedPod("default", null, ...)}, and {@code ...Call(...,
 * callback)} for {@code Watch.createWatch} and {@code PatchUtils.patch}).
 */
public class AuthorizationApi {
  private ApiClient localVarApiClient;

  public AuthorizationApi() {
    this(Configuration.getDefaultApiClient());
  }

  public AuthorizationApi(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  public ApiClient getApiClient() {
    return localVarApiClient;
  }

  public void setApiClient(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  /**
   * The request of {@code getAPIGroup}: GET {@code /apis/authorization.k8s.io/}.
   *
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call getAPIGroupCall(final ApiCallback<?> _callback) throws ApiException {
    String localVarPath = "/apis/authorization.k8s.io/";
    List<Pair> localVarQueryParams = new ArrayList<>();
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1APIGroup.class, _callback);
  }

  /**
   * get information of a group
   *
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIgetAPIGroupRequest getAPIGroup() {
    return new APIgetAPIGroupRequest();
  }

  /** {@code getAPIGroup} with its optional parameters chained, then executed. */
  public class APIgetAPIGroupRequest {

    private APIgetAPIGroupRequest() {
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return getAPIGroupCall(_callback);
    }

    public V1APIGroup execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1APIGroup> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1APIGroup.class);
    }

    public Call executeAsync(final ApiCallback<V1APIGroup> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1APIGroup.class, _callback);
      return localVarCall;
    }
  }
}
