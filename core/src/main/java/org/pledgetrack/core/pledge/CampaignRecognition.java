package org.pledgetrack.core.pledge;

import java.time.LocalDate;

/**
 * IACP's two acts on a pledge and when each may be recorded; the only place that decides them.
 *
 * <p><b>Recognition.</b> IACP publicly recognizes a member agency once it is committed in all six focus
 * areas. In this data model an agency is committed in a focus area when its pledge, signed and not
 * withdrawn, holds that area's items: a pledge is made against a whole catalog version, so signing it
 * commits the agency in every focus area of that version. The rule still counts the areas the pledge
 * holds items of against the areas of its version, so a pledge made against an edition that lacks
 * items in an area does not qualify.
 *
 * <p><b>Completion.</b> Completing all items earns IACP's certificate of completion: it may be
 * recorded only when every item of the pledge is verified.
 *
 * <p>Both dates lie between the signed date and today.
 */
public final class CampaignRecognition {

    private CampaignRecognition() {
    }

    /** Whether the agency is committed in every focus area of its pledge's catalog version. */
    public static boolean committedInEveryArea(PledgeStatus status, int areasWithItems, int areasInCatalog) {
        return status != null && status != PledgeStatus.WITHDRAWN && areasInCatalog > 0
                && areasWithItems == areasInCatalog;
    }

    /** Whether every item of the pledge is verified, which a certificate of completion needs. */
    public static boolean everyItemVerified(StatusCounts totals) {
        return totals.total() > 0 && totals.of(ItemStatus.VERIFIED) == totals.total();
    }

    /** Refuses recognition the rule does not allow, with the reason in the user's words. */
    static void requireRecognizable(PledgeStatus status, int areasWithItems, int areasInCatalog,
                                    LocalDate alreadyRecognizedOn, LocalDate signedOn, LocalDate recognizedOn,
                                    LocalDate today) {
        if (alreadyRecognizedOn != null) {
            throw new IllegalStateException("IACP already recognized this agency on " + alreadyRecognizedOn + ".");
        }
        if (!committedInEveryArea(status, areasWithItems, areasInCatalog)) {
            throw new IllegalStateException(status == PledgeStatus.WITHDRAWN
                    ? "The pledge is withdrawn; a withdrawn agency cannot be recognized."
                    : "The pledge holds items of " + areasWithItems + " of " + areasInCatalog
                            + " focus areas; IACP recognizes agencies committed in all of them.");
        }
        requireDate(recognizedOn, signedOn, today, "recognition");
    }

    /** Refuses a certificate of completion the rule does not allow. */
    static void requireCompletable(PledgeStatus status, StatusCounts totals, LocalDate alreadyCertifiedOn,
                                   LocalDate signedOn, LocalDate certificateOn, LocalDate today) {
        if (alreadyCertifiedOn != null) {
            throw new IllegalStateException("The certificate of completion was already recorded, dated "
                    + alreadyCertifiedOn + ".");
        }
        if (status == PledgeStatus.WITHDRAWN) {
            throw new IllegalStateException("The pledge is withdrawn; it cannot be completed.");
        }
        if (!everyItemVerified(totals)) {
            throw new IllegalStateException("Only " + totals.of(ItemStatus.VERIFIED) + " of " + totals.total()
                    + " items are verified; the certificate of completion needs all of them.");
        }
        requireDate(certificateOn, signedOn, today, "certificate");
    }

    private static void requireDate(LocalDate date, LocalDate signedOn, LocalDate today, String what) {
        if (date == null) {
            throw new IllegalArgumentException("Enter the date of the " + what + ".");
        }
        if (date.isAfter(today)) {
            throw new IllegalArgumentException("The date of the " + what + " cannot be in the future.");
        }
        if (date.isBefore(signedOn)) {
            throw new IllegalArgumentException("The date of the " + what + " cannot be before the pledge was signed ("
                    + signedOn + ").");
        }
    }
}
