package org.pledgetrack.core.files;

/** A file kept by the {@link FileStore}: where it is (a random key, never a user's name) and what it is. */
public record StoredFile(String storageKey, String sha256, long size, String contentType) {
}
