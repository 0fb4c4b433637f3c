package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1EphemeralContainer}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1EphemeralContainerBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1EphemeralContainerFluent<A extends V1EphemeralContainerFluent<A>> {
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
  private String targetContainerName;
  private String terminationMessagePath;
  private String terminationMessagePolicy;
  private Boolean tty;
  private List<V1VolumeDevice> volumeDevices;
  private List<V1VolumeMount> volumeMounts;
  private String workingDir;

  public V1EphemeralContainerFluent() {}

  public V1EphemeralContainerFluent(V1EphemeralContainer instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1EphemeralContainer instance) {
    if (instance != null) {
      this.args = instance.getArgs() == null ? null : new ArrayList<>(instance.getArgs());
      this.command = instance.getCommand() == null ? null : new ArrayList<>(instance.getCommand());
      this.env = instance.getEnv() == null ? null : new ArrayList<>(instance.getEnv());
      this.envFrom = instance.getEnvFrom() == null ? null : new ArrayList<>(instance.getEnvFrom());
      this.image = instance.getImage();
      this.imagePullPolicy = instance.getImagePullPolicy();
      this.lifecycle = instance.getLifecycle();
      this.livenessProbe = instance.getLivenessProbe();
      this.name = instance.getName();
      this.ports = instance.getPorts() == null ? null : new ArrayList<>(instance.getPorts());
      this.readinessProbe = instance.getReadinessProbe();
      this.resizePolicy = instance.getResizePolicy() == null ? null : new ArrayList<>(instance.getResizePolicy());
      this.resources = instance.getResources();
      this.restartPolicy = instance.getRestartPolicy();
      this.restartPolicyRules = instance.getRestartPolicyRules() == null ? null : new ArrayList<>(instance.getRestartPolicyRules());
      this.securityContext = instance.getSecurityContext();
      this.startupProbe = instance.getStartupProbe();
      this.stdin = instance.getStdin();
      this.stdinOnce = instance.getStdinOnce();
      this.targetContainerName = instance.getTargetContainerName();
      this.terminationMessagePath = instance.getTerminationMessagePath();
      this.terminationMessagePolicy = instance.getTerminationMessagePolicy();
      this.tty = instance.getTty();
      this.volumeDevices = instance.getVolumeDevices() == null ? null : new ArrayList<>(instance.getVolumeDevices());
      this.volumeMounts = instance.getVolumeMounts() == null ? null : new ArrayList<>(instance.getVolumeMounts());
      this.workingDir = instance.getWorkingDir();
    }
  }

  /** A new {@link V1EphemeralContainer} holding what was set (lists and maps copied). */
  V1EphemeralContainer toModel() {
    V1EphemeralContainer o = new V1EphemeralContainer();
    o.setArgs(args == null ? null : new ArrayList<>(args));
    o.setCommand(command == null ? null : new ArrayList<>(command));
    o.setEnv(env == null ? null : new ArrayList<>(env));
    o.setEnvFrom(envFrom == null ? null : new ArrayList<>(envFrom));
    o.setImage(image);
    o.setImagePullPolicy(imagePullPolicy);
    o.setLifecycle(lifecycle);
    o.setLivenessProbe(livenessProbe);
    o.setName(name);
    o.setPorts(ports == null ? null : new ArrayList<>(ports));
    o.setReadinessProbe(readinessProbe);
    o.setResizePolicy(resizePolicy == null ? null : new ArrayList<>(resizePolicy));
    o.setResources(resources);
    o.setRestartPolicy(restartPolicy);
    o.setRestartPolicyRules(restartPolicyRules == null ? null : new ArrayList<>(restartPolicyRules));
    o.setSecurityContext(securityContext);
    o.setStartupProbe(startupProbe);
    o.setStdin(stdin);
    o.setStdinOnce(stdinOnce);
    o.setTargetContainerName(targetContainerName);
    o.setTerminationMessagePath(terminationMessagePath);
    o.setTerminationMessagePolicy(terminationMessagePolicy);
    o.setTty(tty);
    o.setVolumeDevices(volumeDevices == null ? null : new ArrayList<>(volumeDevices));
    o.setVolumeMounts(volumeMounts == null ? null : new ArrayList<>(volumeMounts));
    o.setWorkingDir(workingDir);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getArgs() {
    return args;
  }

  public A withArgs(List<String> args) {
    this.args = args == null ? null : new ArrayList<>(args);
    return self();
  }

  public boolean hasArgs() {
    return args != null;
  }

  public A withArgs(String... items) {
    this.args = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToArgs(String... items) {
    for (String item : items) {
      addToArgs(-1, item);
    }
    return self();
  }

  public A removeFromArgs(String... items) {
    return removeAllFromArgs(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToArgs(int index, String item) {
    if (this.args == null) {
      this.args = new ArrayList<>();
    }
    if (index < 0 || index >= this.args.size()) {
      this.args.add(item);
    } else {
      this.args.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToArgs(int index, String item) {
    if (index < 0 || this.args == null || index >= this.args.size()) {
      return addToArgs(-1, item);
    }
    this.args.set(index, item);
    return self();
  }

  public A addAllToArgs(Collection<String> items) {
    for (String item : items) {
      addToArgs(-1, item);
    }
    return self();
  }

  public A removeAllFromArgs(Collection<String> items) {
    if (this.args != null) {
      this.args.removeAll(items);
    }
    return self();
  }

  public List<String> getCommand() {
    return command;
  }

  public A withCommand(List<String> command) {
    this.command = command == null ? null : new ArrayList<>(command);
    return self();
  }

  public boolean hasCommand() {
    return command != null;
  }

  public A withCommand(String... items) {
    this.command = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToCommand(String... items) {
    for (String item : items) {
      addToCommand(-1, item);
    }
    return self();
  }

  public A removeFromCommand(String... items) {
    return removeAllFromCommand(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToCommand(int index, String item) {
    if (this.command == null) {
      this.command = new ArrayList<>();
    }
    if (index < 0 || index >= this.command.size()) {
      this.command.add(item);
    } else {
      this.command.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToCommand(int index, String item) {
    if (index < 0 || this.command == null || index >= this.command.size()) {
      return addToCommand(-1, item);
    }
    this.command.set(index, item);
    return self();
  }

  public A addAllToCommand(Collection<String> items) {
    for (String item : items) {
      addToCommand(-1, item);
    }
    return self();
  }

  public A removeAllFromCommand(Collection<String> items) {
    if (this.command != null) {
      this.command.removeAll(items);
    }
    return self();
  }

  public List<V1EnvVar> getEnv() {
    return env;
  }

  public A withEnv(List<V1EnvVar> env) {
    this.env = env == null ? null : new ArrayList<>(env);
    return self();
  }

  public boolean hasEnv() {
    return env != null;
  }

  public A withEnv(V1EnvVar... items) {
    this.env = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToEnv(V1EnvVar... items) {
    for (V1EnvVar item : items) {
      addToEnv(-1, item);
    }
    return self();
  }

  public A removeFromEnv(V1EnvVar... items) {
    return removeAllFromEnv(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToEnv(int index, V1EnvVar item) {
    if (this.env == null) {
      this.env = new ArrayList<>();
    }
    if (index < 0 || index >= this.env.size()) {
      this.env.add(item);
    } else {
      this.env.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToEnv(int index, V1EnvVar item) {
    if (index < 0 || this.env == null || index >= this.env.size()) {
      return addToEnv(-1, item);
    }
    this.env.set(index, item);
    return self();
  }

  public A addAllToEnv(Collection<V1EnvVar> items) {
    for (V1EnvVar item : items) {
      addToEnv(-1, item);
    }
    return self();
  }

  public A removeAllFromEnv(Collection<V1EnvVar> items) {
    if (this.env != null) {
      this.env.removeAll(items);
    }
    return self();
  }

  public List<V1EnvVar> buildEnv() {
    return env;
  }

  public V1EnvVar buildEnv(int index) {
    return this.env.get(index);
  }

  public EnvNested addNewEnv() {
    return new EnvNested(-1, null);
  }

  public EnvNested addNewEnvLike(V1EnvVar item) {
    return new EnvNested(-1, item);
  }

  public EnvNested setNewEnvLike(int index, V1EnvVar item) {
    return new EnvNested(index, item);
  }

  public EnvNested editEnv(int index) {
    if (this.env == null || index < 0 || index >= this.env.size()) {
      throw new IndexOutOfBoundsException("can't edit env [" + index + "]");
    }
    return new EnvNested(index, this.env.get(index));
  }

  public EnvNested editFirstEnv() {
    return editEnv(0);
  }

  public EnvNested editLastEnv() {
    return editEnv(this.env == null ? -1 : this.env.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class EnvNested extends V1EnvVarFluent<EnvNested> {
    private final int index;

    EnvNested(int index, V1EnvVar item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1EphemeralContainerFluent.this.setToEnv(index, toModel());
    }

    public A endEnv() {
      return and();
    }
  }

  public List<V1EnvFromSource> getEnvFrom() {
    return envFrom;
  }

  public A withEnvFrom(List<V1EnvFromSource> envFrom) {
    this.envFrom = envFrom == null ? null : new ArrayList<>(envFrom);
    return self();
  }

  public boolean hasEnvFrom() {
    return envFrom != null;
  }

  public A withEnvFrom(V1EnvFromSource... items) {
    this.envFrom = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToEnvFrom(V1EnvFromSource... items) {
    for (V1EnvFromSource item : items) {
      addToEnvFrom(-1, item);
    }
    return self();
  }

  public A removeFromEnvFrom(V1EnvFromSource... items) {
    return removeAllFromEnvFrom(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToEnvFrom(int index, V1EnvFromSource item) {
    if (this.envFrom == null) {
      this.envFrom = new ArrayList<>();
    }
    if (index < 0 || index >= this.envFrom.size()) {
      this.envFrom.add(item);
    } else {
      this.envFrom.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToEnvFrom(int index, V1EnvFromSource item) {
    if (index < 0 || this.envFrom == null || index >= this.envFrom.size()) {
      return addToEnvFrom(-1, item);
    }
    this.envFrom.set(index, item);
    return self();
  }

  public A addAllToEnvFrom(Collection<V1EnvFromSource> items) {
    for (V1EnvFromSource item : items) {
      addToEnvFrom(-1, item);
    }
    return self();
  }

  public A removeAllFromEnvFrom(Collection<V1EnvFromSource> items) {
    if (this.envFrom != null) {
      this.envFrom.removeAll(items);
    }
    return self();
  }

  public List<V1EnvFromSource> buildEnvFrom() {
    return envFrom;
  }

  public V1EnvFromSource buildEnvFrom(int index) {
    return this.envFrom.get(index);
  }

  public EnvFromNested addNewEnvFrom() {
    return new EnvFromNested(-1, null);
  }

  public EnvFromNested addNewEnvFromLike(V1EnvFromSource item) {
    return new EnvFromNested(-1, item);
  }

  public EnvFromNested setNewEnvFromLike(int index, V1EnvFromSource item) {
    return new EnvFromNested(index, item);
  }

  public EnvFromNested editEnvFrom(int index) {
    if (this.envFrom == null || index < 0 || index >= this.envFrom.size()) {
      throw new IndexOutOfBoundsException("can't edit envFrom [" + index + "]");
    }
    return new EnvFromNested(index, this.envFrom.get(index));
  }

  public EnvFromNested editFirstEnvFrom() {
    return editEnvFrom(0);
  }

  public EnvFromNested editLastEnvFrom() {
    return editEnvFrom(this.envFrom == null ? -1 : this.envFrom.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class EnvFromNested extends V1EnvFromSourceFluent<EnvFromNested> {
    private final int index;

    EnvFromNested(int index, V1EnvFromSource item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1EphemeralContainerFluent.this.setToEnvFrom(index, toModel());
    }

    public A endEnvFrom() {
      return and();
    }
  }

  public String getImage() {
    return image;
  }

  public A withImage(String image) {
    this.image = image;
    return self();
  }

  public boolean hasImage() {
    return image != null;
  }

  public String getImagePullPolicy() {
    return imagePullPolicy;
  }

  public A withImagePullPolicy(String imagePullPolicy) {
    this.imagePullPolicy = imagePullPolicy;
    return self();
  }

  public boolean hasImagePullPolicy() {
    return imagePullPolicy != null;
  }

  public V1Lifecycle getLifecycle() {
    return lifecycle;
  }

  public A withLifecycle(V1Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
    return self();
  }

  public boolean hasLifecycle() {
    return lifecycle != null;
  }

  public V1Lifecycle buildLifecycle() {
    return lifecycle;
  }

  public LifecycleNested withNewLifecycle() {
    return new LifecycleNested(null);
  }

  public LifecycleNested withNewLifecycleLike(V1Lifecycle item) {
    return new LifecycleNested(item);
  }

  public LifecycleNested editLifecycle() {
    return new LifecycleNested(lifecycle);
  }

  public LifecycleNested editOrNewLifecycle() {
    return new LifecycleNested(lifecycle != null ? lifecycle : new V1Lifecycle());
  }

  public LifecycleNested editOrNewLifecycleLike(V1Lifecycle item) {
    return new LifecycleNested(lifecycle != null ? lifecycle : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class LifecycleNested extends V1LifecycleFluent<LifecycleNested> {
    LifecycleNested(V1Lifecycle item) {
      super(item);
    }

    public A and() {
      return V1EphemeralContainerFluent.this.withLifecycle(toModel());
    }

    public A endLifecycle() {
      return and();
    }
  }

  public V1Probe getLivenessProbe() {
    return livenessProbe;
  }

  public A withLivenessProbe(V1Probe livenessProbe) {
    this.livenessProbe = livenessProbe;
    return self();
  }

  public boolean hasLivenessProbe() {
    return livenessProbe != null;
  }

  public V1Probe buildLivenessProbe() {
    return livenessProbe;
  }

  public LivenessProbeNested withNewLivenessProbe() {
    return new LivenessProbeNested(null);
  }

  public LivenessProbeNested withNewLivenessProbeLike(V1Probe item) {
    return new LivenessProbeNested(item);
  }

  public LivenessProbeNested editLivenessProbe() {
    return new LivenessProbeNested(livenessProbe);
  }

  public LivenessProbeNested editOrNewLivenessProbe() {
    return new LivenessProbeNested(livenessProbe != null ? livenessProbe : new V1Probe());
  }

  public LivenessProbeNested editOrNewLivenessProbeLike(V1Probe item) {
    return new LivenessProbeNested(livenessProbe != null ? livenessProbe : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class LivenessProbeNested extends V1ProbeFluent<LivenessProbeNested> {
    LivenessProbeNested(V1Probe item) {
      super(item);
    }

    public A and() {
      return V1EphemeralContainerFluent.this.withLivenessProbe(toModel());
    }

    public A endLivenessProbe() {
      return and();
    }
  }

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
  }

  public List<V1ContainerPort> getPorts() {
    return ports;
  }

  public A withPorts(List<V1ContainerPort> ports) {
    this.ports = ports == null ? null : new ArrayList<>(ports);
    return self();
  }

  public boolean hasPorts() {
    return ports != null;
  }

  public A withPorts(V1ContainerPort... items) {
    this.ports = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPorts(V1ContainerPort... items) {
    for (V1ContainerPort item : items) {
      addToPorts(-1, item);
    }
    return self();
  }

  public A removeFromPorts(V1ContainerPort... items) {
    return removeAllFromPorts(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPorts(int index, V1ContainerPort item) {
    if (this.ports == null) {
      this.ports = new ArrayList<>();
    }
    if (index < 0 || index >= this.ports.size()) {
      this.ports.add(item);
    } else {
      this.ports.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToPorts(int index, V1ContainerPort item) {
    if (index < 0 || this.ports == null || index >= this.ports.size()) {
      return addToPorts(-1, item);
    }
    this.ports.set(index, item);
    return self();
  }

  public A addAllToPorts(Collection<V1ContainerPort> items) {
    for (V1ContainerPort item : items) {
      addToPorts(-1, item);
    }
    return self();
  }

  public A removeAllFromPorts(Collection<V1ContainerPort> items) {
    if (this.ports != null) {
      this.ports.removeAll(items);
    }
    return self();
  }

  public List<V1ContainerPort> buildPorts() {
    return ports;
  }

  public V1ContainerPort buildPort(int index) {
    return this.ports.get(index);
  }

  public PortsNested addNewPort() {
    return new PortsNested(-1, null);
  }

  public PortsNested addNewPortLike(V1ContainerPort item) {
    return new PortsNested(-1, item);
  }

  public PortsNested setNewPortLike(int index, V1ContainerPort item) {
    return new PortsNested(index, item);
  }

  public PortsNested editPort(int index) {
    if (this.ports == null || index < 0 || index >= this.ports.size()) {
      throw new IndexOutOfBoundsException("can't edit ports [" + index + "]");
    }
    return new PortsNested(index, this.ports.get(index));
  }

  public PortsNested editFirstPort() {
    return editPort(0);
  }

  public PortsNested editLastPort() {
    return editPort(this.ports == null ? -1 : this.ports.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class PortsNested extends V1ContainerPortFluent<PortsNested> {
    private final int index;

    PortsNested(int index, V1ContainerPort item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1EphemeralContainerFluent.this.setToPorts(index, toModel());
    }

    public A endPort() {
      return and();
    }
  }

  public V1Probe getReadinessProbe() {
    return readinessProbe;
  }

  public A withReadinessProbe(V1Probe readinessProbe) {
    this.readinessProbe = readinessProbe;
    return self();
  }

  public boolean hasReadinessProbe() {
    return readinessProbe != null;
  }

  public V1Probe buildReadinessProbe() {
    return readinessProbe;
  }

  public ReadinessProbeNested withNewReadinessProbe() {
    return new ReadinessProbeNested(null);
  }

  public ReadinessProbeNested withNewReadinessProbeLike(V1Probe item) {
    return new ReadinessProbeNested(item);
  }

  public ReadinessProbeNested editReadinessProbe() {
    return new ReadinessProbeNested(readinessProbe);
  }

  public ReadinessProbeNested editOrNewReadinessProbe() {
    return new ReadinessProbeNested(readinessProbe != null ? readinessProbe : new V1Probe());
  }

  public ReadinessProbeNested editOrNewReadinessProbeLike(V1Probe item) {
    return new ReadinessProbeNested(readinessProbe != null ? readinessProbe : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ReadinessProbeNested extends V1ProbeFluent<ReadinessProbeNested> {
    ReadinessProbeNested(V1Probe item) {
      super(item);
    }

    public A and() {
      return V1EphemeralContainerFluent.this.withReadinessProbe(toModel());
    }

    public A endReadinessProbe() {
      return and();
    }
  }

  public List<V1ContainerResizePolicy> getResizePolicy() {
    return resizePolicy;
  }

  public A withResizePolicy(List<V1ContainerResizePolicy> resizePolicy) {
    this.resizePolicy = resizePolicy == null ? null : new ArrayList<>(resizePolicy);
    return self();
  }

  public boolean hasResizePolicy() {
    return resizePolicy != null;
  }

  public A withResizePolicy(V1ContainerResizePolicy... items) {
    this.resizePolicy = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToResizePolicy(V1ContainerResizePolicy... items) {
    for (V1ContainerResizePolicy item : items) {
      addToResizePolicy(-1, item);
    }
    return self();
  }

  public A removeFromResizePolicy(V1ContainerResizePolicy... items) {
    return removeAllFromResizePolicy(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToResizePolicy(int index, V1ContainerResizePolicy item) {
    if (this.resizePolicy == null) {
      this.resizePolicy = new ArrayList<>();
    }
    if (index < 0 || index >= this.resizePolicy.size()) {
      this.resizePolicy.add(item);
    } else {
      this.resizePolicy.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToResizePolicy(int index, V1ContainerResizePolicy item) {
    if (index < 0 || this.resizePolicy == null || index >= this.resizePolicy.size()) {
      return addToResizePolicy(-1, item);
    }
    this.resizePolicy.set(index, item);
    return self();
  }

  public A addAllToResizePolicy(Collection<V1ContainerResizePolicy> items) {
    for (V1ContainerResizePolicy item : items) {
      addToResizePolicy(-1, item);
    }
    return self();
  }

  public A removeAllFromResizePolicy(Collection<V1ContainerResizePolicy> items) {
    if (this.resizePolicy != null) {
      this.resizePolicy.removeAll(items);
    }
    return self();
  }

  public List<V1ContainerResizePolicy> buildResizePolicy() {
    return resizePolicy;
  }

  public V1ContainerResizePolicy buildResizePolicy(int index) {
    return this.resizePolicy.get(index);
  }

  public ResizePolicyNested addNewResizePolicy() {
    return new ResizePolicyNested(-1, null);
  }

  public ResizePolicyNested addNewResizePolicyLike(V1ContainerResizePolicy item) {
    return new ResizePolicyNested(-1, item);
  }

  public ResizePolicyNested setNewResizePolicyLike(int index, V1ContainerResizePolicy item) {
    return new ResizePolicyNested(index, item);
  }

  public ResizePolicyNested editResizePolicy(int index) {
    if (this.resizePolicy == null || index < 0 || index >= this.resizePolicy.size()) {
      throw new IndexOutOfBoundsException("can't edit resizePolicy [" + index + "]");
    }
    return new ResizePolicyNested(index, this.resizePolicy.get(index));
  }

  public ResizePolicyNested editFirstResizePolicy() {
    return editResizePolicy(0);
  }

  public ResizePolicyNested editLastResizePolicy() {
    return editResizePolicy(this.resizePolicy == null ? -1 : this.resizePolicy.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ResizePolicyNested extends V1ContainerResizePolicyFluent<ResizePolicyNested> {
    private final int index;

    ResizePolicyNested(int index, V1ContainerResizePolicy item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1EphemeralContainerFluent.this.setToResizePolicy(index, toModel());
    }

    public A endResizePolicy() {
      return and();
    }
  }

  public V1ResourceRequirements getResources() {
    return resources;
  }

  public A withResources(V1ResourceRequirements resources) {
    this.resources = resources;
    return self();
  }

  public boolean hasResources() {
    return resources != null;
  }

  public V1ResourceRequirements buildResources() {
    return resources;
  }

  public ResourcesNested withNewResources() {
    return new ResourcesNested(null);
  }

  public ResourcesNested withNewResourcesLike(V1ResourceRequirements item) {
    return new ResourcesNested(item);
  }

  public ResourcesNested editResources() {
    return new ResourcesNested(resources);
  }

  public ResourcesNested editOrNewResources() {
    return new ResourcesNested(resources != null ? resources : new V1ResourceRequirements());
  }

  public ResourcesNested editOrNewResourcesLike(V1ResourceRequirements item) {
    return new ResourcesNested(resources != null ? resources : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ResourcesNested extends V1ResourceRequirementsFluent<ResourcesNested> {
    ResourcesNested(V1ResourceRequirements item) {
      super(item);
    }

    public A and() {
      return V1EphemeralContainerFluent.this.withResources(toModel());
    }

    public A endResources() {
      return and();
    }
  }

  public String getRestartPolicy() {
    return restartPolicy;
  }

  public A withRestartPolicy(String restartPolicy) {
    this.restartPolicy = restartPolicy;
    return self();
  }

  public boolean hasRestartPolicy() {
    return restartPolicy != null;
  }

  public List<V1ContainerRestartRule> getRestartPolicyRules() {
    return restartPolicyRules;
  }

  public A withRestartPolicyRules(List<V1ContainerRestartRule> restartPolicyRules) {
    this.restartPolicyRules = restartPolicyRules == null ? null : new ArrayList<>(restartPolicyRules);
    return self();
  }

  public boolean hasRestartPolicyRules() {
    return restartPolicyRules != null;
  }

  public A withRestartPolicyRules(V1ContainerRestartRule... items) {
    this.restartPolicyRules = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToRestartPolicyRules(V1ContainerRestartRule... items) {
    for (V1ContainerRestartRule item : items) {
      addToRestartPolicyRules(-1, item);
    }
    return self();
  }

  public A removeFromRestartPolicyRules(V1ContainerRestartRule... items) {
    return removeAllFromRestartPolicyRules(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToRestartPolicyRules(int index, V1ContainerRestartRule item) {
    if (this.restartPolicyRules == null) {
      this.restartPolicyRules = new ArrayList<>();
    }
    if (index < 0 || index >= this.restartPolicyRules.size()) {
      this.restartPolicyRules.add(item);
    } else {
      this.restartPolicyRules.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToRestartPolicyRules(int index, V1ContainerRestartRule item) {
    if (index < 0 || this.restartPolicyRules == null || index >= this.restartPolicyRules.size()) {
      return addToRestartPolicyRules(-1, item);
    }
    this.restartPolicyRules.set(index, item);
    return self();
  }

  public A addAllToRestartPolicyRules(Collection<V1ContainerRestartRule> items) {
    for (V1ContainerRestartRule item : items) {
      addToRestartPolicyRules(-1, item);
    }
    return self();
  }

  public A removeAllFromRestartPolicyRules(Collection<V1ContainerRestartRule> items) {
    if (this.restartPolicyRules != null) {
      this.restartPolicyRules.removeAll(items);
    }
    return self();
  }

  public List<V1ContainerRestartRule> buildRestartPolicyRules() {
    return restartPolicyRules;
  }

  public V1ContainerRestartRule buildRestartPolicyRule(int index) {
    return this.restartPolicyRules.get(index);
  }

  public RestartPolicyRulesNested addNewRestartPolicyRule() {
    return new RestartPolicyRulesNested(-1, null);
  }

  public RestartPolicyRulesNested addNewRestartPolicyRuleLike(V1ContainerRestartRule item) {
    return new RestartPolicyRulesNested(-1, item);
  }

  public RestartPolicyRulesNested setNewRestartPolicyRuleLike(int index, V1ContainerRestartRule item) {
    return new RestartPolicyRulesNested(index, item);
  }

  public RestartPolicyRulesNested editRestartPolicyRule(int index) {
    if (this.restartPolicyRules == null || index < 0 || index >= this.restartPolicyRules.size()) {
      throw new IndexOutOfBoundsException("can't edit restartPolicyRules [" + index + "]");
    }
    return new RestartPolicyRulesNested(index, this.restartPolicyRules.get(index));
  }

  public RestartPolicyRulesNested editFirstRestartPolicyRule() {
    return editRestartPolicyRule(0);
  }

  public RestartPolicyRulesNested editLastRestartPolicyRule() {
    return editRestartPolicyRule(this.restartPolicyRules == null ? -1 : this.restartPolicyRules.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class RestartPolicyRulesNested extends V1ContainerRestartRuleFluent<RestartPolicyRulesNested> {
    private final int index;

    RestartPolicyRulesNested(int index, V1ContainerRestartRule item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1EphemeralContainerFluent.this.setToRestartPolicyRules(index, toModel());
    }

    public A endRestartPolicyRule() {
      return and();
    }
  }

  public V1SecurityContext getSecurityContext() {
    return securityContext;
  }

  public A withSecurityContext(V1SecurityContext securityContext) {
    this.securityContext = securityContext;
    return self();
  }

  public boolean hasSecurityContext() {
    return securityContext != null;
  }

  public V1SecurityContext buildSecurityContext() {
    return securityContext;
  }

  public SecurityContextNested withNewSecurityContext() {
    return new SecurityContextNested(null);
  }

  public SecurityContextNested withNewSecurityContextLike(V1SecurityContext item) {
    return new SecurityContextNested(item);
  }

  public SecurityContextNested editSecurityContext() {
    return new SecurityContextNested(securityContext);
  }

  public SecurityContextNested editOrNewSecurityContext() {
    return new SecurityContextNested(securityContext != null ? securityContext : new V1SecurityContext());
  }

  public SecurityContextNested editOrNewSecurityContextLike(V1SecurityContext item) {
    return new SecurityContextNested(securityContext != null ? securityContext : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SecurityContextNested extends V1SecurityContextFluent<SecurityContextNested> {
    SecurityContextNested(V1SecurityContext item) {
      super(item);
    }

    public A and() {
      return V1EphemeralContainerFluent.this.withSecurityContext(toModel());
    }

    public A endSecurityContext() {
      return and();
    }
  }

  public V1Probe getStartupProbe() {
    return startupProbe;
  }

  public A withStartupProbe(V1Probe startupProbe) {
    this.startupProbe = startupProbe;
    return self();
  }

  public boolean hasStartupProbe() {
    return startupProbe != null;
  }

  public V1Probe buildStartupProbe() {
    return startupProbe;
  }

  public StartupProbeNested withNewStartupProbe() {
    return new StartupProbeNested(null);
  }

  public StartupProbeNested withNewStartupProbeLike(V1Probe item) {
    return new StartupProbeNested(item);
  }

  public StartupProbeNested editStartupProbe() {
    return new StartupProbeNested(startupProbe);
  }

  public StartupProbeNested editOrNewStartupProbe() {
    return new StartupProbeNested(startupProbe != null ? startupProbe : new V1Probe());
  }

  public StartupProbeNested editOrNewStartupProbeLike(V1Probe item) {
    return new StartupProbeNested(startupProbe != null ? startupProbe : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class StartupProbeNested extends V1ProbeFluent<StartupProbeNested> {
    StartupProbeNested(V1Probe item) {
      super(item);
    }

    public A and() {
      return V1EphemeralContainerFluent.this.withStartupProbe(toModel());
    }

    public A endStartupProbe() {
      return and();
    }
  }

  public Boolean getStdin() {
    return stdin;
  }

  public A withStdin(Boolean stdin) {
    this.stdin = stdin;
    return self();
  }

  public boolean hasStdin() {
    return stdin != null;
  }

  public Boolean getStdinOnce() {
    return stdinOnce;
  }

  public A withStdinOnce(Boolean stdinOnce) {
    this.stdinOnce = stdinOnce;
    return self();
  }

  public boolean hasStdinOnce() {
    return stdinOnce != null;
  }

  public String getTargetContainerName() {
    return targetContainerName;
  }

  public A withTargetContainerName(String targetContainerName) {
    this.targetContainerName = targetContainerName;
    return self();
  }

  public boolean hasTargetContainerName() {
    return targetContainerName != null;
  }

  public String getTerminationMessagePath() {
    return terminationMessagePath;
  }

  public A withTerminationMessagePath(String terminationMessagePath) {
    this.terminationMessagePath = terminationMessagePath;
    return self();
  }

  public boolean hasTerminationMessagePath() {
    return terminationMessagePath != null;
  }

  public String getTerminationMessagePolicy() {
    return terminationMessagePolicy;
  }

  public A withTerminationMessagePolicy(String terminationMessagePolicy) {
    this.terminationMessagePolicy = terminationMessagePolicy;
    return self();
  }

  public boolean hasTerminationMessagePolicy() {
    return terminationMessagePolicy != null;
  }

  public Boolean getTty() {
    return tty;
  }

  public A withTty(Boolean tty) {
    this.tty = tty;
    return self();
  }

  public boolean hasTty() {
    return tty != null;
  }

  public List<V1VolumeDevice> getVolumeDevices() {
    return volumeDevices;
  }

  public A withVolumeDevices(List<V1VolumeDevice> volumeDevices) {
    this.volumeDevices = volumeDevices == null ? null : new ArrayList<>(volumeDevices);
    return self();
  }

  public boolean hasVolumeDevices() {
    return volumeDevices != null;
  }

  public A withVolumeDevices(V1VolumeDevice... items) {
    this.volumeDevices = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToVolumeDevices(V1VolumeDevice... items) {
    for (V1VolumeDevice item : items) {
      addToVolumeDevices(-1, item);
    }
    return self();
  }

  public A removeFromVolumeDevices(V1VolumeDevice... items) {
    return removeAllFromVolumeDevices(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToVolumeDevices(int index, V1VolumeDevice item) {
    if (this.volumeDevices == null) {
      this.volumeDevices = new ArrayList<>();
    }
    if (index < 0 || index >= this.volumeDevices.size()) {
      this.volumeDevices.add(item);
    } else {
      this.volumeDevices.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToVolumeDevices(int index, V1VolumeDevice item) {
    if (index < 0 || this.volumeDevices == null || index >= this.volumeDevices.size()) {
      return addToVolumeDevices(-1, item);
    }
    this.volumeDevices.set(index, item);
    return self();
  }

  public A addAllToVolumeDevices(Collection<V1VolumeDevice> items) {
    for (V1VolumeDevice item : items) {
      addToVolumeDevices(-1, item);
    }
    return self();
  }

  public A removeAllFromVolumeDevices(Collection<V1VolumeDevice> items) {
    if (this.volumeDevices != null) {
      this.volumeDevices.removeAll(items);
    }
    return self();
  }

  public List<V1VolumeDevice> buildVolumeDevices() {
    return volumeDevices;
  }

  public V1VolumeDevice buildVolumeDevice(int index) {
    return this.volumeDevices.get(index);
  }

  public VolumeDevicesNested addNewVolumeDevice() {
    return new VolumeDevicesNested(-1, null);
  }

  public VolumeDevicesNested addNewVolumeDeviceLike(V1VolumeDevice item) {
    return new VolumeDevicesNested(-1, item);
  }

  public VolumeDevicesNested setNewVolumeDeviceLike(int index, V1VolumeDevice item) {
    return new VolumeDevicesNested(index, item);
  }

  public VolumeDevicesNested editVolumeDevice(int index) {
    if (this.volumeDevices == null || index < 0 || index >= this.volumeDevices.size()) {
      throw new IndexOutOfBoundsException("can't edit volumeDevices [" + index + "]");
    }
    return new VolumeDevicesNested(index, this.volumeDevices.get(index));
  }

  public VolumeDevicesNested editFirstVolumeDevice() {
    return editVolumeDevice(0);
  }

  public VolumeDevicesNested editLastVolumeDevice() {
    return editVolumeDevice(this.volumeDevices == null ? -1 : this.volumeDevices.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class VolumeDevicesNested extends V1VolumeDeviceFluent<VolumeDevicesNested> {
    private final int index;

    VolumeDevicesNested(int index, V1VolumeDevice item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1EphemeralContainerFluent.this.setToVolumeDevices(index, toModel());
    }

    public A endVolumeDevice() {
      return and();
    }
  }

  public List<V1VolumeMount> getVolumeMounts() {
    return volumeMounts;
  }

  public A withVolumeMounts(List<V1VolumeMount> volumeMounts) {
    this.volumeMounts = volumeMounts == null ? null : new ArrayList<>(volumeMounts);
    return self();
  }

  public boolean hasVolumeMounts() {
    return volumeMounts != null;
  }

  public A withVolumeMounts(V1VolumeMount... items) {
    this.volumeMounts = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToVolumeMounts(V1VolumeMount... items) {
    for (V1VolumeMount item : items) {
      addToVolumeMounts(-1, item);
    }
    return self();
  }

  public A removeFromVolumeMounts(V1VolumeMount... items) {
    return removeAllFromVolumeMounts(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToVolumeMounts(int index, V1VolumeMount item) {
    if (this.volumeMounts == null) {
      this.volumeMounts = new ArrayList<>();
    }
    if (index < 0 || index >= this.volumeMounts.size()) {
      this.volumeMounts.add(item);
    } else {
      this.volumeMounts.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToVolumeMounts(int index, V1VolumeMount item) {
    if (index < 0 || this.volumeMounts == null || index >= this.volumeMounts.size()) {
      return addToVolumeMounts(-1, item);
    }
    this.volumeMounts.set(index, item);
    return self();
  }

  public A addAllToVolumeMounts(Collection<V1VolumeMount> items) {
    for (V1VolumeMount item : items) {
      addToVolumeMounts(-1, item);
    }
    return self();
  }

  public A removeAllFromVolumeMounts(Collection<V1VolumeMount> items) {
    if (this.volumeMounts != null) {
      this.volumeMounts.removeAll(items);
    }
    return self();
  }

  public List<V1VolumeMount> buildVolumeMounts() {
    return volumeMounts;
  }

  public V1VolumeMount buildVolumeMount(int index) {
    return this.volumeMounts.get(index);
  }

  public VolumeMountsNested addNewVolumeMount() {
    return new VolumeMountsNested(-1, null);
  }

  public VolumeMountsNested addNewVolumeMountLike(V1VolumeMount item) {
    return new VolumeMountsNested(-1, item);
  }

  public VolumeMountsNested setNewVolumeMountLike(int index, V1VolumeMount item) {
    return new VolumeMountsNested(index, item);
  }

  public VolumeMountsNested editVolumeMount(int index) {
    if (this.volumeMounts == null || index < 0 || index >= this.volumeMounts.size()) {
      throw new IndexOutOfBoundsException("can't edit volumeMounts [" + index + "]");
    }
    return new VolumeMountsNested(index, this.volumeMounts.get(index));
  }

  public VolumeMountsNested editFirstVolumeMount() {
    return editVolumeMount(0);
  }

  public VolumeMountsNested editLastVolumeMount() {
    return editVolumeMount(this.volumeMounts == null ? -1 : this.volumeMounts.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class VolumeMountsNested extends V1VolumeMountFluent<VolumeMountsNested> {
    private final int index;

    VolumeMountsNested(int index, V1VolumeMount item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1EphemeralContainerFluent.this.setToVolumeMounts(index, toModel());
    }

    public A endVolumeMount() {
      return and();
    }
  }

  public String getWorkingDir() {
    return workingDir;
  }

  public A withWorkingDir(String workingDir) {
    this.workingDir = workingDir;
    return self();
  }

  public boolean hasWorkingDir() {
    return workingDir != null;
  }
}
