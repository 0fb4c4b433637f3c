package dev.kubesmith.kubeclient.openapi.apis;

import dev.kubesmith.kubeclient.custom.V1Patch;
import dev.kubesmith.kubeclient.openapi.ApiCallback;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.ApiResponse;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.openapi.Pair;
import dev.kubesmith.kubeclient.openapi.models.CoreV1Event;
import dev.kubesmith.kubeclient.openapi.models.ModelRegistry;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMapList;
import dev.kubesmith.kubeclient.openapi.models.V1DeleteOptions;
import dev.kubesmith.kubeclient.openapi.models.V1Eviction;
import dev.kubesmith.kubeclient.openapi.models.V1Namespace;
import dev.kubesmith.kubeclient.openapi.models.V1NamespaceList;
import dev.kubesmith.kubeclient.openapi.models.V1Status;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations of {@code core_v1}, in both of client-java's call styles: required
 * parameters positional with optional ones chained on a request object ({@code
 * api.listNamespacedPod("default").limit(50).execute()}), and every parameter positional
 * in spec order ({@code api.listNamespacedPod("default", null, ...)}, and {@code ...Call(...,
 * callback)} for {@code Watch.createWatch} and {@code PatchUtils.patch}).
 */
public class CoreV1Api {
  private ApiClient localVarApiClient;

  public CoreV1Api() {
    this(Configuration.getDefaultApiClient());
  }

