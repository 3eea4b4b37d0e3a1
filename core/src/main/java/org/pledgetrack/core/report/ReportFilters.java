package org.pledgetrack.core.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pledgetrack.core.pledge.ScheduleStatus;

/**
 * What a report is narrowed to; every part is optional (null = all). Stored as a flat JSON object
 * in {@code report_file.filters} and {@code report_definition.filters}; the values are validated
 * ids, state codes and enum names, so they never need escaping.
 */
public record ReportFilters(String state, Long providerId, Long grantId, ScheduleStatus scheduleStatus,
                           Long agencyId) {

    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern ENTRY = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"([^\"]*)\"");

    public static final ReportFilters NONE = new ReportFilters(null, null, null, null, null);

    public ReportFilters {
        if (state != null && state.isBlank()) {
            state = null;
        }
        if (state != null && !STATE.matcher(state).matches()) {
            throw new IllegalArgumentException("A state is a two-letter code such as KS.");
        }
    }

    /** These filters without the ones {@code type} does not apply, so that a file records only what narrowed it. */
    public ReportFilters keptFor(ReportType type) {
        Set<ReportFilter> applied = type.filters();
        return new ReportFilters(applied.contains(ReportFilter.STATE) ? state : null,
                applied.contains(ReportFilter.PROVIDER) ? providerId : null,
                applied.contains(ReportFilter.GRANT) ? grantId : null,
                applied.contains(ReportFilter.SCHEDULE_STATUS) ? scheduleStatus : null,
                applied.contains(ReportFilter.AGENCY) ? agencyId : null);
    }

    public String toJson() {
        StringBuilder json = new StringBuilder("{");
        asMap().forEach((key, value) -> json.append(json.length() > 1 ? "," : "")
                .append('"').append(key).append("\":\"").append(value).append('"'));
        return json.append('}').toString();
    }

    public static ReportFilters fromJson(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = ENTRY.matcher(json == null ? "" : json);
        while (m.find()) {
            values.put(m.group(1), m.group(2));
        }
        return new ReportFilters(values.get("state"), id(values.get("providerId")), id(values.get("grantId")),
                values.containsKey("scheduleStatus") ? ScheduleStatus.valueOf(values.get("scheduleStatus")) : null,
                id(values.get("agencyId")));
    }

    private Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        putIfSet(map, "state", state);
        putIfSet(map, "providerId", providerId);
        putIfSet(map, "grantId", grantId);
        putIfSet(map, "scheduleStatus", scheduleStatus == null ? null : scheduleStatus.name());
        putIfSet(map, "agencyId", agencyId);
        return map;
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static Long id(String text) {
        return text == null ? null : Long.valueOf(text);
    }
}
