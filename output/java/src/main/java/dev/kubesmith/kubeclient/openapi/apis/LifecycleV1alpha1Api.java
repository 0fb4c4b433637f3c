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
import dev.kubesmith.kubeclient.openapi.models.V1alpha1Eviction;
import dev.kubesmith.kubeclient.openapi.models.V1alpha1EvictionList;
import dev.kubesmith.kubeclient.openapi.models.V1alpha1EvictionRequest;
import dev.kubesmith.kubeclient.openapi.models.V1alpha1EvictionRequestList;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations of {@code lifecycle_v1alpha1}, in both of client-java's call styles: required
 * parameters positional with optional ones chained on a request object ({@code
 * api.listNamespacedPod("default").limit(50).execute()}), and every parameter positional
 * in spec order ({@code api.listNamespacedPod("default", null, ...)}, and {@code ...Call(...,
 * callback)} for {@code Watch.createWatch} and {@code PatchUtils.patch}).
 */
public class LifecycleV1alpha1Api {
  private ApiClient localVarApiClient;

  public LifecycleV1alpha1Api() {
    this(Configuration.getDefaultApiClient());
  }

  public LifecycleV1alpha1Api(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  public ApiClient getApiClient() {
    return localVarApiClient;
  }

  public void setApiClient(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  /**
   * The request of {@code createNamespacedEviction}: POST {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions}.
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
  public Call createNamespacedEvictionCall(String namespace, V1alpha1Eviction body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling createNamespacedEviction");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling createNamespacedEviction");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions"
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("POST", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha1Eviction.class, _callback);
  }

  /**
   * create an Eviction
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1alpha1Eviction
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1Eviction createNamespacedEviction(String namespace, V1alpha1Eviction body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1alpha1Eviction> localVarResp = localVarApiClient.execute(createNamespacedEvictionCall(namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), V1alpha1Eviction.class);
    return localVarResp.getData();
  }

  /**
   * create an Eviction
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIcreateNamespacedEvictionRequest createNamespacedEviction(String namespace, V1alpha1Eviction body) {
    return new APIcreateNamespacedEvictionRequest(namespace, body);
  }

  /** {@code createNamespacedEviction} with its optional parameters chained, then executed. */
  public class APIcreateNamespacedEvictionRequest {
    private final String namespace;
    private final V1alpha1Eviction body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIcreateNamespacedEvictionRequest(String namespace, V1alpha1Eviction body) {
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIcreateNamespacedEvictionRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIcreateNamespacedEvictionRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIcreateNamespacedEvictionRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIcreateNamespacedEvictionRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return createNamespacedEvictionCall(namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1alpha1Eviction execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1Eviction> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1Eviction.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1Eviction> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1Eviction.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code createNamespacedEvictionRequest}: POST {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests}.
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
  public Call createNamespacedEvictionRequestCall(String namespace, V1alpha1EvictionRequest body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling createNamespacedEvictionRequest");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling createNamespacedEvictionRequest");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests"
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("POST", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha1EvictionRequest.class, _callback);
  }

  /**
   * create an EvictionRequest
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1alpha1EvictionRequest
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1EvictionRequest createNamespacedEvictionRequest(String namespace, V1alpha1EvictionRequest body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1alpha1EvictionRequest> localVarResp = localVarApiClient.execute(createNamespacedEvictionRequestCall(namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), V1alpha1EvictionRequest.class);
    return localVarResp.getData();
  }

  /**
   * create an EvictionRequest
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIcreateNamespacedEvictionRequestRequest createNamespacedEvictionRequest(String namespace, V1alpha1EvictionRequest body) {
    return new APIcreateNamespacedEvictionRequestRequest(namespace, body);
  }

  /** {@code createNamespacedEvictionRequest} with its optional parameters chained, then executed. */
  public class APIcreateNamespacedEvictionRequestRequest {
    private final String namespace;
    private final V1alpha1EvictionRequest body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIcreateNamespacedEvictionRequestRequest(String namespace, V1alpha1EvictionRequest body) {
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIcreateNamespacedEvictionRequestRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIcreateNamespacedEvictionRequestRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIcreateNamespacedEvictionRequestRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIcreateNamespacedEvictionRequestRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return createNamespacedEvictionRequestCall(namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1alpha1EvictionRequest execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1EvictionRequest> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1EvictionRequest.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1EvictionRequest> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1EvictionRequest.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code deleteCollectionNamespacedEviction}: DELETE {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions}.
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
  public Call deleteCollectionNamespacedEvictionCall(String namespace, String pretty, String _continue, String dryRun, String fieldSelector, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, String labelSelector, Integer limit, Boolean orphanDependents, String propagationPolicy, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, V1DeleteOptions body, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling deleteCollectionNamespacedEviction");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions"
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
   * delete collection of Eviction
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
  public Object deleteCollectionNamespacedEviction(String namespace, String pretty, String _continue, String dryRun, String fieldSelector, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, String labelSelector, Integer limit, Boolean orphanDependents, String propagationPolicy, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, V1DeleteOptions body) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteCollectionNamespacedEvictionCall(namespace, pretty, _continue, dryRun, fieldSelector, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, labelSelector, limit, orphanDependents, propagationPolicy, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, body, null), ModelRegistry.class);
    return localVarResp.getData();
  }

  /**
   * delete collection of Eviction
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteCollectionNamespacedEvictionRequest deleteCollectionNamespacedEviction(String namespace) {
    return new APIdeleteCollectionNamespacedEvictionRequest(namespace);
  }

  /** {@code deleteCollectionNamespacedEviction} with its optional parameters chained, then executed. */
  public class APIdeleteCollectionNamespacedEvictionRequest {
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

    private APIdeleteCollectionNamespacedEvictionRequest(String namespace) {
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequest ignoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
      this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param body (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequest body(V1DeleteOptions body) {
      this.body = body;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteCollectionNamespacedEvictionCall(namespace, pretty, _continue, dryRun, fieldSelector, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, labelSelector, limit, orphanDependents, propagationPolicy, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, body, _callback);
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
   * The request of {@code deleteCollectionNamespacedEvictionRequest}: DELETE {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests}.
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
  public Call deleteCollectionNamespacedEvictionRequestCall(String namespace, String pretty, String _continue, String dryRun, String fieldSelector, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, String labelSelector, Integer limit, Boolean orphanDependents, String propagationPolicy, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, V1DeleteOptions body, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling deleteCollectionNamespacedEvictionRequest");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests"
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
   * delete collection of EvictionRequest
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
  public Object deleteCollectionNamespacedEvictionRequest(String namespace, String pretty, String _continue, String dryRun, String fieldSelector, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, String labelSelector, Integer limit, Boolean orphanDependents, String propagationPolicy, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, V1DeleteOptions body) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteCollectionNamespacedEvictionRequestCall(namespace, pretty, _continue, dryRun, fieldSelector, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, labelSelector, limit, orphanDependents, propagationPolicy, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, body, null), ModelRegistry.class);
    return localVarResp.getData();
  }

  /**
   * delete collection of EvictionRequest
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteCollectionNamespacedEvictionRequestRequest deleteCollectionNamespacedEvictionRequest(String namespace) {
    return new APIdeleteCollectionNamespacedEvictionRequestRequest(namespace);
  }

  /** {@code deleteCollectionNamespacedEvictionRequest} with its optional parameters chained, then executed. */
  public class APIdeleteCollectionNamespacedEvictionRequestRequest {
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

    private APIdeleteCollectionNamespacedEvictionRequestRequest(String namespace) {
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequestRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequestRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequestRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequestRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequestRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequestRequest ignoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
      this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequestRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequestRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequestRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequestRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequestRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequestRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequestRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequestRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequestRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param body (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionNamespacedEvictionRequestRequest body(V1DeleteOptions body) {
      this.body = body;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteCollectionNamespacedEvictionRequestCall(namespace, pretty, _continue, dryRun, fieldSelector, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, labelSelector, limit, orphanDependents, propagationPolicy, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, body, _callback);
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
   * The request of {@code deleteNamespacedEviction}: DELETE {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions/{name}}.
   *
   * @param name name of the Eviction
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
  public Call deleteNamespacedEvictionCall(String name, String namespace, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling deleteNamespacedEviction");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling deleteNamespacedEviction");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions/{name}"
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
   * delete an Eviction
   *
   * @param name name of the Eviction
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
  public Object deleteNamespacedEviction(String name, String namespace, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteNamespacedEvictionCall(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, null), ModelRegistry.class);
    return localVarResp.getData();
  }

  /**
   * delete an Eviction
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteNamespacedEvictionRequest deleteNamespacedEviction(String name, String namespace) {
    return new APIdeleteNamespacedEvictionRequest(name, namespace);
  }

  /** {@code deleteNamespacedEviction} with its optional parameters chained, then executed. */
  public class APIdeleteNamespacedEvictionRequest {
    private final String name;
    private final String namespace;
    private String pretty;
    private String dryRun;
    private Integer gracePeriodSeconds;
    private Boolean ignoreStoreReadErrorWithClusterBreakingPotential;
    private Boolean orphanDependents;
    private String propagationPolicy;
    private V1DeleteOptions body;

    private APIdeleteNamespacedEvictionRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIdeleteNamespacedEvictionRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIdeleteNamespacedEvictionRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
     * @return this request
     */
    public APIdeleteNamespacedEvictionRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
     * @return this request
     */
    public APIdeleteNamespacedEvictionRequest ignoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
      this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
      return this;
    }

    /**
     * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
     * @return this request
     */
    public APIdeleteNamespacedEvictionRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
     * @return this request
     */
    public APIdeleteNamespacedEvictionRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param body (no description in the spec)
     * @return this request
     */
    public APIdeleteNamespacedEvictionRequest body(V1DeleteOptions body) {
      this.body = body;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteNamespacedEvictionCall(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, _callback);
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
   * The request of {@code deleteNamespacedEvictionRequest}: DELETE {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests/{name}}.
   *
   * @param name name of the EvictionRequest
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
  public Call deleteNamespacedEvictionRequestCall(String name, String namespace, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling deleteNamespacedEvictionRequest");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling deleteNamespacedEvictionRequest");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests/{name}"
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
   * delete an EvictionRequest
   *
   * @param name name of the EvictionRequest
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
  public Object deleteNamespacedEvictionRequest(String name, String namespace, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteNamespacedEvictionRequestCall(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, null), ModelRegistry.class);
    return localVarResp.getData();
  }

  /**
   * delete an EvictionRequest
   *
   * @param name name of the EvictionRequest
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteNamespacedEvictionRequestRequest deleteNamespacedEvictionRequest(String name, String namespace) {
    return new APIdeleteNamespacedEvictionRequestRequest(name, namespace);
  }

  /** {@code deleteNamespacedEvictionRequest} with its optional parameters chained, then executed. */
  public class APIdeleteNamespacedEvictionRequestRequest {
    private final String name;
    private final String namespace;
    private String pretty;
    private String dryRun;
    private Integer gracePeriodSeconds;
    private Boolean ignoreStoreReadErrorWithClusterBreakingPotential;
    private Boolean orphanDependents;
    private String propagationPolicy;
    private V1DeleteOptions body;

    private APIdeleteNamespacedEvictionRequestRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIdeleteNamespacedEvictionRequestRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIdeleteNamespacedEvictionRequestRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
     * @return this request
     */
    public APIdeleteNamespacedEvictionRequestRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
     * @return this request
     */
    public APIdeleteNamespacedEvictionRequestRequest ignoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
      this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
      return this;
    }

    /**
     * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
     * @return this request
     */
    public APIdeleteNamespacedEvictionRequestRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
     * @return this request
     */
    public APIdeleteNamespacedEvictionRequestRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param body (no description in the spec)
     * @return this request
     */
    public APIdeleteNamespacedEvictionRequestRequest body(V1DeleteOptions body) {
      this.body = body;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteNamespacedEvictionRequestCall(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, _callback);
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
   * The request of {@code getAPIResources}: GET {@code /apis/lifecycle.k8s.io/v1alpha1/}.
   *
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call getAPIResourcesCall(final ApiCallback<?> _callback) throws ApiException {
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/";
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
   * The request of {@code listEvictionForAllNamespaces}: GET {@code /apis/lifecycle.k8s.io/v1alpha1/evictions}.
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
  public Call listEvictionForAllNamespacesCall(Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String pretty, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch, final ApiCallback<?> _callback) throws ApiException {
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/evictions";
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
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/cbor-seq", "application/json;stream=watch", "application/vnd.kubernetes.protobuf", "application/vnd.kubernetes.protobuf;stream=watch", "application/yaml"}, V1alpha1EvictionList.class, _callback);
  }

  /**
   * list or watch objects of kind Eviction
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
   * @return V1alpha1EvictionList
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1EvictionList listEvictionForAllNamespaces(Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String pretty, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch) throws ApiException {
    ApiResponse<V1alpha1EvictionList> localVarResp = localVarApiClient.execute(listEvictionForAllNamespacesCall(allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, pretty, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, null), V1alpha1EvictionList.class);
    return localVarResp.getData();
  }

  /**
   * list or watch objects of kind Eviction
   *
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIlistEvictionForAllNamespacesRequest listEvictionForAllNamespaces() {
    return new APIlistEvictionForAllNamespacesRequest();
  }

  /** {@code listEvictionForAllNamespaces} with its optional parameters chained, then executed. */
  public class APIlistEvictionForAllNamespacesRequest {
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

    private APIlistEvictionForAllNamespacesRequest() {
    }

    /**
     * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
     * @return this request
     */
    public APIlistEvictionForAllNamespacesRequest allowWatchBookmarks(Boolean allowWatchBookmarks) {
      this.allowWatchBookmarks = allowWatchBookmarks;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIlistEvictionForAllNamespacesRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIlistEvictionForAllNamespacesRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIlistEvictionForAllNamespacesRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIlistEvictionForAllNamespacesRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIlistEvictionForAllNamespacesRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistEvictionForAllNamespacesRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistEvictionForAllNamespacesRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIlistEvictionForAllNamespacesRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIlistEvictionForAllNamespacesRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIlistEvictionForAllNamespacesRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
     * @return this request
     */
    public APIlistEvictionForAllNamespacesRequest watch(Boolean watch) {
      this.watch = watch;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return listEvictionForAllNamespacesCall(allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, pretty, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _callback);
    }

    public V1alpha1EvictionList execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1EvictionList> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1EvictionList.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1EvictionList> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1EvictionList.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code listEvictionRequestForAllNamespaces}: GET {@code /apis/lifecycle.k8s.io/v1alpha1/evictionrequests}.
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
  public Call listEvictionRequestForAllNamespacesCall(Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String pretty, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch, final ApiCallback<?> _callback) throws ApiException {
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/evictionrequests";
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
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/cbor-seq", "application/json;stream=watch", "application/vnd.kubernetes.protobuf", "application/vnd.kubernetes.protobuf;stream=watch", "application/yaml"}, V1alpha1EvictionRequestList.class, _callback);
  }

  /**
   * list or watch objects of kind EvictionRequest
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
   * @return V1alpha1EvictionRequestList
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1EvictionRequestList listEvictionRequestForAllNamespaces(Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String pretty, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch) throws ApiException {
    ApiResponse<V1alpha1EvictionRequestList> localVarResp = localVarApiClient.execute(listEvictionRequestForAllNamespacesCall(allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, pretty, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, null), V1alpha1EvictionRequestList.class);
    return localVarResp.getData();
  }

  /**
   * list or watch objects of kind EvictionRequest
   *
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIlistEvictionRequestForAllNamespacesRequest listEvictionRequestForAllNamespaces() {
    return new APIlistEvictionRequestForAllNamespacesRequest();
  }

  /** {@code listEvictionRequestForAllNamespaces} with its optional parameters chained, then executed. */
  public class APIlistEvictionRequestForAllNamespacesRequest {
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

    private APIlistEvictionRequestForAllNamespacesRequest() {
    }

    /**
     * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
     * @return this request
     */
    public APIlistEvictionRequestForAllNamespacesRequest allowWatchBookmarks(Boolean allowWatchBookmarks) {
      this.allowWatchBookmarks = allowWatchBookmarks;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIlistEvictionRequestForAllNamespacesRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIlistEvictionRequestForAllNamespacesRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIlistEvictionRequestForAllNamespacesRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIlistEvictionRequestForAllNamespacesRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIlistEvictionRequestForAllNamespacesRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistEvictionRequestForAllNamespacesRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistEvictionRequestForAllNamespacesRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIlistEvictionRequestForAllNamespacesRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIlistEvictionRequestForAllNamespacesRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIlistEvictionRequestForAllNamespacesRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
     * @return this request
     */
    public APIlistEvictionRequestForAllNamespacesRequest watch(Boolean watch) {
      this.watch = watch;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return listEvictionRequestForAllNamespacesCall(allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, pretty, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _callback);
    }

    public V1alpha1EvictionRequestList execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1EvictionRequestList> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1EvictionRequestList.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1EvictionRequestList> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1EvictionRequestList.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code listNamespacedEviction}: GET {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions}.
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
  public Call listNamespacedEvictionCall(String namespace, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling listNamespacedEviction");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions"
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
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/cbor-seq", "application/json;stream=watch", "application/vnd.kubernetes.protobuf", "application/vnd.kubernetes.protobuf;stream=watch", "application/yaml"}, V1alpha1EvictionList.class, _callback);
  }

  /**
   * list or watch objects of kind Eviction
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
   * @return V1alpha1EvictionList
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1EvictionList listNamespacedEviction(String namespace, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch) throws ApiException {
    ApiResponse<V1alpha1EvictionList> localVarResp = localVarApiClient.execute(listNamespacedEvictionCall(namespace, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, null), V1alpha1EvictionList.class);
    return localVarResp.getData();
  }

  /**
   * list or watch objects of kind Eviction
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIlistNamespacedEvictionRequest listNamespacedEviction(String namespace) {
    return new APIlistNamespacedEvictionRequest(namespace);
  }

  /** {@code listNamespacedEviction} with its optional parameters chained, then executed. */
  public class APIlistNamespacedEvictionRequest {
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

    private APIlistNamespacedEvictionRequest(String namespace) {
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIlistNamespacedEvictionRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
     * @return this request
     */
    public APIlistNamespacedEvictionRequest allowWatchBookmarks(Boolean allowWatchBookmarks) {
      this.allowWatchBookmarks = allowWatchBookmarks;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIlistNamespacedEvictionRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIlistNamespacedEvictionRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIlistNamespacedEvictionRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIlistNamespacedEvictionRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistNamespacedEvictionRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistNamespacedEvictionRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIlistNamespacedEvictionRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIlistNamespacedEvictionRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIlistNamespacedEvictionRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
     * @return this request
     */
    public APIlistNamespacedEvictionRequest watch(Boolean watch) {
      this.watch = watch;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return listNamespacedEvictionCall(namespace, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _callback);
    }

    public V1alpha1EvictionList execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1EvictionList> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1EvictionList.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1EvictionList> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1EvictionList.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code listNamespacedEvictionRequest}: GET {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests}.
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
  public Call listNamespacedEvictionRequestCall(String namespace, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling listNamespacedEvictionRequest");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests"
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
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/cbor-seq", "application/json;stream=watch", "application/vnd.kubernetes.protobuf", "application/vnd.kubernetes.protobuf;stream=watch", "application/yaml"}, V1alpha1EvictionRequestList.class, _callback);
  }

  /**
   * list or watch objects of kind EvictionRequest
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
   * @return V1alpha1EvictionRequestList
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1EvictionRequestList listNamespacedEvictionRequest(String namespace, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch) throws ApiException {
    ApiResponse<V1alpha1EvictionRequestList> localVarResp = localVarApiClient.execute(listNamespacedEvictionRequestCall(namespace, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, null), V1alpha1EvictionRequestList.class);
    return localVarResp.getData();
  }

  /**
   * list or watch objects of kind EvictionRequest
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIlistNamespacedEvictionRequestRequest listNamespacedEvictionRequest(String namespace) {
    return new APIlistNamespacedEvictionRequestRequest(namespace);
  }

  /** {@code listNamespacedEvictionRequest} with its optional parameters chained, then executed. */
  public class APIlistNamespacedEvictionRequestRequest {
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

    private APIlistNamespacedEvictionRequestRequest(String namespace) {
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIlistNamespacedEvictionRequestRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
     * @return this request
     */
    public APIlistNamespacedEvictionRequestRequest allowWatchBookmarks(Boolean allowWatchBookmarks) {
      this.allowWatchBookmarks = allowWatchBookmarks;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIlistNamespacedEvictionRequestRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIlistNamespacedEvictionRequestRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIlistNamespacedEvictionRequestRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIlistNamespacedEvictionRequestRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistNamespacedEvictionRequestRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistNamespacedEvictionRequestRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIlistNamespacedEvictionRequestRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIlistNamespacedEvictionRequestRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIlistNamespacedEvictionRequestRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
     * @return this request
     */
    public APIlistNamespacedEvictionRequestRequest watch(Boolean watch) {
      this.watch = watch;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return listNamespacedEvictionRequestCall(namespace, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _callback);
    }

    public V1alpha1EvictionRequestList execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1EvictionRequestList> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1EvictionRequestList.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1EvictionRequestList> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1EvictionRequestList.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchNamespacedEviction}: PATCH {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions/{name}}.
   *
   * @param name name of the Eviction
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
  public Call patchNamespacedEvictionCall(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchNamespacedEviction");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling patchNamespacedEviction");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchNamespacedEviction");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/strategic-merge-patch+json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha1Eviction.class, _callback);
  }

  /**
   * partially update the specified Eviction
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @return V1alpha1Eviction
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1Eviction patchNamespacedEviction(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<V1alpha1Eviction> localVarResp = localVarApiClient.execute(patchNamespacedEvictionCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, null), V1alpha1Eviction.class);
    return localVarResp.getData();
  }

  /**
   * partially update the specified Eviction
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchNamespacedEvictionRequest patchNamespacedEviction(String name, String namespace, V1Patch body) {
    return new APIpatchNamespacedEvictionRequest(name, namespace, body);
  }

  /** {@code patchNamespacedEviction} with its optional parameters chained, then executed. */
  public class APIpatchNamespacedEvictionRequest {
    private final String name;
    private final String namespace;
    private final V1Patch body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchNamespacedEvictionRequest(String name, String namespace, V1Patch body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIpatchNamespacedEvictionRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIpatchNamespacedEvictionRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
     * @return this request
     */
    public APIpatchNamespacedEvictionRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIpatchNamespacedEvictionRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
     * @return this request
     */
    public APIpatchNamespacedEvictionRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchNamespacedEvictionCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public V1alpha1Eviction execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1Eviction> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1Eviction.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1Eviction> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1Eviction.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchNamespacedEvictionRequest}: PATCH {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests/{name}}.
   *
   * @param name name of the EvictionRequest
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
  public Call patchNamespacedEvictionRequestCall(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchNamespacedEvictionRequest");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling patchNamespacedEvictionRequest");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchNamespacedEvictionRequest");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/strategic-merge-patch+json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha1EvictionRequest.class, _callback);
  }

  /**
   * partially update the specified EvictionRequest
   *
   * @param name name of the EvictionRequest
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @return V1alpha1EvictionRequest
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1EvictionRequest patchNamespacedEvictionRequest(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<V1alpha1EvictionRequest> localVarResp = localVarApiClient.execute(patchNamespacedEvictionRequestCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, null), V1alpha1EvictionRequest.class);
    return localVarResp.getData();
  }

  /**
   * partially update the specified EvictionRequest
   *
   * @param name name of the EvictionRequest
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchNamespacedEvictionRequestRequest patchNamespacedEvictionRequest(String name, String namespace, V1Patch body) {
    return new APIpatchNamespacedEvictionRequestRequest(name, namespace, body);
  }

  /** {@code patchNamespacedEvictionRequest} with its optional parameters chained, then executed. */
  public class APIpatchNamespacedEvictionRequestRequest {
    private final String name;
    private final String namespace;
    private final V1Patch body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchNamespacedEvictionRequestRequest(String name, String namespace, V1Patch body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIpatchNamespacedEvictionRequestRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIpatchNamespacedEvictionRequestRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
     * @return this request
     */
    public APIpatchNamespacedEvictionRequestRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIpatchNamespacedEvictionRequestRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
     * @return this request
     */
    public APIpatchNamespacedEvictionRequestRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchNamespacedEvictionRequestCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public V1alpha1EvictionRequest execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1EvictionRequest> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1EvictionRequest.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1EvictionRequest> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1EvictionRequest.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchNamespacedEvictionRequestStatus}: PATCH {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests/{name}/status}.
   *
   * @param name name of the EvictionRequest
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
  public Call patchNamespacedEvictionRequestStatusCall(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchNamespacedEvictionRequestStatus");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling patchNamespacedEvictionRequestStatus");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchNamespacedEvictionRequestStatus");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests/{name}/status"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/strategic-merge-patch+json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha1EvictionRequest.class, _callback);
  }

  /**
   * partially update status of the specified EvictionRequest
   *
   * @param name name of the EvictionRequest
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @return V1alpha1EvictionRequest
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1EvictionRequest patchNamespacedEvictionRequestStatus(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<V1alpha1EvictionRequest> localVarResp = localVarApiClient.execute(patchNamespacedEvictionRequestStatusCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, null), V1alpha1EvictionRequest.class);
    return localVarResp.getData();
  }

  /**
   * partially update status of the specified EvictionRequest
   *
   * @param name name of the EvictionRequest
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchNamespacedEvictionRequestStatusRequest patchNamespacedEvictionRequestStatus(String name, String namespace, V1Patch body) {
    return new APIpatchNamespacedEvictionRequestStatusRequest(name, namespace, body);
  }

  /** {@code patchNamespacedEvictionRequestStatus} with its optional parameters chained, then executed. */
  public class APIpatchNamespacedEvictionRequestStatusRequest {
    private final String name;
    private final String namespace;
    private final V1Patch body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchNamespacedEvictionRequestStatusRequest(String name, String namespace, V1Patch body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIpatchNamespacedEvictionRequestStatusRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIpatchNamespacedEvictionRequestStatusRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
     * @return this request
     */
    public APIpatchNamespacedEvictionRequestStatusRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIpatchNamespacedEvictionRequestStatusRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
     * @return this request
     */
    public APIpatchNamespacedEvictionRequestStatusRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchNamespacedEvictionRequestStatusCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public V1alpha1EvictionRequest execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1EvictionRequest> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1EvictionRequest.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1EvictionRequest> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1EvictionRequest.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchNamespacedEvictionStatus}: PATCH {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions/{name}/status}.
   *
   * @param name name of the Eviction
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
  public Call patchNamespacedEvictionStatusCall(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchNamespacedEvictionStatus");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling patchNamespacedEvictionStatus");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchNamespacedEvictionStatus");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions/{name}/status"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/strategic-merge-patch+json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha1Eviction.class, _callback);
  }

  /**
   * partially update status of the specified Eviction
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @return V1alpha1Eviction
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1Eviction patchNamespacedEvictionStatus(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<V1alpha1Eviction> localVarResp = localVarApiClient.execute(patchNamespacedEvictionStatusCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, null), V1alpha1Eviction.class);
    return localVarResp.getData();
  }

  /**
   * partially update status of the specified Eviction
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchNamespacedEvictionStatusRequest patchNamespacedEvictionStatus(String name, String namespace, V1Patch body) {
    return new APIpatchNamespacedEvictionStatusRequest(name, namespace, body);
  }

  /** {@code patchNamespacedEvictionStatus} with its optional parameters chained, then executed. */
  public class APIpatchNamespacedEvictionStatusRequest {
    private final String name;
    private final String namespace;
    private final V1Patch body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchNamespacedEvictionStatusRequest(String name, String namespace, V1Patch body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIpatchNamespacedEvictionStatusRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIpatchNamespacedEvictionStatusRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
     * @return this request
     */
    public APIpatchNamespacedEvictionStatusRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIpatchNamespacedEvictionStatusRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
     * @return this request
     */
    public APIpatchNamespacedEvictionStatusRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchNamespacedEvictionStatusCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public V1alpha1Eviction execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1Eviction> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1Eviction.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1Eviction> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1Eviction.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code readNamespacedEviction}: GET {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions/{name}}.
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call readNamespacedEvictionCall(String name, String namespace, String pretty, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling readNamespacedEviction");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling readNamespacedEviction");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha1Eviction.class, _callback);
  }

  /**
   * read the specified Eviction
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @return V1alpha1Eviction
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1Eviction readNamespacedEviction(String name, String namespace, String pretty) throws ApiException {
    ApiResponse<V1alpha1Eviction> localVarResp = localVarApiClient.execute(readNamespacedEvictionCall(name, namespace, pretty, null), V1alpha1Eviction.class);
    return localVarResp.getData();
  }

  /**
   * read the specified Eviction
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreadNamespacedEvictionRequest readNamespacedEviction(String name, String namespace) {
    return new APIreadNamespacedEvictionRequest(name, namespace);
  }

  /** {@code readNamespacedEviction} with its optional parameters chained, then executed. */
  public class APIreadNamespacedEvictionRequest {
    private final String name;
    private final String namespace;
    private String pretty;

    private APIreadNamespacedEvictionRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreadNamespacedEvictionRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return readNamespacedEvictionCall(name, namespace, pretty, _callback);
    }

    public V1alpha1Eviction execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1Eviction> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1Eviction.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1Eviction> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1Eviction.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code readNamespacedEvictionRequest}: GET {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests/{name}}.
   *
   * @param name name of the EvictionRequest
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call readNamespacedEvictionRequestCall(String name, String namespace, String pretty, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling readNamespacedEvictionRequest");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling readNamespacedEvictionRequest");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha1EvictionRequest.class, _callback);
  }

  /**
   * read the specified EvictionRequest
   *
   * @param name name of the EvictionRequest
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @return V1alpha1EvictionRequest
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1EvictionRequest readNamespacedEvictionRequest(String name, String namespace, String pretty) throws ApiException {
    ApiResponse<V1alpha1EvictionRequest> localVarResp = localVarApiClient.execute(readNamespacedEvictionRequestCall(name, namespace, pretty, null), V1alpha1EvictionRequest.class);
    return localVarResp.getData();
  }

  /**
   * read the specified EvictionRequest
   *
   * @param name name of the EvictionRequest
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreadNamespacedEvictionRequestRequest readNamespacedEvictionRequest(String name, String namespace) {
    return new APIreadNamespacedEvictionRequestRequest(name, namespace);
  }

  /** {@code readNamespacedEvictionRequest} with its optional parameters chained, then executed. */
  public class APIreadNamespacedEvictionRequestRequest {
    private final String name;
    private final String namespace;
    private String pretty;

    private APIreadNamespacedEvictionRequestRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreadNamespacedEvictionRequestRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return readNamespacedEvictionRequestCall(name, namespace, pretty, _callback);
    }

    public V1alpha1EvictionRequest execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1EvictionRequest> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1EvictionRequest.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1EvictionRequest> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1EvictionRequest.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code readNamespacedEvictionRequestStatus}: GET {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests/{name}/status}.
   *
   * @param name name of the EvictionRequest
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call readNamespacedEvictionRequestStatusCall(String name, String namespace, String pretty, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling readNamespacedEvictionRequestStatus");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling readNamespacedEvictionRequestStatus");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests/{name}/status"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha1EvictionRequest.class, _callback);
  }

  /**
   * read status of the specified EvictionRequest
   *
   * @param name name of the EvictionRequest
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @return V1alpha1EvictionRequest
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1EvictionRequest readNamespacedEvictionRequestStatus(String name, String namespace, String pretty) throws ApiException {
    ApiResponse<V1alpha1EvictionRequest> localVarResp = localVarApiClient.execute(readNamespacedEvictionRequestStatusCall(name, namespace, pretty, null), V1alpha1EvictionRequest.class);
    return localVarResp.getData();
  }

  /**
   * read status of the specified EvictionRequest
   *
   * @param name name of the EvictionRequest
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreadNamespacedEvictionRequestStatusRequest readNamespacedEvictionRequestStatus(String name, String namespace) {
    return new APIreadNamespacedEvictionRequestStatusRequest(name, namespace);
  }

  /** {@code readNamespacedEvictionRequestStatus} with its optional parameters chained, then executed. */
  public class APIreadNamespacedEvictionRequestStatusRequest {
    private final String name;
    private final String namespace;
    private String pretty;

    private APIreadNamespacedEvictionRequestStatusRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreadNamespacedEvictionRequestStatusRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return readNamespacedEvictionRequestStatusCall(name, namespace, pretty, _callback);
    }

    public V1alpha1EvictionRequest execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1EvictionRequest> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1EvictionRequest.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1EvictionRequest> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1EvictionRequest.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code readNamespacedEvictionStatus}: GET {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions/{name}/status}.
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call readNamespacedEvictionStatusCall(String name, String namespace, String pretty, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling readNamespacedEvictionStatus");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling readNamespacedEvictionStatus");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions/{name}/status"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha1Eviction.class, _callback);
  }

  /**
   * read status of the specified Eviction
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @return V1alpha1Eviction
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1Eviction readNamespacedEvictionStatus(String name, String namespace, String pretty) throws ApiException {
    ApiResponse<V1alpha1Eviction> localVarResp = localVarApiClient.execute(readNamespacedEvictionStatusCall(name, namespace, pretty, null), V1alpha1Eviction.class);
    return localVarResp.getData();
  }

  /**
   * read status of the specified Eviction
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreadNamespacedEvictionStatusRequest readNamespacedEvictionStatus(String name, String namespace) {
    return new APIreadNamespacedEvictionStatusRequest(name, namespace);
  }

  /** {@code readNamespacedEvictionStatus} with its optional parameters chained, then executed. */
  public class APIreadNamespacedEvictionStatusRequest {
    private final String name;
    private final String namespace;
    private String pretty;

    private APIreadNamespacedEvictionStatusRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreadNamespacedEvictionStatusRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return readNamespacedEvictionStatusCall(name, namespace, pretty, _callback);
    }

    public V1alpha1Eviction execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1Eviction> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1Eviction.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1Eviction> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1Eviction.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceNamespacedEviction}: PUT {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions/{name}}.
   *
   * @param name name of the Eviction
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
  public Call replaceNamespacedEvictionCall(String name, String namespace, V1alpha1Eviction body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceNamespacedEviction");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling replaceNamespacedEviction");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceNamespacedEviction");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha1Eviction.class, _callback);
  }

  /**
   * replace the specified Eviction
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1alpha1Eviction
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1Eviction replaceNamespacedEviction(String name, String namespace, V1alpha1Eviction body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1alpha1Eviction> localVarResp = localVarApiClient.execute(replaceNamespacedEvictionCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), V1alpha1Eviction.class);
    return localVarResp.getData();
  }

  /**
   * replace the specified Eviction
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceNamespacedEvictionRequest replaceNamespacedEviction(String name, String namespace, V1alpha1Eviction body) {
    return new APIreplaceNamespacedEvictionRequest(name, namespace, body);
  }

  /** {@code replaceNamespacedEviction} with its optional parameters chained, then executed. */
  public class APIreplaceNamespacedEvictionRequest {
    private final String name;
    private final String namespace;
    private final V1alpha1Eviction body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceNamespacedEvictionRequest(String name, String namespace, V1alpha1Eviction body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreplaceNamespacedEvictionRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIreplaceNamespacedEvictionRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIreplaceNamespacedEvictionRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIreplaceNamespacedEvictionRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceNamespacedEvictionCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1alpha1Eviction execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1Eviction> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1Eviction.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1Eviction> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1Eviction.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceNamespacedEvictionRequest}: PUT {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests/{name}}.
   *
   * @param name name of the EvictionRequest
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
  public Call replaceNamespacedEvictionRequestCall(String name, String namespace, V1alpha1EvictionRequest body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceNamespacedEvictionRequest");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling replaceNamespacedEvictionRequest");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceNamespacedEvictionRequest");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha1EvictionRequest.class, _callback);
  }

  /**
   * replace the specified EvictionRequest
   *
   * @param name name of the EvictionRequest
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1alpha1EvictionRequest
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1EvictionRequest replaceNamespacedEvictionRequest(String name, String namespace, V1alpha1EvictionRequest body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1alpha1EvictionRequest> localVarResp = localVarApiClient.execute(replaceNamespacedEvictionRequestCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), V1alpha1EvictionRequest.class);
    return localVarResp.getData();
  }

  /**
   * replace the specified EvictionRequest
   *
   * @param name name of the EvictionRequest
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceNamespacedEvictionRequestRequest replaceNamespacedEvictionRequest(String name, String namespace, V1alpha1EvictionRequest body) {
    return new APIreplaceNamespacedEvictionRequestRequest(name, namespace, body);
  }

  /** {@code replaceNamespacedEvictionRequest} with its optional parameters chained, then executed. */
  public class APIreplaceNamespacedEvictionRequestRequest {
    private final String name;
    private final String namespace;
    private final V1alpha1EvictionRequest body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceNamespacedEvictionRequestRequest(String name, String namespace, V1alpha1EvictionRequest body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreplaceNamespacedEvictionRequestRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIreplaceNamespacedEvictionRequestRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIreplaceNamespacedEvictionRequestRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIreplaceNamespacedEvictionRequestRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceNamespacedEvictionRequestCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1alpha1EvictionRequest execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1EvictionRequest> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1EvictionRequest.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1EvictionRequest> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1EvictionRequest.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceNamespacedEvictionRequestStatus}: PUT {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests/{name}/status}.
   *
   * @param name name of the EvictionRequest
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
  public Call replaceNamespacedEvictionRequestStatusCall(String name, String namespace, V1alpha1EvictionRequest body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceNamespacedEvictionRequestStatus");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling replaceNamespacedEvictionRequestStatus");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceNamespacedEvictionRequestStatus");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictionrequests/{name}/status"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha1EvictionRequest.class, _callback);
  }

  /**
   * replace status of the specified EvictionRequest
   *
   * @param name name of the EvictionRequest
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1alpha1EvictionRequest
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1EvictionRequest replaceNamespacedEvictionRequestStatus(String name, String namespace, V1alpha1EvictionRequest body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1alpha1EvictionRequest> localVarResp = localVarApiClient.execute(replaceNamespacedEvictionRequestStatusCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), V1alpha1EvictionRequest.class);
    return localVarResp.getData();
  }

  /**
   * replace status of the specified EvictionRequest
   *
   * @param name name of the EvictionRequest
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceNamespacedEvictionRequestStatusRequest replaceNamespacedEvictionRequestStatus(String name, String namespace, V1alpha1EvictionRequest body) {
    return new APIreplaceNamespacedEvictionRequestStatusRequest(name, namespace, body);
  }

  /** {@code replaceNamespacedEvictionRequestStatus} with its optional parameters chained, then executed. */
  public class APIreplaceNamespacedEvictionRequestStatusRequest {
    private final String name;
    private final String namespace;
    private final V1alpha1EvictionRequest body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceNamespacedEvictionRequestStatusRequest(String name, String namespace, V1alpha1EvictionRequest body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreplaceNamespacedEvictionRequestStatusRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIreplaceNamespacedEvictionRequestStatusRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIreplaceNamespacedEvictionRequestStatusRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIreplaceNamespacedEvictionRequestStatusRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceNamespacedEvictionRequestStatusCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1alpha1EvictionRequest execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1EvictionRequest> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1EvictionRequest.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1EvictionRequest> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1EvictionRequest.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceNamespacedEvictionStatus}: PUT {@code /apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions/{name}/status}.
   *
   * @param name name of the Eviction
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
  public Call replaceNamespacedEvictionStatusCall(String name, String namespace, V1alpha1Eviction body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceNamespacedEvictionStatus");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling replaceNamespacedEvictionStatus");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceNamespacedEvictionStatus");
    }
    String localVarPath = "/apis/lifecycle.k8s.io/v1alpha1/namespaces/{namespace}/evictions/{name}/status"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1alpha1Eviction.class, _callback);
  }

  /**
   * replace status of the specified Eviction
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1alpha1Eviction
   * @throws ApiException when the server answers with an error
   */
  public V1alpha1Eviction replaceNamespacedEvictionStatus(String name, String namespace, V1alpha1Eviction body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1alpha1Eviction> localVarResp = localVarApiClient.execute(replaceNamespacedEvictionStatusCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), V1alpha1Eviction.class);
    return localVarResp.getData();
  }

  /**
   * replace status of the specified Eviction
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceNamespacedEvictionStatusRequest replaceNamespacedEvictionStatus(String name, String namespace, V1alpha1Eviction body) {
    return new APIreplaceNamespacedEvictionStatusRequest(name, namespace, body);
  }

  /** {@code replaceNamespacedEvictionStatus} with its optional parameters chained, then executed. */
  public class APIreplaceNamespacedEvictionStatusRequest {
    private final String name;
    private final String namespace;
    private final V1alpha1Eviction body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceNamespacedEvictionStatusRequest(String name, String namespace, V1alpha1Eviction body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreplaceNamespacedEvictionStatusRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIreplaceNamespacedEvictionStatusRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIreplaceNamespacedEvictionStatusRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIreplaceNamespacedEvictionStatusRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceNamespacedEvictionStatusCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1alpha1Eviction execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1alpha1Eviction> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1alpha1Eviction.class);
    }

    public Call executeAsync(final ApiCallback<V1alpha1Eviction> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1alpha1Eviction.class, _callback);
      return localVarCall;
    }
  }
}
