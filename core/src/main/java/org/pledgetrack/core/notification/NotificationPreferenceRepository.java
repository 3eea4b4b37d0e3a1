package org.pledgetrack.core.notification;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.NOTIFICATION_PREFERENCE;
import static org.pledgetrack.db.Tables.NOTIFICATION_TOPIC_PREFERENCE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class NotificationPreferenceRepository {

    /** A user with a digest topic whose digest for today has not gone out; {@code since} is when the previous one went. */
    record DigestRecipient(long userId, String email, LocalDate lastDigestOn, Instant lastDigestAt) {
    }

    private final DSLContext dsl;

    NotificationPreferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The user's choice for every topic; a topic the user never chose gets e-mails at once. */
    EmailChoices findEmailChoices(long userId) {
        Map<NotificationTopic, EmailDelivery> byTopic = new EnumMap<>(NotificationTopic.class);
        Arrays.stream(NotificationTopic.values()).forEach(topic -> byTopic.put(topic, EmailDelivery.IMMEDIATELY));
        dsl.select(NOTIFICATION_TOPIC_PREFERENCE.TOPIC, NOTIFICATION_TOPIC_PREFERENCE.EMAIL_DELIVERY)
                .from(NOTIFICATION_TOPIC_PREFERENCE).where(NOTIFICATION_TOPIC_PREFERENCE.USER_ID.eq(userId))
                .forEach(r -> byTopic.put(NotificationTopic.valueOf(r.value1()), EmailDelivery.valueOf(r.value2())));
        return new EmailChoices(byTopic);
    }

    /**
     * Sets the choice of every topic, and creates the digest bookkeeping row if missing. Insert-then-update,
     * because jOOQ's MySQL upsert ({@code … AS excluded ON DUPLICATE KEY UPDATE}) is MySQL 8 syntax that MariaDB refuses.
     */
    void saveEmailChoices(long userId, EmailChoices choices, Instant now) {
        dsl.insertInto(NOTIFICATION_PREFERENCE)
                .set(NOTIFICATION_PREFERENCE.USER_ID, userId)
                .set(NOTIFICATION_PREFERENCE.UPDATED_AT, now)
                .onDuplicateKeyIgnore()
                .execute();
        choices.byTopic().forEach((topic, delivery) -> {
            dsl.insertInto(NOTIFICATION_TOPIC_PREFERENCE)
                    .set(NOTIFICATION_TOPIC_PREFERENCE.USER_ID, userId)
                    .set(NOTIFICATION_TOPIC_PREFERENCE.TOPIC, topic.name())
                    .set(NOTIFICATION_TOPIC_PREFERENCE.EMAIL_DELIVERY, delivery.name())
                    .set(NOTIFICATION_TOPIC_PREFERENCE.UPDATED_AT, now)
                    .onDuplicateKeyIgnore()
                    .execute();
            dsl.update(NOTIFICATION_TOPIC_PREFERENCE)
                    .set(NOTIFICATION_TOPIC_PREFERENCE.EMAIL_DELIVERY, delivery.name())
                    .set(NOTIFICATION_TOPIC_PREFERENCE.UPDATED_AT, now)
                    .where(NOTIFICATION_TOPIC_PREFERENCE.USER_ID.eq(userId))
                    .and(NOTIFICATION_TOPIC_PREFERENCE.TOPIC.eq(topic.name()))
                    .execute();
        });
    }

    List<DigestRecipient> findDigestRecipientsNotSentOn(LocalDate day) {
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, NOTIFICATION_PREFERENCE.LAST_DIGEST_ON,
                        NOTIFICATION_PREFERENCE.LAST_DIGEST_AT)
                .from(NOTIFICATION_PREFERENCE).join(APP_USER).on(APP_USER.ID.eq(NOTIFICATION_PREFERENCE.USER_ID))
                .where(DSL.exists(DSL.selectOne().from(NOTIFICATION_TOPIC_PREFERENCE)
                        .where(NOTIFICATION_TOPIC_PREFERENCE.USER_ID.eq(NOTIFICATION_PREFERENCE.USER_ID))
                        .and(NOTIFICATION_TOPIC_PREFERENCE.EMAIL_DELIVERY.eq(EmailDelivery.DAILY_DIGEST.name()))))
                .and(APP_USER.ENABLED.isTrue())
                .and(NOTIFICATION_PREFERENCE.LAST_DIGEST_ON.isNull().or(NOTIFICATION_PREFERENCE.LAST_DIGEST_ON.lt(day)))
                .orderBy(APP_USER.ID)
                .fetch(r -> new DigestRecipient(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * Takes today's digest of the user for this run: true for the one caller whose update found the
     * digest not yet sent today, so two nodes never both send it.
     */
    boolean claimDigest(DigestRecipient recipient, LocalDate day, Instant now) {
        var notSent = recipient.lastDigestOn() == null ? NOTIFICATION_PREFERENCE.LAST_DIGEST_ON.isNull()
                : NOTIFICATION_PREFERENCE.LAST_DIGEST_ON.eq(recipient.lastDigestOn());
        return dsl.update(NOTIFICATION_PREFERENCE)
                .set(NOTIFICATION_PREFERENCE.LAST_DIGEST_ON, day)
                .set(NOTIFICATION_PREFERENCE.LAST_DIGEST_AT, now)
                .where(NOTIFICATION_PREFERENCE.USER_ID.eq(recipient.userId())).and(notSent)
                .execute() == 1;
    }

    /** Gives a claimed digest back after the e-mail failed, so that the next run tries again. */
    void releaseDigest(DigestRecipient recipient) {
        dsl.update(NOTIFICATION_PREFERENCE)
                .set(NOTIFICATION_PREFERENCE.LAST_DIGEST_ON, recipient.lastDigestOn())
                .set(NOTIFICATION_PREFERENCE.LAST_DIGEST_AT, DSL.val(recipient.lastDigestAt(),
                        NOTIFICATION_PREFERENCE.LAST_DIGEST_AT))
                .where(NOTIFICATION_PREFERENCE.USER_ID.eq(recipient.userId()))
                .execute();
    }
}
