package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ExecAction}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ExecActionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ExecActionFluent<A extends V1ExecActionFluent<A>> {
  private List<String> command;

  public V1ExecActionFluent() {}

  public V1ExecActionFluent(V1ExecAction instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ExecAction instance) {
    if (instance != null) {
      this.command = instance.getCommand() == null ? null : new ArrayList<>(instance.getCommand());
    }
  }

  /** A new {@link V1ExecAction} holding what was set (lists and maps copied). */
  V1ExecAction toModel() {
    V1ExecAction o = new V1ExecAction();
    o.setCommand(command == null ? null : new ArrayList<>(command));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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
}
