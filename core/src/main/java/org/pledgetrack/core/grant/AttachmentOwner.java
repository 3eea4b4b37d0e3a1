package org.pledgetrack.core.grant;

/** What an attachment belongs to, with the audit entity its history is kept under. */
enum AttachmentOwner {
    DELIVERABLE("DELIVERABLE_ATTACHMENT"),
    PROGRESS_REPORT("GRANTEE_REPORT_ATTACHMENT");

    private final String auditEntity;

    AttachmentOwner(String auditEntity) {
        this.auditEntity = auditEntity;
    }

    String auditEntity() {
        return auditEntity;
    }
}
