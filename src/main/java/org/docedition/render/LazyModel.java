package org.docedition.render;

import java.util.function.Supplier;

/** A page's model, made at most once and only when its key or its page needs it. */
final class LazyModel {

    private LazyModel() {
    }

    /** {@code make}, called at most once, on the first {@code get()}. */
    static <T> Supplier<T> of(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}