  public CoreV1Api(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  public ApiClient getApiClient() {
    return localVarApiClient;
  }

  public void setApiClient(ApiClient apiClient) {
    this.localVarApiClient = apiClient;
  }

  /**
   * The request of {@code connectGetNamespacedPodExec}: GET {@code /api/v1/namespaces/{namespace}/pods/{name}/exec}.
   *
   * @param name name of the PodExecOptions
   * @param namespace object name and auth scope, such as for teams and projects
   * @param command Command is the remote command to execute. argv array. Not executed within a shell.
   * @param container Container in which to execute the command. Defaults to only container if there is only one container in the pod.
   * @param stderr Redirect the standard error stream of the pod for this call.
   * @param stdin Redirect the standard input stream of the pod for this call. Defaults to false.
   * @param stdout Redirect the standard output stream of the pod for this call.
   * @param tty TTY if true indicates that a tty will be allocated for the exec call. Defaults to false.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call connectGetNamespacedPodExecCall(String name, String namespace, List<String> command, String container, Boolean stderr, Boolean stdin, Boolean stdout, Boolean tty, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling connectGetNamespacedPodExec");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling connectGetNamespacedPodExec");
    }
    String localVarPath = "/api/v1/namespaces/{namespace}/pods/{name}/exec"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("command", command));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("container", container));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("stderr", stderr));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("stdin", stdin));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("stdout", stdout));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("tty", tty));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, String.class, _callback);
  }

  /**
   * connect GET requests to exec of Pod
   *
   * @param name name of the PodExecOptions
   * @param namespace object name and auth scope, such as for teams and projects
   * @param command Command is the remote command to execute. argv array. Not executed within a shell.
   * @param container Container in which to execute the command. Defaults to only container if there is only one container in the pod.
   * @param stderr Redirect the standard error stream of the pod for this call.
   * @param stdin Redirect the standard input stream of the pod for this call. Defaults to false.
   * @param stdout Redirect the standard output stream of the pod for this call.
   * @param tty TTY if true indicates that a tty will be allocated for the exec call. Defaults to false.
   * @return String
   * @throws ApiException when the server answers with an error
   */
  public String connectGetNamespacedPodExec(String name, String namespace, List<String> command, String container, Boolean stderr, Boolean stdin, Boolean stdout, Boolean tty) throws ApiException {
    ApiResponse<String> localVarResp = localVarApiClient.execute(connectGetNamespacedPodExecCall(name, namespace, command, container, stderr, stdin, stdout, tty, null), String.class);
    return localVarResp.getData();
  }

  /**
   * connect GET requests to exec of Pod
   *
   * @param name name of the PodExecOptions
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIconnectGetNamespacedPodExecRequest connectGetNamespacedPodExec(String name, String namespace) {
    return new APIconnectGetNamespacedPodExecRequest(name, namespace);
  }

  /** {@code connectGetNamespacedPodExec} with its optional parameters chained, then executed. */
  public class APIconnectGetNamespacedPodExecRequest {
    private final String name;
    private final String namespace;
    private List<String> command;
    private String container;
    private Boolean stderr;
    private Boolean stdin;
    private Boolean stdout;
    private Boolean tty;

    private APIconnectGetNamespacedPodExecRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param command Command is the remote command to execute. argv array. Not executed within a shell.
     * @return this request
     */
    public APIconnectGetNamespacedPodExecRequest command(List<String> command) {
      this.command = command;
      return this;
    }

    /**
     * @param container Container in which to execute the command. Defaults to only container if there is only one container in the pod.
     * @return this request
     */
    public APIconnectGetNamespacedPodExecRequest container(String container) {
      this.container = container;
      return this;
    }

    /**
     * @param stderr Redirect the standard error stream of the pod for this call.
     * @return this request
     */
    public APIconnectGetNamespacedPodExecRequest stderr(Boolean stderr) {
      this.stderr = stderr;
      return this;
    }

    /**
     * @param stdin Redirect the standard input stream of the pod for this call. Defaults to false.
     * @return this request
     */
    public APIconnectGetNamespacedPodExecRequest stdin(Boolean stdin) {
      this.stdin = stdin;
      return this;
    }

    /**
     * @param stdout Redirect the standard output stream of the pod for this call.
     * @return this request
     */
    public APIconnectGetNamespacedPodExecRequest stdout(Boolean stdout) {
      this.stdout = stdout;
      return this;
    }

    /**
     * @param tty TTY if true indicates that a tty will be allocated for the exec call. Defaults to false.
     * @return this request
     */
    public APIconnectGetNamespacedPodExecRequest tty(Boolean tty) {
      this.tty = tty;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return connectGetNamespacedPodExecCall(name, namespace, command, container, stderr, stdin, stdout, tty, _callback);
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

  /**
   * The request of {@code connectGetNamespacedPodPortforward}: GET {@code /api/v1/namespaces/{namespace}/pods/{name}/portforward}.
   *
   * @param name name of the PodPortForwardOptions
   * @param namespace object name and auth scope, such as for teams and projects
   * @param ports List of ports to forward Required when using WebSockets
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call connectGetNamespacedPodPortforwardCall(String name, String namespace, String ports, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling connectGetNamespacedPodPortforward");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling connectGetNamespacedPodPortforward");
    }
    String localVarPath = "/api/v1/namespaces/{namespace}/pods/{name}/portforward"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("ports", ports));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, String.class, _callback);
  }

  /**
   * connect GET requests to portforward of Pod
   *
   * @param name name of the PodPortForwardOptions
   * @param namespace object name and auth scope, such as for teams and projects
   * @param ports List of ports to forward Required when using WebSockets
   * @return String
   * @throws ApiException when the server answers with an error
   */
  public String connectGetNamespacedPodPortforward(String name, String namespace, String ports) throws ApiException {
    ApiResponse<String> localVarResp = localVarApiClient.execute(connectGetNamespacedPodPortforwardCall(name, namespace, ports, null), String.class);
    return localVarResp.getData();
  }

  /**
   * connect GET requests to portforward of Pod
   *
   * @param name name of the PodPortForwardOptions
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIconnectGetNamespacedPodPortforwardRequest connectGetNamespacedPodPortforward(String name, String namespace) {
    return new APIconnectGetNamespacedPodPortforwardRequest(name, namespace);
  }

  /** {@code connectGetNamespacedPodPortforward} with its optional parameters chained, then executed. */
  public class APIconnectGetNamespacedPodPortforwardRequest {
    private final String name;
    private final String namespace;
    private String ports;

    private APIconnectGetNamespacedPodPortforwardRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param ports List of ports to forward Required when using WebSockets
     * @return this request
     */
    public APIconnectGetNamespacedPodPortforwardRequest ports(String ports) {
      this.ports = ports;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return connectGetNamespacedPodPortforwardCall(name, namespace, ports, _callback);
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

  /**
   * The request of {@code connectPostNamespacedPodExec}: POST {@code /api/v1/namespaces/{namespace}/pods/{name}/exec}.
   *
   * @param name name of the PodExecOptions
   * @param namespace object name and auth scope, such as for teams and projects
   * @param command Command is the remote command to execute. argv array. Not executed within a shell.
   * @param container Container in which to execute the command. Defaults to only container if there is only one container in the pod.
   * @param stderr Redirect the standard error stream of the pod for this call.
   * @param stdin Redirect the standard input stream of the pod for this call. Defaults to false.
   * @param stdout Redirect the standard output stream of the pod for this call.
   * @param tty TTY if true indicates that a tty will be allocated for the exec call. Defaults to false.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call connectPostNamespacedPodExecCall(String name, String namespace, List<String> command, String container, Boolean stderr, Boolean stdin, Boolean stdout, Boolean tty, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling connectPostNamespacedPodExec");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling connectPostNamespacedPodExec");
    }
    String localVarPath = "/api/v1/namespaces/{namespace}/pods/{name}/exec"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("command", command));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("container", container));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("stderr", stderr));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("stdin", stdin));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("stdout", stdout));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("tty", tty));
    return localVarApiClient.buildCall("POST", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, String.class, _callback);
  }

  /**
   * connect POST requests to exec of Pod
   *
   * @param name name of the PodExecOptions
   * @param namespace object name and auth scope, such as for teams and projects
   * @param command Command is the remote command to execute. argv array. Not executed within a shell.
   * @param container Container in which to execute the command. Defaults to only container if there is only one container in the pod.
   * @param stderr Redirect the standard error stream of the pod for this call.
   * @param stdin Redirect the standard input stream of the pod for this call. Defaults to false.
   * @param stdout Redirect the standard output stream of the pod for this call.
   * @param tty TTY if true indicates that a tty will be allocated for the exec call. Defaults to false.
   * @return String
   * @throws ApiException when the server answers with an error
   */
  public String connectPostNamespacedPodExec(String name, String namespace, List<String> command, String container, Boolean stderr, Boolean stdin, Boolean stdout, Boolean tty) throws ApiException {
    ApiResponse<String> localVarResp = localVarApiClient.execute(connectPostNamespacedPodExecCall(name, namespace, command, container, stderr, stdin, stdout, tty, null), String.class);
    return localVarResp.getData();
  }

  /**
   * connect POST requests to exec of Pod
   *
   * @param name name of the PodExecOptions
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIconnectPostNamespacedPodExecRequest connectPostNamespacedPodExec(String name, String namespace) {
    return new APIconnectPostNamespacedPodExecRequest(name, namespace);
  }

  /** {@code connectPostNamespacedPodExec} with its optional parameters chained, then executed. */
  public class APIconnectPostNamespacedPodExecRequest {
    private final String name;
    private final String namespace;
    private List<String> command;
    private String container;
    private Boolean stderr;
    private Boolean stdin;
    private Boolean stdout;
    private Boolean tty;

    private APIconnectPostNamespacedPodExecRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param command Command is the remote command to execute. argv array. Not executed within a shell.
     * @return this request
     */
    public APIconnectPostNamespacedPodExecRequest command(List<String> command) {
      this.command = command;
      return this;
    }

    /**
     * @param container Container in which to execute the command. Defaults to only container if there is only one container in the pod.
     * @return this request
     */
    public APIconnectPostNamespacedPodExecRequest container(String container) {
      this.container = container;
      return this;
    }

    /**
     * @param stderr Redirect the standard error stream of the pod for this call.
     * @return this request
     */
    public APIconnectPostNamespacedPodExecRequest stderr(Boolean stderr) {
      this.stderr = stderr;
      return this;
    }

    /**
     * @param stdin Redirect the standard input stream of the pod for this call. Defaults to false.
     * @return this request
     */
    public APIconnectPostNamespacedPodExecRequest stdin(Boolean stdin) {
      this.stdin = stdin;
      return this;
    }

    /**
     * @param stdout Redirect the standard output stream of the pod for this call.
     * @return this request
     */
    public APIconnectPostNamespacedPodExecRequest stdout(Boolean stdout) {
      this.stdout = stdout;
      return this;
    }

    /**
     * @param tty TTY if true indicates that a tty will be allocated for the exec call. Defaults to false.
     * @return this request
     */
    public APIconnectPostNamespacedPodExecRequest tty(Boolean tty) {
      this.tty = tty;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return connectPostNamespacedPodExecCall(name, namespace, command, container, stderr, stdin, stdout, tty, _callback);
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

  /**
   * The request of {@code connectPostNamespacedPodPortforward}: POST {@code /api/v1/namespaces/{namespace}/pods/{name}/portforward}.
   *
   * @param name name of the PodPortForwardOptions
   * @param namespace object name and auth scope, such as for teams and projects
   * @param ports List of ports to forward Required when using WebSockets
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call connectPostNamespacedPodPortforwardCall(String name, String namespace, String ports, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling connectPostNamespacedPodPortforward");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling connectPostNamespacedPodPortforward");
    }
    String localVarPath = "/api/v1/namespaces/{namespace}/pods/{name}/portforward"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("ports", ports));
    return localVarApiClient.buildCall("POST", localVarPath, localVarQueryParams, null, null, new String[] {"application/json"}, String.class, _callback);
  }

  /**
   * connect POST requests to portforward of Pod
   *
   * @param name name of the PodPortForwardOptions
   * @param namespace object name and auth scope, such as for teams and projects
   * @param ports List of ports to forward Required when using WebSockets
   * @return String
   * @throws ApiException when the server answers with an error
   */
  public String connectPostNamespacedPodPortforward(String name, String namespace, String ports) throws ApiException {
    ApiResponse<String> localVarResp = localVarApiClient.execute(connectPostNamespacedPodPortforwardCall(name, namespace, ports, null), String.class);
    return localVarResp.getData();
  }

  /**
   * connect POST requests to portforward of Pod
   *
   * @param name name of the PodPortForwardOptions
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIconnectPostNamespacedPodPortforwardRequest connectPostNamespacedPodPortforward(String name, String namespace) {
    return new APIconnectPostNamespacedPodPortforwardRequest(name, namespace);
  }

  /** {@code connectPostNamespacedPodPortforward} with its optional parameters chained, then executed. */
  public class APIconnectPostNamespacedPodPortforwardRequest {
    private final String name;
    private final String namespace;
    private String ports;

    private APIconnectPostNamespacedPodPortforwardRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param ports List of ports to forward Required when using WebSockets
     * @return this request
     */
    public APIconnectPostNamespacedPodPortforwardRequest ports(String ports) {
      this.ports = ports;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return connectPostNamespacedPodPortforwardCall(name, namespace, ports, _callback);
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

  /**
   * The request of {@code createNamespace}: POST {@code /api/v1/namespaces}.
   *
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call createNamespaceCall(V1Namespace body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling createNamespace");
    }
    String localVarPath = "/api/v1/namespaces";
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("POST", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1Namespace.class, _callback);
  }

  /**
   * create a Namespace
   *
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1Namespace
   * @throws ApiException when the server answers with an error
   */
  public V1Namespace createNamespace(V1Namespace body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1Namespace> localVarResp = localVarApiClient.execute(createNamespaceCall(body, pretty, dryRun, fieldManager, fieldValidation, null), V1Namespace.class);
    return localVarResp.getData();
  }

  /**
   * create a Namespace
   *
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIcreateNamespaceRequest createNamespace(V1Namespace body) {
    return new APIcreateNamespaceRequest(body);
  }

  /** {@code createNamespace} with its optional parameters chained, then executed. */
  public class APIcreateNamespaceRequest {
    private final V1Namespace body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIcreateNamespaceRequest(V1Namespace body) {
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIcreateNamespaceRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIcreateNamespaceRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIcreateNamespaceRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIcreateNamespaceRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return createNamespaceCall(body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1Namespace execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1Namespace> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1Namespace.class);
    }

    public Call executeAsync(final ApiCallback<V1Namespace> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1Namespace.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code createNamespacedConfigMap}: POST {@code /api/v1/namespaces/{namespace}/configmaps}.
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
  public Call createNamespacedConfigMapCall(String namespace, V1ConfigMap body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling createNamespacedConfigMap");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling createNamespacedConfigMap");
    }
    String localVarPath = "/api/v1/namespaces/{namespace}/configmaps"
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("POST", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1ConfigMap.class, _callback);
  }

  /**
   * create a ConfigMap
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1ConfigMap
   * @throws ApiException when the server answers with an error
   */
  public V1ConfigMap createNamespacedConfigMap(String namespace, V1ConfigMap body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1ConfigMap> localVarResp = localVarApiClient.execute(createNamespacedConfigMapCall(namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), V1ConfigMap.class);
    return localVarResp.getData();
  }

  /**
   * create a ConfigMap
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIcreateNamespacedConfigMapRequest createNamespacedConfigMap(String namespace, V1ConfigMap body) {
    return new APIcreateNamespacedConfigMapRequest(namespace, body);
  }

  /** {@code createNamespacedConfigMap} with its optional parameters chained, then executed. */
  public class APIcreateNamespacedConfigMapRequest {
    private final String namespace;
    private final V1ConfigMap body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIcreateNamespacedConfigMapRequest(String namespace, V1ConfigMap body) {
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIcreateNamespacedConfigMapRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIcreateNamespacedConfigMapRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIcreateNamespacedConfigMapRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIcreateNamespacedConfigMapRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return createNamespacedConfigMapCall(namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1ConfigMap execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1ConfigMap> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1ConfigMap.class);
    }

    public Call executeAsync(final ApiCallback<V1ConfigMap> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1ConfigMap.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code createNamespacedPodEviction}: POST {@code /api/v1/namespaces/{namespace}/pods/{name}/eviction}.
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call createNamespacedPodEvictionCall(String name, String namespace, V1Eviction body, String dryRun, String fieldManager, String fieldValidation, String pretty, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling createNamespacedPodEviction");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling createNamespacedPodEviction");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling createNamespacedPodEviction");
    }
    String localVarPath = "/api/v1/namespaces/{namespace}/pods/{name}/eviction"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    return localVarApiClient.buildCall("POST", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1Status.class, _callback);
  }

  /**
   * create eviction of a Pod
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @return V1Status
   * @throws ApiException when the server answers with an error
   */
  public V1Status createNamespacedPodEviction(String name, String namespace, V1Eviction body, String dryRun, String fieldManager, String fieldValidation, String pretty) throws ApiException {
    ApiResponse<V1Status> localVarResp = localVarApiClient.execute(createNamespacedPodEvictionCall(name, namespace, body, dryRun, fieldManager, fieldValidation, pretty, null), V1Status.class);
    return localVarResp.getData();
  }

  /**
   * create eviction of a Pod
   *
   * @param name name of the Eviction
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIcreateNamespacedPodEvictionRequest createNamespacedPodEviction(String name, String namespace, V1Eviction body) {
    return new APIcreateNamespacedPodEvictionRequest(name, namespace, body);
  }

  /** {@code createNamespacedPodEviction} with its optional parameters chained, then executed. */
  public class APIcreateNamespacedPodEvictionRequest {
    private final String name;
    private final String namespace;
    private final V1Eviction body;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private String pretty;

    private APIcreateNamespacedPodEvictionRequest(String name, String namespace, V1Eviction body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIcreateNamespacedPodEvictionRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIcreateNamespacedPodEvictionRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIcreateNamespacedPodEvictionRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIcreateNamespacedPodEvictionRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return createNamespacedPodEvictionCall(name, namespace, body, dryRun, fieldManager, fieldValidation, pretty, _callback);
    }

    public V1Status execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1Status> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1Status.class);
    }

    public Call executeAsync(final ApiCallback<V1Status> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1Status.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code deleteCollectionNamespacedConfigMap}: DELETE {@code /api/v1/namespaces/{namespace}/configmaps}.
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
  public Call deleteCollectionNamespacedConfigMapCall(String namespace, String pretty, String _continue, String dryRun, String fieldSelector, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, String labelSelector, Integer limit, Boolean orphanDependents, String propagationPolicy, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, V1DeleteOptions body, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling deleteCollectionNamespacedConfigMap");
    }
    String localVarPath = "/api/v1/namespaces/{namespace}/configmaps"
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
   * delete collection of ConfigMap
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
  public Object deleteCollectionNamespacedConfigMap(String namespace, String pretty, String _continue, String dryRun, String fieldSelector, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, String labelSelector, Integer limit, Boolean orphanDependents, String propagationPolicy, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, V1DeleteOptions body) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteCollectionNamespacedConfigMapCall(namespace, pretty, _continue, dryRun, fieldSelector, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, labelSelector, limit, orphanDependents, propagationPolicy, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, body, null), ModelRegistry.class);
    return localVarResp.getData();
  }

  /**
   * delete collection of ConfigMap
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteCollectionNamespacedConfigMapRequest deleteCollectionNamespacedConfigMap(String namespace) {
    return new APIdeleteCollectionNamespacedConfigMapRequest(namespace);
  }

  /** {@code deleteCollectionNamespacedConfigMap} with its optional parameters chained, then executed. */
  public class APIdeleteCollectionNamespacedConfigMapRequest {
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

    private APIdeleteCollectionNamespacedConfigMapRequest(String namespace) {
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIdeleteCollectionNamespacedConfigMapRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIdeleteCollectionNamespacedConfigMapRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIdeleteCollectionNamespacedConfigMapRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIdeleteCollectionNamespacedConfigMapRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
     * @return this request
     */
    public APIdeleteCollectionNamespacedConfigMapRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
     * @return this request
     */
    public APIdeleteCollectionNamespacedConfigMapRequest ignoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
      this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIdeleteCollectionNamespacedConfigMapRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIdeleteCollectionNamespacedConfigMapRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
     * @return this request
     */
    public APIdeleteCollectionNamespacedConfigMapRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
     * @return this request
     */
    public APIdeleteCollectionNamespacedConfigMapRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIdeleteCollectionNamespacedConfigMapRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIdeleteCollectionNamespacedConfigMapRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIdeleteCollectionNamespacedConfigMapRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIdeleteCollectionNamespacedConfigMapRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIdeleteCollectionNamespacedConfigMapRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param body (no description in the spec)
     * @return this request
     */
    public APIdeleteCollectionNamespacedConfigMapRequest body(V1DeleteOptions body) {
      this.body = body;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteCollectionNamespacedConfigMapCall(namespace, pretty, _continue, dryRun, fieldSelector, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, labelSelector, limit, orphanDependents, propagationPolicy, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, body, _callback);
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
   * The request of {@code deleteNamespace}: DELETE {@code /api/v1/namespaces/{name}}.
   *
   * @param name name of the Namespace
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
  public Call deleteNamespaceCall(String name, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling deleteNamespace");
    }
    String localVarPath = "/api/v1/namespaces/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
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
   * delete a Namespace
   *
   * @param name name of the Namespace
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
  public Object deleteNamespace(String name, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteNamespaceCall(name, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, null), ModelRegistry.class);
    return localVarResp.getData();
  }

  /**
   * delete a Namespace
   *
   * @param name name of the Namespace
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteNamespaceRequest deleteNamespace(String name) {
    return new APIdeleteNamespaceRequest(name);
  }

  /** {@code deleteNamespace} with its optional parameters chained, then executed. */
  public class APIdeleteNamespaceRequest {
    private final String name;
    private String pretty;
    private String dryRun;
    private Integer gracePeriodSeconds;
    private Boolean ignoreStoreReadErrorWithClusterBreakingPotential;
    private Boolean orphanDependents;
    private String propagationPolicy;
    private V1DeleteOptions body;

    private APIdeleteNamespaceRequest(String name) {
      this.name = name;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIdeleteNamespaceRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIdeleteNamespaceRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
     * @return this request
     */
    public APIdeleteNamespaceRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
     * @return this request
     */
    public APIdeleteNamespaceRequest ignoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
      this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
      return this;
    }

    /**
     * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
     * @return this request
     */
    public APIdeleteNamespaceRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
     * @return this request
     */
    public APIdeleteNamespaceRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param body (no description in the spec)
     * @return this request
     */
    public APIdeleteNamespaceRequest body(V1DeleteOptions body) {
      this.body = body;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteNamespaceCall(name, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, _callback);
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
   * The request of {@code deleteNamespacedConfigMap}: DELETE {@code /api/v1/namespaces/{namespace}/configmaps/{name}}.
   *
   * @param name name of the ConfigMap
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
  public Call deleteNamespacedConfigMapCall(String name, String namespace, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling deleteNamespacedConfigMap");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling deleteNamespacedConfigMap");
    }
    String localVarPath = "/api/v1/namespaces/{namespace}/configmaps/{name}"
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
   * delete a ConfigMap
   *
   * @param name name of the ConfigMap
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
  public Object deleteNamespacedConfigMap(String name, String namespace, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteNamespacedConfigMapCall(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, null), ModelRegistry.class);
    return localVarResp.getData();
  }

  /**
   * delete a ConfigMap
   *
   * @param name name of the ConfigMap
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteNamespacedConfigMapRequest deleteNamespacedConfigMap(String name, String namespace) {
    return new APIdeleteNamespacedConfigMapRequest(name, namespace);
  }

  /** {@code deleteNamespacedConfigMap} with its optional parameters chained, then executed. */
  public class APIdeleteNamespacedConfigMapRequest {
    private final String name;
    private final String namespace;
    private String pretty;
    private String dryRun;
    private Integer gracePeriodSeconds;
    private Boolean ignoreStoreReadErrorWithClusterBreakingPotential;
    private Boolean orphanDependents;
    private String propagationPolicy;
    private V1DeleteOptions body;

    private APIdeleteNamespacedConfigMapRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIdeleteNamespacedConfigMapRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIdeleteNamespacedConfigMapRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
     * @return this request
     */
    public APIdeleteNamespacedConfigMapRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
     * @return this request
     */
    public APIdeleteNamespacedConfigMapRequest ignoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
      this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
      return this;
    }

    /**
     * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
     * @return this request
     */
    public APIdeleteNamespacedConfigMapRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
     * @return this request
     */
    public APIdeleteNamespacedConfigMapRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param body (no description in the spec)
     * @return this request
     */
    public APIdeleteNamespacedConfigMapRequest body(V1DeleteOptions body) {
      this.body = body;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteNamespacedConfigMapCall(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, _callback);
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
   * The request of {@code deleteNamespacedEvent}: DELETE {@code /api/v1/namespaces/{namespace}/events/{name}}.
   *
   * @param name name of the Event
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
  public Call deleteNamespacedEventCall(String name, String namespace, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling deleteNamespacedEvent");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling deleteNamespacedEvent");
    }
    String localVarPath = "/api/v1/namespaces/{namespace}/events/{name}"
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
   * delete an Event
   *
   * @param name name of the Event
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
  public Object deleteNamespacedEvent(String name, String namespace, String pretty, String dryRun, Integer gracePeriodSeconds, Boolean ignoreStoreReadErrorWithClusterBreakingPotential, Boolean orphanDependents, String propagationPolicy, V1DeleteOptions body) throws ApiException {
    ApiResponse<Object> localVarResp = localVarApiClient.execute(deleteNamespacedEventCall(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, null), ModelRegistry.class);
    return localVarResp.getData();
  }

  /**
   * delete an Event
   *
   * @param name name of the Event
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIdeleteNamespacedEventRequest deleteNamespacedEvent(String name, String namespace) {
    return new APIdeleteNamespacedEventRequest(name, namespace);
  }

  /** {@code deleteNamespacedEvent} with its optional parameters chained, then executed. */
  public class APIdeleteNamespacedEventRequest {
    private final String name;
    private final String namespace;
    private String pretty;
    private String dryRun;
    private Integer gracePeriodSeconds;
    private Boolean ignoreStoreReadErrorWithClusterBreakingPotential;
    private Boolean orphanDependents;
    private String propagationPolicy;
    private V1DeleteOptions body;

    private APIdeleteNamespacedEventRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIdeleteNamespacedEventRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIdeleteNamespacedEventRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param gracePeriodSeconds The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
     * @return this request
     */
    public APIdeleteNamespacedEventRequest gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    /**
     * @param ignoreStoreReadErrorWithClusterBreakingPotential if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it
     * @return this request
     */
    public APIdeleteNamespacedEventRequest ignoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
      this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
      return this;
    }

    /**
     * @param orphanDependents Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both.
     * @return this request
     */
    public APIdeleteNamespacedEventRequest orphanDependents(Boolean orphanDependents) {
      this.orphanDependents = orphanDependents;
      return this;
    }

    /**
     * @param propagationPolicy Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.
     * @return this request
     */
    public APIdeleteNamespacedEventRequest propagationPolicy(String propagationPolicy) {
      this.propagationPolicy = propagationPolicy;
      return this;
    }

    /**
     * @param body (no description in the spec)
     * @return this request
     */
    public APIdeleteNamespacedEventRequest body(V1DeleteOptions body) {
      this.body = body;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return deleteNamespacedEventCall(name, namespace, pretty, dryRun, gracePeriodSeconds, ignoreStoreReadErrorWithClusterBreakingPotential, orphanDependents, propagationPolicy, body, _callback);
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
   * The request of {@code listNamespace}: GET {@code /api/v1/namespaces}.
   *
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
  public Call listNamespaceCall(String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch, final ApiCallback<?> _callback) throws ApiException {
    String localVarPath = "/api/v1/namespaces";
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
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/cbor-seq", "application/json;stream=watch", "application/vnd.kubernetes.protobuf", "application/vnd.kubernetes.protobuf;stream=watch", "application/yaml"}, V1NamespaceList.class, _callback);
  }

  /**
   * list or watch objects of kind Namespace
   *
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
   * @return V1NamespaceList
   * @throws ApiException when the server answers with an error
   */
  public V1NamespaceList listNamespace(String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch) throws ApiException {
    ApiResponse<V1NamespaceList> localVarResp = localVarApiClient.execute(listNamespaceCall(pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, null), V1NamespaceList.class);
    return localVarResp.getData();
  }

  /**
   * list or watch objects of kind Namespace
   *
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIlistNamespaceRequest listNamespace() {
    return new APIlistNamespaceRequest();
  }

  /** {@code listNamespace} with its optional parameters chained, then executed. */
  public class APIlistNamespaceRequest {
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

    private APIlistNamespaceRequest() {
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIlistNamespaceRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
     * @return this request
     */
    public APIlistNamespaceRequest allowWatchBookmarks(Boolean allowWatchBookmarks) {
      this.allowWatchBookmarks = allowWatchBookmarks;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIlistNamespaceRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIlistNamespaceRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIlistNamespaceRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIlistNamespaceRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistNamespaceRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistNamespaceRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIlistNamespaceRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIlistNamespaceRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIlistNamespaceRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
     * @return this request
     */
    public APIlistNamespaceRequest watch(Boolean watch) {
      this.watch = watch;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return listNamespaceCall(pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _callback);
    }

    public V1NamespaceList execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1NamespaceList> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1NamespaceList.class);
    }

    public Call executeAsync(final ApiCallback<V1NamespaceList> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1NamespaceList.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code listNamespacedConfigMap}: GET {@code /api/v1/namespaces/{namespace}/configmaps}.
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
  public Call listNamespacedConfigMapCall(String namespace, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch, final ApiCallback<?> _callback) throws ApiException {
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling listNamespacedConfigMap");
    }
    String localVarPath = "/api/v1/namespaces/{namespace}/configmaps"
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
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/cbor-seq", "application/json;stream=watch", "application/vnd.kubernetes.protobuf", "application/vnd.kubernetes.protobuf;stream=watch", "application/yaml"}, V1ConfigMapList.class, _callback);
  }

  /**
   * list or watch objects of kind ConfigMap
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
   * @return V1ConfigMapList
   * @throws ApiException when the server answers with an error
   */
  public V1ConfigMapList listNamespacedConfigMap(String namespace, String pretty, Boolean allowWatchBookmarks, String _continue, String fieldSelector, String labelSelector, Integer limit, String resourceVersion, String resourceVersionMatch, Boolean sendInitialEvents, String shardSelector, Integer timeoutSeconds, Boolean watch) throws ApiException {
    ApiResponse<V1ConfigMapList> localVarResp = localVarApiClient.execute(listNamespacedConfigMapCall(namespace, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, null), V1ConfigMapList.class);
    return localVarResp.getData();
  }

  /**
   * list or watch objects of kind ConfigMap
   *
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIlistNamespacedConfigMapRequest listNamespacedConfigMap(String namespace) {
    return new APIlistNamespacedConfigMapRequest(namespace);
  }

  /** {@code listNamespacedConfigMap} with its optional parameters chained, then executed. */
  public class APIlistNamespacedConfigMapRequest {
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

    private APIlistNamespacedConfigMapRequest(String namespace) {
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIlistNamespacedConfigMapRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param allowWatchBookmarks allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.
     * @return this request
     */
    public APIlistNamespacedConfigMapRequest allowWatchBookmarks(Boolean allowWatchBookmarks) {
      this.allowWatchBookmarks = allowWatchBookmarks;
      return this;
    }

    /**
     * @param _continue The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key". This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
     * @return this request
     */
    public APIlistNamespacedConfigMapRequest _continue(String _continue) {
      this._continue = _continue;
      return this;
    }

    /**
     * @param fieldSelector A selector to restrict the list of returned objects by their fields. Defaults to everything.
     * @return this request
     */
    public APIlistNamespacedConfigMapRequest fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    /**
     * @param labelSelector A selector to restrict the list of returned objects by their labels. Defaults to everything.
     * @return this request
     */
    public APIlistNamespacedConfigMapRequest labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /**
     * @param limit limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true. The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
     * @return this request
     */
    public APIlistNamespacedConfigMapRequest limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param resourceVersion resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistNamespacedConfigMapRequest resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    /**
     * @param resourceVersionMatch resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details. Defaults to unset
     * @return this request
     */
    public APIlistNamespacedConfigMapRequest resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    /**
     * @param sendInitialEvents `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched. When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan is interpreted as "data at least as new as the provided `resourceVersion`" and the bookmark event is send when the state is synced to a `resourceVersion` at least as fresh as the one provided by the ListOptions. If `resourceVersion` is unset, this is interpreted as "consistent read" and the bookmark event is send when the state is synced at least to the moment when request started being processed. - `resourceVersionMatch` set to any other value or unset Invalid error is returned. Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
     * @return this request
     */
    public APIlistNamespacedConfigMapRequest sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    /**
     * @param shardSelector shardSelector restricts the list of returned objects using a CEL-based shard selector expression. The format uses the shardRange() function combined with || (logical OR) to specify one or more hash ranges: shardRange(object.metadata.uid, '0x0', '0x8000000000000000') shardRange(object.metadata.uid, '0x0', '0x8000000000000000') || shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') Field paths use CEL-style object-rooted syntax (e.g. "object.metadata.uid"), NOT the fieldSelector format ("metadata.uid"). Currently supported paths: - object.metadata.uid - object.metadata.namespace hexStart and hexEnd are single-quoted CEL string literals with a '0x' prefix, defining the inclusive lower and exclusive upper bounds over the 64-bit FNV-1a hash space. The full range is [0x0, 0x10000000000000000), where the exclusive upper bound equals 2^64. Examples: 2-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x8000000000000000') shard 1: shardRange(object.metadata.uid, '0x8000000000000000', '0x10000000000000000') 4-shard split: shard 0: shardRange(object.metadata.uid, '0x0000000000000000', '0x4000000000000000') shard 1: shardRange(object.metadata.uid, '0x4000000000000000', '0x8000000000000000') shard 2: shardRange(object.metadata.uid, '0x8000000000000000', '0xc000000000000000') shard 3: shardRange(object.metadata.uid, '0xc000000000000000', '0x10000000000000000') This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
     * @return this request
     */
    public APIlistNamespacedConfigMapRequest shardSelector(String shardSelector) {
      this.shardSelector = shardSelector;
      return this;
    }

    /**
     * @param timeoutSeconds Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.
     * @return this request
     */
    public APIlistNamespacedConfigMapRequest timeoutSeconds(Integer timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    /**
     * @param watch Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.
     * @return this request
     */
    public APIlistNamespacedConfigMapRequest watch(Boolean watch) {
      this.watch = watch;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return listNamespacedConfigMapCall(namespace, pretty, allowWatchBookmarks, _continue, fieldSelector, labelSelector, limit, resourceVersion, resourceVersionMatch, sendInitialEvents, shardSelector, timeoutSeconds, watch, _callback);
    }

    public V1ConfigMapList execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1ConfigMapList> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1ConfigMapList.class);
    }

    public Call executeAsync(final ApiCallback<V1ConfigMapList> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1ConfigMapList.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchNamespace}: PATCH {@code /api/v1/namespaces/{name}}.
   *
   * @param name name of the Namespace
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
  public Call patchNamespaceCall(String name, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchNamespace");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchNamespace");
    }
    String localVarPath = "/api/v1/namespaces/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/strategic-merge-patch+json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1Namespace.class, _callback);
  }

  /**
   * partially update the specified Namespace
   *
   * @param name name of the Namespace
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @return V1Namespace
   * @throws ApiException when the server answers with an error
   */
  public V1Namespace patchNamespace(String name, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<V1Namespace> localVarResp = localVarApiClient.execute(patchNamespaceCall(name, body, pretty, dryRun, fieldManager, fieldValidation, force, null), V1Namespace.class);
    return localVarResp.getData();
  }

  /**
   * partially update the specified Namespace
   *
   * @param name name of the Namespace
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchNamespaceRequest patchNamespace(String name, V1Patch body) {
    return new APIpatchNamespaceRequest(name, body);
  }

  /** {@code patchNamespace} with its optional parameters chained, then executed. */
  public class APIpatchNamespaceRequest {
    private final String name;
    private final V1Patch body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchNamespaceRequest(String name, V1Patch body) {
      this.name = name;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIpatchNamespaceRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIpatchNamespaceRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
     * @return this request
     */
    public APIpatchNamespaceRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIpatchNamespaceRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
     * @return this request
     */
    public APIpatchNamespaceRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchNamespaceCall(name, body, pretty, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public V1Namespace execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1Namespace> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1Namespace.class);
    }

    public Call executeAsync(final ApiCallback<V1Namespace> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1Namespace.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchNamespacedConfigMap}: PATCH {@code /api/v1/namespaces/{namespace}/configmaps/{name}}.
   *
   * @param name name of the ConfigMap
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
  public Call patchNamespacedConfigMapCall(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchNamespacedConfigMap");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling patchNamespacedConfigMap");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchNamespacedConfigMap");
    }
    String localVarPath = "/api/v1/namespaces/{namespace}/configmaps/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/strategic-merge-patch+json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1ConfigMap.class, _callback);
  }

  /**
   * partially update the specified ConfigMap
   *
   * @param name name of the ConfigMap
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @return V1ConfigMap
   * @throws ApiException when the server answers with an error
   */
  public V1ConfigMap patchNamespacedConfigMap(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<V1ConfigMap> localVarResp = localVarApiClient.execute(patchNamespacedConfigMapCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, null), V1ConfigMap.class);
    return localVarResp.getData();
  }

  /**
   * partially update the specified ConfigMap
   *
   * @param name name of the ConfigMap
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchNamespacedConfigMapRequest patchNamespacedConfigMap(String name, String namespace, V1Patch body) {
    return new APIpatchNamespacedConfigMapRequest(name, namespace, body);
  }

  /** {@code patchNamespacedConfigMap} with its optional parameters chained, then executed. */
  public class APIpatchNamespacedConfigMapRequest {
    private final String name;
    private final String namespace;
    private final V1Patch body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchNamespacedConfigMapRequest(String name, String namespace, V1Patch body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIpatchNamespacedConfigMapRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIpatchNamespacedConfigMapRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
     * @return this request
     */
    public APIpatchNamespacedConfigMapRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIpatchNamespacedConfigMapRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
     * @return this request
     */
    public APIpatchNamespacedConfigMapRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchNamespacedConfigMapCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public V1ConfigMap execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1ConfigMap> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1ConfigMap.class);
    }

    public Call executeAsync(final ApiCallback<V1ConfigMap> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1ConfigMap.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code patchNamespacedEvent}: PATCH {@code /api/v1/namespaces/{namespace}/events/{name}}.
   *
   * @param name name of the Event
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
  public Call patchNamespacedEventCall(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling patchNamespacedEvent");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling patchNamespacedEvent");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling patchNamespacedEvent");
    }
    String localVarPath = "/api/v1/namespaces/{namespace}/events/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("force", force));
    return localVarApiClient.buildCall("PATCH", localVarPath, localVarQueryParams, body, "application/strategic-merge-patch+json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, CoreV1Event.class, _callback);
  }

  /**
   * partially update the specified Event
   *
   * @param name name of the Event
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
   * @return CoreV1Event
   * @throws ApiException when the server answers with an error
   */
  public CoreV1Event patchNamespacedEvent(String name, String namespace, V1Patch body, String pretty, String dryRun, String fieldManager, String fieldValidation, Boolean force) throws ApiException {
    ApiResponse<CoreV1Event> localVarResp = localVarApiClient.execute(patchNamespacedEventCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, null), CoreV1Event.class);
    return localVarResp.getData();
  }

  /**
   * partially update the specified Event
   *
   * @param name name of the Event
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIpatchNamespacedEventRequest patchNamespacedEvent(String name, String namespace, V1Patch body) {
    return new APIpatchNamespacedEventRequest(name, namespace, body);
  }

  /** {@code patchNamespacedEvent} with its optional parameters chained, then executed. */
  public class APIpatchNamespacedEventRequest {
    private final String name;
    private final String namespace;
    private final V1Patch body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    private APIpatchNamespacedEventRequest(String name, String namespace, V1Patch body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIpatchNamespacedEventRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIpatchNamespacedEventRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).
     * @return this request
     */
    public APIpatchNamespacedEventRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIpatchNamespacedEventRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    /**
     * @param force Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.
     * @return this request
     */
    public APIpatchNamespacedEventRequest force(Boolean force) {
      this.force = force;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return patchNamespacedEventCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, force, _callback);
    }

    public CoreV1Event execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<CoreV1Event> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), CoreV1Event.class);
    }

    public Call executeAsync(final ApiCallback<CoreV1Event> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, CoreV1Event.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code readNamespace}: GET {@code /api/v1/namespaces/{name}}.
   *
   * @param name name of the Namespace
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call readNamespaceCall(String name, String pretty, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling readNamespace");
    }
    String localVarPath = "/api/v1/namespaces/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1Namespace.class, _callback);
  }

  /**
   * read the specified Namespace
   *
   * @param name name of the Namespace
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @return V1Namespace
   * @throws ApiException when the server answers with an error
   */
  public V1Namespace readNamespace(String name, String pretty) throws ApiException {
    ApiResponse<V1Namespace> localVarResp = localVarApiClient.execute(readNamespaceCall(name, pretty, null), V1Namespace.class);
    return localVarResp.getData();
  }

  /**
   * read the specified Namespace
   *
   * @param name name of the Namespace
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreadNamespaceRequest readNamespace(String name) {
    return new APIreadNamespaceRequest(name);
  }

  /** {@code readNamespace} with its optional parameters chained, then executed. */
  public class APIreadNamespaceRequest {
    private final String name;
    private String pretty;

    private APIreadNamespaceRequest(String name) {
      this.name = name;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreadNamespaceRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return readNamespaceCall(name, pretty, _callback);
    }

    public V1Namespace execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1Namespace> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1Namespace.class);
    }

    public Call executeAsync(final ApiCallback<V1Namespace> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1Namespace.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code readNamespacedConfigMap}: GET {@code /api/v1/namespaces/{namespace}/configmaps/{name}}.
   *
   * @param name name of the ConfigMap
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call readNamespacedConfigMapCall(String name, String namespace, String pretty, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling readNamespacedConfigMap");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling readNamespacedConfigMap");
    }
    String localVarPath = "/api/v1/namespaces/{namespace}/configmaps/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1ConfigMap.class, _callback);
  }

  /**
   * read the specified ConfigMap
   *
   * @param name name of the ConfigMap
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @return V1ConfigMap
   * @throws ApiException when the server answers with an error
   */
  public V1ConfigMap readNamespacedConfigMap(String name, String namespace, String pretty) throws ApiException {
    ApiResponse<V1ConfigMap> localVarResp = localVarApiClient.execute(readNamespacedConfigMapCall(name, namespace, pretty, null), V1ConfigMap.class);
    return localVarResp.getData();
  }

  /**
   * read the specified ConfigMap
   *
   * @param name name of the ConfigMap
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreadNamespacedConfigMapRequest readNamespacedConfigMap(String name, String namespace) {
    return new APIreadNamespacedConfigMapRequest(name, namespace);
  }

  /** {@code readNamespacedConfigMap} with its optional parameters chained, then executed. */
  public class APIreadNamespacedConfigMapRequest {
    private final String name;
    private final String namespace;
    private String pretty;

    private APIreadNamespacedConfigMapRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreadNamespacedConfigMapRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return readNamespacedConfigMapCall(name, namespace, pretty, _callback);
    }

    public V1ConfigMap execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1ConfigMap> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1ConfigMap.class);
    }

    public Call executeAsync(final ApiCallback<V1ConfigMap> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1ConfigMap.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code readNamespacedEvent}: GET {@code /api/v1/namespaces/{namespace}/events/{name}}.
   *
   * @param name name of the Event
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call readNamespacedEventCall(String name, String namespace, String pretty, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling readNamespacedEvent");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling readNamespacedEvent");
    }
    String localVarPath = "/api/v1/namespaces/{namespace}/events/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, CoreV1Event.class, _callback);
  }

  /**
   * read the specified Event
   *
   * @param name name of the Event
   * @param namespace object name and auth scope, such as for teams and projects
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @return CoreV1Event
   * @throws ApiException when the server answers with an error
   */
  public CoreV1Event readNamespacedEvent(String name, String namespace, String pretty) throws ApiException {
    ApiResponse<CoreV1Event> localVarResp = localVarApiClient.execute(readNamespacedEventCall(name, namespace, pretty, null), CoreV1Event.class);
    return localVarResp.getData();
  }

  /**
   * read the specified Event
   *
   * @param name name of the Event
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreadNamespacedEventRequest readNamespacedEvent(String name, String namespace) {
    return new APIreadNamespacedEventRequest(name, namespace);
  }

  /** {@code readNamespacedEvent} with its optional parameters chained, then executed. */
  public class APIreadNamespacedEventRequest {
    private final String name;
    private final String namespace;
    private String pretty;

    private APIreadNamespacedEventRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreadNamespacedEventRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return readNamespacedEventCall(name, namespace, pretty, _callback);
    }

    public CoreV1Event execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<CoreV1Event> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), CoreV1Event.class);
    }

    public Call executeAsync(final ApiCallback<CoreV1Event> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, CoreV1Event.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code readNamespacedPodLog}: GET {@code /api/v1/namespaces/{namespace}/pods/{name}/log}.
   *
   * @param name name of the Pod
   * @param namespace object name and auth scope, such as for teams and projects
   * @param container The container for which to stream logs. Defaults to only container if there is one container in the pod.
   * @param follow Follow the log stream of the pod. Defaults to false.
   * @param insecureSkipTLSVerifyBackend insecureSkipTLSVerifyBackend indicates that the apiserver should not confirm the validity of the serving certificate of the backend it is connecting to.  This will make the HTTPS connection between the apiserver and the backend insecure. This means the apiserver cannot verify the log data it is receiving came from the real kubelet.  If the kubelet is configured to verify the apiserver's TLS credentials, it does not mean the connection to the real kubelet is vulnerable to a man in the middle attack (e.g. an attacker could not intercept the actual log data coming from the real kubelet).
   * @param limitBytes If set, the number of bytes to read from the server before terminating the log output. This may not display a complete final line of logging, and may return slightly more or slightly less than the specified limit.
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param previous Return previous terminated container logs. Defaults to false.
   * @param sinceSeconds A relative time in seconds before the current time from which to show logs. If this value precedes the time a pod was started, only logs since the pod start will be returned. If this value is in the future, no logs will be returned. Only one of sinceSeconds or sinceTime may be specified.
   * @param stream Specify which container log stream to return to the client. Acceptable values are "All", "Stdout" and "Stderr". If not specified, "All" is used, and both stdout and stderr are returned interleaved. Note that when "TailLines" is specified, "Stream" can only be set to nil or "All".
   * @param tailLines If set, the number of lines from the end of the logs to show. If not specified, logs are shown from the creation of the container or sinceSeconds or sinceTime. Note that when "TailLines" is specified, "Stream" can only be set to nil or "All".
   * @param timestamps If true, add an RFC3339 or RFC3339Nano timestamp at the beginning of every line of log output. Defaults to false.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call readNamespacedPodLogCall(String name, String namespace, String container, Boolean follow, Boolean insecureSkipTLSVerifyBackend, Integer limitBytes, String pretty, Boolean previous, Integer sinceSeconds, String stream, Integer tailLines, Boolean timestamps, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling readNamespacedPodLog");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling readNamespacedPodLog");
    }
    String localVarPath = "/api/v1/namespaces/{namespace}/pods/{name}/log"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("container", container));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("follow", follow));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("insecureSkipTLSVerifyBackend", insecureSkipTLSVerifyBackend));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("limitBytes", limitBytes));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("previous", previous));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("sinceSeconds", sinceSeconds));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("stream", stream));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("tailLines", tailLines));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("timestamps", timestamps));
    return localVarApiClient.buildCall("GET", localVarPath, localVarQueryParams, null, null, new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml", "text/plain"}, String.class, _callback);
  }

  /**
   * read log of the specified Pod
   *
   * @param name name of the Pod
   * @param namespace object name and auth scope, such as for teams and projects
   * @param container The container for which to stream logs. Defaults to only container if there is one container in the pod.
   * @param follow Follow the log stream of the pod. Defaults to false.
   * @param insecureSkipTLSVerifyBackend insecureSkipTLSVerifyBackend indicates that the apiserver should not confirm the validity of the serving certificate of the backend it is connecting to.  This will make the HTTPS connection between the apiserver and the backend insecure. This means the apiserver cannot verify the log data it is receiving came from the real kubelet.  If the kubelet is configured to verify the apiserver's TLS credentials, it does not mean the connection to the real kubelet is vulnerable to a man in the middle attack (e.g. an attacker could not intercept the actual log data coming from the real kubelet).
   * @param limitBytes If set, the number of bytes to read from the server before terminating the log output. This may not display a complete final line of logging, and may return slightly more or slightly less than the specified limit.
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param previous Return previous terminated container logs. Defaults to false.
   * @param sinceSeconds A relative time in seconds before the current time from which to show logs. If this value precedes the time a pod was started, only logs since the pod start will be returned. If this value is in the future, no logs will be returned. Only one of sinceSeconds or sinceTime may be specified.
   * @param stream Specify which container log stream to return to the client. Acceptable values are "All", "Stdout" and "Stderr". If not specified, "All" is used, and both stdout and stderr are returned interleaved. Note that when "TailLines" is specified, "Stream" can only be set to nil or "All".
   * @param tailLines If set, the number of lines from the end of the logs to show. If not specified, logs are shown from the creation of the container or sinceSeconds or sinceTime. Note that when "TailLines" is specified, "Stream" can only be set to nil or "All".
   * @param timestamps If true, add an RFC3339 or RFC3339Nano timestamp at the beginning of every line of log output. Defaults to false.
   * @return String
   * @throws ApiException when the server answers with an error
   */
  public String readNamespacedPodLog(String name, String namespace, String container, Boolean follow, Boolean insecureSkipTLSVerifyBackend, Integer limitBytes, String pretty, Boolean previous, Integer sinceSeconds, String stream, Integer tailLines, Boolean timestamps) throws ApiException {
    ApiResponse<String> localVarResp = localVarApiClient.execute(readNamespacedPodLogCall(name, namespace, container, follow, insecureSkipTLSVerifyBackend, limitBytes, pretty, previous, sinceSeconds, stream, tailLines, timestamps, null), String.class);
    return localVarResp.getData();
  }

  /**
   * read log of the specified Pod
   *
   * @param name name of the Pod
   * @param namespace object name and auth scope, such as for teams and projects
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreadNamespacedPodLogRequest readNamespacedPodLog(String name, String namespace) {
    return new APIreadNamespacedPodLogRequest(name, namespace);
  }

  /** {@code readNamespacedPodLog} with its optional parameters chained, then executed. */
  public class APIreadNamespacedPodLogRequest {
    private final String name;
    private final String namespace;
    private String container;
    private Boolean follow;
    private Boolean insecureSkipTLSVerifyBackend;
    private Integer limitBytes;
    private String pretty;
    private Boolean previous;
    private Integer sinceSeconds;
    private String stream;
    private Integer tailLines;
    private Boolean timestamps;

    private APIreadNamespacedPodLogRequest(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /**
     * @param container The container for which to stream logs. Defaults to only container if there is one container in the pod.
     * @return this request
     */
    public APIreadNamespacedPodLogRequest container(String container) {
      this.container = container;
      return this;
    }

    /**
     * @param follow Follow the log stream of the pod. Defaults to false.
     * @return this request
     */
    public APIreadNamespacedPodLogRequest follow(Boolean follow) {
      this.follow = follow;
      return this;
    }

    /**
     * @param insecureSkipTLSVerifyBackend insecureSkipTLSVerifyBackend indicates that the apiserver should not confirm the validity of the serving certificate of the backend it is connecting to.  This will make the HTTPS connection between the apiserver and the backend insecure. This means the apiserver cannot verify the log data it is receiving came from the real kubelet.  If the kubelet is configured to verify the apiserver's TLS credentials, it does not mean the connection to the real kubelet is vulnerable to a man in the middle attack (e.g. an attacker could not intercept the actual log data coming from the real kubelet).
     * @return this request
     */
    public APIreadNamespacedPodLogRequest insecureSkipTLSVerifyBackend(Boolean insecureSkipTLSVerifyBackend) {
      this.insecureSkipTLSVerifyBackend = insecureSkipTLSVerifyBackend;
      return this;
    }

    /**
     * @param limitBytes If set, the number of bytes to read from the server before terminating the log output. This may not display a complete final line of logging, and may return slightly more or slightly less than the specified limit.
     * @return this request
     */
    public APIreadNamespacedPodLogRequest limitBytes(Integer limitBytes) {
      this.limitBytes = limitBytes;
      return this;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreadNamespacedPodLogRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param previous Return previous terminated container logs. Defaults to false.
     * @return this request
     */
    public APIreadNamespacedPodLogRequest previous(Boolean previous) {
      this.previous = previous;
      return this;
    }

    /**
     * @param sinceSeconds A relative time in seconds before the current time from which to show logs. If this value precedes the time a pod was started, only logs since the pod start will be returned. If this value is in the future, no logs will be returned. Only one of sinceSeconds or sinceTime may be specified.
     * @return this request
     */
    public APIreadNamespacedPodLogRequest sinceSeconds(Integer sinceSeconds) {
      this.sinceSeconds = sinceSeconds;
      return this;
    }

    /**
     * @param stream Specify which container log stream to return to the client. Acceptable values are "All", "Stdout" and "Stderr". If not specified, "All" is used, and both stdout and stderr are returned interleaved. Note that when "TailLines" is specified, "Stream" can only be set to nil or "All".
     * @return this request
     */
    public APIreadNamespacedPodLogRequest stream(String stream) {
      this.stream = stream;
      return this;
    }

    /**
     * @param tailLines If set, the number of lines from the end of the logs to show. If not specified, logs are shown from the creation of the container or sinceSeconds or sinceTime. Note that when "TailLines" is specified, "Stream" can only be set to nil or "All".
     * @return this request
     */
    public APIreadNamespacedPodLogRequest tailLines(Integer tailLines) {
      this.tailLines = tailLines;
      return this;
    }

    /**
     * @param timestamps If true, add an RFC3339 or RFC3339Nano timestamp at the beginning of every line of log output. Defaults to false.
     * @return this request
     */
    public APIreadNamespacedPodLogRequest timestamps(Boolean timestamps) {
      this.timestamps = timestamps;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return readNamespacedPodLogCall(name, namespace, container, follow, insecureSkipTLSVerifyBackend, limitBytes, pretty, previous, sinceSeconds, stream, tailLines, timestamps, _callback);
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

  /**
   * The request of {@code replaceNamespace}: PUT {@code /api/v1/namespaces/{name}}.
   *
   * @param name name of the Namespace
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @param _callback notified of the outcome by {@code executeAsync} (may be null)
   * @return the call, not yet executed
   * @throws ApiException when a required parameter is missing
   */
  public Call replaceNamespaceCall(String name, V1Namespace body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceNamespace");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceNamespace");
    }
    String localVarPath = "/api/v1/namespaces/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1Namespace.class, _callback);
  }

  /**
   * replace the specified Namespace
   *
   * @param name name of the Namespace
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1Namespace
   * @throws ApiException when the server answers with an error
   */
  public V1Namespace replaceNamespace(String name, V1Namespace body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1Namespace> localVarResp = localVarApiClient.execute(replaceNamespaceCall(name, body, pretty, dryRun, fieldManager, fieldValidation, null), V1Namespace.class);
    return localVarResp.getData();
  }

  /**
   * replace the specified Namespace
   *
   * @param name name of the Namespace
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceNamespaceRequest replaceNamespace(String name, V1Namespace body) {
    return new APIreplaceNamespaceRequest(name, body);
  }

  /** {@code replaceNamespace} with its optional parameters chained, then executed. */
  public class APIreplaceNamespaceRequest {
    private final String name;
    private final V1Namespace body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceNamespaceRequest(String name, V1Namespace body) {
      this.name = name;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreplaceNamespaceRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIreplaceNamespaceRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIreplaceNamespaceRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIreplaceNamespaceRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceNamespaceCall(name, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1Namespace execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1Namespace> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1Namespace.class);
    }

    public Call executeAsync(final ApiCallback<V1Namespace> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1Namespace.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceNamespacedConfigMap}: PUT {@code /api/v1/namespaces/{namespace}/configmaps/{name}}.
   *
   * @param name name of the ConfigMap
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
  public Call replaceNamespacedConfigMapCall(String name, String namespace, V1ConfigMap body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceNamespacedConfigMap");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling replaceNamespacedConfigMap");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceNamespacedConfigMap");
    }
    String localVarPath = "/api/v1/namespaces/{namespace}/configmaps/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, V1ConfigMap.class, _callback);
  }

  /**
   * replace the specified ConfigMap
   *
   * @param name name of the ConfigMap
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return V1ConfigMap
   * @throws ApiException when the server answers with an error
   */
  public V1ConfigMap replaceNamespacedConfigMap(String name, String namespace, V1ConfigMap body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<V1ConfigMap> localVarResp = localVarApiClient.execute(replaceNamespacedConfigMapCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), V1ConfigMap.class);
    return localVarResp.getData();
  }

  /**
   * replace the specified ConfigMap
   *
   * @param name name of the ConfigMap
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceNamespacedConfigMapRequest replaceNamespacedConfigMap(String name, String namespace, V1ConfigMap body) {
    return new APIreplaceNamespacedConfigMapRequest(name, namespace, body);
  }

  /** {@code replaceNamespacedConfigMap} with its optional parameters chained, then executed. */
  public class APIreplaceNamespacedConfigMapRequest {
    private final String name;
    private final String namespace;
    private final V1ConfigMap body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceNamespacedConfigMapRequest(String name, String namespace, V1ConfigMap body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreplaceNamespacedConfigMapRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIreplaceNamespacedConfigMapRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIreplaceNamespacedConfigMapRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIreplaceNamespacedConfigMapRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceNamespacedConfigMapCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public V1ConfigMap execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<V1ConfigMap> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), V1ConfigMap.class);
    }

    public Call executeAsync(final ApiCallback<V1ConfigMap> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, V1ConfigMap.class, _callback);
      return localVarCall;
    }
  }

  /**
   * The request of {@code replaceNamespacedEvent}: PUT {@code /api/v1/namespaces/{namespace}/events/{name}}.
   *
   * @param name name of the Event
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
  public Call replaceNamespacedEventCall(String name, String namespace, CoreV1Event body, String pretty, String dryRun, String fieldManager, String fieldValidation, final ApiCallback<?> _callback) throws ApiException {
    if (name == null) {
      throw new ApiException("Missing the required parameter 'name' when calling replaceNamespacedEvent");
    }
    if (namespace == null) {
      throw new ApiException("Missing the required parameter 'namespace' when calling replaceNamespacedEvent");
    }
    if (body == null) {
      throw new ApiException("Missing the required parameter 'body' when calling replaceNamespacedEvent");
    }
    String localVarPath = "/api/v1/namespaces/{namespace}/events/{name}"
        .replace("{name}", localVarApiClient.escapeString(name.toString()))
        .replace("{namespace}", localVarApiClient.escapeString(namespace.toString()));
    List<Pair> localVarQueryParams = new ArrayList<>();
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("pretty", pretty));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("dryRun", dryRun));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldManager", fieldManager));
    localVarQueryParams.addAll(localVarApiClient.parameterToPair("fieldValidation", fieldValidation));
    return localVarApiClient.buildCall("PUT", localVarPath, localVarQueryParams, body, "application/json", new String[] {"application/json", "application/cbor", "application/vnd.kubernetes.protobuf", "application/yaml"}, CoreV1Event.class, _callback);
  }

  /**
   * replace the specified Event
   *
   * @param name name of the Event
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
   * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
   * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
   * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
   * @return CoreV1Event
   * @throws ApiException when the server answers with an error
   */
  public CoreV1Event replaceNamespacedEvent(String name, String namespace, CoreV1Event body, String pretty, String dryRun, String fieldManager, String fieldValidation) throws ApiException {
    ApiResponse<CoreV1Event> localVarResp = localVarApiClient.execute(replaceNamespacedEventCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, null), CoreV1Event.class);
    return localVarResp.getData();
  }

  /**
   * replace the specified Event
   *
   * @param name name of the Event
   * @param namespace object name and auth scope, such as for teams and projects
   * @param body (no description in the spec)
   * @return the request: set optional parameters, then {@code execute()}
   */
  public APIreplaceNamespacedEventRequest replaceNamespacedEvent(String name, String namespace, CoreV1Event body) {
    return new APIreplaceNamespacedEventRequest(name, namespace, body);
  }

  /** {@code replaceNamespacedEvent} with its optional parameters chained, then executed. */
  public class APIreplaceNamespacedEventRequest {
    private final String name;
    private final String namespace;
    private final CoreV1Event body;
    private String pretty;
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    private APIreplaceNamespacedEventRequest(String name, String namespace, CoreV1Event body) {
      this.name = name;
      this.namespace = namespace;
      this.body = body;
    }

    /**
     * @param pretty If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).
     * @return this request
     */
    public APIreplaceNamespacedEventRequest pretty(String pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param dryRun When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed
     * @return this request
     */
    public APIreplaceNamespacedEventRequest dryRun(String dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * @param fieldManager fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.
     * @return this request
     */
    public APIreplaceNamespacedEventRequest fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * @param fieldValidation fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.
     * @return this request
     */
    public APIreplaceNamespacedEventRequest fieldValidation(String fieldValidation) {
      this.fieldValidation = fieldValidation;
      return this;
    }

    public Call buildCall(final ApiCallback<?> _callback) throws ApiException {
      return replaceNamespacedEventCall(name, namespace, body, pretty, dryRun, fieldManager, fieldValidation, _callback);
    }

    public CoreV1Event execute() throws ApiException {
      return executeWithHttpInfo().getData();
    }

    public ApiResponse<CoreV1Event> executeWithHttpInfo() throws ApiException {
      return localVarApiClient.execute(buildCall(null), CoreV1Event.class);
    }

    public Call executeAsync(final ApiCallback<CoreV1Event> _callback) throws ApiException {
      Call localVarCall = buildCall(_callback);
      localVarApiClient.executeAsync(localVarCall, CoreV1Event.class, _callback);
      return localVarCall;
    }
  }
}
