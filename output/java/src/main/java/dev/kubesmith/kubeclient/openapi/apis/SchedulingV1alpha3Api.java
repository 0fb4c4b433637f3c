package dev.kubesmith.kubeclient.openapi.apis;

import dev.kubesmith.kubeclient.custom.V1Patch;
import dev.kubesmith.kubeclient.openapi.ApiCallback;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.ApiResponse;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.openapi.Pair;
import dev.kubesmith.kubeclient.openapi.models.ModelRegistry;
import dev.kubesmith.kubeclient.openapi.models.V1APIResourceList;
import dev.kubesmith.kubeclient.openapi.models.V1DeleteOptions;
import dev.kubesmith.kubeclient.openapi.models.V1alpha3CompositePodGroup;
import dev.kubesmith.kubeclient.openapi.models.V1alpha3CompositePodGroupList;
import dev.kubesmith.kubeclient.openapi.models.V1alpha3PodGroup;
import dev.kubesmith.kubeclient.openapi.models.V1alpha3PodGroupList;
import dev.kubesmith.kubeclient.openapi.models.V1alpha3Workload;
import dev.kubesmith.kubeclient.openapi.models.V1alpha3WorkloadList;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations of {@code scheduling_v1alpha3}, in both of client-java's call styles: required
 * parameters positional with optional ones chained on a request object ({@code
 * api.listNamespacedPod("default").limit(50).execute()}), and every parameter positional
 * in spec order ({@code api.listNamespacedPod("default", null, ...)}, and {@code ...Call(...,
 * callback)} for {@code Watch.createWatch} and {@code PatchUtils.patch}).
 */
public class SchedulingV1alpha3Api {
  private ApiClient localVarApiClient;

  public SchedulingV1alpha3Api() {
    this(Configuration.getDefaultApiClient());
  }

