package org.pledgetrack.batch.rosterimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.pledgetrack.core.agency.AgencyType;

/**
 * What a roster row changes in an agency that is already there (same ORI). An empty cell changes
 * nothing: the FBI's list has no sizes and often no city, and importing it must not erase what an
 * admin or an earlier roster entered.
 */
final class AgencyChanges {

    private AgencyChanges() {
    }

    static List<FieldChange> between(ExistingAgency existing, RosterAgency row) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, RosterColumn.AGENCY_NAME.header(), existing.name(), row.name());
        compare(changes, RosterColumn.AGENCY_TYPE.header(), label(existing.type()), label(row.type()));
        compare(changes, "fbi_agency_type", existing.fbiAgencyType(), row.fbiAgencyType());
        compare(changes, RosterColumn.SWORN_OFFICERS.header(), text(existing.swornOfficers()), text(row.swornOfficers()));
        compare(changes, RosterColumn.POPULATION_SERVED.header(), text(existing.populationServed()),
                text(row.populationServed()));
        compare(changes, RosterColumn.COUNTY.header(), existing.county(), row.county());
        compare(changes, RosterColumn.CITY.header(), existing.city(), row.city());
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, String old, String value) {
        if (value != null && !Objects.equals(old, value)) {
            changes.add(new FieldChange(field, old, value));
        }
    }

    private static String label(AgencyType type) {
        return type == null ? null : type.label();
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }
}
