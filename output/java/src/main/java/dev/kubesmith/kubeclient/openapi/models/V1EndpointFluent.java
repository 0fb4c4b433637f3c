package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1Endpoint}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1EndpointBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1EndpointFluent<A extends V1EndpointFluent<A>> {
  private List<String> addresses;
  private V1EndpointConditions conditions;
  private Map<String, String> deprecatedTopology;
  private V1EndpointHints hints;
  private String hostname;
  private String nodeName;
  private V1ObjectReference targetRef;
  private String zone;

  public V1EndpointFluent() {}

  public V1EndpointFluent(V1Endpoint instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Endpoint instance) {
    if (instance != null) {
      this.addresses = instance.getAddresses() == null ? null : new ArrayList<>(instance.getAddresses());
      this.conditions = instance.getConditions();
      this.deprecatedTopology = instance.getDeprecatedTopology() == null ? null : new LinkedHashMap<>(instance.getDeprecatedTopology());
      this.hints = instance.getHints();
      this.hostname = instance.getHostname();
      this.nodeName = instance.getNodeName();
      this.targetRef = instance.getTargetRef();
      this.zone = instance.getZone();
    }
  }

  /** A new {@link V1Endpoint} holding what was set (lists and maps copied). */
  V1Endpoint toModel() {
    V1Endpoint o = new V1Endpoint();
    o.setAddresses(addresses == null ? null : new ArrayList<>(addresses));
    o.setConditions(conditions);
    o.setDeprecatedTopology(deprecatedTopology == null ? null : new LinkedHashMap<>(deprecatedTopology));
    o.setHints(hints);
    o.setHostname(hostname);
    o.setNodeName(nodeName);
    o.setTargetRef(targetRef);
    o.setZone(zone);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getAddresses() {
    return addresses;
  }

  public A withAddresses(List<String> addresses) {
    this.addresses = addresses == null ? null : new ArrayList<>(addresses);
    return self();
  }

  public boolean hasAddresses() {
    return addresses != null;
  }

  public A withAddresses(String... items) {
    this.addresses = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToAddresses(String... items) {
    for (String item : items) {
      addToAddresses(-1, item);
    }
    return self();
  }

  public A removeFromAddresses(String... items) {
    return removeAllFromAddresses(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToAddresses(int index, String item) {
    if (this.addresses == null) {
      this.addresses = new ArrayList<>();
    }
    if (index < 0 || index >= this.addresses.size()) {
      this.addresses.add(item);
    } else {
      this.addresses.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToAddresses(int index, String item) {
    if (index < 0 || this.addresses == null || index >= this.addresses.size()) {
      return addToAddresses(-1, item);
    }
    this.addresses.set(index, item);
    return self();
  }

  public A addAllToAddresses(Collection<String> items) {
    for (String item : items) {
      addToAddresses(-1, item);
    }
    return self();
  }

  public A removeAllFromAddresses(Collection<String> items) {
    if (this.addresses != null) {
      this.addresses.removeAll(items);
    }
    return self();
  }

  public V1EndpointConditions getConditions() {
    return conditions;
  }

  public A withConditions(V1EndpointConditions conditions) {
    this.conditions = conditions;
    return self();
  }

  public boolean hasConditions() {
    return conditions != null;
  }

  public V1EndpointConditions buildConditions() {
    return conditions;
  }

  public ConditionsNested withNewConditions() {
    return new ConditionsNested(null);
  }

  public ConditionsNested withNewConditionsLike(V1EndpointConditions item) {
    return new ConditionsNested(item);
  }

  public ConditionsNested editConditions() {
    return new ConditionsNested(conditions);
  }

  public ConditionsNested editOrNewConditions() {
    return new ConditionsNested(conditions != null ? conditions : new V1EndpointConditions());
  }

  public ConditionsNested editOrNewConditionsLike(V1EndpointConditions item) {
    return new ConditionsNested(conditions != null ? conditions : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ConditionsNested extends V1EndpointConditionsFluent<ConditionsNested> {
    ConditionsNested(V1EndpointConditions item) {
      super(item);
    }

    public A and() {
      return V1EndpointFluent.this.withConditions(toModel());
    }

    public A endConditions() {
      return and();
    }
  }

  public Map<String, String> getDeprecatedTopology() {
    return deprecatedTopology;
  }

  public A withDeprecatedTopology(Map<String, String> deprecatedTopology) {
    this.deprecatedTopology = deprecatedTopology == null ? null : new LinkedHashMap<>(deprecatedTopology);
    return self();
  }

  public boolean hasDeprecatedTopology() {
    return deprecatedTopology != null;
  }

  public A addToDeprecatedTopology(String key, String value) {
    if (this.deprecatedTopology == null) {
      this.deprecatedTopology = new LinkedHashMap<>();
    }
    this.deprecatedTopology.put(key, value);
    return self();
  }

  public A addToDeprecatedTopology(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToDeprecatedTopology(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromDeprecatedTopology(String key) {
    if (this.deprecatedTopology != null) {
      this.deprecatedTopology.remove(key);
    }
    return self();
  }

  public A removeFromDeprecatedTopology(Map<String, String> map) {
    if (this.deprecatedTopology != null && map != null) {
      this.deprecatedTopology.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public V1EndpointHints getHints() {
    return hints;
  }

  public A withHints(V1EndpointHints hints) {
    this.hints = hints;
    return self();
  }

  public boolean hasHints() {
    return hints != null;
  }

  public V1EndpointHints buildHints() {
    return hints;
  }

  public HintsNested withNewHints() {
    return new HintsNested(null);
  }

  public HintsNested withNewHintsLike(V1EndpointHints item) {
    return new HintsNested(item);
  }

  public HintsNested editHints() {
    return new HintsNested(hints);
  }

  public HintsNested editOrNewHints() {
    return new HintsNested(hints != null ? hints : new V1EndpointHints());
  }

  public HintsNested editOrNewHintsLike(V1EndpointHints item) {
    return new HintsNested(hints != null ? hints : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class HintsNested extends V1EndpointHintsFluent<HintsNested> {
    HintsNested(V1EndpointHints item) {
      super(item);
    }

    public A and() {
      return V1EndpointFluent.this.withHints(toModel());
    }

    public A endHints() {
      return and();
    }
  }

  public String getHostname() {
    return hostname;
  }

  public A withHostname(String hostname) {
    this.hostname = hostname;
    return self();
  }

  public boolean hasHostname() {
    return hostname != null;
  }

  public String getNodeName() {
    return nodeName;
  }

  public A withNodeName(String nodeName) {
    this.nodeName = nodeName;
    return self();
  }

  public boolean hasNodeName() {
    return nodeName != null;
  }

  public V1ObjectReference getTargetRef() {
    return targetRef;
  }

  public A withTargetRef(V1ObjectReference targetRef) {
    this.targetRef = targetRef;
    return self();
  }

  public boolean hasTargetRef() {
    return targetRef != null;
  }

  public V1ObjectReference buildTargetRef() {
    return targetRef;
  }

  public TargetRefNested withNewTargetRef() {
    return new TargetRefNested(null);
  }

  public TargetRefNested withNewTargetRefLike(V1ObjectReference item) {
    return new TargetRefNested(item);
  }

  public TargetRefNested editTargetRef() {
    return new TargetRefNested(targetRef);
  }

  public TargetRefNested editOrNewTargetRef() {
    return new TargetRefNested(targetRef != null ? targetRef : new V1ObjectReference());
  }

  public TargetRefNested editOrNewTargetRefLike(V1ObjectReference item) {
    return new TargetRefNested(targetRef != null ? targetRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class TargetRefNested extends V1ObjectReferenceFluent<TargetRefNested> {
    TargetRefNested(V1ObjectReference item) {
      super(item);
    }

    public A and() {
      return V1EndpointFluent.this.withTargetRef(toModel());
    }

    public A endTargetRef() {
      return and();
    }
  }

  public String getZone() {
    return zone;
  }

  public A withZone(String zone) {
    this.zone = zone;
    return self();
  }

  public boolean hasZone() {
    return zone != null;
  }
}
