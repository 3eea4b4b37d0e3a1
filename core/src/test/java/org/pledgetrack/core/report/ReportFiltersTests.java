package org.pledgetrack.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.pledge.ScheduleStatus;

class ReportFiltersTests {

    @Test
    void filtersSurviveTheirJsonForm() {
        ReportFilters filters = new ReportFilters("KS", 3L, 7L, ScheduleStatus.AT_RISK, 11L);

        assertThat(filters.toJson())
                .isEqualTo("{\"state\":\"KS\",\"providerId\":\"3\",\"grantId\":\"7\",\"scheduleStatus\":\"AT_RISK\",\"agencyId\":\"11\"}");
        assertThat(ReportFilters.fromJson(filters.toJson())).isEqualTo(filters);
        assertThat(ReportFilters.fromJson(ReportFilters.NONE.toJson())).isEqualTo(ReportFilters.NONE);
    }

    @Test
    void aReportKeepsOnlyTheFiltersItApplies() {
        ReportFilters everything = new ReportFilters("KS", 3L, 7L, ScheduleStatus.AT_RISK, 11L);

        assertThat(everything.keptFor(ReportType.AGENCY_ITEMS)).isEqualTo(new ReportFilters(null, null, null, null, 11L));
        assertThat(everything.keptFor(ReportType.FOCUS_AREA_SUMMARY))
                .isEqualTo(new ReportFilters("KS", null, null, null, null));
        assertThat(everything.keptFor(ReportType.PROVIDER_ACTIVITY)).isEqualTo(new ReportFilters(null, 3L, null, null, null));
        assertThat(everything.keptFor(ReportType.AGENCY_STATUS))
                .isEqualTo(new ReportFilters("KS", 3L, 7L, ScheduleStatus.AT_RISK, null));
    }

    @Test
    void stateMustBeATwoLetterCode() {
        assertThatThrownBy(() -> new ReportFilters("Kansas", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two-letter");
    }

    @Test
    void monthlyScheduleFiresOnTheFirstAtSixUtc() {
        assertThat(ReportCron.parse(ReportCron.MONTHLY).nextAfter(Instant.parse("2028-02-29T12:00:00Z")))
                .isEqualTo(Instant.parse("2028-03-01T06:00:00Z"));
        assertThatThrownBy(() -> ReportCron.parse("monthly")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 0 6 1 * *");
    }
}
