package org.pledgetrack.core.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GranteeReportCalendar;
import org.pledgetrack.core.grant.ReportKind;
import org.pledgetrack.core.locking.TaskLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Turns dates into reminders: deliverables due within 7 days or overdue (to the grant's TA
 * staff), grantee reports due within 14 days, and the pledge reminders ({@link PledgeReminders}).
 * Then it e-mails what is waiting: notifications whose immediate e-mail failed, and the daily
 * digests that are due. Safe to run twice: every reminder has a dedupe key, so a second run adds
 * nothing. Only one node runs it at a time (a lease in schedule_lock). Set
 * {@code pledgetrack.reminders.cron=-} to switch it off.
 */
@Component
public class ReminderJob {

    static final String LEASE = "reminder-job";
    static final int DELIVERABLE_DUE_DAYS = 7;
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    private static final Duration LEASE_LENGTH = Duration.ofMinutes(10);

    private final ReminderRepository reminders;
    private final NotificationService notifications;
    private final PledgeReminders pledgeReminders;
    private final NotificationMailer mailer;
    private final NotificationDigest digest;
    private final GrantService grants;
    private final TaskLease lease;
    private final Clock clock;

    ReminderJob(ReminderRepository reminders, NotificationService notifications, PledgeReminders pledgeReminders,
                NotificationMailer mailer, NotificationDigest digest, GrantService grants, TaskLease lease,
                Clock clock) {
        this.reminders = reminders;
        this.notifications = notifications;
        this.pledgeReminders = pledgeReminders;
        this.mailer = mailer;
        this.digest = digest;
        this.grants = grants;
        this.lease = lease;
        this.clock = clock;
    }

    @Scheduled(cron = "${pledgetrack.reminders.cron:0 */15 * * * *}")
    void scheduled() {
        run();
    }

    /**
     * Runs once if no other node is running it; returns how many new notifications were created
     * (0 when another node holds the lease).
     */
    public int run() {
        if (!lease.tryAcquire(LEASE, LEASE_LENGTH)) {
            log.info("Reminder job skipped: another node holds the lease");
            return 0;
        }
        try {
            LocalDate today = LocalDate.now(clock);
            int created = createReminders(today) + pledgeReminders.create(today);
            int mailed = mailer.sendWaiting();
            int digests = digest.sendDue();
            log.info("Reminder job: {} new notifications, {} e-mailed, {} digests", created, mailed, digests);
            return created;
        } finally {
            lease.release(LEASE);
        }
    }

    private int createReminders(LocalDate today) {
        grants.ensureAllReportSchedules();
        int created = 0;
        for (ReminderRepository.Due due : reminders.openDeliverablesDueBetween(today, today.plusDays(DELIVERABLE_DUE_DAYS))) {
            created += count(notifications.notify(due.userId(), NotificationKind.DELIVERABLE_DUE_SOON,
                    "Deliverable due " + due.date() + ": " + due.title(),
                    "Schedule or record its delivery before the due date.", due.link(),
                    "deliverable-due:" + due.keyPart()));
        }
        for (ReminderRepository.Due due : reminders.openDeliverablesDueBefore(today)) {
            created += count(notifications.notify(due.userId(), NotificationKind.DELIVERABLE_OVERDUE,
                    "Overdue since " + due.date() + ": " + due.title(),
                    "Record its delivery, move its due date, or cancel it with a reason.", due.link(),
                    "deliverable-overdue:" + due.keyPart()));
        }
        for (ReminderRepository.Due due : reminders.unsubmittedReportsDueBetween(today,
                today.plusDays(GranteeReportCalendar.DUE_SOON_DAYS))) {
            created += count(notifications.notify(due.userId(), NotificationKind.GRANTEE_REPORT_DUE,
                    ReportKind.valueOf(due.title()).label() + " due " + due.date(),
                    "Answer its questions, enter the period's counts and submit it in pledgetrack.", due.link(),
                    "report-due:" + due.keyPart()));
        }
        return created;
    }

    private static int count(boolean created) {
        return created ? 1 : 0;
    }
}
