package dev.kubesmith.kubeclient.util.generic.options;

/** Query parameters of a create. (client-java's CreateOptions). */
public class CreateOptions extends WriteOptions<CreateOptions> {
    @Override
    protected CreateOptions self() {
        return this;
    }
}
