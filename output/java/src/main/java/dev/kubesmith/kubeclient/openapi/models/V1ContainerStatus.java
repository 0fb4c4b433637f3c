package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ContainerStatus contains details for the current status of this container.
 */
public class V1ContainerStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "allocatedResources",
      "allocatedResourcesStatus",
      "containerID",
      "image",
      "imageID",
      "lastState",
      "name",
      "ready",
      "resources",
      "restartCount",
      "started",
      "state",
      "stopSignal",
      "user",
      "volumeMounts");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ContainerStatus> CODEC = new Codec<V1ContainerStatus>() {
    @Override
    public V1ContainerStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ContainerStatus)");
      }
      V1ContainerStatus o = new V1ContainerStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.allocatedResources = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          case 1:
            o.allocatedResourcesStatus = Codecs.listOf(V1ResourceStatus.CODEC).read(p);
            break;
          case 2:
            o.containerID = Codecs.STRING.read(p);
            break;
          case 3:
            o.image = Codecs.STRING.read(p);
            break;
          case 4:
            o.imageID = Codecs.STRING.read(p);
            break;
          case 5:
            o.lastState = V1ContainerState.CODEC.read(p);
            break;
          case 6:
            o.name = Codecs.STRING.read(p);
            break;
          case 7:
            o.ready = Codecs.BOOLEAN.read(p);
            break;
          case 8:
            o.resources = V1ResourceRequirements.CODEC.read(p);
            break;
          case 9:
            o.restartCount = Codecs.INT32.read(p);
            break;
          case 10:
            o.started = Codecs.BOOLEAN.read(p);
            break;
          case 11:
            o.state = V1ContainerState.CODEC.read(p);
            break;
          case 12:
            o.stopSignal = Codecs.STRING.read(p);
            break;
          case 13:
            o.user = V1ContainerUser.CODEC.read(p);
            break;
          case 14:
            o.volumeMounts = Codecs.listOf(V1VolumeMountStatus.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ContainerStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.allocatedResources != null) {
        g.writeFieldName("allocatedResources");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.allocatedResources);
      }
      if (o.allocatedResourcesStatus != null) {
        g.writeFieldName("allocatedResourcesStatus");
        Codecs.listOf(V1ResourceStatus.CODEC).write(g, o.allocatedResourcesStatus);
      }
      if (o.containerID != null) {
        g.writeFieldName("containerID");
        Codecs.STRING.write(g, o.containerID);
      }
      if (o.image != null) {
        g.writeFieldName("image");
        Codecs.STRING.write(g, o.image);
      }
      if (o.imageID != null) {
        g.writeFieldName("imageID");
        Codecs.STRING.write(g, o.imageID);
      }
      if (o.lastState != null) {
        g.writeFieldName("lastState");
        V1ContainerState.CODEC.write(g, o.lastState);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.ready != null) {
        g.writeFieldName("ready");
        Codecs.BOOLEAN.write(g, o.ready);
      }
      if (o.resources != null) {
        g.writeFieldName("resources");
        V1ResourceRequirements.CODEC.write(g, o.resources);
      }
      if (o.restartCount != null) {
        g.writeFieldName("restartCount");
        Codecs.INT32.write(g, o.restartCount);
      }
      if (o.started != null) {
        g.writeFieldName("started");
        Codecs.BOOLEAN.write(g, o.started);
      }
      if (o.state != null) {
        g.writeFieldName("state");
        V1ContainerState.CODEC.write(g, o.state);
      }
      if (o.stopSignal != null) {
        g.writeFieldName("stopSignal");
        Codecs.STRING.write(g, o.stopSignal);
      }
      if (o.user != null) {
        g.writeFieldName("user");
        V1ContainerUser.CODEC.write(g, o.user);
      }
      if (o.volumeMounts != null) {
        g.writeFieldName("volumeMounts");
        Codecs.listOf(V1VolumeMountStatus.CODEC).write(g, o.volumeMounts);
      }
      g.writeEndObject();
    }
  };

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

  public V1ContainerStatus allocatedResources(Map<String, Quantity> allocatedResources) {
    this.allocatedResources = allocatedResources;
    return this;
  }

  public V1ContainerStatus putAllocatedResourcesItem(String key, Quantity item) {
    if (this.allocatedResources == null) {
      this.allocatedResources = new LinkedHashMap<>();
    }
    this.allocatedResources.put(key, item);
    return this;
  }

  /**
   * AllocatedResources represents the compute resources allocated for this container by the
   * node. Kubelet sets this value to Container.Resources.Requests upon successful pod admission
   * and after successfully admitting desired pod resize.
   *
   * @return allocatedResources
   */
  public Map<String, Quantity> getAllocatedResources() {
    return allocatedResources;
  }

  public void setAllocatedResources(Map<String, Quantity> allocatedResources) {
    this.allocatedResources = allocatedResources;
  }

  public V1ContainerStatus allocatedResourcesStatus(List<V1ResourceStatus> allocatedResourcesStatus) {
    this.allocatedResourcesStatus = allocatedResourcesStatus;
    return this;
  }

  public V1ContainerStatus addAllocatedResourcesStatusItem(V1ResourceStatus item) {
    if (this.allocatedResourcesStatus == null) {
      this.allocatedResourcesStatus = new ArrayList<>();
    }
    this.allocatedResourcesStatus.add(item);
    return this;
  }

  /**
   * AllocatedResourcesStatus represents the status of various resources allocated for this Pod.
   *
   * @return allocatedResourcesStatus
   */
  public List<V1ResourceStatus> getAllocatedResourcesStatus() {
    return allocatedResourcesStatus;
  }

  public void setAllocatedResourcesStatus(List<V1ResourceStatus> allocatedResourcesStatus) {
    this.allocatedResourcesStatus = allocatedResourcesStatus;
  }

  public V1ContainerStatus containerID(String containerID) {
    this.containerID = containerID;
    return this;
  }

  /**
   * ContainerID is the ID of the container in the format '&lt;type&gt;://&lt;container_id&gt;'.
   * Where type is a container runtime identifier, returned from Version call of CRI API (for
   * example "containerd").
   *
   * @return containerID
   */
  public String getContainerID() {
    return containerID;
  }

  public void setContainerID(String containerID) {
    this.containerID = containerID;
  }

  public V1ContainerStatus image(String image) {
    this.image = image;
    return this;
  }

  /**
   * Image is the name of container image that the container is running. The container image may
   * not match the image used in the PodSpec, as it may have been resolved by the runtime. More
   * info: https://kubernetes.io/docs/concepts/containers/images.
   *
   * @return image
   */
  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public V1ContainerStatus imageID(String imageID) {
    this.imageID = imageID;
    return this;
  }

  /**
   * ImageID is the image ID of the container's image. The image ID may not match the image ID of
   * the image used in the PodSpec, as it may have been resolved by the runtime.
   *
   * @return imageID
   */
  public String getImageID() {
    return imageID;
  }

  public void setImageID(String imageID) {
    this.imageID = imageID;
  }

  public V1ContainerStatus lastState(V1ContainerState lastState) {
    this.lastState = lastState;
    return this;
  }

  /**
   * LastTerminationState holds the last termination state of the container to help debug
   * container crashes and restarts. This field is not populated if the container is still
   * running and RestartCount is 0.
   *
   * @return lastState
   */
  public V1ContainerState getLastState() {
    return lastState;
  }

  public void setLastState(V1ContainerState lastState) {
    this.lastState = lastState;
  }

  public V1ContainerStatus name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name is a DNS_LABEL representing the unique name of the container. Each container in a pod
   * must have a unique name across all container types. Cannot be updated.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1ContainerStatus ready(Boolean ready) {
    this.ready = ready;
    return this;
  }

  /**
   * Ready specifies whether the container is currently passing its readiness check. The value
   * will change as readiness probes keep executing. If no readiness probes are specified, this
   * field defaults to true once the container is fully started (see Started field).
   *
   * The value is typically used to determine whether a container is ready to accept traffic.
   *
   * @return ready
   */
  public Boolean getReady() {
    return ready;
  }

  public void setReady(Boolean ready) {
    this.ready = ready;
  }

  public V1ContainerStatus resources(V1ResourceRequirements resources) {
    this.resources = resources;
    return this;
  }

  /**
   * Resources represents the compute resource requests and limits that have been successfully
   * enacted on the running container after it has been started or has been successfully resized.
   *
   * @return resources
   */
  public V1ResourceRequirements getResources() {
    return resources;
  }

  public void setResources(V1ResourceRequirements resources) {
    this.resources = resources;
  }

  public V1ContainerStatus restartCount(Integer restartCount) {
    this.restartCount = restartCount;
    return this;
  }

  /**
   * RestartCount holds the number of times the container has been restarted. Kubelet makes an
   * effort to always increment the value, but there are cases when the state may be lost due to
   * node restarts and then the value may be reset to 0. The value is never negative.
   *
   * @return restartCount
   */
  public Integer getRestartCount() {
    return restartCount;
  }

  public void setRestartCount(Integer restartCount) {
    this.restartCount = restartCount;
  }

  public V1ContainerStatus started(Boolean started) {
    this.started = started;
    return this;
  }

  /**
   * Started indicates whether the container has finished its postStart lifecycle hook and passed
   * its startup probe. Initialized as false, becomes true after startupProbe is considered
   * successful. Resets to false when the container is restarted, or if kubelet loses state
   * temporarily. In both cases, startup probes will run again. Is always true when no
   * startupProbe is defined and container is running and has passed the postStart lifecycle
   * hook. The null value must be treated the same as false.
   *
   * @return started
   */
  public Boolean getStarted() {
    return started;
  }

  public void setStarted(Boolean started) {
    this.started = started;
  }

  public V1ContainerStatus state(V1ContainerState state) {
    this.state = state;
    return this;
  }

  /**
   * State holds details about the container's current condition.
   *
   * @return state
   */
  public V1ContainerState getState() {
    return state;
  }

  public void setState(V1ContainerState state) {
    this.state = state;
  }

  public V1ContainerStatus stopSignal(String stopSignal) {
    this.stopSignal = stopSignal;
    return this;
  }

  /**
   * StopSignal reports the effective stop signal for this container
   *
   * @return stopSignal
   */
  public String getStopSignal() {
    return stopSignal;
  }

  public void setStopSignal(String stopSignal) {
    this.stopSignal = stopSignal;
  }

  public V1ContainerStatus user(V1ContainerUser user) {
    this.user = user;
    return this;
  }

  /**
   * User represents user identity information initially attached to the first process of the
   * container
   *
   * @return user
   */
  public V1ContainerUser getUser() {
    return user;
  }

  public void setUser(V1ContainerUser user) {
    this.user = user;
  }

  public V1ContainerStatus volumeMounts(List<V1VolumeMountStatus> volumeMounts) {
    this.volumeMounts = volumeMounts;
    return this;
  }

  public V1ContainerStatus addVolumeMountsItem(V1VolumeMountStatus item) {
    if (this.volumeMounts == null) {
      this.volumeMounts = new ArrayList<>();
    }
    this.volumeMounts.add(item);
    return this;
  }

  /**
   * Status of volume mounts.
   *
   * @return volumeMounts
   */
  public List<V1VolumeMountStatus> getVolumeMounts() {
    return volumeMounts;
  }

  public void setVolumeMounts(List<V1VolumeMountStatus> volumeMounts) {
    this.volumeMounts = volumeMounts;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ContainerStatus that = (V1ContainerStatus) other;
    return Objects.equals(allocatedResources, that.allocatedResources)
        && Objects.equals(allocatedResourcesStatus, that.allocatedResourcesStatus)
        && Objects.equals(containerID, that.containerID)
        && Objects.equals(image, that.image)
        && Objects.equals(imageID, that.imageID)
        && Objects.equals(lastState, that.lastState)
        && Objects.equals(name, that.name)
        && Objects.equals(ready, that.ready)
        && Objects.equals(resources, that.resources)
        && Objects.equals(restartCount, that.restartCount)
        && Objects.equals(started, that.started)
        && Objects.equals(state, that.state)
        && Objects.equals(stopSignal, that.stopSignal)
        && Objects.equals(user, that.user)
        && Objects.equals(volumeMounts, that.volumeMounts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allocatedResources, allocatedResourcesStatus, containerID, image, imageID, lastState, name, ready, resources, restartCount, started, state, stopSignal, user, volumeMounts);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ContainerStatus {\n");
    sb.append("    allocatedResources: ").append(String.valueOf(allocatedResources).replace("\n", "\n    ")).append('\n');
    sb.append("    allocatedResourcesStatus: ").append(String.valueOf(allocatedResourcesStatus).replace("\n", "\n    ")).append('\n');
    sb.append("    containerID: ").append(containerID).append('\n');
    sb.append("    image: ").append(image).append('\n');
    sb.append("    imageID: ").append(imageID).append('\n');
    sb.append("    lastState: ").append(String.valueOf(lastState).replace("\n", "\n    ")).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    ready: ").append(ready).append('\n');
    sb.append("    resources: ").append(String.valueOf(resources).replace("\n", "\n    ")).append('\n');
    sb.append("    restartCount: ").append(restartCount).append('\n');
    sb.append("    started: ").append(started).append('\n');
    sb.append("    state: ").append(String.valueOf(state).replace("\n", "\n    ")).append('\n');
    sb.append("    stopSignal: ").append(stopSignal).append('\n');
    sb.append("    user: ").append(String.valueOf(user).replace("\n", "\n    ")).append('\n');
    sb.append("    volumeMounts: ").append(String.valueOf(volumeMounts).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
