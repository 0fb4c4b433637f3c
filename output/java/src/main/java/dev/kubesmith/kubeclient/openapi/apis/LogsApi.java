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
 * The operations of {@code logs}, in both of client-java's call styles: required
 * parameters positional with optional ones chained on a request object ({@code
 * api.listNamespacedPod("default").limit(50).execute()}), and every parameter positional
 * in spec order ({@code api.listNamespacedPod("default", null, ...)}, and {@code ...Call(...,
 * callback)} for {@code Watch.createWatch} and {@code PatchUtils.patch}).
 */
public class LogsApi {
  private ApiClient localVarApiClient;

  public LogsApi() {
    this(Configuration.getDefaultApiClient());
  }

  public LogsApi(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  public ApiClient getApiClient() {
    return localVarApiClient;
  }

  public void setApiClient(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  /**
   * The request of {@code logFileHandler}: GET {@code /logs/{logpath}}.
   *
   * @param logpath path to the log
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call logFileHandlerCall(String logpath, final ApiCallback<?> _callback) throws ApiException {
    if (logpath == null) {
      throw new ApiException("Missing the required parameter 'logpath' when calling logFileHandler");
    }
    String localVarPath = "/logs/{logpath}"
        .replace("{logpath}", localVarApiClient.escapeString(logpath.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, null, _callback);
  }

  /**
   * (no description in the spec)
   *
   * @param logpath path to the log
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIlogFileHandlerRequest logFileHandler(String logpath) {
    return new APIlogFileHandlerRequest(logpath);
  }

  /** {@code logFileHandler} with its optional parameters chained, then executed. */
  public class APIlogFileHandlerRequest {
    private final String logpath;

    private APIlogFileHandlerRequest(String logpath) {
      this.logpath = logpath;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return logFileHandlerCall(logpath, _callback);
    }

    public void execute() throws ApiException {
      executeWithHttpInfo();
    }

    public ApiResponse<Void> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), null);
    }

    public Call executeAsync(final ApiCallback<Void> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, null, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code logFileListHandler}: GET {@code /logs/}.
   *
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call logFileListHandlerCall(final ApiCallback<?> _callback) throws ApiException {
    String localVarPath = "/logs/";
    List<Pair> localVarQueryParams = new ArrayList<>();
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, null, _callback);
  }

  /**
   * (no description in the spec)
   *
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIlogFileListHandlerRequest logFileListHandler() {
    return new APIlogFileListHandlerRequest();
  }

  /** {@code logFileListHandler} with its optional parameters chained, then executed. */
  public class APIlogFileListHandlerRequest {

    private APIlogFileListHandlerRequest() {
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return logFileListHandlerCall(_callback);
    }

    public void execute() throws ApiException {
      executeWithHttpInfo();
    }

    public ApiResponse<Void> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), null);
    }

    public Call executeAsync(final ApiCallback<Void> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, null, _callback);
      return localVarCall;
    }
  }
}
