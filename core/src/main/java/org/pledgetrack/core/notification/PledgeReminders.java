package org.pledgetrack.core.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.pledgetrack.core.time.DurationWords;
import org.springframework.stereotype.Component;

/**
 * Reminders about pledges: agencies hear of an item's target date and of the pledge's 36-month
 * deadline 30 days ahead and again 7 days ahead; TA staff hear of a submission that has waited for
 * review longer than {@code pledgetrack.notifications.submission-waiting-days}; agencies hear once of evidence
 * whose review-by date has come (a policy due for its review). Each reminder's
 * dedupe key names its date and lead time, so each is created once (a moved target date is a new
 * date and is reminded of again); a day the job did not run is caught up on the next run.
 */
@Component
class PledgeReminders {

    static final int FIRST_REMINDER_DAYS = 30;
    static final int LAST_REMINDER_DAYS = 7;

    private final ReminderRepository reminders;
    private final NotificationService notifications;
    private final NotificationSettings settings;
    private final Clock clock;

    PledgeReminders(ReminderRepository reminders, NotificationService notifications, NotificationSettings settings,
                    Clock clock) {
        this.reminders = reminders;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    /** Creates the reminders due today; returns how many are new. */
    int create(LocalDate today) {
        // The first reminder covers 30 down to 8 days ahead, the last one 7 days down to the day itself.
        LocalDate firstFrom = today.plusDays(LAST_REMINDER_DAYS + 1);
        LocalDate firstTo = today.plusDays(FIRST_REMINDER_DAYS);
        LocalDate lastTo = today.plusDays(LAST_REMINDER_DAYS);
        int created = 0;
        for (ReminderRepository.Due due : reminders.itemTargetsBetween(firstFrom, firstTo)) {
            created += itemTarget(due, today, FIRST_REMINDER_DAYS);
        }
        for (ReminderRepository.Due due : reminders.itemTargetsBetween(today, lastTo)) {
            created += itemTarget(due, today, LAST_REMINDER_DAYS);
        }
        for (ReminderRepository.Due due : reminders.pledgeDeadlinesBetween(firstFrom, firstTo)) {
            created += pledgeDeadline(due, today, FIRST_REMINDER_DAYS);
        }
        for (ReminderRepository.Due due : reminders.pledgeDeadlinesBetween(today, lastTo)) {
            created += pledgeDeadline(due, today, LAST_REMINDER_DAYS);
        }
        for (ReminderRepository.Due due : reminders.evidenceReviewsDueBy(today)) {
            created += count(notifications.notify(due.userId(), NotificationKind.EVIDENCE_REVIEW_DUE,
                    "Review by " + due.date() + " has come: " + due.title(),
                    "You planned to review this policy by then. Upload the reviewed version as new evidence, "
                            + "or remove this one if it no longer applies.", due.link(),
                    "evidence-review:" + due.keyPart()));
        }
        Instant now = clock.instant();
        for (ReminderRepository.Waiting waiting
                : reminders.submissionsWaitingSince(now.minus(settings.submissionWaitingDays(), ChronoUnit.DAYS))) {
            created += count(notifications.notify(waiting.userId(), NotificationKind.SUBMISSION_WAITING,
                    waiting.agencyName() + " has waited " + wholeDays(waiting.submittedAt(), now) + " for review: "
                            + waiting.itemTitle(),
                    "Verify the item or return it with a comment.", "pledge/item/" + waiting.itemId(),
                    "submission-waiting:" + waiting.itemId() + ":" + waiting.submittedAt().toEpochMilli()));
        }
        return created;
    }

    private int itemTarget(ReminderRepository.Due due, LocalDate today, int leadDays) {
        return count(notifications.notify(due.userId(), NotificationKind.ITEM_TARGET_DATE,
                "Target date " + due.date() + " " + inDays(today, due.date()) + ": " + due.title(),
                "Submit the item for review by its target date, or move the date on the item page.", due.link(),
                "item-target:" + due.keyPart() + ":" + leadDays));
    }

    private int pledgeDeadline(ReminderRepository.Due due, LocalDate today, int leadDays) {
        return count(notifications.notify(due.userId(), NotificationKind.PLEDGE_DEADLINE,
                "Pledge deadline " + due.date() + " " + inDays(today, due.date()),
                "Your Trust Building Campaign pledge is due 36 months after signing. "
                        + "Submit the remaining items for review before then.", due.link(),
                "pledge-deadline:" + due.keyPart() + ":" + leadDays));
    }

    /** Whole days, as the review queue counts waiting: hours are noise after a week. */
    private static String wholeDays(Instant from, Instant to) {
        return DurationWords.of(Duration.ofDays(Duration.between(from, to).toDays()));
    }

    private static String inDays(LocalDate today, LocalDate date) {
        long days = ChronoUnit.DAYS.between(today, date);
        return days == 0 ? "(today)" : days == 1 ? "(tomorrow)" : "(in " + days + " days)";
    }

    private static int count(boolean created) {
        return created ? 1 : 0;
    }
}
