package org.pledgetrack.core.notification;

import java.util.List;

import org.pledgetrack.core.request.TaRequestMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closes the loop of a TA request: the TA staff who triage it hear of a new request and of
 * information added; the requesting agency's users hear of a question, an acceptance and a
 * decline. Runs inside the transaction that moved the request; each move notifies once.
 */
@Component
class TaRequestNotifications {

    private final NotificationService notifications;
    private final NotificationRepository recipients;

    TaRequestNotifications(NotificationService notifications, NotificationRepository recipients) {
        this.notifications = notifications;
        this.recipients = recipients;
    }

    @EventListener
    void on(TaRequestMoved moved) {
        String link = "ta-requests?request=" + moved.requestId();
        String key = "ta-request:" + moved.requestId() + ":" + moved.version();
        String topic = moved.topic();
        switch (moved.move()) {
            case SUBMITTED -> notifyTaStaff(moved, NotificationKind.TA_REQUEST_SUBMITTED,
                    "New TA request from " + agencyName(moved) + ": " + topic, moved.text(), link, key);
            case INFORMATION_ADDED -> notifyTaStaff(moved, NotificationKind.TA_REQUEST_INFORMATION_ADDED,
                    agencyName(moved) + " added information: " + topic, moved.text(), link, key);
            case QUESTION_ASKED -> notifyAgency(moved, NotificationKind.TA_REQUEST_QUESTION,
                    "TA staff ask about your request: " + topic, moved.text() + "\nAnswer with “Add information”.",
                    link, key);
            case ACCEPTED -> notifyAgency(moved, NotificationKind.TA_REQUEST_ANSWERED,
                    "TA request accepted: " + topic, moved.text(), link, key);
            case DECLINED -> notifyAgency(moved, NotificationKind.TA_REQUEST_ANSWERED,
                    "TA request declined: " + topic, moved.text(), link, key);
        }
    }

    private void notifyTaStaff(TaRequestMoved moved, NotificationKind kind, String title, String body, String link,
                               String key) {
        notifyAll(recipients.findTaStaffOfAgencyOrGrant(moved.requestingOrgId(), moved.grantId()), kind, title, body,
                link, key);
    }

    private void notifyAgency(TaRequestMoved moved, NotificationKind kind, String title, String body, String link,
                              String key) {
        notifyAll(recipients.findUsersOfOrganization(moved.requestingOrgId()), kind, title, body, link, key);
    }

    private void notifyAll(List<Long> userIds, NotificationKind kind, String title, String body, String link, String key) {
        for (long userId : userIds) {
            notifications.notify(userId, kind, title, body, link, key);
        }
    }

    private String agencyName(TaRequestMoved moved) {
        return recipients.findOrganizationName(moved.requestingOrgId());
    }
}
