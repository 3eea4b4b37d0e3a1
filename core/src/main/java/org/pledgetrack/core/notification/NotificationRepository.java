package org.pledgetrack.core.notification;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.NOTIFICATION;
import static org.pledgetrack.db.Tables.NOTIFICATION_TOPIC_PREFERENCE;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.TA_AGENCY_ASSIGNMENT;
import static org.pledgetrack.db.Tables.TA_GRANT_ASSIGNMENT;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.pledgetrack.core.security.Role;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    /** A notification waiting to be e-mailed, with where to send it. */
    record Outgoing(long id, String email, String title, String body, String link) {
    }

    private final DSLContext dsl;

    NotificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** INSERT IGNORE on (user, dedupe key): returns false when this user already had this notification. */
    boolean insertIgnoringDuplicate(long userId, NotificationKind kind, String title, String body, String link,
                                    String dedupeKey, Instant now) {
        return dsl.insertInto(NOTIFICATION)
                .set(NOTIFICATION.USER_ID, userId)
                .set(NOTIFICATION.KIND, kind.name())
                .set(NOTIFICATION.TITLE, cut(title, 300))
                .set(NOTIFICATION.BODY, body == null ? null : cut(body, 2000))
                .set(NOTIFICATION.LINK, link)
                .set(NOTIFICATION.DEDUPE_KEY, dedupeKey)
                .set(NOTIFICATION.CREATED_AT, now)
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    List<Notification> findLatest(long userId, int limit) {
        return dsl.selectFrom(NOTIFICATION).where(NOTIFICATION.USER_ID.eq(userId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc()).limit(limit)
                .fetch(r -> new Notification(r.getId(), NotificationKind.valueOf(r.getKind()), r.getTitle(), r.getBody(),
                        r.getLink(), r.getCreatedAt(), r.getReadAt()));
    }

    int countUnread(long userId) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(userId).and(NOTIFICATION.READ_AT.isNull()));
    }

    /** Only the owner's own notification changes; someone else's id changes nothing. */
    void markRead(long userId, long notificationId, Instant now) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.READ_AT, now)
                .where(NOTIFICATION.ID.eq(notificationId)).and(NOTIFICATION.USER_ID.eq(userId))
                .and(NOTIFICATION.READ_AT.isNull()).execute();
    }

    void markAllRead(long userId, Instant now) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.READ_AT, now)
                .where(NOTIFICATION.USER_ID.eq(userId)).and(NOTIFICATION.READ_AT.isNull()).execute();
    }

    List<Long> findUsersOfOrganization(long organizationId) {
        return dsl.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.ORGANIZATION_ID.eq(organizationId)).and(APP_USER.ENABLED.isTrue())
                .fetch(APP_USER.ID);
    }

    List<Long> findEnabledUsersWithRole(Role role) {
        return dsl.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.ROLE.eq(role.name())).and(APP_USER.ENABLED.isTrue())
                .fetch(APP_USER.ID);
    }

    List<Long> findTaStaffOfAgency(long agencyId) {
        return dsl.select(TA_AGENCY_ASSIGNMENT.USER_ID).from(TA_AGENCY_ASSIGNMENT)
                .where(TA_AGENCY_ASSIGNMENT.AGENCY_ID.eq(agencyId)).fetch(TA_AGENCY_ASSIGNMENT.USER_ID);
    }

    /**
     * Notifications created since the instant and not e-mailed yet, of users who want their topic at
     * once (or never chose); of one user only when {@code userId} is given.
     */
    List<Outgoing> findWaitingForImmediateEmail(Instant since, Long userId) {
        return dsl.select(NOTIFICATION.ID, APP_USER.EMAIL, NOTIFICATION.TITLE, NOTIFICATION.BODY, NOTIFICATION.LINK)
                .from(NOTIFICATION).join(APP_USER).on(APP_USER.ID.eq(NOTIFICATION.USER_ID))
                .leftJoin(NOTIFICATION_TOPIC_PREFERENCE).on(choiceOfTheNotificationsTopic())
                .where(NOTIFICATION.EMAILED_AT.isNull())
                .and(NOTIFICATION.CREATED_AT.ge(DSL.val(since, NOTIFICATION.CREATED_AT)))
                .and(NOTIFICATION_TOPIC_PREFERENCE.EMAIL_DELIVERY.isNull()
                        .or(NOTIFICATION_TOPIC_PREFERENCE.EMAIL_DELIVERY.eq(EmailDelivery.IMMEDIATELY.name())))
                .and(userId == null ? DSL.noCondition() : NOTIFICATION.USER_ID.eq(userId))
                .orderBy(NOTIFICATION.ID)
                .fetch(r -> new Outgoing(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /**
     * One user's notifications of the topics they want in the daily digest, created since the instant
     * and not e-mailed yet, oldest first.
     */
    List<Outgoing> findForDigestOfUserSince(long userId, Instant since) {
        return dsl.select(NOTIFICATION.ID, APP_USER.EMAIL, NOTIFICATION.TITLE, NOTIFICATION.BODY, NOTIFICATION.LINK)
                .from(NOTIFICATION).join(APP_USER).on(APP_USER.ID.eq(NOTIFICATION.USER_ID))
                .join(NOTIFICATION_TOPIC_PREFERENCE).on(choiceOfTheNotificationsTopic())
                .where(NOTIFICATION.USER_ID.eq(userId)).and(NOTIFICATION.EMAILED_AT.isNull())
                .and(NOTIFICATION_TOPIC_PREFERENCE.EMAIL_DELIVERY.eq(EmailDelivery.DAILY_DIGEST.name()))
                .and(NOTIFICATION.CREATED_AT.ge(DSL.val(since, NOTIFICATION.CREATED_AT)))
                .orderBy(NOTIFICATION.ID)
                .fetch(r -> new Outgoing(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /**
     * Marks the notification e-mailed if nobody has yet: true for the one caller that may send it,
     * so two nodes or two threads never send the same notification twice.
     */
    boolean claimForEmail(long notificationId, Instant now) {
        return dsl.update(NOTIFICATION).set(NOTIFICATION.EMAILED_AT, now)
                .where(NOTIFICATION.ID.eq(notificationId)).and(NOTIFICATION.EMAILED_AT.isNull())
                .execute() == 1;
    }

    /** Gives claimed notifications back after the e-mail failed, so that the next run tries again. */
    void releaseEmailClaim(Collection<Long> notificationIds) {
        dsl.update(NOTIFICATION).setNull(NOTIFICATION.EMAILED_AT).where(NOTIFICATION.ID.in(notificationIds)).execute();
    }

    /** Marks the user's notifications e-mailed (in a digest); returns the ids this call marked. */
    List<Long> claimAllForEmail(Collection<Long> notificationIds, Instant now) {
        return notificationIds.stream().filter(id -> claimForEmail(id, now)).toList();
    }

    String findOrganizationName(long organizationId) {
        return dsl.select(ORGANIZATION.NAME).from(ORGANIZATION).where(ORGANIZATION.ID.eq(organizationId))
                .fetchOne(ORGANIZATION.NAME);
    }

    /** TA staff who triage requests of the agency or on the grant: assigned to either. */
    List<Long> findTaStaffOfAgencyOrGrant(long agencyId, Long grantId) {
        var ofAgency = DSL.select(TA_AGENCY_ASSIGNMENT.USER_ID).from(TA_AGENCY_ASSIGNMENT)
                .where(TA_AGENCY_ASSIGNMENT.AGENCY_ID.eq(agencyId));
        if (grantId == null) {
            return dsl.fetch(ofAgency).getValues(TA_AGENCY_ASSIGNMENT.USER_ID);
        }
        return dsl.fetch(ofAgency.union(DSL.select(TA_GRANT_ASSIGNMENT.USER_ID).from(TA_GRANT_ASSIGNMENT)
                .where(TA_GRANT_ASSIGNMENT.GRANT_ID.eq(grantId)))).getValues(TA_AGENCY_ASSIGNMENT.USER_ID);
    }

    /** The overseers of the grant: its overseer organization's, or every overseer when it names none. */
    List<Long> findOverseersOfGrant(long grantId) {
        Long overseerOrgId = dsl.select(BCJI_GRANT.OVERSEER_ORG_ID).from(BCJI_GRANT).where(BCJI_GRANT.ID.eq(grantId))
                .fetchOne(BCJI_GRANT.OVERSEER_ORG_ID);
        return dsl.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.ROLE.eq(Role.OVERSEER.name())).and(APP_USER.ENABLED.isTrue())
                .and(overseerOrgId == null ? DSL.noCondition() : APP_USER.ORGANIZATION_ID.eq(overseerOrgId))
                .fetch(APP_USER.ID);
    }

    /** The users of the grant's grantee and lead agency, who draft and submit its reports and plan. */
    List<Long> findGranteeUsersOfGrant(long grantId) {
        return dsl.selectDistinct(APP_USER.ID).from(APP_USER)
                .join(BCJI_GRANT).on(APP_USER.ORGANIZATION_ID.eq(BCJI_GRANT.GRANTEE_ORG_ID)
                        .or(APP_USER.ORGANIZATION_ID.eq(BCJI_GRANT.LEAD_AGENCY_ID)))
                .where(BCJI_GRANT.ID.eq(grantId)).and(APP_USER.ENABLED.isTrue())
                .and(APP_USER.ROLE.eq(Role.AGENCY.name()))
                .fetch(APP_USER.ID);
    }

    /** Joins a notification to its user's choice for the topic of its kind. */
    private static Condition choiceOfTheNotificationsTopic() {
        Map<String, String> topicOfKind = Arrays.stream(NotificationKind.values())
                .collect(Collectors.toMap(NotificationKind::name, kind -> kind.topic().name()));
        return NOTIFICATION_TOPIC_PREFERENCE.USER_ID.eq(NOTIFICATION.USER_ID)
                .and(NOTIFICATION_TOPIC_PREFERENCE.TOPIC.eq(DSL.case_(NOTIFICATION.KIND).mapValues(topicOfKind)));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
