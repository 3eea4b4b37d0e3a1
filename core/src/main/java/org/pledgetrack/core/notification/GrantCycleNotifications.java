package org.pledgetrack.core.notification;

import java.util.List;

import org.pledgetrack.core.actionplan.ActionPlanMoved;
import org.pledgetrack.core.grant.ProgressReportMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closes the loop of the grant cycle: the grant's overseers hear of a submitted progress report or
 * Action Plan; the grantee's users hear of a return (with the overseer's comment), an acceptance
 * and an approval. Runs inside the transaction that made the move; each move notifies once.
 */
@Component
class GrantCycleNotifications {

    private final NotificationService notifications;
    private final NotificationRepository recipients;

    GrantCycleNotifications(NotificationService notifications, NotificationRepository recipients) {
        this.notifications = notifications;
        this.recipients = recipients;
    }

    @EventListener
    void on(ProgressReportMoved moved) {
        String link = "progress-reports/" + moved.reportId();
        String key = "progress-report:" + moved.reportId() + ":" + moved.version();
        String report = moved.kind().label().toLowerCase(java.util.Locale.ROOT);
        switch (moved.move()) {
            case SUBMITTED -> notifyAll(recipients.findOverseersOfGrant(moved.grantId()),
                    NotificationKind.PROGRESS_REPORT_SUBMITTED, moved.siteName() + " submitted a " + report,
                    "Read it and accept it or return it with a comment.", link, key);
            case RETURNED -> notifyAll(recipients.findGranteeUsersOfGrant(moved.grantId()),
                    NotificationKind.PROGRESS_REPORT_RETURNED, "Returned: " + moved.siteName() + " " + report,
                    moved.comment(), link, key);
            case ACCEPTED -> notifyAll(recipients.findGranteeUsersOfGrant(moved.grantId()),
                    NotificationKind.PROGRESS_REPORT_ACCEPTED, "Accepted: " + moved.siteName() + " " + report,
                    "The overseer accepted the report.", link, key);
        }
    }

    @EventListener
    void on(ActionPlanMoved moved) {
        String link = "grants/" + moved.grantId();
        String key = "action-plan:" + moved.grantId() + ":" + moved.version();
        switch (moved.move()) {
            case SUBMITTED -> notifyAll(recipients.findOverseersOfGrant(moved.grantId()),
                    NotificationKind.ACTION_PLAN_SUBMITTED, moved.siteName() + " submitted its Action Plan",
                    "Read it and approve it, which starts the implementation phase, or return it with a comment.",
                    link, key);
            case RETURNED -> notifyAll(recipients.findGranteeUsersOfGrant(moved.grantId()),
                    NotificationKind.ACTION_PLAN_RETURNED, "Action Plan returned: " + moved.siteName(),
                    moved.comment(), link, key);
            case APPROVED -> notifyAll(recipients.findGranteeUsersOfGrant(moved.grantId()),
                    NotificationKind.ACTION_PLAN_APPROVED, "Action Plan approved: " + moved.siteName(),
                    "The implementation phase has started; track the work plan's tasks on the grant page.", link, key);
        }
    }

    private void notifyAll(List<Long> userIds, NotificationKind kind, String title, String body, String link,
                           String key) {
        for (long userId : userIds) {
            notifications.notify(userId, kind, title, body, link, key);
        }
    }
}
