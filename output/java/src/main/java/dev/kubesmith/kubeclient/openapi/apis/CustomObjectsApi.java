package dev.kubesmith.kubeclient.openapi.apis;

import dev.kubesmith.kubeclient.openapi.ApiCallback;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.ApiResponse;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.openapi.Pair;
import dev.kubesmith.kubeclient.openapi.models.V1APIResourceList;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations of {@code custom_objects}, in both of client-java's call styles: required
 * parameters positional with optional ones chained on a request object ({@code
 * api.listNamespacedPod("default").limit(50).execute()}), and every parameter positional
 * in spec order ({@code api.listNamespacedPod("default", null, ...)}, and {@code ...Call(...,
 * callback)} for {@code Watch.createWatch} and {@code PatchUtils.patch}).
 */
public class CustomObjectsApi {
  private ApiClient localVarApiClient;

  public CustomObjectsApi() {
    this(Configuration.getDefaultApiClient());
  }

  public CustomObjectsApi(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  public ApiClient getApiClient() {
    return localVarApiClient;
  }

  public void setApiClient(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  /**
   * The request of {@code createClusterCustomObject}: POST {@code /apis/{group}/{version}/{plural}}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param body the object (a dict or a model); for patch, the patch document
   * @param pretty (no description in the spec)
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call createClusterCustomObjectCall(String group, String version, String plural, Object body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling createClusterCustomObject");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling createClusterCustomObject");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling createClusterCustomObject");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling createClusterCustomObject");
    }
    String localVarPath = "/apis/{group}/{version}/{plural}"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("POST", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * create a cluster-scoped custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param body the object (a dict or a model); for patch, the patch document
   * @param pretty (no description in the spec)
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object createClusterCustomObject(String group, String version, String plural, Object body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(createClusterCustomObjectCall(group, version, plural, body, pretty, dryRun, fieldManager, fieldValidation, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * create a cluster-scoped custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param body the object (a dict or a model); for patch, the patch document
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIcreateClusterCustomObjectRequest createClusterCustomObject(String group, String version, String plural, Object body) {
    return new APIcreateClusterCustomObjectRequest(group, version, plural, body);
  }

  /** {@code createClusterCustomObject} with its optional parameters chained, then executed. */
  public class APIcreateClusterCustomObjectRequest {
    private final String group;
    private final String version;
    private final String plural;
    private final Object body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIcreateClusterCustomObjectRequest(String group, String version, String plural, Object body) {
      this.group = group;
      this.version = version;
      this.plural = plural;
      this.body = body;
    }

    /**
     * @param pretty (no description in the spec)
     * @return this request
     */
    public APIcreateClusterCustomObjectRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIcreateClusterCustomObjectRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager (no description in the spec)
     * @return this request
     */
    public APIcreateClusterCustomObjectRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation (no description in the spec)
     * @return this request
     */
    public APIcreateClusterCustomObjectRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return createClusterCustomObjectCall(group, version, plural, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code createNamespacedCustomObject}: POST {@code /apis/{group}/{version}/namespaces/{namespace}/{plural}}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param body the object (a dict or a model); for patch, the patch document
   * @param pretty (no description in the spec)
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call createNamespacedCustomObjectCall(String group, String version, String namespace, String plural, Object body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling createNamespacedCustomObject");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling createNamespacedCustomObject");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling createNamespacedCustomObject");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling createNamespacedCustomObject");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling createNamespacedCustomObject");
    }
    String localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("POST", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * create a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param body the object (a dict or a model); for patch, the patch document
   * @param pretty (no description in the spec)
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object createNamespacedCustomObject(String group, String version, String namespace, String plural, Object body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(createNamespacedCustomObjectCall(group, version, namespace, plural, body, pretty, dryRun, fieldManager, fieldValidation, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * create a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param body the object (a dict or a model); for patch, the patch document
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIcreateNamespacedCustomObjectRequest createNamespacedCustomObject(String group, String version, String namespace, String plural, Object body) {
    return new APIcreateNamespacedCustomObjectRequest(group, version, namespace, plural, body);
  }

  /** {@code createNamespacedCustomObject} with its optional parameters chained, then executed. */
  public class APIcreateNamespacedCustomObjectRequest {
    private final String group;
    private final String version;
    private final String namespace;
    private final String plural;
    private final Object body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIcreateNamespacedCustomObjectRequest(String group, String version, String namespace, String plural, Object body) {
      this.group = group;
      this.version = version;
      this.namespace = namespace;
      this.plural = plural;
      this.body = body;
    }

    /**
     * @param pretty (no description in the spec)
     * @return this request
     */
    public APIcreateNamespacedCustomObjectRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIcreateNamespacedCustomObjectRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager (no description in the spec)
     * @return this request
     */
    public APIcreateNamespacedCustomObjectRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation (no description in the spec)
     * @return this request
     */
    public APIcreateNamespacedCustomObjectRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return createNamespacedCustomObjectCall(group, version, namespace, plural, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code deleteClusterCustomObject}: DELETE {@code /apis/{group}/{version}/{plural}/{name}}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param gracePeriodSeconds (no description in the spec)
   * @param orphanDependents (no description in the spec)
   * @param propagationPolicy (no description in the spec)
   * @param dryRun (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call deleteClusterCustomObjectCall(String group, String version, String plural, String name, Integer gracePeriodSeconds, Boolean orphanDependents, String propagationPolicy, String dryRun, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling deleteClusterCustomObject");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling deleteClusterCustomObject");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling deleteClusterCustomObject");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling deleteClusterCustomObject");
    }
    String localVarPath = "/apis/{group}/{version}/{plural}/{name}"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("gracePeriodSeconds", gracePeriodSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("orphanDependents", orphanDependents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("propagationPolicy", propagationPolicy));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    return localVarApiClient.buildCall("DELETE", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * delete a cluster custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param gracePeriodSeconds (no description in the spec)
   * @param orphanDependents (no description in the spec)
   * @param propagationPolicy (no description in the spec)
   * @param dryRun (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object deleteClusterCustomObject(String group, String version, String plural, String name, Integer gracePeriodSeconds, Boolean orphanDependents, String propagationPolicy, String dryRun) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteClusterCustomObjectCall(group, version, plural, name, gracePeriodSeconds, orphanDependents, propagationPolicy, dryRun, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * delete a cluster custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteClusterCustomObjectRequest deleteClusterCustomObject(String group, String version, String plural, String name) {
    return new APIdeleteClusterCustomObjectRequest(group, version, plural, name);
  }

  /** {@code deleteClusterCustomObject} with its optional parameters chained, then executed. */
  public class APIdeleteClusterCustomObjectRequest {
    private final String group;
    private final String version;
    private final String plural;
    private final String name;
    private Integer gracePeriodSeconds;
    private Boolean orphanDependents;
    private String propagationPolicy;
    private String dryRun;

    private APIdeleteClusterCustomObjectRequest(String group, String version, String plural, String name) {
      this.group = group;
      this.version = version;
      this.plural = plural;
      this.name = name;
    }

    /**
     * @param gracePeriodSeconds (no description in the spec)
     * @return this request
     */
    public APIdeleteClusterCustomObjectRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param orphanDependents (no description in the spec)
     * @return this request
     */
    public APIdeleteClusterCustomObjectRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy (no description in the spec)
     * @return this request
     */
    public APIdeleteClusterCustomObjectRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIdeleteClusterCustomObjectRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteClusterCustomObjectCall(group, version, plural, name, gracePeriodSeconds, orphanDependents, propagationPolicy, dryRun, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code deleteCollectionClusterCustomObject}: DELETE {@code /apis/{group}/{version}/{plural}}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param gracePeriodSeconds (no description in the spec)
   * @param orphanDependents (no description in the spec)
   * @param propagationPolicy (no description in the spec)
   * @param dryRun (no description in the spec)
   * @param labelSelector (no description in the spec)
   * @param fieldSelector (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call deleteCollectionClusterCustomObjectCall(String group, String version, String plural, Integer gracePeriodSeconds, Boolean orphanDependents, String propagationPolicy, String dryRun, String labelSelector, String fieldSelector, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling deleteCollectionClusterCustomObject");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling deleteCollectionClusterCustomObject");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling deleteCollectionClusterCustomObject");
    }
    String localVarPath = "/apis/{group}/{version}/{plural}"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("gracePeriodSeconds", gracePeriodSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("orphanDependents", orphanDependents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("propagationPolicy", propagationPolicy));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("labelSelector", labelSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldSelector", fieldSelector));
    return localVarApiClient.buildCall("DELETE", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * delete a collection of cluster-scoped custom objects
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param gracePeriodSeconds (no description in the spec)
   * @param orphanDependents (no description in the spec)
   * @param propagationPolicy (no description in the spec)
   * @param dryRun (no description in the spec)
   * @param labelSelector (no description in the spec)
   * @param fieldSelector (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object deleteCollectionClusterCustomObject(String group, String version, String plural, Integer gracePeriodSeconds, Boolean orphanDependents, String propagationPolicy, String dryRun, String labelSelector, String fieldSelector) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteCollectionClusterCustomObjectCall(group, version, plural, gracePeriodSeconds, orphanDependents, propagationPolicy, dryRun, labelSelector, fieldSelector, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * delete a collection of cluster-scoped custom objects
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteCollectionClusterCustomObjectRequest deleteCollectionClusterCustomObject(String group, String version, String plural) {
    return new APIdeleteCollectionClusterCustomObjectRequest(group, version, plural);
  }

  /** {@code deleteCollectionClusterCustomObject} with its optional parameters chained, then executed. */
  public class APIdeleteCollectionClusterCustomObjectRequest {
    private final String group;
    private final String version;
    private final String plural;
    private Integer gracePeriodSeconds;
    private Boolean orphanDependents;
    private String propagationPolicy;
    private String dryRun;
    private String labelSelector;
    private String fieldSelector;

    private APIdeleteCollectionClusterCustomObjectRequest(String group, String version, String plural) {
      this.group = group;
      this.version = version;
      this.plural = plural;
    }

    /**
     * @param gracePeriodSeconds (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionClusterCustomObjectRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param orphanDependents (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionClusterCustomObjectRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionClusterCustomObjectRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionClusterCustomObjectRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param labelSelector (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionClusterCustomObjectRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param fieldSelector (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionClusterCustomObjectRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteCollectionClusterCustomObjectCall(group, version, plural, gracePeriodSeconds, orphanDependents, propagationPolicy, dryRun, labelSelector, fieldSelector, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code deleteCollectionNamespacedCustomObject}: DELETE {@code /apis/{group}/{version}/namespaces/{namespace}/{plural}}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param gracePeriodSeconds (no description in the spec)
   * @param orphanDependents (no description in the spec)
   * @param propagationPolicy (no description in the spec)
   * @param dryRun (no description in the spec)
   * @param labelSelector (no description in the spec)
   * @param fieldSelector (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call deleteCollectionNamespacedCustomObjectCall(String group, String version, String namespace, String plural, Integer gracePeriodSeconds, Boolean orphanDependents, String propagationPolicy, String dryRun, String labelSelector, String fieldSelector, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling deleteCollectionNamespacedCustomObject");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling deleteCollectionNamespacedCustomObject");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling deleteCollectionNamespacedCustomObject");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling deleteCollectionNamespacedCustomObject");
    }
    String localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("gracePeriodSeconds", gracePeriodSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("orphanDependents", orphanDependents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("propagationPolicy", propagationPolicy));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("labelSelector", labelSelector));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldSelector", fieldSelector));
    return localVarApiClient.buildCall("DELETE", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * delete a collection of namespaced custom objects
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param gracePeriodSeconds (no description in the spec)
   * @param orphanDependents (no description in the spec)
   * @param propagationPolicy (no description in the spec)
   * @param dryRun (no description in the spec)
   * @param labelSelector (no description in the spec)
   * @param fieldSelector (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object deleteCollectionNamespacedCustomObject(String group, String version, String namespace, String plural, Integer gracePeriodSeconds, Boolean orphanDependents, String propagationPolicy, String dryRun, String labelSelector, String fieldSelector) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteCollectionNamespacedCustomObjectCall(group, version, namespace, plural, gracePeriodSeconds, orphanDependents, propagationPolicy, dryRun, labelSelector, fieldSelector, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * delete a collection of namespaced custom objects
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteCollectionNamespacedCustomObjectRequest deleteCollectionNamespacedCustomObject(String group, String version, String namespace, String plural) {
    return new APIdeleteCollectionNamespacedCustomObjectRequest(group, version, namespace, plural);
  }

  /** {@code deleteCollectionNamespacedCustomObject} with its optional parameters chained, then executed. */
  public class APIdeleteCollectionNamespacedCustomObjectRequest {
    private final String group;
    private final String version;
    private final String namespace;
    private final String plural;
    private Integer gracePeriodSeconds;
    private Boolean orphanDependents;
    private String propagationPolicy;
    private String dryRun;
    private String labelSelector;
    private String fieldSelector;

    private APIdeleteCollectionNamespacedCustomObjectRequest(String group, String version, String namespace, String plural) {
      this.group = group;
      this.version = version;
      this.namespace = namespace;
      this.plural = plural;
    }

    /**
     * @param gracePeriodSeconds (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionNamespacedCustomObjectRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param orphanDependents (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionNamespacedCustomObjectRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionNamespacedCustomObjectRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionNamespacedCustomObjectRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param labelSelector (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionNamespacedCustomObjectRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param fieldSelector (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionNamespacedCustomObjectRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteCollectionNamespacedCustomObjectCall(group, version, namespace, plural, gracePeriodSeconds, orphanDependents, propagationPolicy, dryRun, labelSelector, fieldSelector, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code deleteNamespacedCustomObject}: DELETE {@code /apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param gracePeriodSeconds (no description in the spec)
   * @param orphanDependents (no description in the spec)
   * @param propagationPolicy (no description in the spec)
   * @param dryRun (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call deleteNamespacedCustomObjectCall(String group, String version, String namespace, String plural, String name, Integer gracePeriodSeconds, Boolean orphanDependents, String propagationPolicy, String dryRun, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling deleteNamespacedCustomObject");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling deleteNamespacedCustomObject");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling deleteNamespacedCustomObject");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling deleteNamespacedCustomObject");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling deleteNamespacedCustomObject");
    }
    String localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("gracePeriodSeconds", gracePeriodSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("orphanDependents", orphanDependents));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("propagationPolicy", propagationPolicy));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    return localVarApiClient.buildCall("DELETE", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * delete a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param gracePeriodSeconds (no description in the spec)
   * @param orphanDependents (no description in the spec)
   * @param propagationPolicy (no description in the spec)
   * @param dryRun (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object deleteNamespacedCustomObject(String group, String version, String namespace, String plural, String name, Integer gracePeriodSeconds, Boolean orphanDependents, String propagationPolicy, String dryRun) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteNamespacedCustomObjectCall(group, version, namespace, plural, name, gracePeriodSeconds, orphanDependents, propagationPolicy, dryRun, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * delete a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteNamespacedCustomObjectRequest deleteNamespacedCustomObject(String group, String version, String namespace, String plural, String name) {
    return new APIdeleteNamespacedCustomObjectRequest(group, version, namespace, plural, name);
  }

  /** {@code deleteNamespacedCustomObject} with its optional parameters chained, then executed. */
  public class APIdeleteNamespacedCustomObjectRequest {
    private final String group;
    private final String version;
    private final String namespace;
    private final String plural;
    private final String name;
    private Integer gracePeriodSeconds;
    private Boolean orphanDependents;
    private String propagationPolicy;
    private String dryRun;

    private APIdeleteNamespacedCustomObjectRequest(String group, String version, String namespace, String plural, String name) {
      this.group = group;
      this.version = version;
      this.namespace = namespace;
      this.plural = plural;
      this.name = name;
    }

    /**
     * @param gracePeriodSeconds (no description in the spec)
     * @return this request
     */
    public APIdeleteNamespacedCustomObjectRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param orphanDependents (no description in the spec)
     * @return this request
     */
    public APIdeleteNamespacedCustomObjectRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy (no description in the spec)
     * @return this request
     */
    public APIdeleteNamespacedCustomObjectRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIdeleteNamespacedCustomObjectRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteNamespacedCustomObjectCall(group, version, namespace, plural, name, gracePeriodSeconds, orphanDependents, propagationPolicy, dryRun, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code getAPIResources}: GET {@code /apis/{group}/{version}}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call getAPIResourcesCall(String group, String version, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling getAPIResources");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling getAPIResources");
    }
    String localVarPath = "/apis/{group}/{version}"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, V1APIResourceList.class, _callback);
  }

  /**
   * the resources a group-version serves
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIgetAPIResourcesRequest getAPIResources(String group, String version) {
    return new APIgetAPIResourcesRequest(group, version);
  }

  /** {@code getAPIResources} with its optional parameters chained, then executed. */
  public class APIgetAPIResourcesRequest {
    private final String group;
    private final String version;

    private APIgetAPIResourcesRequest(String group, String version) {
      this.group = group;
      this.version = version;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return getAPIResourcesCall(group, version, _callback);
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
   * The request of {@code getClusterCustomObject}: GET {@code /apis/{group}/{version}/{plural}/{name}}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call getClusterCustomObjectCall(String group, String version, String plural, String name, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling getClusterCustomObject");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling getClusterCustomObject");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling getClusterCustomObject");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling getClusterCustomObject");
    }
    String localVarPath = "/apis/{group}/{version}/{plural}/{name}"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * read the object of a cluster custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIgetClusterCustomObjectRequest getClusterCustomObject(String group, String version, String plural, String name) {
    return new APIgetClusterCustomObjectRequest(group, version, plural, name);
  }

  /** {@code getClusterCustomObject} with its optional parameters chained, then executed. */
  public class APIgetClusterCustomObjectRequest {
    private final String group;
    private final String version;
    private final String plural;
    private final String name;

    private APIgetClusterCustomObjectRequest(String group, String version, String plural, String name) {
      this.group = group;
      this.version = version;
      this.plural = plural;
      this.name = name;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return getClusterCustomObjectCall(group, version, plural, name, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code getClusterCustomObjectScale}: GET {@code /apis/{group}/{version}/{plural}/{name}/scale}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call getClusterCustomObjectScaleCall(String group, String version, String plural, String name, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling getClusterCustomObjectScale");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling getClusterCustomObjectScale");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling getClusterCustomObjectScale");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling getClusterCustomObjectScale");
    }
    String localVarPath = "/apis/{group}/{version}/{plural}/{name}/scale"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * read the scale of a cluster custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIgetClusterCustomObjectScaleRequest getClusterCustomObjectScale(String group, String version, String plural, String name) {
    return new APIgetClusterCustomObjectScaleRequest(group, version, plural, name);
  }

  /** {@code getClusterCustomObjectScale} with its optional parameters chained, then executed. */
  public class APIgetClusterCustomObjectScaleRequest {
    private final String group;
    private final String version;
    private final String plural;
    private final String name;

    private APIgetClusterCustomObjectScaleRequest(String group, String version, String plural, String name) {
      this.group = group;
      this.version = version;
      this.plural = plural;
      this.name = name;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return getClusterCustomObjectScaleCall(group, version, plural, name, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code getClusterCustomObjectStatus}: GET {@code /apis/{group}/{version}/{plural}/{name}/status}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call getClusterCustomObjectStatusCall(String group, String version, String plural, String name, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling getClusterCustomObjectStatus");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling getClusterCustomObjectStatus");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling getClusterCustomObjectStatus");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling getClusterCustomObjectStatus");
    }
    String localVarPath = "/apis/{group}/{version}/{plural}/{name}/status"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * read the status of a cluster custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIgetClusterCustomObjectStatusRequest getClusterCustomObjectStatus(String group, String version, String plural, String name) {
    return new APIgetClusterCustomObjectStatusRequest(group, version, plural, name);
  }

  /** {@code getClusterCustomObjectStatus} with its optional parameters chained, then executed. */
  public class APIgetClusterCustomObjectStatusRequest {
    private final String group;
    private final String version;
    private final String plural;
    private final String name;

    private APIgetClusterCustomObjectStatusRequest(String group, String version, String plural, String name) {
      this.group = group;
      this.version = version;
      this.plural = plural;
      this.name = name;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return getClusterCustomObjectStatusCall(group, version, plural, name, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code getNamespacedCustomObject}: GET {@code /apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call getNamespacedCustomObjectCall(String group, String version, String namespace, String plural, String name, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling getNamespacedCustomObject");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling getNamespacedCustomObject");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling getNamespacedCustomObject");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling getNamespacedCustomObject");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling getNamespacedCustomObject");
    }
    String localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * read the object of a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIgetNamespacedCustomObjectRequest getNamespacedCustomObject(String group, String version, String namespace, String plural, String name) {
    return new APIgetNamespacedCustomObjectRequest(group, version, namespace, plural, name);
  }

  /** {@code getNamespacedCustomObject} with its optional parameters chained, then executed. */
  public class APIgetNamespacedCustomObjectRequest {
    private final String group;
    private final String version;
    private final String namespace;
    private final String plural;
    private final String name;

    private APIgetNamespacedCustomObjectRequest(String group, String version, String namespace, String plural, String name) {
      this.group = group;
      this.version = version;
      this.namespace = namespace;
      this.plural = plural;
      this.name = name;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return getNamespacedCustomObjectCall(group, version, namespace, plural, name, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code getNamespacedCustomObjectScale}: GET {@code /apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/scale}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call getNamespacedCustomObjectScaleCall(String group, String version, String namespace, String plural, String name, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling getNamespacedCustomObjectScale");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling getNamespacedCustomObjectScale");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling getNamespacedCustomObjectScale");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling getNamespacedCustomObjectScale");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling getNamespacedCustomObjectScale");
    }
    String localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/scale"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * read the scale of a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIgetNamespacedCustomObjectScaleRequest getNamespacedCustomObjectScale(String group, String version, String namespace, String plural, String name) {
    return new APIgetNamespacedCustomObjectScaleRequest(group, version, namespace, plural, name);
  }

  /** {@code getNamespacedCustomObjectScale} with its optional parameters chained, then executed. */
  public class APIgetNamespacedCustomObjectScaleRequest {
    private final String group;
    private final String version;
    private final String namespace;
    private final String plural;
    private final String name;

    private APIgetNamespacedCustomObjectScaleRequest(String group, String version, String namespace, String plural, String name) {
      this.group = group;
      this.version = version;
      this.namespace = namespace;
      this.plural = plural;
      this.name = name;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return getNamespacedCustomObjectScaleCall(group, version, namespace, plural, name, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code getNamespacedCustomObjectStatus}: GET {@code /apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/status}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call getNamespacedCustomObjectStatusCall(String group, String version, String namespace, String plural, String name, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling getNamespacedCustomObjectStatus");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling getNamespacedCustomObjectStatus");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling getNamespacedCustomObjectStatus");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling getNamespacedCustomObjectStatus");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling getNamespacedCustomObjectStatus");
    }
    String localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/status"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * read the status of a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIgetNamespacedCustomObjectStatusRequest getNamespacedCustomObjectStatus(String group, String version, String namespace, String plural, String name) {
    return new APIgetNamespacedCustomObjectStatusRequest(group, version, namespace, plural, name);
  }

  /** {@code getNamespacedCustomObjectStatus} with its optional parameters chained, then executed. */
  public class APIgetNamespacedCustomObjectStatusRequest {
    private final String group;
    private final String version;
    private final String namespace;
    private final String plural;
    private final String name;

    private APIgetNamespacedCustomObjectStatusRequest(String group, String version, String namespace, String plural, String name) {
      this.group = group;
      this.version = version;
      this.namespace = namespace;
      this.plural = plural;
      this.name = name;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return getNamespacedCustomObjectStatusCall(group, version, namespace, plural, name, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code listClusterCustomObject}: GET {@code /apis/{group}/{version}/{plural}}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param pretty (no description in the spec)
   * @param allowWatchBookmarks (no description in the spec)
   * @param _continue (no description in the spec)
   * @param fieldSelector (no description in the spec)
   * @param labelSelector (no description in the spec)
   * @param limit (no description in the spec)
   * @param resourceVersion (no description in the spec)
   * @param resourceVersionMatch (no description in the spec)
   * @param sendInitialEvents (no description in the spec)
   * @param timeoutSeconds (no description in the spec)
   * @param watch (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call listClusterCustomObjectCall(String group, String version, String plural, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, Integer timeoutSeconds, Boolean watch, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling listClusterCustomObject");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling listClusterCustomObject");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling listClusterCustomObject");
    }
    String localVarPath = "/apis/{group}/{version}/{plural}"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()));
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
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("timeoutSeconds", timeoutSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("watch", watch));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * list or watch cluster-scoped custom objects
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param pretty (no description in the spec)
   * @param allowWatchBookmarks (no description in the spec)
   * @param _continue (no description in the spec)
   * @param fieldSelector (no description in the spec)
   * @param labelSelector (no description in the spec)
   * @param limit (no description in the spec)
   * @param resourceVersion (no description in the spec)
   * @param resourceVersionMatch (no description in the spec)
   * @param sendInitialEvents (no description in the spec)
   * @param timeoutSeconds (no description in the spec)
   * @param watch (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object listClusterCustomObject(String group, String version, String plural, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, Integer timeoutSeconds, Boolean watch) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(listClusterCustomObjectCall(group, version, plural, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, timeoutSeconds, watch, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * list or watch cluster-scoped custom objects
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIlistClusterCustomObjectRequest listClusterCustomObject(String group, String version, String plural) {
    return new APIlistClusterCustomObjectRequest(group, version, plural);
  }

  /** {@code listClusterCustomObject} with its optional parameters chained, then executed. */
  public class APIlistClusterCustomObjectRequest {
    private final String group;
    private final String version;
    private final String plural;
    private String pretty;
    private Boolean allowWatchBookmarks;
    private String _continue;
    private String fieldSelector;
    private String labelSelector;
    private Integer limit;
    private String resourceVersion;
    private String resourceVersionMatch;
    private Boolean sendInitialEvents;
    private Integer timeoutSeconds;
    private Boolean watch;

    private APIlistClusterCustomObjectRequest(String group, String version, String plural) {
      this.group = group;
      this.version = version;
      this.plural = plural;
    }

    /**
     * @param pretty (no description in the spec)
     * @return this request
     */
    public APIlistClusterCustomObjectRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param allowWatchBookmarks (no description in the spec)
     * @return this request
     */
    public APIlistClusterCustomObjectRequest allowWatchBookmarks(Boolean allowWatchBookmarks) {
      this.allowWatchBookmarks = allowWatchBookmarks;
      return this;
    }

    /**
     * @param _continue (no description in the spec)
     * @return this request
     */
    public APIlistClusterCustomObjectRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param fieldSelector (no description in the spec)
     * @return this request
     */
    public APIlistClusterCustomObjectRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param labelSelector (no description in the spec)
     * @return this request
     */
    public APIlistClusterCustomObjectRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit (no description in the spec)
     * @return this request
     */
    public APIlistClusterCustomObjectRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param resourceVersion (no description in the spec)
     * @return this request
     */
    public APIlistClusterCustomObjectRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch (no description in the spec)
     * @return this request
     */
    public APIlistClusterCustomObjectRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents (no description in the spec)
     * @return this request
     */
    public APIlistClusterCustomObjectRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param timeoutSeconds (no description in the spec)
     * @return this request
     */
    public APIlistClusterCustomObjectRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param watch (no description in the spec)
     * @return this request
     */
    public APIlistClusterCustomObjectRequest watch(Boolean watch) {
      this.watch = watch;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return listClusterCustomObjectCall(group, version, plural, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, timeoutSeconds, watch, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code listCustomObjectForAllNamespaces}: GET {@code /apis/{group}/{version}/{resource_plural}}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param resource_plural the custom resource's plural name, e.g. widgets
   * @param pretty (no description in the spec)
   * @param allowWatchBookmarks (no description in the spec)
   * @param _continue (no description in the spec)
   * @param fieldSelector (no description in the spec)
   * @param labelSelector (no description in the spec)
   * @param limit (no description in the spec)
   * @param resourceVersion (no description in the spec)
   * @param resourceVersionMatch (no description in the spec)
   * @param sendInitialEvents (no description in the spec)
   * @param timeoutSeconds (no description in the spec)
   * @param watch (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call listCustomObjectForAllNamespacesCall(String group, String version, String resource_plural, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, Integer timeoutSeconds, Boolean watch, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling listCustomObjectForAllNamespaces");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling listCustomObjectForAllNamespaces");
    }
    if (resource_plural == null) {
      throw new ApiException("Missing the required parameter 'resource_plural' when calling listCustomObjectForAllNamespaces");
    }
    String localVarPath = "/apis/{group}/{version}/{resource_plural}"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{resource_plural}", localVarApiClient.escapeString(resource_plural.toString()));
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
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("timeoutSeconds", timeoutSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("watch", watch));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * list or watch custom objects of a kind in every namespace
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param resource_plural the custom resource's plural name, e.g. widgets
   * @param pretty (no description in the spec)
   * @param allowWatchBookmarks (no description in the spec)
   * @param _continue (no description in the spec)
   * @param fieldSelector (no description in the spec)
   * @param labelSelector (no description in the spec)
   * @param limit (no description in the spec)
   * @param resourceVersion (no description in the spec)
   * @param resourceVersionMatch (no description in the spec)
   * @param sendInitialEvents (no description in the spec)
   * @param timeoutSeconds (no description in the spec)
   * @param watch (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object listCustomObjectForAllNamespaces(String group, String version, String resource_plural, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, Integer timeoutSeconds, Boolean watch) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(listCustomObjectForAllNamespacesCall(group, version, resource_plural, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, timeoutSeconds, watch, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * list or watch custom objects of a kind in every namespace
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param resource_plural the custom resource's plural name, e.g. widgets
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIlistCustomObjectForAllNamespacesRequest listCustomObjectForAllNamespaces(String group, String version, String resource_plural) {
    return new APIlistCustomObjectForAllNamespacesRequest(group, version, resource_plural);
  }

  /** {@code listCustomObjectForAllNamespaces} with its optional parameters chained, then executed. */
  public class APIlistCustomObjectForAllNamespacesRequest {
    private final String group;
    private final String version;
    private final String resource_plural;
    private String pretty;
    private Boolean allowWatchBookmarks;
    private String _continue;
    private String fieldSelector;
    private String labelSelector;
    private Integer limit;
    private String resourceVersion;
    private String resourceVersionMatch;
    private Boolean sendInitialEvents;
    private Integer timeoutSeconds;
    private Boolean watch;

    private APIlistCustomObjectForAllNamespacesRequest(String group, String version, String resource_plural) {
      this.group = group;
      this.version = version;
      this.resource_plural = resource_plural;
    }

    /**
     * @param pretty (no description in the spec)
     * @return this request
     */
    public APIlistCustomObjectForAllNamespacesRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param allowWatchBookmarks (no description in the spec)
     * @return this request
     */
    public APIlistCustomObjectForAllNamespacesRequest allowWatchBookmarks(Boolean allowWatchBookmarks) {
      this.allowWatchBookmarks = allowWatchBookmarks;
      return this;
    }

    /**
     * @param _continue (no description in the spec)
     * @return this request
     */
    public APIlistCustomObjectForAllNamespacesRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param fieldSelector (no description in the spec)
     * @return this request
     */
    public APIlistCustomObjectForAllNamespacesRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param labelSelector (no description in the spec)
     * @return this request
     */
    public APIlistCustomObjectForAllNamespacesRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit (no description in the spec)
     * @return this request
     */
    public APIlistCustomObjectForAllNamespacesRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param resourceVersion (no description in the spec)
     * @return this request
     */
    public APIlistCustomObjectForAllNamespacesRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch (no description in the spec)
     * @return this request
     */
    public APIlistCustomObjectForAllNamespacesRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents (no description in the spec)
     * @return this request
     */
    public APIlistCustomObjectForAllNamespacesRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param timeoutSeconds (no description in the spec)
     * @return this request
     */
    public APIlistCustomObjectForAllNamespacesRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param watch (no description in the spec)
     * @return this request
     */
    public APIlistCustomObjectForAllNamespacesRequest watch(Boolean watch) {
      this.watch = watch;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return listCustomObjectForAllNamespacesCall(group, version, resource_plural, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, timeoutSeconds, watch, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code listNamespacedCustomObject}: GET {@code /apis/{group}/{version}/namespaces/{namespace}/{plural}}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param pretty (no description in the spec)
   * @param allowWatchBookmarks (no description in the spec)
   * @param _continue (no description in the spec)
   * @param fieldSelector (no description in the spec)
   * @param labelSelector (no description in the spec)
   * @param limit (no description in the spec)
   * @param resourceVersion (no description in the spec)
   * @param resourceVersionMatch (no description in the spec)
   * @param sendInitialEvents (no description in the spec)
   * @param timeoutSeconds (no description in the spec)
   * @param watch (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call listNamespacedCustomObjectCall(String group, String version, String namespace, String plural, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, Integer timeoutSeconds, Boolean watch, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling listNamespacedCustomObject");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling listNamespacedCustomObject");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling listNamespacedCustomObject");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling listNamespacedCustomObject");
    }
    String localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()));
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
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("timeoutSeconds", timeoutSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("watch", watch));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * list or watch namespaced custom objects
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param pretty (no description in the spec)
   * @param allowWatchBookmarks (no description in the spec)
   * @param _continue (no description in the spec)
   * @param fieldSelector (no description in the spec)
   * @param labelSelector (no description in the spec)
   * @param limit (no description in the spec)
   * @param resourceVersion (no description in the spec)
   * @param resourceVersionMatch (no description in the spec)
   * @param sendInitialEvents (no description in the spec)
   * @param timeoutSeconds (no description in the spec)
   * @param watch (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object listNamespacedCustomObject(String group, String version, String namespace, String plural, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, Integer timeoutSeconds, Boolean watch) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(listNamespacedCustomObjectCall(group, version, namespace, plural, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, timeoutSeconds, watch, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * list or watch namespaced custom objects
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIlistNamespacedCustomObjectRequest listNamespacedCustomObject(String group, String version, String namespace, String plural) {
    return new APIlistNamespacedCustomObjectRequest(group, version, namespace, plural);
  }

  /** {@code listNamespacedCustomObject} with its optional parameters chained, then executed. */
  public class APIlistNamespacedCustomObjectRequest {
    private final String group;
    private final String version;
    private final String namespace;
    private final String plural;
    private String pretty;
    private Boolean allowWatchBookmarks;
    private String _continue;
    private String fieldSelector;
    private String labelSelector;
    private Integer limit;
    private String resourceVersion;
    private String resourceVersionMatch;
    private Boolean sendInitialEvents;
    private Integer timeoutSeconds;
    private Boolean watch;

    private APIlistNamespacedCustomObjectRequest(String group, String version, String namespace, String plural) {
      this.group = group;
      this.version = version;
      this.namespace = namespace;
      this.plural = plural;
    }

    /**
     * @param pretty (no description in the spec)
     * @return this request
     */
    public APIlistNamespacedCustomObjectRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param allowWatchBookmarks (no description in the spec)
     * @return this request
     */
    public APIlistNamespacedCustomObjectRequest allowWatchBookmarks(Boolean allowWatchBookmarks) {
      this.allowWatchBookmarks = allowWatchBookmarks;
      return this;
    }

    /**
     * @param _continue (no description in the spec)
     * @return this request
     */
    public APIlistNamespacedCustomObjectRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param fieldSelector (no description in the spec)
     * @return this request
     */
    public APIlistNamespacedCustomObjectRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param labelSelector (no description in the spec)
     * @return this request
     */
    public APIlistNamespacedCustomObjectRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit (no description in the spec)
     * @return this request
     */
    public APIlistNamespacedCustomObjectRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param resourceVersion (no description in the spec)
     * @return this request
     */
    public APIlistNamespacedCustomObjectRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch (no description in the spec)
     * @return this request
     */
    public APIlistNamespacedCustomObjectRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents (no description in the spec)
     * @return this request
     */
    public APIlistNamespacedCustomObjectRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param timeoutSeconds (no description in the spec)
     * @return this request
     */
    public APIlistNamespacedCustomObjectRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param watch (no description in the spec)
     * @return this request
     */
    public APIlistNamespacedCustomObjectRequest watch(Boolean watch) {
      this.watch = watch;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return listNamespacedCustomObjectCall(group, version, namespace, plural, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, timeoutSeconds, watch, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchClusterCustomObject}: PATCH {@code /apis/{group}/{version}/{plural}/{name}}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param force (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call patchClusterCustomObjectCall(String group, String version, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling patchClusterCustomObject");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling patchClusterCustomObject");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling patchClusterCustomObject");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchClusterCustomObject");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchClusterCustomObject");
    }
    String localVarPath = "/apis/{group}/{version}/{plural}/{name}"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/merge-patch+json", new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * partially update the object of a cluster custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param force (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object patchClusterCustomObject(String group, String version, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(patchClusterCustomObjectCall(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, force, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * partially update the object of a cluster custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchClusterCustomObjectRequest patchClusterCustomObject(String group, String version, String plural, String name, Object body) {
    return new APIpatchClusterCustomObjectRequest(group, version, plural, name, body);
  }

  /** {@code patchClusterCustomObject} with its optional parameters chained, then executed. */
  public class APIpatchClusterCustomObjectRequest {
    private final String group;
    private final String version;
    private final String plural;
    private final String name;
    private final Object body;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchClusterCustomObjectRequest(String group, String version, String plural, String name, Object body) {
      this.group = group;
      this.version = version;
      this.plural = plural;
      this.name = name;
      this.body = body;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIpatchClusterCustomObjectRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager (no description in the spec)
     * @return this request
     */
    public APIpatchClusterCustomObjectRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation (no description in the spec)
     * @return this request
     */
    public APIpatchClusterCustomObjectRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force (no description in the spec)
     * @return this request
     */
    public APIpatchClusterCustomObjectRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchClusterCustomObjectCall(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchClusterCustomObjectScale}: PATCH {@code /apis/{group}/{version}/{plural}/{name}/scale}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param force (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call patchClusterCustomObjectScaleCall(String group, String version, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling patchClusterCustomObjectScale");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling patchClusterCustomObjectScale");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling patchClusterCustomObjectScale");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchClusterCustomObjectScale");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchClusterCustomObjectScale");
    }
    String localVarPath = "/apis/{group}/{version}/{plural}/{name}/scale"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/merge-patch+json", new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * partially update the scale of a cluster custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param force (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object patchClusterCustomObjectScale(String group, String version, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(patchClusterCustomObjectScaleCall(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, force, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * partially update the scale of a cluster custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchClusterCustomObjectScaleRequest patchClusterCustomObjectScale(String group, String version, String plural, String name, Object body) {
    return new APIpatchClusterCustomObjectScaleRequest(group, version, plural, name, body);
  }

  /** {@code patchClusterCustomObjectScale} with its optional parameters chained, then executed. */
  public class APIpatchClusterCustomObjectScaleRequest {
    private final String group;
    private final String version;
    private final String plural;
    private final String name;
    private final Object body;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchClusterCustomObjectScaleRequest(String group, String version, String plural, String name, Object body) {
      this.group = group;
      this.version = version;
      this.plural = plural;
      this.name = name;
      this.body = body;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIpatchClusterCustomObjectScaleRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager (no description in the spec)
     * @return this request
     */
    public APIpatchClusterCustomObjectScaleRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation (no description in the spec)
     * @return this request
     */
    public APIpatchClusterCustomObjectScaleRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force (no description in the spec)
     * @return this request
     */
    public APIpatchClusterCustomObjectScaleRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchClusterCustomObjectScaleCall(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchClusterCustomObjectStatus}: PATCH {@code /apis/{group}/{version}/{plural}/{name}/status}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param force (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call patchClusterCustomObjectStatusCall(String group, String version, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling patchClusterCustomObjectStatus");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling patchClusterCustomObjectStatus");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling patchClusterCustomObjectStatus");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchClusterCustomObjectStatus");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchClusterCustomObjectStatus");
    }
    String localVarPath = "/apis/{group}/{version}/{plural}/{name}/status"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/merge-patch+json", new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * partially update the status of a cluster custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param force (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object patchClusterCustomObjectStatus(String group, String version, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(patchClusterCustomObjectStatusCall(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, force, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * partially update the status of a cluster custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchClusterCustomObjectStatusRequest patchClusterCustomObjectStatus(String group, String version, String plural, String name, Object body) {
    return new APIpatchClusterCustomObjectStatusRequest(group, version, plural, name, body);
  }

  /** {@code patchClusterCustomObjectStatus} with its optional parameters chained, then executed. */
  public class APIpatchClusterCustomObjectStatusRequest {
    private final String group;
    private final String version;
    private final String plural;
    private final String name;
    private final Object body;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchClusterCustomObjectStatusRequest(String group, String version, String plural, String name, Object body) {
      this.group = group;
      this.version = version;
      this.plural = plural;
      this.name = name;
      this.body = body;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIpatchClusterCustomObjectStatusRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager (no description in the spec)
     * @return this request
     */
    public APIpatchClusterCustomObjectStatusRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation (no description in the spec)
     * @return this request
     */
    public APIpatchClusterCustomObjectStatusRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force (no description in the spec)
     * @return this request
     */
    public APIpatchClusterCustomObjectStatusRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchClusterCustomObjectStatusCall(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchNamespacedCustomObject}: PATCH {@code /apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param force (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call patchNamespacedCustomObjectCall(String group, String version, String namespace, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling patchNamespacedCustomObject");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling patchNamespacedCustomObject");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling patchNamespacedCustomObject");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling patchNamespacedCustomObject");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchNamespacedCustomObject");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchNamespacedCustomObject");
    }
    String localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/merge-patch+json", new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * partially update the object of a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param force (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object patchNamespacedCustomObject(String group, String version, String namespace, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(patchNamespacedCustomObjectCall(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, force, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * partially update the object of a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchNamespacedCustomObjectRequest patchNamespacedCustomObject(String group, String version, String namespace, String plural, String name, Object body) {
    return new APIpatchNamespacedCustomObjectRequest(group, version, namespace, plural, name, body);
  }

  /** {@code patchNamespacedCustomObject} with its optional parameters chained, then executed. */
  public class APIpatchNamespacedCustomObjectRequest {
    private final String group;
    private final String version;
    private final String namespace;
    private final String plural;
    private final String name;
    private final Object body;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchNamespacedCustomObjectRequest(String group, String version, String namespace, String plural, String name, Object body) {
      this.group = group;
      this.version = version;
      this.namespace = namespace;
      this.plural = plural;
      this.name = name;
      this.body = body;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIpatchNamespacedCustomObjectRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager (no description in the spec)
     * @return this request
     */
    public APIpatchNamespacedCustomObjectRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation (no description in the spec)
     * @return this request
     */
    public APIpatchNamespacedCustomObjectRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force (no description in the spec)
     * @return this request
     */
    public APIpatchNamespacedCustomObjectRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchNamespacedCustomObjectCall(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchNamespacedCustomObjectScale}: PATCH {@code /apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/scale}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param force (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call patchNamespacedCustomObjectScaleCall(String group, String version, String namespace, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling patchNamespacedCustomObjectScale");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling patchNamespacedCustomObjectScale");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling patchNamespacedCustomObjectScale");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling patchNamespacedCustomObjectScale");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchNamespacedCustomObjectScale");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchNamespacedCustomObjectScale");
    }
    String localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/scale"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/merge-patch+json", new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * partially update the scale of a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param force (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object patchNamespacedCustomObjectScale(String group, String version, String namespace, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(patchNamespacedCustomObjectScaleCall(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, force, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * partially update the scale of a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchNamespacedCustomObjectScaleRequest patchNamespacedCustomObjectScale(String group, String version, String namespace, String plural, String name, Object body) {
    return new APIpatchNamespacedCustomObjectScaleRequest(group, version, namespace, plural, name, body);
  }

  /** {@code patchNamespacedCustomObjectScale} with its optional parameters chained, then executed. */
  public class APIpatchNamespacedCustomObjectScaleRequest {
    private final String group;
    private final String version;
    private final String namespace;
    private final String plural;
    private final String name;
    private final Object body;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchNamespacedCustomObjectScaleRequest(String group, String version, String namespace, String plural, String name, Object body) {
      this.group = group;
      this.version = version;
      this.namespace = namespace;
      this.plural = plural;
      this.name = name;
      this.body = body;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIpatchNamespacedCustomObjectScaleRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager (no description in the spec)
     * @return this request
     */
    public APIpatchNamespacedCustomObjectScaleRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation (no description in the spec)
     * @return this request
     */
    public APIpatchNamespacedCustomObjectScaleRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force (no description in the spec)
     * @return this request
     */
    public APIpatchNamespacedCustomObjectScaleRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchNamespacedCustomObjectScaleCall(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchNamespacedCustomObjectStatus}: PATCH {@code /apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/status}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param force (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call patchNamespacedCustomObjectStatusCall(String group, String version, String namespace, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling patchNamespacedCustomObjectStatus");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling patchNamespacedCustomObjectStatus");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling patchNamespacedCustomObjectStatus");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling patchNamespacedCustomObjectStatus");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchNamespacedCustomObjectStatus");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchNamespacedCustomObjectStatus");
    }
    String localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/status"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/merge-patch+json", new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * partially update the status of a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param force (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object patchNamespacedCustomObjectStatus(String group, String version, String namespace, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(patchNamespacedCustomObjectStatusCall(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, force, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * partially update the status of a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchNamespacedCustomObjectStatusRequest patchNamespacedCustomObjectStatus(String group, String version, String namespace, String plural, String name, Object body) {
    return new APIpatchNamespacedCustomObjectStatusRequest(group, version, namespace, plural, name, body);
  }

  /** {@code patchNamespacedCustomObjectStatus} with its optional parameters chained, then executed. */
  public class APIpatchNamespacedCustomObjectStatusRequest {
    private final String group;
    private final String version;
    private final String namespace;
    private final String plural;
    private final String name;
    private final Object body;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchNamespacedCustomObjectStatusRequest(String group, String version, String namespace, String plural, String name, Object body) {
      this.group = group;
      this.version = version;
      this.namespace = namespace;
      this.plural = plural;
      this.name = name;
      this.body = body;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIpatchNamespacedCustomObjectStatusRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager (no description in the spec)
     * @return this request
     */
    public APIpatchNamespacedCustomObjectStatusRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation (no description in the spec)
     * @return this request
     */
    public APIpatchNamespacedCustomObjectStatusRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force (no description in the spec)
     * @return this request
     */
    public APIpatchNamespacedCustomObjectStatusRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchNamespacedCustomObjectStatusCall(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceClusterCustomObject}: PUT {@code /apis/{group}/{version}/{plural}/{name}}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call replaceClusterCustomObjectCall(String group, String version, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling replaceClusterCustomObject");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling replaceClusterCustomObject");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling replaceClusterCustomObject");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceClusterCustomObject");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceClusterCustomObject");
    }
    String localVarPath = "/apis/{group}/{version}/{plural}/{name}"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * replace the object of a cluster custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object replaceClusterCustomObject(String group, String version, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(replaceClusterCustomObjectCall(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * replace the object of a cluster custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceClusterCustomObjectRequest replaceClusterCustomObject(String group, String version, String plural, String name, Object body) {
    return new APIreplaceClusterCustomObjectRequest(group, version, plural, name, body);
  }

  /** {@code replaceClusterCustomObject} with its optional parameters chained, then executed. */
  public class APIreplaceClusterCustomObjectRequest {
    private final String group;
    private final String version;
    private final String plural;
    private final String name;
    private final Object body;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceClusterCustomObjectRequest(String group, String version, String plural, String name, Object body) {
      this.group = group;
      this.version = version;
      this.plural = plural;
      this.name = name;
      this.body = body;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIreplaceClusterCustomObjectRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager (no description in the spec)
     * @return this request
     */
    public APIreplaceClusterCustomObjectRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation (no description in the spec)
     * @return this request
     */
    public APIreplaceClusterCustomObjectRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceClusterCustomObjectCall(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceClusterCustomObjectScale}: PUT {@code /apis/{group}/{version}/{plural}/{name}/scale}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call replaceClusterCustomObjectScaleCall(String group, String version, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling replaceClusterCustomObjectScale");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling replaceClusterCustomObjectScale");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling replaceClusterCustomObjectScale");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceClusterCustomObjectScale");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceClusterCustomObjectScale");
    }
    String localVarPath = "/apis/{group}/{version}/{plural}/{name}/scale"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * replace the scale of a cluster custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object replaceClusterCustomObjectScale(String group, String version, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(replaceClusterCustomObjectScaleCall(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * replace the scale of a cluster custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceClusterCustomObjectScaleRequest replaceClusterCustomObjectScale(String group, String version, String plural, String name, Object body) {
    return new APIreplaceClusterCustomObjectScaleRequest(group, version, plural, name, body);
  }

  /** {@code replaceClusterCustomObjectScale} with its optional parameters chained, then executed. */
  public class APIreplaceClusterCustomObjectScaleRequest {
    private final String group;
    private final String version;
    private final String plural;
    private final String name;
    private final Object body;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceClusterCustomObjectScaleRequest(String group, String version, String plural, String name, Object body) {
      this.group = group;
      this.version = version;
      this.plural = plural;
      this.name = name;
      this.body = body;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIreplaceClusterCustomObjectScaleRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager (no description in the spec)
     * @return this request
     */
    public APIreplaceClusterCustomObjectScaleRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation (no description in the spec)
     * @return this request
     */
    public APIreplaceClusterCustomObjectScaleRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceClusterCustomObjectScaleCall(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceClusterCustomObjectStatus}: PUT {@code /apis/{group}/{version}/{plural}/{name}/status}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call replaceClusterCustomObjectStatusCall(String group, String version, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling replaceClusterCustomObjectStatus");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling replaceClusterCustomObjectStatus");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling replaceClusterCustomObjectStatus");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceClusterCustomObjectStatus");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceClusterCustomObjectStatus");
    }
    String localVarPath = "/apis/{group}/{version}/{plural}/{name}/status"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * replace the status of a cluster custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object replaceClusterCustomObjectStatus(String group, String version, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(replaceClusterCustomObjectStatusCall(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * replace the status of a cluster custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceClusterCustomObjectStatusRequest replaceClusterCustomObjectStatus(String group, String version, String plural, String name, Object body) {
    return new APIreplaceClusterCustomObjectStatusRequest(group, version, plural, name, body);
  }

  /** {@code replaceClusterCustomObjectStatus} with its optional parameters chained, then executed. */
  public class APIreplaceClusterCustomObjectStatusRequest {
    private final String group;
    private final String version;
    private final String plural;
    private final String name;
    private final Object body;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceClusterCustomObjectStatusRequest(String group, String version, String plural, String name, Object body) {
      this.group = group;
      this.version = version;
      this.plural = plural;
      this.name = name;
      this.body = body;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIreplaceClusterCustomObjectStatusRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager (no description in the spec)
     * @return this request
     */
    public APIreplaceClusterCustomObjectStatusRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation (no description in the spec)
     * @return this request
     */
    public APIreplaceClusterCustomObjectStatusRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceClusterCustomObjectStatusCall(group, version, plural, name, body, dryRun, fieldManager, fieldValidation, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceNamespacedCustomObject}: PUT {@code /apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call replaceNamespacedCustomObjectCall(String group, String version, String namespace, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling replaceNamespacedCustomObject");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling replaceNamespacedCustomObject");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling replaceNamespacedCustomObject");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling replaceNamespacedCustomObject");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceNamespacedCustomObject");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceNamespacedCustomObject");
    }
    String localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * replace the object of a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object replaceNamespacedCustomObject(String group, String version, String namespace, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(replaceNamespacedCustomObjectCall(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * replace the object of a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceNamespacedCustomObjectRequest replaceNamespacedCustomObject(String group, String version, String namespace, String plural, String name, Object body) {
    return new APIreplaceNamespacedCustomObjectRequest(group, version, namespace, plural, name, body);
  }

  /** {@code replaceNamespacedCustomObject} with its optional parameters chained, then executed. */
  public class APIreplaceNamespacedCustomObjectRequest {
    private final String group;
    private final String version;
    private final String namespace;
    private final String plural;
    private final String name;
    private final Object body;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceNamespacedCustomObjectRequest(String group, String version, String namespace, String plural, String name, Object body) {
      this.group = group;
      this.version = version;
      this.namespace = namespace;
      this.plural = plural;
      this.name = name;
      this.body = body;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIreplaceNamespacedCustomObjectRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager (no description in the spec)
     * @return this request
     */
    public APIreplaceNamespacedCustomObjectRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation (no description in the spec)
     * @return this request
     */
    public APIreplaceNamespacedCustomObjectRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceNamespacedCustomObjectCall(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceNamespacedCustomObjectScale}: PUT {@code /apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/scale}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call replaceNamespacedCustomObjectScaleCall(String group, String version, String namespace, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling replaceNamespacedCustomObjectScale");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling replaceNamespacedCustomObjectScale");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling replaceNamespacedCustomObjectScale");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling replaceNamespacedCustomObjectScale");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceNamespacedCustomObjectScale");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceNamespacedCustomObjectScale");
    }
    String localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/scale"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * replace the scale of a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object replaceNamespacedCustomObjectScale(String group, String version, String namespace, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(replaceNamespacedCustomObjectScaleCall(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * replace the scale of a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceNamespacedCustomObjectScaleRequest replaceNamespacedCustomObjectScale(String group, String version, String namespace, String plural, String name, Object body) {
    return new APIreplaceNamespacedCustomObjectScaleRequest(group, version, namespace, plural, name, body);
  }

  /** {@code replaceNamespacedCustomObjectScale} with its optional parameters chained, then executed. */
  public class APIreplaceNamespacedCustomObjectScaleRequest {
    private final String group;
    private final String version;
    private final String namespace;
    private final String plural;
    private final String name;
    private final Object body;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceNamespacedCustomObjectScaleRequest(String group, String version, String namespace, String plural, String name, Object body) {
      this.group = group;
      this.version = version;
      this.namespace = namespace;
      this.plural = plural;
      this.name = name;
      this.body = body;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIreplaceNamespacedCustomObjectScaleRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager (no description in the spec)
     * @return this request
     */
    public APIreplaceNamespacedCustomObjectScaleRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation (no description in the spec)
     * @return this request
     */
    public APIreplaceNamespacedCustomObjectScaleRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceNamespacedCustomObjectScaleCall(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceNamespacedCustomObjectStatus}: PUT {@code /apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/status}.
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call replaceNamespacedCustomObjectStatusCall(String group, String version, String namespace, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (group == null) {
      throw new ApiException("Missing the required parameter 'group' when calling replaceNamespacedCustomObjectStatus");
    }
    if (version == null) {
      throw new ApiException("Missing the required parameter 'version' when calling replaceNamespacedCustomObjectStatus");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling replaceNamespacedCustomObjectStatus");
    }
    if (plural == null) {
      throw new ApiException("Missing the required parameter 'plural' when calling replaceNamespacedCustomObjectStatus");
    }
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceNamespacedCustomObjectStatus");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceNamespacedCustomObjectStatus");
    }
    String localVarPath = "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}/status"
        .replace("{group}", localVarApiClient.escapeString(group.toString()))
        .replace("{version}", localVarApiClient.escapeString(version.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()))
        .replace("{plural}", localVarApiClient.escapeString(plural.toString()))
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json"}, Object.class, _callback);
  }

  /**
   * replace the status of a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @param dryRun (no description in the spec)
   * @param fieldManager (no description in the spec)
   * @param fieldValidation (no description in the spec)
   * @return Object
   * @throws ApiException when the server answers with an error
   */
  public Object replaceNamespacedCustomObjectStatus(String group, String version, String namespace, String plural, String name, Object body, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(replaceNamespacedCustomObjectStatusCall(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, null), Object.class);
    return localVarResp.getData();
  }

  /**
   * replace the status of a namespaced custom object
   *
   * @param group the custom resource's API group, e.g. example.com
   * @param version the custom resource's version, e.g. v1
   * @param namespace object name and auth scope, such as for teams and projects
   * @param plural the custom resource's plural name, e.g. widgets
   * @param name the custom object's name
   * @param body the object (a dict or a model); for patch, the patch document
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceNamespacedCustomObjectStatusRequest replaceNamespacedCustomObjectStatus(String group, String version, String namespace, String plural, String name, Object body) {
    return new APIreplaceNamespacedCustomObjectStatusRequest(group, version, namespace, plural, name, body);
  }

  /** {@code replaceNamespacedCustomObjectStatus} with its optional parameters chained, then executed. */
  public class APIreplaceNamespacedCustomObjectStatusRequest {
    private final String group;
    private final String version;
    private final String namespace;
    private final String plural;
    private final String name;
    private final Object body;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceNamespacedCustomObjectStatusRequest(String group, String version, String namespace, String plural, String name, Object body) {
      this.group = group;
      this.version = version;
      this.namespace = namespace;
      this.plural = plural;
      this.name = name;
      this.body = body;
    }

    /**
     * @param dryRun (no description in the spec)
     * @return this request
     */
    public APIreplaceNamespacedCustomObjectStatusRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager (no description in the spec)
     * @return this request
     */
    public APIreplaceNamespacedCustomObjectStatusRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation (no description in the spec)
     * @return this request
     */
    public APIreplaceNamespacedCustomObjectStatusRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceNamespacedCustomObjectStatusCall(group, version, namespace, plural, name, body, dryRun, fieldManager, fieldValidation, _callback);
    }

    public Object execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<Object> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), Object.class);
    }

    public Call executeAsync(final ApiCallback<Object> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, Object.class, _callback);
      return localVarCall;
    }
  }
}
