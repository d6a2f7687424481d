package org.migrationmptf.platform.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values computed from the database, remembered under a key that holds the version of what they were computed from
 * (a newest journal id, a record's version, a fund's change number), read afresh on every call. A change gives a new
 * version, so what was remembered under the old one is simply never asked for again and ages out: nothing is ever
 * invalidated by hand, and several servers on one database each keep their own, all keyed the same. Bounded: the
 * least recently used entry goes first. Values must not be changed by those who read them.
 */
public class VersionedMemory {

    private final Map<List<Object>, Object> values;

    protected VersionedMemory(int capacity) {
        values = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value remembered under this key, or the one {@code compute} gives (remembered for the next caller). */
    public <T> T get(List<Object> key, Supplier<T> compute) {
        T known = known(key);
        if (known != null) {
            return known;
        }
        T value = compute.get();
        remember(key, value);
        return value;
    }

    /** The value remembered under this key, or null. */
    @SuppressWarnings("unchecked")
    public <T> T known(List<Object> key) {
        synchronized (values) {
            return (T) values.get(key);
        }
    }

    public void remember(List<Object> key, Object value) {
        synchronized (values) {
            values.put(key, value);
        }
    }
}
