package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ListMeta}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ListMetaBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ListMetaFluent<A extends V1ListMetaFluent<A>> {
  private String _continue;
  private Long remainingItemCount;
  private String resourceVersion;
  private String selfLink;
  private V1ShardInfo shardInfo;

  public V1ListMetaFluent() {}

  public V1ListMetaFluent(V1ListMeta instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ListMeta instance) {
    if (instance != null) {
      this._continue = instance.getContinue();
      this.remainingItemCount = instance.getRemainingItemCount();
      this.resourceVersion = instance.getResourceVersion();
      this.selfLink = instance.getSelfLink();
      this.shardInfo = instance.getShardInfo();
    }
  }

  /** A new {@link V1ListMeta} holding what was set (lists and maps copied). */
  V1ListMeta toModel() {
    V1ListMeta o = new V1ListMeta();
    o.setContinue(_continue);
    o.setRemainingItemCount(remainingItemCount);
    o.setResourceVersion(resourceVersion);
    o.setSelfLink(selfLink);
    o.setShardInfo(shardInfo);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getContinue() {
    return _continue;
  }

  public A withContinue(String _continue) {
    this._continue = _continue;
    return self();
  }

  public boolean hasContinue() {
    return _continue != null;
  }

  public Long getRemainingItemCount() {
    return remainingItemCount;
  }

  public A withRemainingItemCount(Long remainingItemCount) {
    this.remainingItemCount = remainingItemCount;
    return self();
  }

  public boolean hasRemainingItemCount() {
    return remainingItemCount != null;
  }

  public String getResourceVersion() {
    return resourceVersion;
  }

  public A withResourceVersion(String resourceVersion) {
    this.resourceVersion = resourceVersion;
    return self();
  }

  public boolean hasResourceVersion() {
    return resourceVersion != null;
  }

  public String getSelfLink() {
    return selfLink;
  }

  public A withSelfLink(String selfLink) {
    this.selfLink = selfLink;
    return self();
  }

  public boolean hasSelfLink() {
    return selfLink != null;
  }

  public V1ShardInfo getShardInfo() {
    return shardInfo;
  }

  public A withShardInfo(V1ShardInfo shardInfo) {
    this.shardInfo = shardInfo;
    return self();
  }

  public boolean hasShardInfo() {
    return shardInfo != null;
  }

  public V1ShardInfo buildShardInfo() {
    return shardInfo;
  }

  public ShardInfoNested withNewShardInfo() {
    return new ShardInfoNested(null);
  }

  public ShardInfoNested withNewShardInfoLike(V1ShardInfo item) {
    return new ShardInfoNested(item);
  }

  public ShardInfoNested editShardInfo() {
    return new ShardInfoNested(shardInfo);
  }

  public ShardInfoNested editOrNewShardInfo() {
    return new ShardInfoNested(shardInfo != null ? shardInfo : new V1ShardInfo());
  }

  public ShardInfoNested editOrNewShardInfoLike(V1ShardInfo item) {
    return new ShardInfoNested(shardInfo != null ? shardInfo : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ShardInfoNested extends V1ShardInfoFluent<ShardInfoNested> {
    ShardInfoNested(V1ShardInfo item) {
      super(item);
    }

    public A and() {
      return V1ListMetaFluent.this.withShardInfo(toModel());
    }

    public A endShardInfo() {
      return and();
    }
  }
}
