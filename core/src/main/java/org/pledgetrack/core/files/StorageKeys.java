package org.pledgetrack.core.files;

import java.util.UUID;
import java.util.regex.Pattern;

/** The random keys files are kept under, so that a user-supplied name never becomes a path or a key. */
public final class StorageKeys {

    private static final Pattern STORAGE_KEY = Pattern.compile("[0-9a-f]{32}");

    private StorageKeys() {
    }

    /** 32 lower-case hex digits from a random UUID. */
    public static String newKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** The key, or {@link IllegalArgumentException} when it is not one {@link #newKey} makes. */
    static String checked(String storageKey) {
        if (storageKey == null || !STORAGE_KEY.matcher(storageKey).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + storageKey);
        }
        return storageKey;
    }
}
