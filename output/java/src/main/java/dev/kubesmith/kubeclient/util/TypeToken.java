package dev.kubesmith.kubeclient.util;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Captures a generic type at run time, as Gson's {@code TypeToken} does for client-java
 * users: {@code new TypeToken<Watch.Response<V1Pod>>() {}.getType()}.
 *
 * @param <T> the type to capture
 */
public abstract class TypeToken<T> {
    private final Type type;

    protected TypeToken() {
        Type superclass = getClass().getGenericSuperclass();
        if (!(superclass instanceof ParameterizedType)) {
            throw new IllegalStateException(
                    "TypeToken needs a type argument: new TypeToken<Watch.Response<V1Pod>>() {}");
        }
        this.type = ((ParameterizedType) superclass).getActualTypeArguments()[0];
    }

    public final Type getType() {
        return type;
    }

    @Override
    public String toString() {
        return "TypeToken<" + type.getTypeName() + ">";
    }
}
