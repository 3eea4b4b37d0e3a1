package org.pledgetrack.core.files;

/**
 * A removed file whose undo period is over, for {@link RemovedFileDeletion}.
 *
 * @param auditEntity   the audit entity the file's history is kept under
 * @param auditEntityId its id (the pledge item of evidence, the attachment itself)
 * @param agencyId      the agency whose data it is, for scoping the audit; null for attachments
 */
record RemovedFile(Kind kind, long id, String storageKey, String originalFilename, String sha256, String auditEntity,
                   long auditEntityId, Long agencyId) {

    enum Kind { EVIDENCE, ATTACHMENT, ACTION_PLAN_DIAGRAM }
}
