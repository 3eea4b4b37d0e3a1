package org.pledgetrack.core.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.pledgetrack.core.notification.MailSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes one-time links to set a password: 256 random bits in the link, only their SHA-256 stored, one open link
 * per account (a new one revokes the older ones), e-mailed when SMTP is configured.
 */
@Component
@EnableConfigurationProperties(PasswordLinkSettings.class)
class PasswordLinkIssuer {

    static final String PATH = "set-password?token=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordLinkRepository links;
    private final AccountRepository accounts;
    private final PasswordLinkMailer mailer;
    private final PasswordLinkSettings settings;
    private final Clock clock;
    private final String baseUrl;

    PasswordLinkIssuer(PasswordLinkRepository links, AccountRepository accounts, PasswordLinkMailer mailer,
                       PasswordLinkSettings settings, Clock clock,
                       MailSettings mail) {
        this.links = links;
        this.accounts = accounts;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
        this.baseUrl = mail.baseUrl();
    }

    /** Makes a link for the account, revoking its older ones, and e-mails it when it can. */
    @Transactional(propagation = Propagation.MANDATORY)
    IssuedLink issue(long userId, PasswordLinkPurpose purpose, String createdBy) {
        Instant now = clock.instant();
        Duration validity = purpose == PasswordLinkPurpose.INVITATION
                ? settings.invitationValidity() : settings.resetValidity();
        String secret = randomSecret();
        links.revokeOpen(userId, now);
        links.insert(userId, purpose, sha256(secret), createdBy, now, now.plus(validity));
        AccountRepository.Recipient recipient = accounts.recipient(userId);
        String link = baseUrl + PATH + secret;
        boolean mailed = mailer.send(recipient.email(), subject(purpose), text(purpose, recipient, link, validity));
        return new IssuedLink(userId, recipient.username(), recipient.email(), mailed, mailed ? null : link);
    }

    boolean canMail() {
        return mailer.configured();
    }

    private static String subject(PasswordLinkPurpose purpose) {
        return purpose == PasswordLinkPurpose.INVITATION
                ? "[pledgetrack] You are invited: set your password"
                : "[pledgetrack] Reset your password";
    }

    private static String text(PasswordLinkPurpose purpose, AccountRepository.Recipient to, String link,
                               Duration validity) {
        String why = purpose == PasswordLinkPurpose.INVITATION
                ? "An administrator made you a pledgetrack account with the username " + to.username() + "."
                : "Someone (we hope you) asked to reset the password of the pledgetrack account " + to.username()
                + ". If it was not you, ignore this message: your password stays as it is.";
        return "Hello " + to.displayName() + ",\n\n" + why + "\n\nSet your password here (the link works once, for "
                + hours(validity) + "):\n" + link + "\n";
    }

    private static String hours(Duration validity) {
        long hours = validity.toHours();
        return hours >= 1 ? hours + (hours == 1 ? " hour" : " hours") : validity.toMinutes() + " minutes";
    }

    /** 256 random bits, URL-safe. */
    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
