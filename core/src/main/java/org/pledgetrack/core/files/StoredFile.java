package org.pledgetrack.core.files;

/**
 * A file kept by the {@link FileStore}: where it is (a random key, never a user's name), what it
 * is, and the name the user gave it, checked by {@link FileNames}, for display only.
 */
public record StoredFile(String storageKey, String sha256, long size, String contentType, String originalFilename) {
}
