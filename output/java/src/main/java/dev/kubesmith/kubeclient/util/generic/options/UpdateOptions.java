package dev.kubesmith.kubeclient.util.generic.options;

/** Query parameters of an update (PUT). (client-java's UpdateOptions). */
public class UpdateOptions extends WriteOptions<UpdateOptions> {
    @Override
    protected UpdateOptions self() {
        return this;
    }
}
