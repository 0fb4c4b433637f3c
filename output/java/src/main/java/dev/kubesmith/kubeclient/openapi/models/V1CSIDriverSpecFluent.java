package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1CSIDriverSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CSIDriverSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CSIDriverSpecFluent<A extends V1CSIDriverSpecFluent<A>> {
  private Boolean attachRequired;
  private String fsGroupPolicy;
  private Long nodeAllocatableUpdatePeriodSeconds;
  private Boolean podInfoOnMount;
  private Boolean preventPodSchedulingIfMissing;
  private Boolean requiresRepublish;
  private Boolean seLinuxMount;
  private Boolean serviceAccountTokenInSecrets;
  private Boolean storageCapacity;
  private List<StorageV1TokenRequest> tokenRequests;
  private List<String> volumeLifecycleModes;

  public V1CSIDriverSpecFluent() {}

  public V1CSIDriverSpecFluent(V1CSIDriverSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CSIDriverSpec instance) {
    if (instance != null) {
      this.attachRequired = instance.getAttachRequired();
      this.fsGroupPolicy = instance.getFsGroupPolicy();
      this.nodeAllocatableUpdatePeriodSeconds = instance.getNodeAllocatableUpdatePeriodSeconds();
      this.podInfoOnMount = instance.getPodInfoOnMount();
      this.preventPodSchedulingIfMissing = instance.getPreventPodSchedulingIfMissing();
      this.requiresRepublish = instance.getRequiresRepublish();
      this.seLinuxMount = instance.getSeLinuxMount();
      this.serviceAccountTokenInSecrets = instance.getServiceAccountTokenInSecrets();
      this.storageCapacity = instance.getStorageCapacity();
      this.tokenRequests = instance.getTokenRequests() == null ? null : new ArrayList<>(instance.getTokenRequests());
      this.volumeLifecycleModes = instance.getVolumeLifecycleModes() == null ? null : new ArrayList<>(instance.getVolumeLifecycleModes());
    }
  }

  /** A new {@link V1CSIDriverSpec} holding what was set (lists and maps copied). */
  V1CSIDriverSpec toModel() {
    V1CSIDriverSpec o = new V1CSIDriverSpec();
    o.setAttachRequired(attachRequired);
    o.setFsGroupPolicy(fsGroupPolicy);
    o.setNodeAllocatableUpdatePeriodSeconds(nodeAllocatableUpdatePeriodSeconds);
    o.setPodInfoOnMount(podInfoOnMount);
    o.setPreventPodSchedulingIfMissing(preventPodSchedulingIfMissing);
    o.setRequiresRepublish(requiresRepublish);
    o.setSeLinuxMount(seLinuxMount);
    o.setServiceAccountTokenInSecrets(serviceAccountTokenInSecrets);
    o.setStorageCapacity(storageCapacity);
    o.setTokenRequests(tokenRequests == null ? null : new ArrayList<>(tokenRequests));
    o.setVolumeLifecycleModes(volumeLifecycleModes == null ? null : new ArrayList<>(volumeLifecycleModes));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Boolean getAttachRequired() {
    return attachRequired;
  }

  public A withAttachRequired(Boolean attachRequired) {
    this.attachRequired = attachRequired;
    return self();
  }

  public boolean hasAttachRequired() {
    return attachRequired != null;
  }

  public String getFsGroupPolicy() {
    return fsGroupPolicy;
  }

  public A withFsGroupPolicy(String fsGroupPolicy) {
    this.fsGroupPolicy = fsGroupPolicy;
    return self();
  }

  public boolean hasFsGroupPolicy() {
    return fsGroupPolicy != null;
  }

  public Long getNodeAllocatableUpdatePeriodSeconds() {
    return nodeAllocatableUpdatePeriodSeconds;
  }

  public A withNodeAllocatableUpdatePeriodSeconds(Long nodeAllocatableUpdatePeriodSeconds) {
    this.nodeAllocatableUpdatePeriodSeconds = nodeAllocatableUpdatePeriodSeconds;
    return self();
  }

  public boolean hasNodeAllocatableUpdatePeriodSeconds() {
    return nodeAllocatableUpdatePeriodSeconds != null;
  }

  public Boolean getPodInfoOnMount() {
    return podInfoOnMount;
  }

  public A withPodInfoOnMount(Boolean podInfoOnMount) {
    this.podInfoOnMount = podInfoOnMount;
    return self();
  }

  public boolean hasPodInfoOnMount() {
    return podInfoOnMount != null;
  }

  public Boolean getPreventPodSchedulingIfMissing() {
    return preventPodSchedulingIfMissing;
  }

  public A withPreventPodSchedulingIfMissing(Boolean preventPodSchedulingIfMissing) {
    this.preventPodSchedulingIfMissing = preventPodSchedulingIfMissing;
    return self();
  }

  public boolean hasPreventPodSchedulingIfMissing() {
    return preventPodSchedulingIfMissing != null;
  }

  public Boolean getRequiresRepublish() {
    return requiresRepublish;
  }

  public A withRequiresRepublish(Boolean requiresRepublish) {
    this.requiresRepublish = requiresRepublish;
    return self();
  }

  public boolean hasRequiresRepublish() {
    return requiresRepublish != null;
  }

  public Boolean getSeLinuxMount() {
    return seLinuxMount;
  }

  public A withSeLinuxMount(Boolean seLinuxMount) {
    this.seLinuxMount = seLinuxMount;
    return self();
  }

  public boolean hasSeLinuxMount() {
    return seLinuxMount != null;
  }

  public Boolean getServiceAccountTokenInSecrets() {
    return serviceAccountTokenInSecrets;
  }

  public A withServiceAccountTokenInSecrets(Boolean serviceAccountTokenInSecrets) {
    this.serviceAccountTokenInSecrets = serviceAccountTokenInSecrets;
    return self();
  }

  public boolean hasServiceAccountTokenInSecrets() {
    return serviceAccountTokenInSecrets != null;
  }

  public Boolean getStorageCapacity() {
    return storageCapacity;
  }

  public A withStorageCapacity(Boolean storageCapacity) {
    this.storageCapacity = storageCapacity;
    return self();
  }

  public boolean hasStorageCapacity() {
    return storageCapacity != null;
  }

  public List<StorageV1TokenRequest> getTokenRequests() {
    return tokenRequests;
  }

  public A withTokenRequests(List<StorageV1TokenRequest> tokenRequests) {
    this.tokenRequests = tokenRequests == null ? null : new ArrayList<>(tokenRequests);
    return self();
  }

  public boolean hasTokenRequests() {
    return tokenRequests != null;
  }

  public A withTokenRequests(StorageV1TokenRequest... items) {
    this.tokenRequests = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToTokenRequests(StorageV1TokenRequest... items) {
    for (StorageV1TokenRequest item : items) {
      addToTokenRequests(-1, item);
    }
    return self();
  }

  public A removeFromTokenRequests(StorageV1TokenRequest... items) {
    return removeAllFromTokenRequests(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToTokenRequests(int index, StorageV1TokenRequest item) {
    if (this.tokenRequests == null) {
      this.tokenRequests = new ArrayList<>();
    }
    if (index < 0 || index >= this.tokenRequests.size()) {
      this.tokenRequests.add(item);
    } else {
      this.tokenRequests.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToTokenRequests(int index, StorageV1TokenRequest item) {
    if (index < 0 || this.tokenRequests == null || index >= this.tokenRequests.size()) {
      return addToTokenRequests(-1, item);
    }
    this.tokenRequests.set(index, item);
    return self();
  }

  public A addAllToTokenRequests(Collection<StorageV1TokenRequest> items) {
    for (StorageV1TokenRequest item : items) {
      addToTokenRequests(-1, item);
    }
    return self();
  }

  public A removeAllFromTokenRequests(Collection<StorageV1TokenRequest> items) {
    if (this.tokenRequests != null) {
      this.tokenRequests.removeAll(items);
    }
    return self();
  }

  public List<StorageV1TokenRequest> buildTokenRequests() {
    return tokenRequests;
  }

  public StorageV1TokenRequest buildTokenRequest(int index) {
    return this.tokenRequests.get(index);
  }

  public TokenRequestsNested addNewTokenRequest() {
    return new TokenRequestsNested(-1, null);
  }

  public TokenRequestsNested addNewTokenRequestLike(StorageV1TokenRequest item) {
    return new TokenRequestsNested(-1, item);
  }

  public TokenRequestsNested setNewTokenRequestLike(int index, StorageV1TokenRequest item) {
    return new TokenRequestsNested(index, item);
  }

  public TokenRequestsNested editTokenRequest(int index) {
    if (this.tokenRequests == null || index < 0 || index >= this.tokenRequests.size()) {
      throw new IndexOutOfBoundsException("can't edit tokenRequests [" + index + "]");
    }
    return new TokenRequestsNested(index, this.tokenRequests.get(index));
  }

  public TokenRequestsNested editFirstTokenRequest() {
    return editTokenRequest(0);
  }

  public TokenRequestsNested editLastTokenRequest() {
    return editTokenRequest(this.tokenRequests == null ? -1 : this.tokenRequests.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class TokenRequestsNested extends StorageV1TokenRequestFluent<TokenRequestsNested> {
    private final int index;

    TokenRequestsNested(int index, StorageV1TokenRequest item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1CSIDriverSpecFluent.this.setToTokenRequests(index, toModel());
    }

    public A endTokenRequest() {
      return and();
    }
  }

  public List<String> getVolumeLifecycleModes() {
    return volumeLifecycleModes;
  }

  public A withVolumeLifecycleModes(List<String> volumeLifecycleModes) {
    this.volumeLifecycleModes = volumeLifecycleModes == null ? null : new ArrayList<>(volumeLifecycleModes);
    return self();
  }

  public boolean hasVolumeLifecycleModes() {
    return volumeLifecycleModes != null;
  }

  public A withVolumeLifecycleModes(String... items) {
    this.volumeLifecycleModes = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToVolumeLifecycleModes(String... items) {
    for (String item : items) {
      addToVolumeLifecycleModes(-1, item);
    }
    return self();
  }

  public A removeFromVolumeLifecycleModes(String... items) {
    return removeAllFromVolumeLifecycleModes(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToVolumeLifecycleModes(int index, String item) {
    if (this.volumeLifecycleModes == null) {
      this.volumeLifecycleModes = new ArrayList<>();
    }
    if (index < 0 || index >= this.volumeLifecycleModes.size()) {
      this.volumeLifecycleModes.add(item);
    } else {
      this.volumeLifecycleModes.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToVolumeLifecycleModes(int index, String item) {
    if (index < 0 || this.volumeLifecycleModes == null || index >= this.volumeLifecycleModes.size()) {
      return addToVolumeLifecycleModes(-1, item);
    }
    this.volumeLifecycleModes.set(index, item);
    return self();
  }

  public A addAllToVolumeLifecycleModes(Collection<String> items) {
    for (String item : items) {
      addToVolumeLifecycleModes(-1, item);
    }
    return self();
  }

  public A removeAllFromVolumeLifecycleModes(Collection<String> items) {
    if (this.volumeLifecycleModes != null) {
      this.volumeLifecycleModes.removeAll(items);
    }
    return self();
  }
}
