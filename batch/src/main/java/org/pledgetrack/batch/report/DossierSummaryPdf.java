package org.pledgetrack.batch.report;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.pledgetrack.core.audit.AuditEntry;
import org.pledgetrack.core.pledge.Evidence;
import org.pledgetrack.core.pledge.ItemComment;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeDossier;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeOverview;

/**
 * The summary PDF of an agency's dossier: the pledge at a glance (dates, status, schedule status,
 * IACP's recognition and certificate), the pledge's history, then every item with its status and
 * dates, its evidence (and the folder of the archive its files are in), decisions and comments, and
 * history. Times are UTC, as stored.
 */
final class DossierSummaryPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font LABEL = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);

    private DossierSummaryPdf() {
    }

    /** Writes the PDF to {@code out}, leaving the stream open (it is an entry of the archive). */
    static void write(PledgeDossier dossier, Instant generatedAt, OutputStream out) {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        PledgeOverview pledge = dossier.pledge();
        document.addTitle("Pledge dossier: " + pledge.agencyName());
        document.open();
        document.add(new Paragraph("Pledge dossier: " + pledge.agencyName(), TITLE));
        document.add(line("ORI", dossier.ori()));
        document.add(line("Campaign edition", pledge.catalogTitle()));
        document.add(line("Signed", date(pledge.signedOn())));
        document.add(line("Deadline (36 months)", date(pledge.targetOn())));
        document.add(line("Pledge status", pledge.status().label()));
        document.add(line("Schedule status", pledge.scheduleStatus() == null ? "none (withdrawn)"
                : pledge.scheduleStatus().label()));
        document.add(line("Verified", pledge.totals().of(ItemStatus.VERIFIED) + " of " + pledge.totals().total()
                + " items"));
        document.add(line("IACP recognition", pledge.recognizedOn() == null ? "not yet recognized"
                : "recognized on " + date(pledge.recognizedOn())));
        document.add(line("Certificate of completion", pledge.certificateOn() == null ? "not yet"
                : "dated " + date(pledge.certificateOn())));
        document.add(line("As of", date(dossier.asOf()) + "; generated " + TIME.format(generatedAt)));
        document.add(line("Evidence files", "in the folders of this archive, one per item, named by item number "
                + "and title"));
        section(document, "Pledge history");
        history(document, dossier.pledgeHistory());
        for (PledgeDossier.DossierItem item : dossier.items()) {
            item(document, item);
        }
        document.close();
    }

    private static void item(Document document, PledgeDossier.DossierItem dossierItem) {
        PledgeItem item = dossierItem.item();
        section(document, item.number() + ". " + item.title());
        document.add(line("Focus area", item.focusAreaName()));
        document.add(line("Status", item.status().label()));
        document.add(line("Owner", item.ownerName() == null ? "none" : item.ownerName()));
        document.add(line("Own target date", item.targetOn() == null ? "none" : date(item.targetOn())));
        document.add(line("Submitted", item.submittedAt() == null ? "not submitted" : TIME.format(item.submittedAt())));
        document.add(line("Last updated", TIME.format(item.updatedAt())
                + (item.updatedByName() == null ? "" : " by " + item.updatedByName())));
        document.add(new Paragraph("Evidence", LABEL));
        if (dossierItem.evidence().isEmpty()) {
            document.add(new Paragraph("None.", TEXT));
        }
        String folder = DossierZipWriter.folderOf(item.number(), item.title());
        dossierItem.evidence().forEach(piece -> document.add(new Paragraph(evidence(piece, folder), TEXT)));
        document.add(new Paragraph("Decisions and comments", LABEL));
        if (dossierItem.comments().isEmpty()) {
            document.add(new Paragraph("None.", TEXT));
        }
        dossierItem.comments().forEach(comment -> document.add(new Paragraph(comment(comment), TEXT)));
        document.add(new Paragraph("History", LABEL));
        history(document, dossierItem.history());
    }

    private static String evidence(Evidence piece, String folder) {
        String what = piece.kind() == Evidence.EvidenceKind.LINK ? "Link " + piece.url()
                : "File \"" + piece.originalFilename() + "\"";
        String uploaded = ", added " + TIME.format(piece.uploadedAt())
                + (piece.uploadedByName() == null ? "" : " by " + piece.uploadedByName());
        String description = piece.description() == null || piece.description().isBlank() ? ""
                : ": " + piece.description();
        if (piece.removed()) {
            return what + uploaded + description + "; removed " + TIME.format(piece.removedAt())
                    + (piece.removedReason() == null ? "" : " (" + piece.removedReason() + ")") + ", not in the archive";
        }
        return what + uploaded + description
                + (piece.kind() == Evidence.EvidenceKind.FILE ? "; in folder \"" + folder + "\"" : "");
    }

    private static String comment(ItemComment comment) {
        return TIME.format(comment.createdAt()) + " · " + comment.kind().label() + " by "
                + (comment.authorName() == null ? "a deleted user" : comment.authorName()) + ": " + comment.body()
                + (comment.resolved() ? " (resolved)" : "");
    }

    private static void history(Document document, List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            document.add(new Paragraph("Nothing recorded.", TEXT));
        }
        for (AuditEntry entry : entries) {
            String change = entry.field() == null ? entry.action()
                    : entry.field() + ": " + (entry.oldValue() == null ? "none" : entry.oldValue()) + " -> "
                            + (entry.newValue() == null ? "none" : entry.newValue());
            document.add(new Paragraph(TIME.format(entry.occurredAt()) + " · "
                    + (entry.actorName() == null ? "system" : entry.actorName()) + " · " + change, TEXT));
        }
    }

    private static void section(Document document, String title) {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(12);
        document.add(heading);
    }

    private static Paragraph line(String label, String value) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Chunk(label + ": ", LABEL));
        paragraph.add(new Chunk(value, TEXT));
        return paragraph;
    }

    private static String date(LocalDate date) {
        return date == null ? "none" : date.toString();
    }
}
