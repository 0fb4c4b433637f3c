package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1ContainerStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ContainerStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ContainerStatusFluent<A extends V1ContainerStatusFluent<A>> {
  private Map<String, Quantity> allocatedResources;
  private List<V1ResourceStatus> allocatedResourcesStatus;
  private String containerID;
  private String image;
  private String imageID;
  private V1ContainerState lastState;
  private String name;
  private Boolean ready;
  private V1ResourceRequirements resources;
  private Integer restartCount;
  private Boolean started;
  private V1ContainerState state;
  private String stopSignal;
  private V1ContainerUser user;
  private List<V1VolumeMountStatus> volumeMounts;

  public V1ContainerStatusFluent() {}

  public V1ContainerStatusFluent(V1ContainerStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ContainerStatus instance) {
    if (instance != null) {
      this.allocatedResources = instance.getAllocatedResources() == null ? null : new LinkedHashMap<>(instance.getAllocatedResources());
      this.allocatedResourcesStatus = instance.getAllocatedResourcesStatus() == null ? null : new ArrayList<>(instance.getAllocatedResourcesStatus());
      this.containerID = instance.getContainerID();
      this.image = instance.getImage();
      this.imageID = instance.getImageID();
      this.lastState = instance.getLastState();
      this.name = instance.getName();
      this.ready = instance.getReady();
      this.resources = instance.getResources();
      this.restartCount = instance.getRestartCount();
      this.started = instance.getStarted();
      this.state = instance.getState();
      this.stopSignal = instance.getStopSignal();
      this.user = instance.getUser();
      this.volumeMounts = instance.getVolumeMounts() == null ? null : new ArrayList<>(instance.getVolumeMounts());
    }
  }

  /** A new {@link V1ContainerStatus} holding what was set (lists and maps copied). */
  V1ContainerStatus toModel() {
    V1ContainerStatus o = new V1ContainerStatus();
    o.setAllocatedResources(allocatedResources == null ? null : new LinkedHashMap<>(allocatedResources));
    o.setAllocatedResourcesStatus(allocatedResourcesStatus == null ? null : new ArrayList<>(allocatedResourcesStatus));
    o.setContainerID(containerID);
    o.setImage(image);
    o.setImageID(imageID);
    o.setLastState(lastState);
    o.setName(name);
    o.setReady(ready);
    o.setResources(resources);
    o.setRestartCount(restartCount);
    o.setStarted(started);
    o.setState(state);
    o.setStopSignal(stopSignal);
    o.setUser(user);
    o.setVolumeMounts(volumeMounts == null ? null : new ArrayList<>(volumeMounts));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Map<String, Quantity> getAllocatedResources() {
    return allocatedResources;
  }

  public A withAllocatedResources(Map<String, Quantity> allocatedResources) {
    this.allocatedResources = allocatedResources == null ? null : new LinkedHashMap<>(allocatedResources);
    return self();
  }

  public boolean hasAllocatedResources() {
    return allocatedResources != null;
  }

  public A addToAllocatedResources(String key, Quantity value) {
    if (this.allocatedResources == null) {
      this.allocatedResources = new LinkedHashMap<>();
    }
    this.allocatedResources.put(key, value);
    return self();
  }

  public A addToAllocatedResources(Map<String, Quantity> map) {
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        addToAllocatedResources(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromAllocatedResources(String key) {
    if (this.allocatedResources != null) {
      this.allocatedResources.remove(key);
    }
    return self();
  }

  public A removeFromAllocatedResources(Map<String, Quantity> map) {
    if (this.allocatedResources != null && map != null) {
      this.allocatedResources.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public List<V1ResourceStatus> getAllocatedResourcesStatus() {
    return allocatedResourcesStatus;
  }

  public A withAllocatedResourcesStatus(List<V1ResourceStatus> allocatedResourcesStatus) {
    this.allocatedResourcesStatus = allocatedResourcesStatus == null ? null : new ArrayList<>(allocatedResourcesStatus);
    return self();
  }

  public boolean hasAllocatedResourcesStatus() {
    return allocatedResourcesStatus != null;
  }

  public A withAllocatedResourcesStatus(V1ResourceStatus... items) {
    this.allocatedResourcesStatus = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToAllocatedResourcesStatus(V1ResourceStatus... items) {
    for (V1ResourceStatus item : items) {
      addToAllocatedResourcesStatus(-1, item);
    }
    return self();
  }

  public A removeFromAllocatedResourcesStatus(V1ResourceStatus... items) {
    return removeAllFromAllocatedResourcesStatus(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToAllocatedResourcesStatus(int index, V1ResourceStatus item) {
    if (this.allocatedResourcesStatus == null) {
      this.allocatedResourcesStatus = new ArrayList<>();
    }
    if (index < 0 || index >= this.allocatedResourcesStatus.size()) {
      this.allocatedResourcesStatus.add(item);
    } else {
      this.allocatedResourcesStatus.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToAllocatedResourcesStatus(int index, V1ResourceStatus item) {
    if (index < 0 || this.allocatedResourcesStatus == null || index >= this.allocatedResourcesStatus.size()) {
      return addToAllocatedResourcesStatus(-1, item);
    }
    this.allocatedResourcesStatus.set(index, item);
    return self();
  }

  public A addAllToAllocatedResourcesStatus(Collection<V1ResourceStatus> items) {
    for (V1ResourceStatus item : items) {
      addToAllocatedResourcesStatus(-1, item);
    }
    return self();
  }

  public A removeAllFromAllocatedResourcesStatus(Collection<V1ResourceStatus> items) {
    if (this.allocatedResourcesStatus != null) {
      this.allocatedResourcesStatus.removeAll(items);
    }
    return self();
  }

  public List<V1ResourceStatus> buildAllocatedResourcesStatus() {
    return allocatedResourcesStatus;
  }

  public V1ResourceStatus buildAllocatedResourcesStatus(int index) {
    return this.allocatedResourcesStatus.get(index);
  }

  public AllocatedResourcesStatusNested addNewAllocatedResourcesStatus() {
    return new AllocatedResourcesStatusNested(-1, null);
  }

  public AllocatedResourcesStatusNested addNewAllocatedResourcesStatusLike(V1ResourceStatus item) {
    return new AllocatedResourcesStatusNested(-1, item);
  }

  public AllocatedResourcesStatusNested setNewAllocatedResourcesStatusLike(int index, V1ResourceStatus item) {
    return new AllocatedResourcesStatusNested(index, item);
  }

  public AllocatedResourcesStatusNested editAllocatedResourcesStatus(int index) {
    if (this.allocatedResourcesStatus == null || index < 0 || index >= this.allocatedResourcesStatus.size()) {
      throw new IndexOutOfBoundsException("can't edit allocatedResourcesStatus [" + index + "]");
    }
    return new AllocatedResourcesStatusNested(index, this.allocatedResourcesStatus.get(index));
  }

  public AllocatedResourcesStatusNested editFirstAllocatedResourcesStatus() {
    return editAllocatedResourcesStatus(0);
  }

  public AllocatedResourcesStatusNested editLastAllocatedResourcesStatus() {
    return editAllocatedResourcesStatus(this.allocatedResourcesStatus == null ? -1 : this.allocatedResourcesStatus.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class AllocatedResourcesStatusNested extends V1ResourceStatusFluent<AllocatedResourcesStatusNested> {
    private final int index;

    AllocatedResourcesStatusNested(int index, V1ResourceStatus item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ContainerStatusFluent.this.setToAllocatedResourcesStatus(index, toModel());
    }

    public A endAllocatedResourcesStatus() {
      return and();
    }
  }

  public String getContainerID() {
    return containerID;
  }

  public A withContainerID(String containerID) {
    this.containerID = containerID;
    return self();
  }

  public boolean hasContainerID() {
    return containerID != null;
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

  public String getImageID() {
    return imageID;
  }

  public A withImageID(String imageID) {
    this.imageID = imageID;
    return self();
  }

  public boolean hasImageID() {
    return imageID != null;
  }

  public V1ContainerState getLastState() {
    return lastState;
  }

  public A withLastState(V1ContainerState lastState) {
    this.lastState = lastState;
    return self();
  }

  public boolean hasLastState() {
    return lastState != null;
  }

  public V1ContainerState buildLastState() {
    return lastState;
  }

  public LastStateNested withNewLastState() {
    return new LastStateNested(null);
  }

  public LastStateNested withNewLastStateLike(V1ContainerState item) {
    return new LastStateNested(item);
  }

  public LastStateNested editLastState() {
    return new LastStateNested(lastState);
  }

  public LastStateNested editOrNewLastState() {
    return new LastStateNested(lastState != null ? lastState : new V1ContainerState());
  }

  public LastStateNested editOrNewLastStateLike(V1ContainerState item) {
    return new LastStateNested(lastState != null ? lastState : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class LastStateNested extends V1ContainerStateFluent<LastStateNested> {
    LastStateNested(V1ContainerState item) {
      super(item);
    }

    public A and() {
      return V1ContainerStatusFluent.this.withLastState(toModel());
    }

    public A endLastState() {
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

  public Boolean getReady() {
    return ready;
  }

  public A withReady(Boolean ready) {
    this.ready = ready;
    return self();
  }

  public boolean hasReady() {
    return ready != null;
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
      return V1ContainerStatusFluent.this.withResources(toModel());
    }

    public A endResources() {
      return and();
    }
  }

  public Integer getRestartCount() {
    return restartCount;
  }

  public A withRestartCount(Integer restartCount) {
    this.restartCount = restartCount;
    return self();
  }

  public boolean hasRestartCount() {
    return restartCount != null;
  }

  public Boolean getStarted() {
    return started;
  }

  public A withStarted(Boolean started) {
    this.started = started;
    return self();
  }

  public boolean hasStarted() {
    return started != null;
  }

  public V1ContainerState getState() {
    return state;
  }

  public A withState(V1ContainerState state) {
    this.state = state;
    return self();
  }

  public boolean hasState() {
    return state != null;
  }

  public V1ContainerState buildState() {
    return state;
  }

  public StateNested withNewState() {
    return new StateNested(null);
  }

  public StateNested withNewStateLike(V1ContainerState item) {
    return new StateNested(item);
  }

  public StateNested editState() {
    return new StateNested(state);
  }

  public StateNested editOrNewState() {
    return new StateNested(state != null ? state : new V1ContainerState());
  }

  public StateNested editOrNewStateLike(V1ContainerState item) {
    return new StateNested(state != null ? state : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class StateNested extends V1ContainerStateFluent<StateNested> {
    StateNested(V1ContainerState item) {
      super(item);
    }

    public A and() {
      return V1ContainerStatusFluent.this.withState(toModel());
    }

    public A endState() {
      return and();
    }
  }

  public String getStopSignal() {
    return stopSignal;
  }

  public A withStopSignal(String stopSignal) {
    this.stopSignal = stopSignal;
    return self();
  }

  public boolean hasStopSignal() {
    return stopSignal != null;
  }

  public V1ContainerUser getUser() {
    return user;
  }

  public A withUser(V1ContainerUser user) {
    this.user = user;
    return self();
  }

  public boolean hasUser() {
    return user != null;
  }

  public V1ContainerUser buildUser() {
    return user;
  }

  public UserNested withNewUser() {
    return new UserNested(null);
  }

  public UserNested withNewUserLike(V1ContainerUser item) {
    return new UserNested(item);
  }

  public UserNested editUser() {
    return new UserNested(user);
  }

  public UserNested editOrNewUser() {
    return new UserNested(user != null ? user : new V1ContainerUser());
  }

  public UserNested editOrNewUserLike(V1ContainerUser item) {
    return new UserNested(user != null ? user : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class UserNested extends V1ContainerUserFluent<UserNested> {
    UserNested(V1ContainerUser item) {
      super(item);
    }

    public A and() {
      return V1ContainerStatusFluent.this.withUser(toModel());
    }

    public A endUser() {
      return and();
    }
  }

  public List<V1VolumeMountStatus> getVolumeMounts() {
    return volumeMounts;
  }

  public A withVolumeMounts(List<V1VolumeMountStatus> volumeMounts) {
    this.volumeMounts = volumeMounts == null ? null : new ArrayList<>(volumeMounts);
    return self();
  }

  public boolean hasVolumeMounts() {
    return volumeMounts != null;
  }

  public A withVolumeMounts(V1VolumeMountStatus... items) {
    this.volumeMounts = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToVolumeMounts(V1VolumeMountStatus... items) {
    for (V1VolumeMountStatus item : items) {
      addToVolumeMounts(-1, item);
    }
    return self();
  }

  public A removeFromVolumeMounts(V1VolumeMountStatus... items) {
    return removeAllFromVolumeMounts(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToVolumeMounts(int index, V1VolumeMountStatus item) {
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
  public A setToVolumeMounts(int index, V1VolumeMountStatus item) {
    if (index < 0 || this.volumeMounts == null || index >= this.volumeMounts.size()) {
      return addToVolumeMounts(-1, item);
    }
    this.volumeMounts.set(index, item);
    return self();
  }

  public A addAllToVolumeMounts(Collection<V1VolumeMountStatus> items) {
    for (V1VolumeMountStatus item : items) {
      addToVolumeMounts(-1, item);
    }
    return self();
  }

  public A removeAllFromVolumeMounts(Collection<V1VolumeMountStatus> items) {
    if (this.volumeMounts != null) {
      this.volumeMounts.removeAll(items);
    }
    return self();
  }

  public List<V1VolumeMountStatus> buildVolumeMounts() {
    return volumeMounts;
  }

  public V1VolumeMountStatus buildVolumeMount(int index) {
    return this.volumeMounts.get(index);
  }

  public VolumeMountsNested addNewVolumeMount() {
    return new VolumeMountsNested(-1, null);
  }

  public VolumeMountsNested addNewVolumeMountLike(V1VolumeMountStatus item) {
    return new VolumeMountsNested(-1, item);
  }

  public VolumeMountsNested setNewVolumeMountLike(int index, V1VolumeMountStatus item) {
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
  public class VolumeMountsNested extends V1VolumeMountStatusFluent<VolumeMountsNested> {
    private final int index;

    VolumeMountsNested(int index, V1VolumeMountStatus item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ContainerStatusFluent.this.setToVolumeMounts(index, toModel());
    }

    public A endVolumeMount() {
      return and();
    }
  }
}
