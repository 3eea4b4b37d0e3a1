package org.pledgetrack.core.files;

import java.nio.file.Path;

/**
 * The {@link ContentStore} for one kind of file, chosen by {@code pledgetrack.files.store}: with the local store
 * each kind keeps its own folder (evidence and attachments, report files, roster uploads); with the database
 * store they share the database, whatever the folder, since their random keys never meet.
 */
@FunctionalInterface
public interface ContentStores {

    ContentStore forFolder(Path localFolder);
}
