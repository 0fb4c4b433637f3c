package dev.kubesmith.kubeclient.openapi.apis;

import dev.kubesmith.kubeclient.openapi.ApiCallback;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.ApiResponse;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.openapi.Pair;
import dev.kubesmith.kubeclient.openapi.models.VersionInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations of {@code version}, in both of client-java's call styles: required
 * parameters positional with optional ones chained on a request object ({@code
 * api.listNamespacedPod("default").limit(50).execute()}), and every parameter positional
 * in spec order ({@code api.listNamespacedPod("default", null, ...)}, and {@code ...Call(...,
 * callback)} for {@code Watch.createWatch} and {@code PatchUtils.patch}).
 */
public class VersionApi {
  private ApiClient localVarApiClient;

  public VersionApi() {
    this(Configuration.getDefaultApiClient());
  }

  public VersionApi(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  public ApiClient getApiClient() {
    return localVarApiClient;
  }

  public void setApiClient(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  /**
   * The request of {@code getCode}: GET {@code /version/}.
   *
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call getCodeCall(final ApiCallback<?> _callback) throws ApiException {
    String localVarPath = "/version/";
    List<Pair> localVarQueryParams = new ArrayList<>();
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, VersionInfo.class, _callback);
  }

  /**
   * get the version information for this server
   *
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIgetCodeRequest getCode() {
    return new APIgetCodeRequest();
  }

  /** {@code getCode} with its optional parameters chained, then executed. */
  public class APIgetCodeRequest {

    private APIgetCodeRequest() {
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return getCodeCall(_callback);
    }

    public VersionInfo execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<VersionInfo> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), VersionInfo.class);
    }

    public Call executeAsync(final ApiCallback<VersionInfo> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, VersionInfo.class, _callback);
      return localVarCall;
    }
  }
}
