package dev.kubesmith.kubeclient.util.informer;

/** Notified of the changes an informer sees, one at a time, in order. */
public interface ResourceEventHandler<T> {
    void onAdd(T obj);

    /** Also called with {@code oldObj == newObj} on every resync. */
    void onUpdate(T oldObj, T newObj);

    /**
     * @param deletedFinalStateUnknown true when the deletion was found by a relist (the
     *     object is the last state the informer saw, not the state at deletion)
     */
    void onDelete(T obj, boolean deletedFinalStateUnknown);
}