  public SchedulingV1alpha3Api(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  public ApiClient getApiClient() {
    return localVarApiClient;
  }

  public void setApiClient(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  /**
   * The request of {@code createNamespacedCompositePodGroup}: POST {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups}.
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call createNamespacedCompositePodGroupCall(String namespace, V1alpha3CompositePodGroup body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling createNamespacedCompositePodGroup");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling createNamespacedCompositePodGroup");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups"
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("POST", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3CompositePodGroup.class, _callback);
  }

  /**
   * create a CompositePodGroup
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1alpha3CompositePodGroup
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3CompositePodGroup createNamespacedCompositePodGroup(String namespace, V1alpha3CompositePodGroup body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1alpha3CompositePodGroup> localVarResp = localVarApiClient.execute(createNamespacedCompositePodGroupCall(namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), V1alpha3CompositePodGroup.class);
    return localVarResp.getData();
  }

  /**
   * create a CompositePodGroup
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIcreateNamespacedCompositePodGroupRequest createNamespacedCompositePodGroup(String namespace, V1alpha3CompositePodGroup body) {
    return new APIcreateNamespacedCompositePodGroupRequest(namespace, body);
  }

  /** {@code createNamespacedCompositePodGroup} with its optional parameters chained, then executed. */
  public class APIcreateNamespacedCompositePodGroupRequest {
    private final String namespace;
    private final V1alpha3CompositePodGroup body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIcreateNamespacedCompositePodGroupRequest(String namespace, V1alpha3CompositePodGroup body) {
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIcreateNamespacedCompositePodGroupRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIcreateNamespacedCompositePodGroupRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIcreateNamespacedCompositePodGroupRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIcreateNamespacedCompositePodGroupRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return createNamespacedCompositePodGroupCall(namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1alpha3CompositePodGroup execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3CompositePodGroup> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3CompositePodGroup.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3CompositePodGroup> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3CompositePodGroup.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code createNamespacedPodGroup}: POST {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups}.
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call createNamespacedPodGroupCall(String namespace, V1alpha3PodGroup body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling createNamespacedPodGroup");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling createNamespacedPodGroup");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups"
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("POST", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3PodGroup.class, _callback);
  }

  /**
   * create a PodGroup
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1alpha3PodGroup
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3PodGroup createNamespacedPodGroup(String namespace, V1alpha3PodGroup body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1alpha3PodGroup> localVarResp = localVarApiClient.execute(createNamespacedPodGroupCall(namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), V1alpha3PodGroup.class);
    return localVarResp.getData();
  }

  /**
   * create a PodGroup
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIcreateNamespacedPodGroupRequest createNamespacedPodGroup(String namespace, V1alpha3PodGroup body) {
    return new APIcreateNamespacedPodGroupRequest(namespace, body);
  }

  /** {@code createNamespacedPodGroup} with its optional parameters chained, then executed. */
  public class APIcreateNamespacedPodGroupRequest {
    private final String namespace;
    private final V1alpha3PodGroup body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIcreateNamespacedPodGroupRequest(String namespace, V1alpha3PodGroup body) {
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIcreateNamespacedPodGroupRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIcreateNamespacedPodGroupRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIcreateNamespacedPodGroupRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIcreateNamespacedPodGroupRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return createNamespacedPodGroupCall(namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1alpha3PodGroup execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3PodGroup> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3PodGroup.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3PodGroup> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3PodGroup.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code createNamespacedWorkload}: POST {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/workloads}.
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call createNamespacedWorkloadCall(String namespace, V1alpha3Workload body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling createNamespacedWorkload");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling createNamespacedWorkload");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/workloads"
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("POST", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3Workload.class, _callback);
  }

  /**
   * create a Workload
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1alpha3Workload
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3Workload createNamespacedWorkload(String namespace, V1alpha3Workload body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1alpha3Workload> localVarResp = localVarApiClient.execute(createNamespacedWorkloadCall(namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), V1alpha3Workload.class);
    return localVarResp.getData();
  }

  /**
   * create a Workload
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIcreateNamespacedWorkloadRequest createNamespacedWorkload(String namespace, V1alpha3Workload body) {
    return new APIcreateNamespacedWorkloadRequest(namespace, body);
  }

  /** {@code createNamespacedWorkload} with its optional parameters chained, then executed. */
  public class APIcreateNamespacedWorkloadRequest {
    private final String namespace;
    private final V1alpha3Workload body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIcreateNamespacedWorkloadRequest(String namespace, V1alpha3Workload body) {
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIcreateNamespacedWorkloadRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIcreateNamespacedWorkloadRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIcreateNamespacedWorkloadRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIcreateNamespacedWorkloadRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return createNamespacedWorkloadCall(namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1alpha3Workload execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3Workload> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3Workload.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3Workload> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3Workload.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code deleteCollectionNamespacedCompositePodGroup}: DELETE {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups}.
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param body (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call deleteCollectionNamespacedCompositePodGroupCall(String namespace, String pretty, String _continue, String dryRun, String fieldSelector, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, String labelSelector, Integer limit, Boolean orphanDependents, String propagationPolicy, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, V1DeleteOptions body, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling deleteCollectionNamespacedCompositePodGroup");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups"
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("continue", _continue));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldSelector", fieldSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("gracePeriodSeconds", gracePeriodSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("ignoreStoreReadErrorWithClusterBreakingPotential", ignoreStoreReadErrorWithClusterBreakingPotential));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("labelSelector", labelSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("limit", limit));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("orphanDependents", orphanDependents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("propagationPolicy", propagationPolicy));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersion", resourceVersion));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersionMatch", resourceVersionMatch));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("sendInitialEvents", sendInitialEvents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("shardSelector", shardSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("timeoutSeconds", timeoutSeconds));
    return localVarApiClient.buildCall("DELETE", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, ModelRegistry.class, _callback);
  }

  /**
   * delete collection of CompositePodGroup
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param body (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object deleteCollectionNamespacedCompositePodGroup(String namespace, String pretty, String _continue, String dryRun, String fieldSelector, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, String labelSelector, Integer limit, Boolean orphanDependents, String propagationPolicy, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, V1DeleteOptions body) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteCollectionNamespacedCompositePodGroupCall(namespace, pretty, _continue, dryRun, fieldSelector, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, labelSelector, limit, orphanDependents, propagationPolicy, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, body, null), ModelRegistry.class);
    return localVarResp.getData();
  }

  /**
   * delete collection of CompositePodGroup
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteCollectionNamespacedCompositePodGroupRequest deleteCollectionNamespacedCompositePodGroup(String namespace) {
    return new APIdeleteCollectionNamespacedCompositePodGroupRequest(namespace);
  }

  /** {@code deleteCollectionNamespacedCompositePodGroup} with its optional parameters chained, then executed. */
  public class APIdeleteCollectionNamespacedCompositePodGroupRequest {
    private final String namespace;
    private String pretty;
    private String _continue;
    private String dryRun;
    private String fieldSelector;
    private Integer gracePeriodSeconds;
    private Boolean ignoreStoreReadErrorWithClusterBreakingPotential;
    private String labelSelector;
    private Integer limit;
    private Boolean orphanDependents;
    private String propagationPolicy;
    private String resourceVersion;
    private String resourceVersionMatch;
    private Boolean sendInitialEvents;
    private String shardSelector;
    private Integer timeoutSeconds;
    private V1DeleteOptions body;

    private APIdeleteCollectionNamespacedCompositePodGroupRequest(String namespace) {
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIdeleteCollectionNamespacedCompositePodGroupRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIdeleteCollectionNamespacedCompositePodGroupRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIdeleteCollectionNamespacedCompositePodGroupRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIdeleteCollectionNamespacedCompositePodGroupRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
     * @return this request
     */
    public APIdeleteCollectionNamespacedCompositePodGroupRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
     * @return this request
     */
    public APIdeleteCollectionNamespacedCompositePodGroupRequest ignoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
      this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIdeleteCollectionNamespacedCompositePodGroupRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIdeleteCollectionNamespacedCompositePodGroupRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
     * @return this request
     */
    public APIdeleteCollectionNamespacedCompositePodGroupRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
     * @return this request
     */
    public APIdeleteCollectionNamespacedCompositePodGroupRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIdeleteCollectionNamespacedCompositePodGroupRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIdeleteCollectionNamespacedCompositePodGroupRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIdeleteCollectionNamespacedCompositePodGroupRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIdeleteCollectionNamespacedCompositePodGroupRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIdeleteCollectionNamespacedCompositePodGroupRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param body (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionNamespacedCompositePodGroupRequest body(V1DeleteOptions body) {
      this.body = body;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteCollectionNamespacedCompositePodGroupCall(namespace, pretty, _continue, dryRun, fieldSelector, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, labelSelector, limit, orphanDependents, propagationPolicy, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, body, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), ModelRegistry.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, ModelRegistry.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code deleteCollectionNamespacedPodGroup}: DELETE {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups}.
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param body (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call deleteCollectionNamespacedPodGroupCall(String namespace, String pretty, String _continue, String dryRun, String fieldSelector, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, String labelSelector, Integer limit, Boolean orphanDependents, String propagationPolicy, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, V1DeleteOptions body, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling deleteCollectionNamespacedPodGroup");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups"
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("continue", _continue));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldSelector", fieldSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("gracePeriodSeconds", gracePeriodSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("ignoreStoreReadErrorWithClusterBreakingPotential", ignoreStoreReadErrorWithClusterBreakingPotential));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("labelSelector", labelSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("limit", limit));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("orphanDependents", orphanDependents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("propagationPolicy", propagationPolicy));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersion", resourceVersion));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersionMatch", resourceVersionMatch));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("sendInitialEvents", sendInitialEvents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("shardSelector", shardSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("timeoutSeconds", timeoutSeconds));
    return localVarApiClient.buildCall("DELETE", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, ModelRegistry.class, _callback);
  }

  /**
   * delete collection of PodGroup
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param body (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object deleteCollectionNamespacedPodGroup(String namespace, String pretty, String _continue, String dryRun, String fieldSelector, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, String labelSelector, Integer limit, Boolean orphanDependents, String propagationPolicy, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, V1DeleteOptions body) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteCollectionNamespacedPodGroupCall(namespace, pretty, _continue, dryRun, fieldSelector, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, labelSelector, limit, orphanDependents, propagationPolicy, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, body, null), ModelRegistry.class);
    return localVarResp.getData();
  }

  /**
   * delete collection of PodGroup
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteCollectionNamespacedPodGroupRequest deleteCollectionNamespacedPodGroup(String namespace) {
    return new APIdeleteCollectionNamespacedPodGroupRequest(namespace);
  }

  /** {@code deleteCollectionNamespacedPodGroup} with its optional parameters chained, then executed. */
  public class APIdeleteCollectionNamespacedPodGroupRequest {
    private final String namespace;
    private String pretty;
    private String _continue;
    private String dryRun;
    private String fieldSelector;
    private Integer gracePeriodSeconds;
    private Boolean ignoreStoreReadErrorWithClusterBreakingPotential;
    private String labelSelector;
    private Integer limit;
    private Boolean orphanDependents;
    private String propagationPolicy;
    private String resourceVersion;
    private String resourceVersionMatch;
    private Boolean sendInitialEvents;
    private String shardSelector;
    private Integer timeoutSeconds;
    private V1DeleteOptions body;

    private APIdeleteCollectionNamespacedPodGroupRequest(String namespace) {
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIdeleteCollectionNamespacedPodGroupRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIdeleteCollectionNamespacedPodGroupRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIdeleteCollectionNamespacedPodGroupRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIdeleteCollectionNamespacedPodGroupRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
     * @return this request
     */
    public APIdeleteCollectionNamespacedPodGroupRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
     * @return this request
     */
    public APIdeleteCollectionNamespacedPodGroupRequest ignoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
      this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIdeleteCollectionNamespacedPodGroupRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIdeleteCollectionNamespacedPodGroupRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
     * @return this request
     */
    public APIdeleteCollectionNamespacedPodGroupRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
     * @return this request
     */
    public APIdeleteCollectionNamespacedPodGroupRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIdeleteCollectionNamespacedPodGroupRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIdeleteCollectionNamespacedPodGroupRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIdeleteCollectionNamespacedPodGroupRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIdeleteCollectionNamespacedPodGroupRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIdeleteCollectionNamespacedPodGroupRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param body (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionNamespacedPodGroupRequest body(V1DeleteOptions body) {
      this.body = body;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteCollectionNamespacedPodGroupCall(namespace, pretty, _continue, dryRun, fieldSelector, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, labelSelector, limit, orphanDependents, propagationPolicy, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, body, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), ModelRegistry.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, ModelRegistry.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code deleteCollectionNamespacedWorkload}: DELETE {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/workloads}.
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param body (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call deleteCollectionNamespacedWorkloadCall(String namespace, String pretty, String _continue, String dryRun, String fieldSelector, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, String labelSelector, Integer limit, Boolean orphanDependents, String propagationPolicy, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, V1DeleteOptions body, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling deleteCollectionNamespacedWorkload");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/workloads"
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("continue", _continue));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldSelector", fieldSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("gracePeriodSeconds", gracePeriodSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("ignoreStoreReadErrorWithClusterBreakingPotential", ignoreStoreReadErrorWithClusterBreakingPotential));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("labelSelector", labelSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("limit", limit));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("orphanDependents", orphanDependents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("propagationPolicy", propagationPolicy));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersion", resourceVersion));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersionMatch", resourceVersionMatch));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("sendInitialEvents", sendInitialEvents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("shardSelector", shardSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("timeoutSeconds", timeoutSeconds));
    return localVarApiClient.buildCall("DELETE", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, ModelRegistry.class, _callback);
  }

  /**
   * delete collection of Workload
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param body (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object deleteCollectionNamespacedWorkload(String namespace, String pretty, String _continue, String dryRun, String fieldSelector, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, String labelSelector, Integer limit, Boolean orphanDependents, String propagationPolicy, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, V1DeleteOptions body) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteCollectionNamespacedWorkloadCall(namespace, pretty, _continue, dryRun, fieldSelector, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, labelSelector, limit, orphanDependents, propagationPolicy, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, body, null), ModelRegistry.class);
    return localVarResp.getData();
  }

  /**
   * delete collection of Workload
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteCollectionNamespacedWorkloadRequest deleteCollectionNamespacedWorkload(String namespace) {
    return new APIdeleteCollectionNamespacedWorkloadRequest(namespace);
  }

  /** {@code deleteCollectionNamespacedWorkload} with its optional parameters chained, then executed. */
  public class APIdeleteCollectionNamespacedWorkloadRequest {
    private final String namespace;
    private String pretty;
    private String _continue;
    private String dryRun;
    private String fieldSelector;
    private Integer gracePeriodSeconds;
    private Boolean ignoreStoreReadErrorWithClusterBreakingPotential;
    private String labelSelector;
    private Integer limit;
    private Boolean orphanDependents;
    private String propagationPolicy;
    private String resourceVersion;
    private String resourceVersionMatch;
    private Boolean sendInitialEvents;
    private String shardSelector;
    private Integer timeoutSeconds;
    private V1DeleteOptions body;

    private APIdeleteCollectionNamespacedWorkloadRequest(String namespace) {
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIdeleteCollectionNamespacedWorkloadRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIdeleteCollectionNamespacedWorkloadRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIdeleteCollectionNamespacedWorkloadRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIdeleteCollectionNamespacedWorkloadRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
     * @return this request
     */
    public APIdeleteCollectionNamespacedWorkloadRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
     * @return this request
     */
    public APIdeleteCollectionNamespacedWorkloadRequest ignoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
      this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIdeleteCollectionNamespacedWorkloadRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIdeleteCollectionNamespacedWorkloadRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
     * @return this request
     */
    public APIdeleteCollectionNamespacedWorkloadRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
     * @return this request
     */
    public APIdeleteCollectionNamespacedWorkloadRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIdeleteCollectionNamespacedWorkloadRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIdeleteCollectionNamespacedWorkloadRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIdeleteCollectionNamespacedWorkloadRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIdeleteCollectionNamespacedWorkloadRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIdeleteCollectionNamespacedWorkloadRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param body (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionNamespacedWorkloadRequest body(V1DeleteOptions body) {
      this.body = body;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteCollectionNamespacedWorkloadCall(namespace, pretty, _continue, dryRun, fieldSelector, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, labelSelector, limit, orphanDependents, propagationPolicy, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, body, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), ModelRegistry.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, ModelRegistry.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code deleteNamespacedCompositePodGroup}: DELETE {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups/{name}}.
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
   * @param body (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call deleteNamespacedCompositePodGroupCall(String name, String namespace, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling deleteNamespacedCompositePodGroup");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling deleteNamespacedCompositePodGroup");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("gracePeriodSeconds", gracePeriodSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("ignoreStoreReadErrorWithClusterBreakingPotential", ignoreStoreReadErrorWithClusterBreakingPotential));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("orphanDependents", orphanDependents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("propagationPolicy", propagationPolicy));
    return localVarApiClient.buildCall("DELETE", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, ModelRegistry.class, _callback);
  }

  /**
   * delete a CompositePodGroup
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
   * @param body (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object deleteNamespacedCompositePodGroup(String name, String namespace, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteNamespacedCompositePodGroupCall(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, null), ModelRegistry.class);
    return localVarResp.getData();
  }

  /**
   * delete a CompositePodGroup
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteNamespacedCompositePodGroupRequest deleteNamespacedCompositePodGroup(String name, String namespace) {
    return new APIdeleteNamespacedCompositePodGroupRequest(name, namespace);
  }

  /** {@code deleteNamespacedCompositePodGroup} with its optional parameters chained, then executed. */
  public class APIdeleteNamespacedCompositePodGroupRequest {
    private final String name;
    private final String namespace;
    private String pretty;
    private String dryRun;
    private Integer gracePeriodSeconds;
    private Boolean ignoreStoreReadErrorWithClusterBreakingPotential;
    private Boolean orphanDependents;
    private String propagationPolicy;
    private V1DeleteOptions body;

    private APIdeleteNamespacedCompositePodGroupRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIdeleteNamespacedCompositePodGroupRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIdeleteNamespacedCompositePodGroupRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
     * @return this request
     */
    public APIdeleteNamespacedCompositePodGroupRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
     * @return this request
     */
    public APIdeleteNamespacedCompositePodGroupRequest ignoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
      this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
      return this;
    }

    /**
     * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
     * @return this request
     */
    public APIdeleteNamespacedCompositePodGroupRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
     * @return this request
     */
    public APIdeleteNamespacedCompositePodGroupRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param body (no description in the spec)
     * @return this request
     */
    public APIdeleteNamespacedCompositePodGroupRequest body(V1DeleteOptions body) {
      this.body = body;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteNamespacedCompositePodGroupCall(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), ModelRegistry.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, ModelRegistry.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code deleteNamespacedPodGroup}: DELETE {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups/{name}}.
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
   * @param body (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call deleteNamespacedPodGroupCall(String name, String namespace, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling deleteNamespacedPodGroup");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling deleteNamespacedPodGroup");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("gracePeriodSeconds", gracePeriodSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("ignoreStoreReadErrorWithClusterBreakingPotential", ignoreStoreReadErrorWithClusterBreakingPotential));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("orphanDependents", orphanDependents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("propagationPolicy", propagationPolicy));
    return localVarApiClient.buildCall("DELETE", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, ModelRegistry.class, _callback);
  }

  /**
   * delete a PodGroup
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
   * @param body (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object deleteNamespacedPodGroup(String name, String namespace, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteNamespacedPodGroupCall(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, null), ModelRegistry.class);
    return localVarResp.getData();
  }

  /**
   * delete a PodGroup
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteNamespacedPodGroupRequest deleteNamespacedPodGroup(String name, String namespace) {
    return new APIdeleteNamespacedPodGroupRequest(name, namespace);
  }

  /** {@code deleteNamespacedPodGroup} with its optional parameters chained, then executed. */
  public class APIdeleteNamespacedPodGroupRequest {
    private final String name;
    private final String namespace;
    private String pretty;
    private String dryRun;
    private Integer gracePeriodSeconds;
    private Boolean ignoreStoreReadErrorWithClusterBreakingPotential;
    private Boolean orphanDependents;
    private String propagationPolicy;
    private V1DeleteOptions body;

    private APIdeleteNamespacedPodGroupRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIdeleteNamespacedPodGroupRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIdeleteNamespacedPodGroupRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
     * @return this request
     */
    public APIdeleteNamespacedPodGroupRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
     * @return this request
     */
    public APIdeleteNamespacedPodGroupRequest ignoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
      this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
      return this;
    }

    /**
     * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
     * @return this request
     */
    public APIdeleteNamespacedPodGroupRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
     * @return this request
     */
    public APIdeleteNamespacedPodGroupRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param body (no description in the spec)
     * @return this request
     */
    public APIdeleteNamespacedPodGroupRequest body(V1DeleteOptions body) {
      this.body = body;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteNamespacedPodGroupCall(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), ModelRegistry.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, ModelRegistry.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code deleteNamespacedWorkload}: DELETE {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/workloads/{name}}.
   *
   * @param name name of the Workload
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
   * @param body (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call deleteNamespacedWorkloadCall(String name, String namespace, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling deleteNamespacedWorkload");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling deleteNamespacedWorkload");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/workloads/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("gracePeriodSeconds", gracePeriodSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("ignoreStoreReadErrorWithClusterBreakingPotential", ignoreStoreReadErrorWithClusterBreakingPotential));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("orphanDependents", orphanDependents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("propagationPolicy", propagationPolicy));
    return localVarApiClient.buildCall("DELETE", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, ModelRegistry.class, _callback);
  }

  /**
   * delete a Workload
   *
   * @param name name of the Workload
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
   * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
   * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
   * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
   * @param body (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object deleteNamespacedWorkload(String name, String namespace, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteNamespacedWorkloadCall(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, null), ModelRegistry.class);
    return localVarResp.getData();
  }

  /**
   * delete a Workload
   *
   * @param name name of the Workload
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteNamespacedWorkloadRequest deleteNamespacedWorkload(String name, String namespace) {
    return new APIdeleteNamespacedWorkloadRequest(name, namespace);
  }

  /** {@code deleteNamespacedWorkload} with its optional parameters chained, then executed. */
  public class APIdeleteNamespacedWorkloadRequest {
    private final String name;
    private final String namespace;
    private String pretty;
    private String dryRun;
    private Integer gracePeriodSeconds;
    private Boolean ignoreStoreReadErrorWithClusterBreakingPotential;
    private Boolean orphanDependents;
    private String propagationPolicy;
    private V1DeleteOptions body;

    private APIdeleteNamespacedWorkloadRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIdeleteNamespacedWorkloadRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIdeleteNamespacedWorkloadRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
     * @return this request
     */
    public APIdeleteNamespacedWorkloadRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
     * @return this request
     */
    public APIdeleteNamespacedWorkloadRequest ignoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
      this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
      return this;
    }

    /**
     * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
     * @return this request
     */
    public APIdeleteNamespacedWorkloadRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
     * @return this request
     */
    public APIdeleteNamespacedWorkloadRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param body (no description in the spec)
     * @return this request
     */
    public APIdeleteNamespacedWorkloadRequest body(V1DeleteOptions body) {
      this.body = body;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteNamespacedWorkloadCall(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), ModelRegistry.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, ModelRegistry.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code getAPIResources}: GET {@code /apis/scheduling.k8s.io/v1alpha3/}.
   *
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call getAPIResourcesCall(final ApiCallback<?> _callback) throws ApiException {
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/";
    List<Pair> localVarQueryParams = new ArrayList<>();
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1APIResourceList.class, _callback);
  }

  /**
   * get available resources
   *
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIgetAPIResourcesRequest getAPIResources() {
    return new APIgetAPIResourcesRequest();
  }

  /** {@code getAPIResources} with its optional parameters chained, then executed. */
  public class APIgetAPIResourcesRequest {

    private APIgetAPIResourcesRequest() {
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return getAPIResourcesCall(_callback);
    }

    public V1APIResourceList execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1APIResourceList> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1APIResourceList.class);
    }

    public Call executeAsync(final ApiCallback<V1APIResourceList> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1APIResourceList.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code listCompositePodGroupForAllNamespaces}: GET {@code /apis/scheduling.k8s.io/v1alpha3/compositepodgroups}.
   *
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call listCompositePodGroupForAllNamespacesCall(Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String pretty, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch, final ApiCallback<?> _callback) throws ApiException {
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/compositepodgroups";
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("allowWatchBookmarks", allowWatchBookmarks));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("continue", _continue));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldSelector", fieldSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("labelSelector", labelSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("limit", limit));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersion", resourceVersion));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersionMatch", resourceVersionMatch));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("sendInitialEvents", sendInitialEvents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("shardSelector", shardSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("timeoutSeconds", timeoutSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("watch", watch));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/cbor-seq", "application/json;stream=watch", "application/vnd.kubernetes.protobuf", "application/vnd.kubernetes.protobuf;stream=watch", "application/yaml"}, V1alpha3CompositePodGroupList.class, _callback);
  }

  /**
   * list or watch objects of kind CompositePodGroup
   *
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   * @return V1alpha3CompositePodGroupList
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3CompositePodGroupList listCompositePodGroupForAllNamespaces(Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String pretty, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch) throws ApiException {
    ApiResponse<V1alpha3CompositePodGroupList> localVarResp = localVarApiClient.execute(listCompositePodGroupForAllNamespacesCall(allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, pretty, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, null), V1alpha3CompositePodGroupList.class);
    return localVarResp.getData();
  }

  /**
   * list or watch objects of kind CompositePodGroup
   *
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIlistCompositePodGroupForAllNamespacesRequest listCompositePodGroupForAllNamespaces() {
    return new APIlistCompositePodGroupForAllNamespacesRequest();
  }

  /** {@code listCompositePodGroupForAllNamespaces} with its optional parameters chained, then executed. */
  public class APIlistCompositePodGroupForAllNamespacesRequest {
    private Boolean allowWatchBookmarks;
    private String _continue;
    private String fieldSelector;
    private String labelSelector;
    private Integer limit;
    private String pretty;
    private String resourceVersion;
    private String resourceVersionMatch;
    private Boolean sendInitialEvents;
    private String shardSelector;
    private Integer timeoutSeconds;
    private Boolean watch;

    private APIlistCompositePodGroupForAllNamespacesRequest() {
    }

    /**
     * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
     * @return this request
     */
    public APIlistCompositePodGroupForAllNamespacesRequest allowWatchBookmarks(Boolean allowWatchBookmarks) {
      this.allowWatchBookmarks = allowWatchBookmarks;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIlistCompositePodGroupForAllNamespacesRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIlistCompositePodGroupForAllNamespacesRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIlistCompositePodGroupForAllNamespacesRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIlistCompositePodGroupForAllNamespacesRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIlistCompositePodGroupForAllNamespacesRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistCompositePodGroupForAllNamespacesRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistCompositePodGroupForAllNamespacesRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIlistCompositePodGroupForAllNamespacesRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIlistCompositePodGroupForAllNamespacesRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIlistCompositePodGroupForAllNamespacesRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
     * @return this request
     */
    public APIlistCompositePodGroupForAllNamespacesRequest watch(Boolean watch) {
      this.watch = watch;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return listCompositePodGroupForAllNamespacesCall(allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, pretty, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _callback);
    }

    public V1alpha3CompositePodGroupList execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3CompositePodGroupList> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3CompositePodGroupList.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3CompositePodGroupList> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3CompositePodGroupList.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code listNamespacedCompositePodGroup}: GET {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups}.
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call listNamespacedCompositePodGroupCall(String namespace, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling listNamespacedCompositePodGroup");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups"
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("allowWatchBookmarks", allowWatchBookmarks));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("continue", _continue));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldSelector", fieldSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("labelSelector", labelSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("limit", limit));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersion", resourceVersion));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersionMatch", resourceVersionMatch));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("sendInitialEvents", sendInitialEvents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("shardSelector", shardSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("timeoutSeconds", timeoutSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("watch", watch));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/cbor-seq", "application/json;stream=watch", "application/vnd.kubernetes.protobuf", "application/vnd.kubernetes.protobuf;stream=watch", "application/yaml"}, V1alpha3CompositePodGroupList.class, _callback);
  }

  /**
   * list or watch objects of kind CompositePodGroup
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   * @return V1alpha3CompositePodGroupList
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3CompositePodGroupList listNamespacedCompositePodGroup(String namespace, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch) throws ApiException {
    ApiResponse<V1alpha3CompositePodGroupList> localVarResp = localVarApiClient.execute(listNamespacedCompositePodGroupCall(namespace, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, null), V1alpha3CompositePodGroupList.class);
    return localVarResp.getData();
  }

  /**
   * list or watch objects of kind CompositePodGroup
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIlistNamespacedCompositePodGroupRequest listNamespacedCompositePodGroup(String namespace) {
    return new APIlistNamespacedCompositePodGroupRequest(namespace);
  }

  /** {@code listNamespacedCompositePodGroup} with its optional parameters chained, then executed. */
  public class APIlistNamespacedCompositePodGroupRequest {
    private final String namespace;
    private String pretty;
    private Boolean allowWatchBookmarks;
    private String _continue;
    private String fieldSelector;
    private String labelSelector;
    private Integer limit;
    private String resourceVersion;
    private String resourceVersionMatch;
    private Boolean sendInitialEvents;
    private String shardSelector;
    private Integer timeoutSeconds;
    private Boolean watch;

    private APIlistNamespacedCompositePodGroupRequest(String namespace) {
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIlistNamespacedCompositePodGroupRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
     * @return this request
     */
    public APIlistNamespacedCompositePodGroupRequest allowWatchBookmarks(Boolean allowWatchBookmarks) {
      this.allowWatchBookmarks = allowWatchBookmarks;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIlistNamespacedCompositePodGroupRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIlistNamespacedCompositePodGroupRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIlistNamespacedCompositePodGroupRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIlistNamespacedCompositePodGroupRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistNamespacedCompositePodGroupRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistNamespacedCompositePodGroupRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIlistNamespacedCompositePodGroupRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIlistNamespacedCompositePodGroupRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIlistNamespacedCompositePodGroupRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
     * @return this request
     */
    public APIlistNamespacedCompositePodGroupRequest watch(Boolean watch) {
      this.watch = watch;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return listNamespacedCompositePodGroupCall(namespace, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _callback);
    }

    public V1alpha3CompositePodGroupList execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3CompositePodGroupList> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3CompositePodGroupList.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3CompositePodGroupList> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3CompositePodGroupList.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code listNamespacedPodGroup}: GET {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups}.
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call listNamespacedPodGroupCall(String namespace, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling listNamespacedPodGroup");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups"
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("allowWatchBookmarks", allowWatchBookmarks));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("continue", _continue));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldSelector", fieldSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("labelSelector", labelSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("limit", limit));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersion", resourceVersion));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersionMatch", resourceVersionMatch));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("sendInitialEvents", sendInitialEvents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("shardSelector", shardSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("timeoutSeconds", timeoutSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("watch", watch));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/cbor-seq", "application/json;stream=watch", "application/vnd.kubernetes.protobuf", "application/vnd.kubernetes.protobuf;stream=watch", "application/yaml"}, V1alpha3PodGroupList.class, _callback);
  }

  /**
   * list or watch objects of kind PodGroup
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   * @return V1alpha3PodGroupList
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3PodGroupList listNamespacedPodGroup(String namespace, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch) throws ApiException {
    ApiResponse<V1alpha3PodGroupList> localVarResp = localVarApiClient.execute(listNamespacedPodGroupCall(namespace, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, null), V1alpha3PodGroupList.class);
    return localVarResp.getData();
  }

  /**
   * list or watch objects of kind PodGroup
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIlistNamespacedPodGroupRequest listNamespacedPodGroup(String namespace) {
    return new APIlistNamespacedPodGroupRequest(namespace);
  }

  /** {@code listNamespacedPodGroup} with its optional parameters chained, then executed. */
  public class APIlistNamespacedPodGroupRequest {
    private final String namespace;
    private String pretty;
    private Boolean allowWatchBookmarks;
    private String _continue;
    private String fieldSelector;
    private String labelSelector;
    private Integer limit;
    private String resourceVersion;
    private String resourceVersionMatch;
    private Boolean sendInitialEvents;
    private String shardSelector;
    private Integer timeoutSeconds;
    private Boolean watch;

    private APIlistNamespacedPodGroupRequest(String namespace) {
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIlistNamespacedPodGroupRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
     * @return this request
     */
    public APIlistNamespacedPodGroupRequest allowWatchBookmarks(Boolean allowWatchBookmarks) {
      this.allowWatchBookmarks = allowWatchBookmarks;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIlistNamespacedPodGroupRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIlistNamespacedPodGroupRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIlistNamespacedPodGroupRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIlistNamespacedPodGroupRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistNamespacedPodGroupRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistNamespacedPodGroupRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIlistNamespacedPodGroupRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIlistNamespacedPodGroupRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIlistNamespacedPodGroupRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
     * @return this request
     */
    public APIlistNamespacedPodGroupRequest watch(Boolean watch) {
      this.watch = watch;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return listNamespacedPodGroupCall(namespace, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _callback);
    }

    public V1alpha3PodGroupList execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3PodGroupList> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3PodGroupList.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3PodGroupList> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3PodGroupList.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code listNamespacedWorkload}: GET {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/workloads}.
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call listNamespacedWorkloadCall(String namespace, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling listNamespacedWorkload");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/workloads"
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("allowWatchBookmarks", allowWatchBookmarks));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("continue", _continue));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldSelector", fieldSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("labelSelector", labelSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("limit", limit));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersion", resourceVersion));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersionMatch", resourceVersionMatch));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("sendInitialEvents", sendInitialEvents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("shardSelector", shardSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("timeoutSeconds", timeoutSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("watch", watch));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/cbor-seq", "application/json;stream=watch", "application/vnd.kubernetes.protobuf", "application/vnd.kubernetes.protobuf;stream=watch", "application/yaml"}, V1alpha3WorkloadList.class, _callback);
  }

  /**
   * list or watch objects of kind Workload
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   * @return V1alpha3WorkloadList
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3WorkloadList listNamespacedWorkload(String namespace, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch) throws ApiException {
    ApiResponse<V1alpha3WorkloadList> localVarResp = localVarApiClient.execute(listNamespacedWorkloadCall(namespace, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, null), V1alpha3WorkloadList.class);
    return localVarResp.getData();
  }

  /**
   * list or watch objects of kind Workload
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIlistNamespacedWorkloadRequest listNamespacedWorkload(String namespace) {
    return new APIlistNamespacedWorkloadRequest(namespace);
  }

  /** {@code listNamespacedWorkload} with its optional parameters chained, then executed. */
  public class APIlistNamespacedWorkloadRequest {
    private final String namespace;
    private String pretty;
    private Boolean allowWatchBookmarks;
    private String _continue;
    private String fieldSelector;
    private String labelSelector;
    private Integer limit;
    private String resourceVersion;
    private String resourceVersionMatch;
    private Boolean sendInitialEvents;
    private String shardSelector;
    private Integer timeoutSeconds;
    private Boolean watch;

    private APIlistNamespacedWorkloadRequest(String namespace) {
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIlistNamespacedWorkloadRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
     * @return this request
     */
    public APIlistNamespacedWorkloadRequest allowWatchBookmarks(Boolean allowWatchBookmarks) {
      this.allowWatchBookmarks = allowWatchBookmarks;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIlistNamespacedWorkloadRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIlistNamespacedWorkloadRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIlistNamespacedWorkloadRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIlistNamespacedWorkloadRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistNamespacedWorkloadRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistNamespacedWorkloadRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIlistNamespacedWorkloadRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIlistNamespacedWorkloadRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIlistNamespacedWorkloadRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
     * @return this request
     */
    public APIlistNamespacedWorkloadRequest watch(Boolean watch) {
      this.watch = watch;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return listNamespacedWorkloadCall(namespace, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _callback);
    }

    public V1alpha3WorkloadList execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3WorkloadList> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3WorkloadList.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3WorkloadList> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3WorkloadList.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code listPodGroupForAllNamespaces}: GET {@code /apis/scheduling.k8s.io/v1alpha3/podgroups}.
   *
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call listPodGroupForAllNamespacesCall(Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String pretty, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch, final ApiCallback<?> _callback) throws ApiException {
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/podgroups";
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("allowWatchBookmarks", allowWatchBookmarks));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("continue", _continue));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldSelector", fieldSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("labelSelector", labelSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("limit", limit));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersion", resourceVersion));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersionMatch", resourceVersionMatch));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("sendInitialEvents", sendInitialEvents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("shardSelector", shardSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("timeoutSeconds", timeoutSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("watch", watch));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/cbor-seq", "application/json;stream=watch", "application/vnd.kubernetes.protobuf", "application/vnd.kubernetes.protobuf;stream=watch", "application/yaml"}, V1alpha3PodGroupList.class, _callback);
  }

  /**
   * list or watch objects of kind PodGroup
   *
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   * @return V1alpha3PodGroupList
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3PodGroupList listPodGroupForAllNamespaces(Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String pretty, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch) throws ApiException {
    ApiResponse<V1alpha3PodGroupList> localVarResp = localVarApiClient.execute(listPodGroupForAllNamespacesCall(allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, pretty, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, null), V1alpha3PodGroupList.class);
    return localVarResp.getData();
  }

  /**
   * list or watch objects of kind PodGroup
   *
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIlistPodGroupForAllNamespacesRequest listPodGroupForAllNamespaces() {
    return new APIlistPodGroupForAllNamespacesRequest();
  }

  /** {@code listPodGroupForAllNamespaces} with its optional parameters chained, then executed. */
  public class APIlistPodGroupForAllNamespacesRequest {
    private Boolean allowWatchBookmarks;
    private String _continue;
    private String fieldSelector;
    private String labelSelector;
    private Integer limit;
    private String pretty;
    private String resourceVersion;
    private String resourceVersionMatch;
    private Boolean sendInitialEvents;
    private String shardSelector;
    private Integer timeoutSeconds;
    private Boolean watch;

    private APIlistPodGroupForAllNamespacesRequest() {
    }

    /**
     * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
     * @return this request
     */
    public APIlistPodGroupForAllNamespacesRequest allowWatchBookmarks(Boolean allowWatchBookmarks) {
      this.allowWatchBookmarks = allowWatchBookmarks;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIlistPodGroupForAllNamespacesRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIlistPodGroupForAllNamespacesRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIlistPodGroupForAllNamespacesRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIlistPodGroupForAllNamespacesRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIlistPodGroupForAllNamespacesRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistPodGroupForAllNamespacesRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistPodGroupForAllNamespacesRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIlistPodGroupForAllNamespacesRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIlistPodGroupForAllNamespacesRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIlistPodGroupForAllNamespacesRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
     * @return this request
     */
    public APIlistPodGroupForAllNamespacesRequest watch(Boolean watch) {
      this.watch = watch;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return listPodGroupForAllNamespacesCall(allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, pretty, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _callback);
    }

    public V1alpha3PodGroupList execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3PodGroupList> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3PodGroupList.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3PodGroupList> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3PodGroupList.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code listWorkloadForAllNamespaces}: GET {@code /apis/scheduling.k8s.io/v1alpha3/workloads}.
   *
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call listWorkloadForAllNamespacesCall(Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String pretty, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch, final ApiCallback<?> _callback) throws ApiException {
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/workloads";
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("allowWatchBookmarks", allowWatchBookmarks));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("continue", _continue));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldSelector", fieldSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("labelSelector", labelSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("limit", limit));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersion", resourceVersion));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("resourceVersionMatch", resourceVersionMatch));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("sendInitialEvents", sendInitialEvents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("shardSelector", shardSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("timeoutSeconds", timeoutSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("watch", watch));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/cbor-seq", "application/json;stream=watch", "application/vnd.kubernetes.protobuf", "application/vnd.kubernetes.protobuf;stream=watch", "application/yaml"}, V1alpha3WorkloadList.class, _callback);
  }

  /**
   * list or watch objects of kind Workload
   *
   * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
   * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
   * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
   * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
   * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
   * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
   * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
   * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
   * @return V1alpha3WorkloadList
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3WorkloadList listWorkloadForAllNamespaces(Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String pretty, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch) throws ApiException {
    ApiResponse<V1alpha3WorkloadList> localVarResp = localVarApiClient.execute(listWorkloadForAllNamespacesCall(allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, pretty, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, null), V1alpha3WorkloadList.class);
    return localVarResp.getData();
  }

  /**
   * list or watch objects of kind Workload
   *
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIlistWorkloadForAllNamespacesRequest listWorkloadForAllNamespaces() {
    return new APIlistWorkloadForAllNamespacesRequest();
  }

  /** {@code listWorkloadForAllNamespaces} with its optional parameters chained, then executed. */
  public class APIlistWorkloadForAllNamespacesRequest {
    private Boolean allowWatchBookmarks;
    private String _continue;
    private String fieldSelector;
    private String labelSelector;
    private Integer limit;
    private String pretty;
    private String resourceVersion;
    private String resourceVersionMatch;
    private Boolean sendInitialEvents;
    private String shardSelector;
    private Integer timeoutSeconds;
    private Boolean watch;

    private APIlistWorkloadForAllNamespacesRequest() {
    }

    /**
     * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
     * @return this request
     */
    public APIlistWorkloadForAllNamespacesRequest allowWatchBookmarks(Boolean allowWatchBookmarks) {
      this.allowWatchBookmarks = allowWatchBookmarks;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIlistWorkloadForAllNamespacesRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIlistWorkloadForAllNamespacesRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIlistWorkloadForAllNamespacesRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIlistWorkloadForAllNamespacesRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIlistWorkloadForAllNamespacesRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistWorkloadForAllNamespacesRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistWorkloadForAllNamespacesRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIlistWorkloadForAllNamespacesRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIlistWorkloadForAllNamespacesRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIlistWorkloadForAllNamespacesRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
     * @return this request
     */
    public APIlistWorkloadForAllNamespacesRequest watch(Boolean watch) {
      this.watch = watch;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return listWorkloadForAllNamespacesCall(allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, pretty, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _callback);
    }

    public V1alpha3WorkloadList execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3WorkloadList> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3WorkloadList.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3WorkloadList> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3WorkloadList.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchNamespacedCompositePodGroup}: PATCH {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups/{name}}.
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call patchNamespacedCompositePodGroupCall(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchNamespacedCompositePodGroup");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling patchNamespacedCompositePodGroup");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchNamespacedCompositePodGroup");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/strategic-merge-patch+json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3CompositePodGroup.class, _callback);
  }

  /**
   * partially update the specified CompositePodGroup
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @return V1alpha3CompositePodGroup
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3CompositePodGroup patchNamespacedCompositePodGroup(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<V1alpha3CompositePodGroup> localVarResp = localVarApiClient.execute(patchNamespacedCompositePodGroupCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, null), V1alpha3CompositePodGroup.class);
    return localVarResp.getData();
  }

  /**
   * partially update the specified CompositePodGroup
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchNamespacedCompositePodGroupRequest patchNamespacedCompositePodGroup(String name, String namespace, V1Patch body) {
    return new APIpatchNamespacedCompositePodGroupRequest(name, namespace, body);
  }

  /** {@code patchNamespacedCompositePodGroup} with its optional parameters chained, then executed. */
  public class APIpatchNamespacedCompositePodGroupRequest {
    private final String name;
    private final String namespace;
    private final V1Patch body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchNamespacedCompositePodGroupRequest(String name, String namespace, V1Patch body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIpatchNamespacedCompositePodGroupRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIpatchNamespacedCompositePodGroupRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
     * @return this request
     */
    public APIpatchNamespacedCompositePodGroupRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIpatchNamespacedCompositePodGroupRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
     * @return this request
     */
    public APIpatchNamespacedCompositePodGroupRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchNamespacedCompositePodGroupCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public V1alpha3CompositePodGroup execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3CompositePodGroup> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3CompositePodGroup.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3CompositePodGroup> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3CompositePodGroup.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchNamespacedCompositePodGroupStatus}: PATCH {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups/{name}/status}.
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call patchNamespacedCompositePodGroupStatusCall(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchNamespacedCompositePodGroupStatus");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling patchNamespacedCompositePodGroupStatus");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchNamespacedCompositePodGroupStatus");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups/{name}/status"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/strategic-merge-patch+json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3CompositePodGroup.class, _callback);
  }

  /**
   * partially update status of the specified CompositePodGroup
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @return V1alpha3CompositePodGroup
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3CompositePodGroup patchNamespacedCompositePodGroupStatus(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<V1alpha3CompositePodGroup> localVarResp = localVarApiClient.execute(patchNamespacedCompositePodGroupStatusCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, null), V1alpha3CompositePodGroup.class);
    return localVarResp.getData();
  }

  /**
   * partially update status of the specified CompositePodGroup
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchNamespacedCompositePodGroupStatusRequest patchNamespacedCompositePodGroupStatus(String name, String namespace, V1Patch body) {
    return new APIpatchNamespacedCompositePodGroupStatusRequest(name, namespace, body);
  }

  /** {@code patchNamespacedCompositePodGroupStatus} with its optional parameters chained, then executed. */
  public class APIpatchNamespacedCompositePodGroupStatusRequest {
    private final String name;
    private final String namespace;
    private final V1Patch body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchNamespacedCompositePodGroupStatusRequest(String name, String namespace, V1Patch body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIpatchNamespacedCompositePodGroupStatusRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIpatchNamespacedCompositePodGroupStatusRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
     * @return this request
     */
    public APIpatchNamespacedCompositePodGroupStatusRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIpatchNamespacedCompositePodGroupStatusRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
     * @return this request
     */
    public APIpatchNamespacedCompositePodGroupStatusRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchNamespacedCompositePodGroupStatusCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public V1alpha3CompositePodGroup execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3CompositePodGroup> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3CompositePodGroup.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3CompositePodGroup> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3CompositePodGroup.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchNamespacedPodGroup}: PATCH {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups/{name}}.
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call patchNamespacedPodGroupCall(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchNamespacedPodGroup");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling patchNamespacedPodGroup");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchNamespacedPodGroup");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/strategic-merge-patch+json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3PodGroup.class, _callback);
  }

  /**
   * partially update the specified PodGroup
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @return V1alpha3PodGroup
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3PodGroup patchNamespacedPodGroup(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<V1alpha3PodGroup> localVarResp = localVarApiClient.execute(patchNamespacedPodGroupCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, null), V1alpha3PodGroup.class);
    return localVarResp.getData();
  }

  /**
   * partially update the specified PodGroup
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchNamespacedPodGroupRequest patchNamespacedPodGroup(String name, String namespace, V1Patch body) {
    return new APIpatchNamespacedPodGroupRequest(name, namespace, body);
  }

  /** {@code patchNamespacedPodGroup} with its optional parameters chained, then executed. */
  public class APIpatchNamespacedPodGroupRequest {
    private final String name;
    private final String namespace;
    private final V1Patch body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchNamespacedPodGroupRequest(String name, String namespace, V1Patch body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIpatchNamespacedPodGroupRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIpatchNamespacedPodGroupRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
     * @return this request
     */
    public APIpatchNamespacedPodGroupRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIpatchNamespacedPodGroupRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
     * @return this request
     */
    public APIpatchNamespacedPodGroupRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchNamespacedPodGroupCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public V1alpha3PodGroup execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3PodGroup> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3PodGroup.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3PodGroup> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3PodGroup.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchNamespacedPodGroupStatus}: PATCH {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups/{name}/status}.
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call patchNamespacedPodGroupStatusCall(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchNamespacedPodGroupStatus");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling patchNamespacedPodGroupStatus");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchNamespacedPodGroupStatus");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups/{name}/status"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/strategic-merge-patch+json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3PodGroup.class, _callback);
  }

  /**
   * partially update status of the specified PodGroup
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @return V1alpha3PodGroup
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3PodGroup patchNamespacedPodGroupStatus(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<V1alpha3PodGroup> localVarResp = localVarApiClient.execute(patchNamespacedPodGroupStatusCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, null), V1alpha3PodGroup.class);
    return localVarResp.getData();
  }

  /**
   * partially update status of the specified PodGroup
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchNamespacedPodGroupStatusRequest patchNamespacedPodGroupStatus(String name, String namespace, V1Patch body) {
    return new APIpatchNamespacedPodGroupStatusRequest(name, namespace, body);
  }

  /** {@code patchNamespacedPodGroupStatus} with its optional parameters chained, then executed. */
  public class APIpatchNamespacedPodGroupStatusRequest {
    private final String name;
    private final String namespace;
    private final V1Patch body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchNamespacedPodGroupStatusRequest(String name, String namespace, V1Patch body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIpatchNamespacedPodGroupStatusRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIpatchNamespacedPodGroupStatusRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
     * @return this request
     */
    public APIpatchNamespacedPodGroupStatusRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIpatchNamespacedPodGroupStatusRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
     * @return this request
     */
    public APIpatchNamespacedPodGroupStatusRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchNamespacedPodGroupStatusCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public V1alpha3PodGroup execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3PodGroup> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3PodGroup.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3PodGroup> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3PodGroup.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchNamespacedWorkload}: PATCH {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/workloads/{name}}.
   *
   * @param name name of the Workload
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call patchNamespacedWorkloadCall(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchNamespacedWorkload");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling patchNamespacedWorkload");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchNamespacedWorkload");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/workloads/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/strategic-merge-patch+json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3Workload.class, _callback);
  }

  /**
   * partially update the specified Workload
   *
   * @param name name of the Workload
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @return V1alpha3Workload
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3Workload patchNamespacedWorkload(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<V1alpha3Workload> localVarResp = localVarApiClient.execute(patchNamespacedWorkloadCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, null), V1alpha3Workload.class);
    return localVarResp.getData();
  }

  /**
   * partially update the specified Workload
   *
   * @param name name of the Workload
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchNamespacedWorkloadRequest patchNamespacedWorkload(String name, String namespace, V1Patch body) {
    return new APIpatchNamespacedWorkloadRequest(name, namespace, body);
  }

  /** {@code patchNamespacedWorkload} with its optional parameters chained, then executed. */
  public class APIpatchNamespacedWorkloadRequest {
    private final String name;
    private final String namespace;
    private final V1Patch body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchNamespacedWorkloadRequest(String name, String namespace, V1Patch body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIpatchNamespacedWorkloadRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIpatchNamespacedWorkloadRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
     * @return this request
     */
    public APIpatchNamespacedWorkloadRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIpatchNamespacedWorkloadRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
     * @return this request
     */
    public APIpatchNamespacedWorkloadRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchNamespacedWorkloadCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public V1alpha3Workload execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3Workload> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3Workload.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3Workload> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3Workload.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code readNamespacedCompositePodGroup}: GET {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups/{name}}.
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call readNamespacedCompositePodGroupCall(String name, String namespace, String pretty, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling readNamespacedCompositePodGroup");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling readNamespacedCompositePodGroup");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3CompositePodGroup.class, _callback);
  }

  /**
   * read the specified CompositePodGroup
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @return V1alpha3CompositePodGroup
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3CompositePodGroup readNamespacedCompositePodGroup(String name, String namespace, String pretty) throws ApiException {
    ApiResponse<V1alpha3CompositePodGroup> localVarResp = localVarApiClient.execute(readNamespacedCompositePodGroupCall(name, namespace, pretty, null), V1alpha3CompositePodGroup.class);
    return localVarResp.getData();
  }

  /**
   * read the specified CompositePodGroup
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreadNamespacedCompositePodGroupRequest readNamespacedCompositePodGroup(String name, String namespace) {
    return new APIreadNamespacedCompositePodGroupRequest(name, namespace);
  }

  /** {@code readNamespacedCompositePodGroup} with its optional parameters chained, then executed. */
  public class APIreadNamespacedCompositePodGroupRequest {
    private final String name;
    private final String namespace;
    private String pretty;

    private APIreadNamespacedCompositePodGroupRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreadNamespacedCompositePodGroupRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return readNamespacedCompositePodGroupCall(name, namespace, pretty, _callback);
    }

    public V1alpha3CompositePodGroup execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3CompositePodGroup> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3CompositePodGroup.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3CompositePodGroup> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3CompositePodGroup.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code readNamespacedCompositePodGroupStatus}: GET {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups/{name}/status}.
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call readNamespacedCompositePodGroupStatusCall(String name, String namespace, String pretty, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling readNamespacedCompositePodGroupStatus");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling readNamespacedCompositePodGroupStatus");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups/{name}/status"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3CompositePodGroup.class, _callback);
  }

  /**
   * read status of the specified CompositePodGroup
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @return V1alpha3CompositePodGroup
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3CompositePodGroup readNamespacedCompositePodGroupStatus(String name, String namespace, String pretty) throws ApiException {
    ApiResponse<V1alpha3CompositePodGroup> localVarResp = localVarApiClient.execute(readNamespacedCompositePodGroupStatusCall(name, namespace, pretty, null), V1alpha3CompositePodGroup.class);
    return localVarResp.getData();
  }

  /**
   * read status of the specified CompositePodGroup
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreadNamespacedCompositePodGroupStatusRequest readNamespacedCompositePodGroupStatus(String name, String namespace) {
    return new APIreadNamespacedCompositePodGroupStatusRequest(name, namespace);
  }

  /** {@code readNamespacedCompositePodGroupStatus} with its optional parameters chained, then executed. */
  public class APIreadNamespacedCompositePodGroupStatusRequest {
    private final String name;
    private final String namespace;
    private String pretty;

    private APIreadNamespacedCompositePodGroupStatusRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreadNamespacedCompositePodGroupStatusRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return readNamespacedCompositePodGroupStatusCall(name, namespace, pretty, _callback);
    }

    public V1alpha3CompositePodGroup execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3CompositePodGroup> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3CompositePodGroup.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3CompositePodGroup> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3CompositePodGroup.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code readNamespacedPodGroup}: GET {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups/{name}}.
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call readNamespacedPodGroupCall(String name, String namespace, String pretty, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling readNamespacedPodGroup");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling readNamespacedPodGroup");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3PodGroup.class, _callback);
  }

  /**
   * read the specified PodGroup
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @return V1alpha3PodGroup
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3PodGroup readNamespacedPodGroup(String name, String namespace, String pretty) throws ApiException {
    ApiResponse<V1alpha3PodGroup> localVarResp = localVarApiClient.execute(readNamespacedPodGroupCall(name, namespace, pretty, null), V1alpha3PodGroup.class);
    return localVarResp.getData();
  }

  /**
   * read the specified PodGroup
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreadNamespacedPodGroupRequest readNamespacedPodGroup(String name, String namespace) {
    return new APIreadNamespacedPodGroupRequest(name, namespace);
  }

  /** {@code readNamespacedPodGroup} with its optional parameters chained, then executed. */
  public class APIreadNamespacedPodGroupRequest {
    private final String name;
    private final String namespace;
    private String pretty;

    private APIreadNamespacedPodGroupRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreadNamespacedPodGroupRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return readNamespacedPodGroupCall(name, namespace, pretty, _callback);
    }

    public V1alpha3PodGroup execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3PodGroup> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3PodGroup.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3PodGroup> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3PodGroup.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code readNamespacedPodGroupStatus}: GET {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups/{name}/status}.
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call readNamespacedPodGroupStatusCall(String name, String namespace, String pretty, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling readNamespacedPodGroupStatus");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling readNamespacedPodGroupStatus");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups/{name}/status"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3PodGroup.class, _callback);
  }

  /**
   * read status of the specified PodGroup
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @return V1alpha3PodGroup
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3PodGroup readNamespacedPodGroupStatus(String name, String namespace, String pretty) throws ApiException {
    ApiResponse<V1alpha3PodGroup> localVarResp = localVarApiClient.execute(readNamespacedPodGroupStatusCall(name, namespace, pretty, null), V1alpha3PodGroup.class);
    return localVarResp.getData();
  }

  /**
   * read status of the specified PodGroup
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreadNamespacedPodGroupStatusRequest readNamespacedPodGroupStatus(String name, String namespace) {
    return new APIreadNamespacedPodGroupStatusRequest(name, namespace);
  }

  /** {@code readNamespacedPodGroupStatus} with its optional parameters chained, then executed. */
  public class APIreadNamespacedPodGroupStatusRequest {
    private final String name;
    private final String namespace;
    private String pretty;

    private APIreadNamespacedPodGroupStatusRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreadNamespacedPodGroupStatusRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return readNamespacedPodGroupStatusCall(name, namespace, pretty, _callback);
    }

    public V1alpha3PodGroup execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3PodGroup> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3PodGroup.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3PodGroup> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3PodGroup.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code readNamespacedWorkload}: GET {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/workloads/{name}}.
   *
   * @param name name of the Workload
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call readNamespacedWorkloadCall(String name, String namespace, String pretty, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling readNamespacedWorkload");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling readNamespacedWorkload");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/workloads/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3Workload.class, _callback);
  }

  /**
   * read the specified Workload
   *
   * @param name name of the Workload
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @return V1alpha3Workload
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3Workload readNamespacedWorkload(String name, String namespace, String pretty) throws ApiException {
    ApiResponse<V1alpha3Workload> localVarResp = localVarApiClient.execute(readNamespacedWorkloadCall(name, namespace, pretty, null), V1alpha3Workload.class);
    return localVarResp.getData();
  }

  /**
   * read the specified Workload
   *
   * @param name name of the Workload
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreadNamespacedWorkloadRequest readNamespacedWorkload(String name, String namespace) {
    return new APIreadNamespacedWorkloadRequest(name, namespace);
  }

  /** {@code readNamespacedWorkload} with its optional parameters chained, then executed. */
  public class APIreadNamespacedWorkloadRequest {
    private final String name;
    private final String namespace;
    private String pretty;

    private APIreadNamespacedWorkloadRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreadNamespacedWorkloadRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return readNamespacedWorkloadCall(name, namespace, pretty, _callback);
    }

    public V1alpha3Workload execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3Workload> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3Workload.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3Workload> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3Workload.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceNamespacedCompositePodGroup}: PUT {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups/{name}}.
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call replaceNamespacedCompositePodGroupCall(String name, String namespace, V1alpha3CompositePodGroup body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceNamespacedCompositePodGroup");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling replaceNamespacedCompositePodGroup");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceNamespacedCompositePodGroup");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3CompositePodGroup.class, _callback);
  }

  /**
   * replace the specified CompositePodGroup
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1alpha3CompositePodGroup
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3CompositePodGroup replaceNamespacedCompositePodGroup(String name, String namespace, V1alpha3CompositePodGroup body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1alpha3CompositePodGroup> localVarResp = localVarApiClient.execute(replaceNamespacedCompositePodGroupCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), V1alpha3CompositePodGroup.class);
    return localVarResp.getData();
  }

  /**
   * replace the specified CompositePodGroup
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceNamespacedCompositePodGroupRequest replaceNamespacedCompositePodGroup(String name, String namespace, V1alpha3CompositePodGroup body) {
    return new APIreplaceNamespacedCompositePodGroupRequest(name, namespace, body);
  }

  /** {@code replaceNamespacedCompositePodGroup} with its optional parameters chained, then executed. */
  public class APIreplaceNamespacedCompositePodGroupRequest {
    private final String name;
    private final String namespace;
    private final V1alpha3CompositePodGroup body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceNamespacedCompositePodGroupRequest(String name, String namespace, V1alpha3CompositePodGroup body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreplaceNamespacedCompositePodGroupRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIreplaceNamespacedCompositePodGroupRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIreplaceNamespacedCompositePodGroupRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIreplaceNamespacedCompositePodGroupRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceNamespacedCompositePodGroupCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1alpha3CompositePodGroup execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3CompositePodGroup> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3CompositePodGroup.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3CompositePodGroup> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3CompositePodGroup.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceNamespacedCompositePodGroupStatus}: PUT {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups/{name}/status}.
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call replaceNamespacedCompositePodGroupStatusCall(String name, String namespace, V1alpha3CompositePodGroup body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceNamespacedCompositePodGroupStatus");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling replaceNamespacedCompositePodGroupStatus");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceNamespacedCompositePodGroupStatus");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/compositepodgroups/{name}/status"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3CompositePodGroup.class, _callback);
  }

  /**
   * replace status of the specified CompositePodGroup
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1alpha3CompositePodGroup
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3CompositePodGroup replaceNamespacedCompositePodGroupStatus(String name, String namespace, V1alpha3CompositePodGroup body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1alpha3CompositePodGroup> localVarResp = localVarApiClient.execute(replaceNamespacedCompositePodGroupStatusCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), V1alpha3CompositePodGroup.class);
    return localVarResp.getData();
  }

  /**
   * replace status of the specified CompositePodGroup
   *
   * @param name name of the CompositePodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceNamespacedCompositePodGroupStatusRequest replaceNamespacedCompositePodGroupStatus(String name, String namespace, V1alpha3CompositePodGroup body) {
    return new APIreplaceNamespacedCompositePodGroupStatusRequest(name, namespace, body);
  }

  /** {@code replaceNamespacedCompositePodGroupStatus} with its optional parameters chained, then executed. */
  public class APIreplaceNamespacedCompositePodGroupStatusRequest {
    private final String name;
    private final String namespace;
    private final V1alpha3CompositePodGroup body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceNamespacedCompositePodGroupStatusRequest(String name, String namespace, V1alpha3CompositePodGroup body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreplaceNamespacedCompositePodGroupStatusRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIreplaceNamespacedCompositePodGroupStatusRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIreplaceNamespacedCompositePodGroupStatusRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIreplaceNamespacedCompositePodGroupStatusRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceNamespacedCompositePodGroupStatusCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1alpha3CompositePodGroup execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3CompositePodGroup> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3CompositePodGroup.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3CompositePodGroup> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3CompositePodGroup.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceNamespacedPodGroup}: PUT {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups/{name}}.
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call replaceNamespacedPodGroupCall(String name, String namespace, V1alpha3PodGroup body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceNamespacedPodGroup");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling replaceNamespacedPodGroup");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceNamespacedPodGroup");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3PodGroup.class, _callback);
  }

  /**
   * replace the specified PodGroup
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1alpha3PodGroup
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3PodGroup replaceNamespacedPodGroup(String name, String namespace, V1alpha3PodGroup body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1alpha3PodGroup> localVarResp = localVarApiClient.execute(replaceNamespacedPodGroupCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), V1alpha3PodGroup.class);
    return localVarResp.getData();
  }

  /**
   * replace the specified PodGroup
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceNamespacedPodGroupRequest replaceNamespacedPodGroup(String name, String namespace, V1alpha3PodGroup body) {
    return new APIreplaceNamespacedPodGroupRequest(name, namespace, body);
  }

  /** {@code replaceNamespacedPodGroup} with its optional parameters chained, then executed. */
  public class APIreplaceNamespacedPodGroupRequest {
    private final String name;
    private final String namespace;
    private final V1alpha3PodGroup body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceNamespacedPodGroupRequest(String name, String namespace, V1alpha3PodGroup body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreplaceNamespacedPodGroupRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIreplaceNamespacedPodGroupRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIreplaceNamespacedPodGroupRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIreplaceNamespacedPodGroupRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceNamespacedPodGroupCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1alpha3PodGroup execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3PodGroup> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3PodGroup.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3PodGroup> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3PodGroup.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceNamespacedPodGroupStatus}: PUT {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups/{name}/status}.
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call replaceNamespacedPodGroupStatusCall(String name, String namespace, V1alpha3PodGroup body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceNamespacedPodGroupStatus");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling replaceNamespacedPodGroupStatus");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceNamespacedPodGroupStatus");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/podgroups/{name}/status"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3PodGroup.class, _callback);
  }

  /**
   * replace status of the specified PodGroup
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1alpha3PodGroup
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3PodGroup replaceNamespacedPodGroupStatus(String name, String namespace, V1alpha3PodGroup body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1alpha3PodGroup> localVarResp = localVarApiClient.execute(replaceNamespacedPodGroupStatusCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), V1alpha3PodGroup.class);
    return localVarResp.getData();
  }

  /**
   * replace status of the specified PodGroup
   *
   * @param name name of the PodGroup
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceNamespacedPodGroupStatusRequest replaceNamespacedPodGroupStatus(String name, String namespace, V1alpha3PodGroup body) {
    return new APIreplaceNamespacedPodGroupStatusRequest(name, namespace, body);
  }

  /** {@code replaceNamespacedPodGroupStatus} with its optional parameters chained, then executed. */
  public class APIreplaceNamespacedPodGroupStatusRequest {
    private final String name;
    private final String namespace;
    private final V1alpha3PodGroup body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceNamespacedPodGroupStatusRequest(String name, String namespace, V1alpha3PodGroup body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreplaceNamespacedPodGroupStatusRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIreplaceNamespacedPodGroupStatusRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIreplaceNamespacedPodGroupStatusRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIreplaceNamespacedPodGroupStatusRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceNamespacedPodGroupStatusCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1alpha3PodGroup execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3PodGroup> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3PodGroup.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3PodGroup> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3PodGroup.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceNamespacedWorkload}: PUT {@code /apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/workloads/{name}}.
   *
   * @param name name of the Workload
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call replaceNamespacedWorkloadCall(String name, String namespace, V1alpha3Workload body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceNamespacedWorkload");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling replaceNamespacedWorkload");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceNamespacedWorkload");
    }
    String localVarPath = "/apis/scheduling.k8s.io/v1alpha3/namespaces/{namespace}/workloads/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha3Workload.class, _callback);
  }

  /**
   * replace the specified Workload
   *
   * @param name name of the Workload
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1alpha3Workload
   * @throws ApiException when the server answers with an error
   */
  public V1alpha3Workload replaceNamespacedWorkload(String name, String namespace, V1alpha3Workload body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1alpha3Workload> localVarResp = localVarApiClient.execute(replaceNamespacedWorkloadCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), V1alpha3Workload.class);
    return localVarResp.getData();
  }

  /**
   * replace the specified Workload
   *
   * @param name name of the Workload
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceNamespacedWorkloadRequest replaceNamespacedWorkload(String name, String namespace, V1alpha3Workload body) {
    return new APIreplaceNamespacedWorkloadRequest(name, namespace, body);
  }

  /** {@code replaceNamespacedWorkload} with its optional parameters chained, then executed. */
  public class APIreplaceNamespacedWorkloadRequest {
    private final String name;
    private final String namespace;
    private final V1alpha3Workload body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceNamespacedWorkloadRequest(String name, String namespace, V1alpha3Workload body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreplaceNamespacedWorkloadRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIreplaceNamespacedWorkloadRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIreplaceNamespacedWorkloadRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIreplaceNamespacedWorkloadRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceNamespacedWorkloadCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1alpha3Workload execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha3Workload> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha3Workload.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha3Workload> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha3Workload.class, _callback);
      return localVarCall;
    }
  }
}
