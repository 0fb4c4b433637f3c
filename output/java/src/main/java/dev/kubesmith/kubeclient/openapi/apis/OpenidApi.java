package dev.kubesmith.kubeclient.openapi.apis;

import dev.kubesmith.kubeclient.openapi.ApiCallback;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.ApiResponse;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.openapi.Pair;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations of {@code openid}, in both of client-java's call styles: required
 * parameters positional with optional ones chained on a request object ({@code
 * api.listNamespacedPod("default").limit(50).execute()}), and every parameter positional
 * in spec order ({@code api.listNamespacedPod("default", null, ...)}, and {@code ...Call(...,
 * callback)} for {@code Watch.createWatch} and {@code PatchUtils.patch}).
 */
public class OpenidApi {
  private ApiClient localVarApiClient;

  public OpenidApi() {
    this(Configuration.getDefaultApiClient());
  }

  public OpenidApi(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  public ApiClient getApiClient() {
    return localVarApiClient;
  }

  public void setApiClient(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  /**
   * The request of {@code getServiceAccountIssuerOpenIDKeyset}: GET {@code /openid/v1/jwks}.
   *
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call getServiceAccountIssuerOpenIDKeysetCall(final ApiCallback<?> _callback) throws ApiException {
    String localVarPath = "/openid/v1/jwks";
    List<Pair> localVarQueryParams = new ArrayList<>();
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/jwk-set+json"}, String.class, _callback);
  }

  /**
   * get service account issuer OpenID JSON Web Key Set (contains public token verification keys)
   *
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIgetServiceAccountIssuerOpenIDKeysetRequest getServiceAccountIssuerOpenIDKeyset() {
    return new APIgetServiceAccountIssuerOpenIDKeysetRequest();
  }

  /** {@code getServiceAccountIssuerOpenIDKeyset} with its optional parameters chained, then executed. */
  public class APIgetServiceAccountIssuerOpenIDKeysetRequest {

    private APIgetServiceAccountIssuerOpenIDKeysetRequest() {
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return getServiceAccountIssuerOpenIDKeysetCall(_callback);
    }

    public String execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<String> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), String.class);
    }

    public Call executeAsync(final ApiCallback<String> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, String.class, _callback);
      return localVarCall;
    }
  }
}
