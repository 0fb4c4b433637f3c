package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A single application container that you want to run within a pod.
 */
public class V1Container {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "args",
      "command",
      "env",
      "envFrom",
      "image",
      "imagePullPolicy",
      "lifecycle",
      "livenessProbe",
      "name",
      "ports",
      "readinessProbe",
      "resizePolicy",
      "resources",
      "restartPolicy",
      "restartPolicyRules",
      "securityContext",
      "startupProbe",
      "stdin",
      "stdinOnce",
      "terminationMessagePath",
      "terminationMessagePolicy",
      "tty",
      "volumeDevices",
      "volumeMounts",
      "workingDir");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1Container> CODEC = new Codec<V1Container>() {
    @Override
    public V1Container read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1Container)");
      }
      V1Container o = new V1Container();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.args = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.command = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 2:
            o.env = Codecs.listOf(V1EnvVar.CODEC).read(p);
            break;
          case 3:
            o.envFrom = Codecs.listOf(V1EnvFromSource.CODEC).read(p);
            break;
          case 4:
            o.image = Codecs.STRING.read(p);
            break;
          case 5:
            o.imagePullPolicy = Codecs.STRING.read(p);
            break;
          case 6:
            o.lifecycle = V1Lifecycle.CODEC.read(p);
            break;
          case 7:
            o.livenessProbe = V1Probe.CODEC.read(p);
            break;
          case 8:
            o.name = Codecs.STRING.read(p);
            break;
          case 9:
            o.ports = Codecs.listOf(V1ContainerPort.CODEC).read(p);
            break;
          case 10:
            o.readinessProbe = V1Probe.CODEC.read(p);
            break;
          case 11:
            o.resizePolicy = Codecs.listOf(V1ContainerResizePolicy.CODEC).read(p);
            break;
          case 12:
            o.resources = V1ResourceRequirements.CODEC.read(p);
            break;
          case 13:
            o.restartPolicy = Codecs.STRING.read(p);
            break;
          case 14:
            o.restartPolicyRules = Codecs.listOf(V1ContainerRestartRule.CODEC).read(p);
            break;
          case 15:
            o.securityContext = V1SecurityContext.CODEC.read(p);
            break;
          case 16:
            o.startupProbe = V1Probe.CODEC.read(p);
            break;
          case 17:
            o.stdin = Codecs.BOOLEAN.read(p);
            break;
          case 18:
            o.stdinOnce = Codecs.BOOLEAN.read(p);
            break;
          case 19:
            o.terminationMessagePath = Codecs.STRING.read(p);
            break;
          case 20:
            o.terminationMessagePolicy = Codecs.STRING.read(p);
            break;
          case 21:
            o.tty = Codecs.BOOLEAN.read(p);
            break;
          case 22:
            o.volumeDevices = Codecs.listOf(V1VolumeDevice.CODEC).read(p);
            break;
          case 23:
            o.volumeMounts = Codecs.listOf(V1VolumeMount.CODEC).read(p);
            break;
          case 24:
            o.workingDir = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1Container o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.args != null) {
        g.writeFieldName("args");
        Codecs.listOf(Codecs.STRING).write(g, o.args);
      }
      if (o.command != null) {
        g.writeFieldName("command");
        Codecs.listOf(Codecs.STRING).write(g, o.command);
      }
      if (o.env != null) {
        g.writeFieldName("env");
        Codecs.listOf(V1EnvVar.CODEC).write(g, o.env);
      }
      if (o.envFrom != null) {
        g.writeFieldName("envFrom");
        Codecs.listOf(V1EnvFromSource.CODEC).write(g, o.envFrom);
      }
      if (o.image != null) {
        g.writeFieldName("image");
        Codecs.STRING.write(g, o.image);
      }
      if (o.imagePullPolicy != null) {
        g.writeFieldName("imagePullPolicy");
        Codecs.STRING.write(g, o.imagePullPolicy);
      }
      if (o.lifecycle != null) {
        g.writeFieldName("lifecycle");
        V1Lifecycle.CODEC.write(g, o.lifecycle);
      }
      if (o.livenessProbe != null) {
        g.writeFieldName("livenessProbe");
        V1Probe.CODEC.write(g, o.livenessProbe);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.ports != null) {
        g.writeFieldName("ports");
        Codecs.listOf(V1ContainerPort.CODEC).write(g, o.ports);
      }
      if (o.readinessProbe != null) {
        g.writeFieldName("readinessProbe");
        V1Probe.CODEC.write(g, o.readinessProbe);
      }
      if (o.resizePolicy != null) {
        g.writeFieldName("resizePolicy");
        Codecs.listOf(V1ContainerResizePolicy.CODEC).write(g, o.resizePolicy);
      }
      if (o.resources != null) {
        g.writeFieldName("resources");
        V1ResourceRequirements.CODEC.write(g, o.resources);
      }
      if (o.restartPolicy != null) {
        g.writeFieldName("restartPolicy");
        Codecs.STRING.write(g, o.restartPolicy);
      }
      if (o.restartPolicyRules != null) {
        g.writeFieldName("restartPolicyRules");
        Codecs.listOf(V1ContainerRestartRule.CODEC).write(g, o.restartPolicyRules);
      }
      if (o.securityContext != null) {
        g.writeFieldName("securityContext");
        V1SecurityContext.CODEC.write(g, o.securityContext);
      }
      if (o.startupProbe != null) {
        g.writeFieldName("startupProbe");
        V1Probe.CODEC.write(g, o.startupProbe);
      }
      if (o.stdin != null) {
        g.writeFieldName("stdin");
        Codecs.BOOLEAN.write(g, o.stdin);
      }
      if (o.stdinOnce != null) {
        g.writeFieldName("stdinOnce");
        Codecs.BOOLEAN.write(g, o.stdinOnce);
      }
      if (o.terminationMessagePath != null) {
        g.writeFieldName("terminationMessagePath");
        Codecs.STRING.write(g, o.terminationMessagePath);
      }
      if (o.terminationMessagePolicy != null) {
        g.writeFieldName("terminationMessagePolicy");
        Codecs.STRING.write(g, o.terminationMessagePolicy);
      }
      if (o.tty != null) {
        g.writeFieldName("tty");
        Codecs.BOOLEAN.write(g, o.tty);
      }
      if (o.volumeDevices != null) {
        g.writeFieldName("volumeDevices");
        Codecs.listOf(V1VolumeDevice.CODEC).write(g, o.volumeDevices);
      }
      if (o.volumeMounts != null) {
        g.writeFieldName("volumeMounts");
        Codecs.listOf(V1VolumeMount.CODEC).write(g, o.volumeMounts);
      }
      if (o.workingDir != null) {
        g.writeFieldName("workingDir");
        Codecs.STRING.write(g, o.workingDir);
      }
      g.writeEndObject();
    }
  };

  private List<String> args;

  private List<String> command;

  private List<V1EnvVar> env;

  private List<V1EnvFromSource> envFrom;

  private String image;

  private String imagePullPolicy;

  private V1Lifecycle lifecycle;

  private V1Probe livenessProbe;

  private String name;

  private List<V1ContainerPort> ports;

  private V1Probe readinessProbe;

  private List<V1ContainerResizePolicy> resizePolicy;

  private V1ResourceRequirements resources;

  private String restartPolicy;

  private List<V1ContainerRestartRule> restartPolicyRules;

  private V1SecurityContext securityContext;

  private V1Probe startupProbe;

  private Boolean stdin;

  private Boolean stdinOnce;

  private String terminationMessagePath;

  private String terminationMessagePolicy;

  private Boolean tty;

  private List<V1VolumeDevice> volumeDevices;

  private List<V1VolumeMount> volumeMounts;

  private String workingDir;

  public V1Container args(List<String> args) {
    this.args = args;
    return this;
  }

  public V1Container addArgsItem(String item) {
    if (this.args == null) {
      this.args = new ArrayList<>();
    }
    this.args.add(item);
    return this;
  }

  /**
   * Arguments to the entrypoint. The container image's CMD is used if this is not provided.
   * Variable references $(VAR_NAME) are expanded using the container's environment. If a
   * variable cannot be resolved, the reference in the input string will be unchanged. Double $$
   * are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
   * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never
   * be expanded, regardless of whether the variable exists or not. Cannot be updated. More info:
   * https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
   *
   * @return args
   */
  public List<String> getArgs() {
    return args;
  }

  public void setArgs(List<String> args) {
    this.args = args;
  }

  public V1Container command(List<String> command) {
    this.command = command;
    return this;
  }

  public V1Container addCommandItem(String item) {
    if (this.command == null) {
      this.command = new ArrayList<>();
    }
    this.command.add(item);
    return this;
  }

  /**
   * Entrypoint array. Not executed within a shell. The container image's ENTRYPOINT is used if
   * this is not provided. Variable references $(VAR_NAME) are expanded using the container's
   * environment. If a variable cannot be resolved, the reference in the input string will be
   * unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME)
   * syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped
   * references will never be expanded, regardless of whether the variable exists or not. Cannot
   * be updated. More info:
   * https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
   *
   * @return command
   */
  public List<String> getCommand() {
    return command;
  }

  public void setCommand(List<String> command) {
    this.command = command;
  }

  public V1Container env(List<V1EnvVar> env) {
    this.env = env;
    return this;
  }

  public V1Container addEnvItem(V1EnvVar item) {
    if (this.env == null) {
      this.env = new ArrayList<>();
    }
    this.env.add(item);
    return this;
  }

  /**
   * List of environment variables to set in the container. Cannot be updated.
   *
   * @return env
   */
  public List<V1EnvVar> getEnv() {
    return env;
  }

  public void setEnv(List<V1EnvVar> env) {
    this.env = env;
  }

  public V1Container envFrom(List<V1EnvFromSource> envFrom) {
    this.envFrom = envFrom;
    return this;
  }

  public V1Container addEnvFromItem(V1EnvFromSource item) {
    if (this.envFrom == null) {
      this.envFrom = new ArrayList<>();
    }
    this.envFrom.add(item);
    return this;
  }

  /**
   * List of sources to populate environment variables in the container. The keys defined within
   * a source may consist of any printable ASCII characters except '='. When a key exists in
   * multiple sources, the value associated with the last source will take precedence. Values
   * defined by an Env with a duplicate key will take precedence. Cannot be updated.
   *
   * @return envFrom
   */
  public List<V1EnvFromSource> getEnvFrom() {
    return envFrom;
  }

  public void setEnvFrom(List<V1EnvFromSource> envFrom) {
    this.envFrom = envFrom;
  }

  public V1Container image(String image) {
    this.image = image;
    return this;
  }

  /**
   * Container image name. More info: https://kubernetes.io/docs/concepts/containers/images This
   * field is optional to allow higher level config management to default or override container
   * images in workload controllers like Deployments and StatefulSets.
   *
   * @return image
   */
  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public V1Container imagePullPolicy(String imagePullPolicy) {
    this.imagePullPolicy = imagePullPolicy;
    return this;
  }

  /**
   * Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is
   * specified, or IfNotPresent otherwise. Cannot be updated. More info:
   * https://kubernetes.io/docs/concepts/containers/images#updating-images
   *
   * @return imagePullPolicy
   */
  public String getImagePullPolicy() {
    return imagePullPolicy;
  }

  public void setImagePullPolicy(String imagePullPolicy) {
    this.imagePullPolicy = imagePullPolicy;
  }

  public V1Container lifecycle(V1Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
    return this;
  }

  /**
   * Actions that the management system should take in response to container lifecycle events.
   * Cannot be updated.
   *
   * @return lifecycle
   */
  public V1Lifecycle getLifecycle() {
    return lifecycle;
  }

  public void setLifecycle(V1Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  public V1Container livenessProbe(V1Probe livenessProbe) {
    this.livenessProbe = livenessProbe;
    return this;
  }

  /**
   * Periodic probe of container liveness. Container will be restarted if the probe fails. Cannot
   * be updated. More info:
   * https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @return livenessProbe
   */
  public V1Probe getLivenessProbe() {
    return livenessProbe;
  }

  public void setLivenessProbe(V1Probe livenessProbe) {
    this.livenessProbe = livenessProbe;
  }

  public V1Container name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique
   * name (DNS_LABEL). Cannot be updated.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1Container ports(List<V1ContainerPort> ports) {
    this.ports = ports;
    return this;
  }

  public V1Container addPortsItem(V1ContainerPort item) {
    if (this.ports == null) {
      this.ports = new ArrayList<>();
    }
    this.ports.add(item);
    return this;
  }

  /**
   * List of ports to expose from the container. Not specifying a port here DOES NOT prevent that
   * port from being exposed. Any port which is listening on the default "0.0.0.0" address inside
   * a container will be accessible from the network. Modifying this array with strategic merge
   * patch may corrupt the data. For more information See
   * https://github.com/kubernetes/kubernetes/issues/108255. Cannot be updated.
   *
   * @return ports
   */
  public List<V1ContainerPort> getPorts() {
    return ports;
  }

  public void setPorts(List<V1ContainerPort> ports) {
    this.ports = ports;
  }

  public V1Container readinessProbe(V1Probe readinessProbe) {
    this.readinessProbe = readinessProbe;
    return this;
  }

  /**
   * Periodic probe of container service readiness. Container will be removed from service
   * endpoints if the probe fails. Cannot be updated. More info:
   * https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @return readinessProbe
   */
  public V1Probe getReadinessProbe() {
    return readinessProbe;
  }

  public void setReadinessProbe(V1Probe readinessProbe) {
    this.readinessProbe = readinessProbe;
  }

  public V1Container resizePolicy(List<V1ContainerResizePolicy> resizePolicy) {
    this.resizePolicy = resizePolicy;
    return this;
  }

  public V1Container addResizePolicyItem(V1ContainerResizePolicy item) {
    if (this.resizePolicy == null) {
      this.resizePolicy = new ArrayList<>();
    }
    this.resizePolicy.add(item);
    return this;
  }

  /**
   * Resources resize policy for the container. This field cannot be set on ephemeral containers.
   *
   * @return resizePolicy
   */
  public List<V1ContainerResizePolicy> getResizePolicy() {
    return resizePolicy;
  }

  public void setResizePolicy(List<V1ContainerResizePolicy> resizePolicy) {
    this.resizePolicy = resizePolicy;
  }

  public V1Container resources(V1ResourceRequirements resources) {
    this.resources = resources;
    return this;
  }

  /**
   * Compute Resources required by this container. Cannot be updated. More info:
   * https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @return resources
   */
  public V1ResourceRequirements getResources() {
    return resources;
  }

  public void setResources(V1ResourceRequirements resources) {
    this.resources = resources;
  }

  public V1Container restartPolicy(String restartPolicy) {
    this.restartPolicy = restartPolicy;
    return this;
  }

  /**
   * RestartPolicy defines the restart behavior of individual containers in a pod. This overrides
   * the pod-level restart policy. When this field is not specified, the restart behavior is
   * defined by the Pod's restart policy and the container type. Additionally, setting the
   * RestartPolicy as "Always" for the init container will have the following effect: this init
   * container will be continually restarted on exit until all regular containers have
   * terminated. Once all regular containers have completed, all init containers with
   * restartPolicy "Always" will be shut down. This lifecycle differs from normal init containers
   * and is often referred to as a "sidecar" container. Although this init container still starts
   * in the init container sequence, it does not wait for the container to complete before
   * proceeding to the next init container. Instead, the next init container starts immediately
   * after this init container is started, or after any startupProbe has successfully completed.
   *
   * @return restartPolicy
   */
  public String getRestartPolicy() {
    return restartPolicy;
  }

  public void setRestartPolicy(String restartPolicy) {
    this.restartPolicy = restartPolicy;
  }

  public V1Container restartPolicyRules(List<V1ContainerRestartRule> restartPolicyRules) {
    this.restartPolicyRules = restartPolicyRules;
    return this;
  }

  public V1Container addRestartPolicyRulesItem(V1ContainerRestartRule item) {
    if (this.restartPolicyRules == null) {
      this.restartPolicyRules = new ArrayList<>();
    }
    this.restartPolicyRules.add(item);
    return this;
  }

  /**
   * Represents a list of rules to be checked to determine if the container should be restarted
   * on exit. The rules are evaluated in order. Once a rule matches a container exit condition,
   * the remaining rules are ignored. If no rule matches the container exit condition, the
   * Container-level restart policy determines the whether the container is restarted or not.
   * Constraints on the rules: - At most 20 rules are allowed. - Rules can have the same action.
   * - Identical rules are not forbidden in validations. When rules are specified, container MUST
   * set RestartPolicy explicitly even it if matches the Pod's RestartPolicy.
   *
   * @return restartPolicyRules
   */
  public List<V1ContainerRestartRule> getRestartPolicyRules() {
    return restartPolicyRules;
  }

  public void setRestartPolicyRules(List<V1ContainerRestartRule> restartPolicyRules) {
    this.restartPolicyRules = restartPolicyRules;
  }

  public V1Container securityContext(V1SecurityContext securityContext) {
    this.securityContext = securityContext;
    return this;
  }

  /**
   * SecurityContext defines the security options the container should be run with. If set, the
   * fields of SecurityContext override the equivalent fields of PodSecurityContext. More info:
   * https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
   *
   * @return securityContext
   */
  public V1SecurityContext getSecurityContext() {
    return securityContext;
  }

  public void setSecurityContext(V1SecurityContext securityContext) {
    this.securityContext = securityContext;
  }

  public V1Container startupProbe(V1Probe startupProbe) {
    this.startupProbe = startupProbe;
    return this;
  }

  /**
   * StartupProbe indicates that the Pod has successfully initialized. If specified, no other
   * probes are executed until this completes successfully. If this probe fails, the Pod will be
   * restarted, just as if the livenessProbe failed. This can be used to provide different probe
   * parameters at the beginning of a Pod's lifecycle, when it might take a long time to load
   * data or warm a cache, than during steady-state operation. This cannot be updated. More info:
   * https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @return startupProbe
   */
  public V1Probe getStartupProbe() {
    return startupProbe;
  }

  public void setStartupProbe(V1Probe startupProbe) {
    this.startupProbe = startupProbe;
  }

  public V1Container stdin(Boolean stdin) {
    this.stdin = stdin;
    return this;
  }

  /**
   * Whether this container should allocate a buffer for stdin in the container runtime. If this
   * is not set, reads from stdin in the container will always result in EOF. Default is false.
   *
   * @return stdin
   */
  public Boolean getStdin() {
    return stdin;
  }

  public void setStdin(Boolean stdin) {
    this.stdin = stdin;
  }

  public V1Container stdinOnce(Boolean stdinOnce) {
    this.stdinOnce = stdinOnce;
    return this;
  }

  /**
   * Whether the container runtime should close the stdin channel after it has been opened by a
   * single attach. When stdin is true the stdin stream will remain open across multiple attach
   * sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until
   * the first client attaches to stdin, and then remains open and accepts data until the client
   * disconnects, at which time stdin is closed and remains closed until the container is
   * restarted. If this flag is false, a container processes that reads from stdin will never
   * receive an EOF. Default is false
   *
   * @return stdinOnce
   */
  public Boolean getStdinOnce() {
    return stdinOnce;
  }

  public void setStdinOnce(Boolean stdinOnce) {
    this.stdinOnce = stdinOnce;
  }

  public V1Container terminationMessagePath(String terminationMessagePath) {
    this.terminationMessagePath = terminationMessagePath;
    return this;
  }

  /**
   * Optional: Path at which the file to which the container's termination message will be
   * written is mounted into the container's filesystem. Message written is intended to be brief
   * final status, such as an assertion failure message. Will be truncated by the node if greater
   * than 4096 bytes. The total message length across all containers will be limited to 12kb.
   * Defaults to /dev/termination-log. Cannot be updated.
   *
   * @return terminationMessagePath
   */
  public String getTerminationMessagePath() {
    return terminationMessagePath;
  }

  public void setTerminationMessagePath(String terminationMessagePath) {
    this.terminationMessagePath = terminationMessagePath;
  }

  public V1Container terminationMessagePolicy(String terminationMessagePolicy) {
    this.terminationMessagePolicy = terminationMessagePolicy;
    return this;
  }

  /**
   * Indicate how the termination message should be populated. File will use the contents of
   * terminationMessagePath to populate the container status message on both success and failure.
   * FallbackToLogsOnError will use the last chunk of container log output if the termination
   * message file is empty and the container exited with an error. The log output is limited to
   * 2048 bytes or 80 lines, whichever is smaller. Defaults to File. Cannot be updated.
   *
   * @return terminationMessagePolicy
   */
  public String getTerminationMessagePolicy() {
    return terminationMessagePolicy;
  }

  public void setTerminationMessagePolicy(String terminationMessagePolicy) {
    this.terminationMessagePolicy = terminationMessagePolicy;
  }

  public V1Container tty(Boolean tty) {
    this.tty = tty;
    return this;
  }

  /**
   * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
   * Default is false.
   *
   * @return tty
   */
  public Boolean getTty() {
    return tty;
  }

  public void setTty(Boolean tty) {
    this.tty = tty;
  }

  public V1Container volumeDevices(List<V1VolumeDevice> volumeDevices) {
    this.volumeDevices = volumeDevices;
    return this;
  }

  public V1Container addVolumeDevicesItem(V1VolumeDevice item) {
    if (this.volumeDevices == null) {
      this.volumeDevices = new ArrayList<>();
    }
    this.volumeDevices.add(item);
    return this;
  }

  /**
   * volumeDevices is the list of block devices to be used by the container.
   *
   * @return volumeDevices
   */
  public List<V1VolumeDevice> getVolumeDevices() {
    return volumeDevices;
  }

  public void setVolumeDevices(List<V1VolumeDevice> volumeDevices) {
    this.volumeDevices = volumeDevices;
  }

  public V1Container volumeMounts(List<V1VolumeMount> volumeMounts) {
    this.volumeMounts = volumeMounts;
    return this;
  }

  public V1Container addVolumeMountsItem(V1VolumeMount item) {
    if (this.volumeMounts == null) {
      this.volumeMounts = new ArrayList<>();
    }
    this.volumeMounts.add(item);
    return this;
  }

  /**
   * Pod volumes to mount into the container's filesystem. Cannot be updated.
   *
   * @return volumeMounts
   */
  public List<V1VolumeMount> getVolumeMounts() {
    return volumeMounts;
  }

  public void setVolumeMounts(List<V1VolumeMount> volumeMounts) {
    this.volumeMounts = volumeMounts;
  }

  public V1Container workingDir(String workingDir) {
    this.workingDir = workingDir;
    return this;
  }

  /**
   * Container's working directory. If not specified, the container runtime's default will be
   * used, which might be configured in the container image. Cannot be updated.
   *
   * @return workingDir
   */
  public String getWorkingDir() {
    return workingDir;
  }

  public void setWorkingDir(String workingDir) {
    this.workingDir = workingDir;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1Container that = (V1Container) other;
    return Objects.equals(args, that.args)
        && Objects.equals(command, that.command)
        && Objects.equals(env, that.env)
        && Objects.equals(envFrom, that.envFrom)
        && Objects.equals(image, that.image)
        && Objects.equals(imagePullPolicy, that.imagePullPolicy)
        && Objects.equals(lifecycle, that.lifecycle)
        && Objects.equals(livenessProbe, that.livenessProbe)
        && Objects.equals(name, that.name)
        && Objects.equals(ports, that.ports)
        && Objects.equals(readinessProbe, that.readinessProbe)
        && Objects.equals(resizePolicy, that.resizePolicy)
        && Objects.equals(resources, that.resources)
        && Objects.equals(restartPolicy, that.restartPolicy)
        && Objects.equals(restartPolicyRules, that.restartPolicyRules)
        && Objects.equals(securityContext, that.securityContext)
        && Objects.equals(startupProbe, that.startupProbe)
        && Objects.equals(stdin, that.stdin)
        && Objects.equals(stdinOnce, that.stdinOnce)
        && Objects.equals(terminationMessagePath, that.terminationMessagePath)
        && Objects.equals(terminationMessagePolicy, that.terminationMessagePolicy)
        && Objects.equals(tty, that.tty)
        && Objects.equals(volumeDevices, that.volumeDevices)
        && Objects.equals(volumeMounts, that.volumeMounts)
        && Objects.equals(workingDir, that.workingDir);
  }

  @Override
  public int hashCode() {
    return Objects.hash(args, command, env, envFrom, image, imagePullPolicy, lifecycle, livenessProbe, name, ports, readinessProbe, resizePolicy, resources, restartPolicy, restartPolicyRules, securityContext, startupProbe, stdin, stdinOnce, terminationMessagePath, terminationMessagePolicy, tty, volumeDevices, volumeMounts, workingDir);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1Container {\n");
    sb.append("    args: ").append(String.valueOf(args).replace("\n", "\n    ")).append('\n');
    sb.append("    command: ").append(String.valueOf(command).replace("\n", "\n    ")).append('\n');
    sb.append("    env: ").append(String.valueOf(env).replace("\n", "\n    ")).append('\n');
    sb.append("    envFrom: ").append(String.valueOf(envFrom).replace("\n", "\n    ")).append('\n');
    sb.append("    image: ").append(image).append('\n');
    sb.append("    imagePullPolicy: ").append(imagePullPolicy).append('\n');
    sb.append("    lifecycle: ").append(String.valueOf(lifecycle).replace("\n", "\n    ")).append('\n');
    sb.append("    livenessProbe: ").append(String.valueOf(livenessProbe).replace("\n", "\n    ")).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    ports: ").append(String.valueOf(ports).replace("\n", "\n    ")).append('\n');
    sb.append("    readinessProbe: ").append(String.valueOf(readinessProbe).replace("\n", "\n    ")).append('\n');
    sb.append("    resizePolicy: ").append(String.valueOf(resizePolicy).replace("\n", "\n    ")).append('\n');
    sb.append("    resources: ").append(String.valueOf(resources).replace("\n", "\n    ")).append('\n');
    sb.append("    restartPolicy: ").append(restartPolicy).append('\n');
    sb.append("    restartPolicyRules: ").append(String.valueOf(restartPolicyRules).replace("\n", "\n    ")).append('\n');
    sb.append("    securityContext: ").append(String.valueOf(securityContext).replace("\n", "\n    ")).append('\n');
    sb.append("    startupProbe: ").append(String.valueOf(startupProbe).replace("\n", "\n    ")).append('\n');
    sb.append("    stdin: ").append(stdin).append('\n');
    sb.append("    stdinOnce: ").append(stdinOnce).append('\n');
    sb.append("    terminationMessagePath: ").append(terminationMessagePath).append('\n');
    sb.append("    terminationMessagePolicy: ").append(terminationMessagePolicy).append('\n');
    sb.append("    tty: ").append(tty).append('\n');
    sb.append("    volumeDevices: ").append(String.valueOf(volumeDevices).replace("\n", "\n    ")).append('\n');
    sb.append("    volumeMounts: ").append(String.valueOf(volumeMounts).replace("\n", "\n    ")).append('\n');
    sb.append("    workingDir: ").append(workingDir).append('\n');
    return sb.append("}").toString();
  }
}
