package dev.kubesmith.kubeclient.openapi.apis;

import dev.kubesmith.kubeclient.openapi.ApiCallback;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.ApiResponse;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.openapi.Pair;
import dev.kubesmith.kubeclient.openapi.models.V1APIVersions;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations of {@code core}, in both of client-java's call styles: required
 * parameters positional with optional ones chained on a request object ({@code
 * api.listNamespacedPod("default").limit(50).execute()}), and every parameter positional
 * in spec order ({@code api.listNamespacedPod("default", null, ...)}, and {@code ...Call(...,
 * callback)} for {@code Watch.createWatch} and {@code PatchUtils.patch}).
 */
public class CoreApi {
  private ApiClient localVarApiClient;

  public CoreApi() {
    this(Configuration.getDefaultApiClient());
  }

  public CoreApi(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  public ApiClient getApiClient() {
    return localVarApiClient;
  }

  public void setApiClient(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  /**
   * The request of {@code getAPIVersions}: GET {@code /api/}.
   *
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call getAPIVersionsCall(final ApiCallback<?> _callback) throws ApiException {
    String localVarPath = "/api/";
    List<Pair> localVarQueryParams = new ArrayList<>();
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1APIVersions.class, _callback);
  }

  /**
   * get available API versions
   *
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIgetAPIVersionsRequest getAPIVersions() {
    return new APIgetAPIVersionsRequest();
  }

  /** {@code getAPIVersions} with its optional parameters chained, then executed. */
  public class APIgetAPIVersionsRequest {

    private APIgetAPIVersionsRequest() {
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return getAPIVersionsCall(_callback);
    }

    public V1APIVersions execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1APIVersions> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1APIVersions.class);
    }

    public Call executeAsync(final ApiCallback<V1APIVersions> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1APIVersions.class, _callback);
      return localVarCall;
    }
  }
}
