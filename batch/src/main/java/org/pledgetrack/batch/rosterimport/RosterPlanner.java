package org.pledgetrack.batch.rosterimport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Decides row by row what an import does ({@link RowPlan}), the same way when the file is checked
 * and when it is imported, and fingerprints the decisions (SHA-256). The import refuses to run when
 * its fingerprint differs from the check's, so it never applies anything the admin was not shown:
 * a user name taken meanwhile, an agency changed by someone else, a file swapped on disk.
 */
final class RosterPlanner {

    private final RosterRowValidator validator;
    private final Map<String, ExistingAgency> existingAgencies;
    private final MessageDigest fingerprint;

    /** @param existingAgencies the agencies already in the database, by ORI */
    RosterPlanner(RosterRowValidator validator, Map<String, ExistingAgency> existingAgencies) {
        this.validator = validator;
        this.existingAgencies = existingAgencies;
        try {
            this.fingerprint = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    RowPlan plan(RosterRow row) {
        List<RowError> errors = validator.validate(row);
        if (!errors.isEmpty()) {
            return record(new RowPlan.Rejected(row.line(), row.raw(), errors), "R");
        }
        RosterAgency agency = RosterRowValidator.agencyOf(row);
        boolean createsUser = validator.createsUser(agency);
        ExistingAgency existing = existingAgencies.get(agency.ori());
        if (existing == null) {
            return record(new RowPlan.NewAgency(row.line(), agency, createsUser), "N" + createsUser);
        }
        List<FieldChange> changes = AgencyChanges.between(existing, agency);
        return record(new RowPlan.ExistingAgencyRow(row.line(), agency, existing, changes, createsUser),
                "E" + createsUser + changes);
    }

    RowPlan.Rejected malformed(long line, List<String> raw, RowError error) {
        return record(new RowPlan.Rejected(line, raw, List.of(error)), "R");
    }

    /** The fingerprint of every plan so far. */
    String fingerprint() {
        return HexFormat.of().formatHex(fingerprint.digest());
    }

    private <T extends RowPlan> T record(T plan, String decision) {
        fingerprint.update((plan.line() + ":" + decision + "\n").getBytes(StandardCharsets.UTF_8));
        return plan;
    }
}
