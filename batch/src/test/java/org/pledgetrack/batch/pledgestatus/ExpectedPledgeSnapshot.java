package org.pledgetrack.batch.pledgestatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pledge status snapshot computed a second way, in plain Java from the raw history tables,
 * written from the documented rules and not from the job's code: the job's rows must equal these.
 * Everything recorded before the end of the as-of date (UTC) counts, nothing after it. Expected
 * share: every item by the share of the 36 months that has passed, an item whose own target date
 * has arrived in full. Thresholds are the defaults: at most 10 points behind the expected share is
 * on track, at most 25 at risk, further behind.
 */
final class ExpectedPledgeSnapshot {

    record AgencyRow(long agencyId, long pledgeId, String state, String pledgeStatus, int total, int notStarted,
                     int inProgress, int submitted, int returned, int verified, BigDecimal pctSubmitted,
                     BigDecimal pctVerified, BigDecimal expectedPct, String scheduleStatus, Integer daysSinceActivity,
                     int waitingReview, Integer oldestWaitDays, LocalDateTime computedAt) {
    }

    record AreaRow(long agencyId, long focusAreaId, long pledgeId, int total, int notStarted, int inProgress,
                   int submitted, int returned, int verified, BigDecimal pctSubmitted, BigDecimal pctVerified,
                   BigDecimal expectedPct, String scheduleStatus, LocalDateTime computedAt) {
    }

    record RollupRow(String scopeType, String scopeKey, int position, int agencies, int total, int submitted,
                     int verified, BigDecimal pctSubmitted, BigDecimal pctVerified, int onTrack, int atRisk,
                     int behind, int complete, int pastDeadline, LocalDateTime computedAt) {
    }

    private record Item(long id, long pledgeId, long focusAreaId, int position) {
    }

    private record Change(long id, long subjectId, String to, LocalDateTime at, LocalDate targetOn) {
    }

    private record Pledge(long id, long agencyId, LocalDate signedOn, LocalDateTime createdAt) {
    }

    /** An item as it stood at the end of the as-of date. */
    private record ItemThen(Item item, String status, LocalDateTime since, boolean targetDue, LocalDateTime agencyMove) {
    }

    final List<AgencyRow> agencies = new ArrayList<>();
    final List<AreaRow> areas = new ArrayList<>();
    final List<RollupRow> rollups = new ArrayList<>();

    ExpectedPledgeSnapshot(JdbcTemplate jdbc, LocalDate asOf, LocalDateTime computedAt) {
        Map<Long, String> states = new TreeMap<>();
        jdbc.query("SELECT id, state FROM organization WHERE kind = 'AGENCY'",
                rs -> { states.put(rs.getLong(1), rs.getString(2)); });
        LocalDateTime endOfDay = asOf.plusDays(1).atStartOfDay();
        List<Pledge> pledges = jdbc.query("SELECT id, agency_id, signed_on, created_at FROM pledge", (rs, n) ->
                new Pledge(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDateTime.class)));
        List<Item> items = jdbc.query("""
                SELECT pi.id, pi.pledge_id, ci.focus_area_id, fa.position
                FROM pledge_item pi JOIN catalog_item ci ON ci.id = pi.catalog_item_id
                JOIN focus_area fa ON fa.id = ci.focus_area_id""", (rs, n) -> new Item(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getInt(4)));
        Map<Long, List<Change>> statusChanges = changesBefore(endOfDay, jdbc.query(
                "SELECT id, pledge_item_id, to_status, changed_at FROM pledge_item_status_change", (rs, n) ->
                        new Change(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDateTime.class),
                                null)));
        Map<Long, List<Change>> targetChanges = changesBefore(endOfDay, jdbc.query(
                "SELECT id, pledge_item_id, changed_at, target_on FROM pledge_item_target_change", (rs, n) ->
                        new Change(rs.getLong(1), rs.getLong(2), null, rs.getObject(3, LocalDateTime.class),
                                rs.getObject(4, LocalDate.class))));
        Map<Long, List<Change>> pledgeChanges = changesBefore(endOfDay, jdbc.query(
                "SELECT id, pledge_id, to_status, changed_at FROM pledge_status_change", (rs, n) ->
                        new Change(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDateTime.class),
                                null)));
        Map<Long, Set<String>> providerKeys = new HashMap<>();
        Map<Long, Set<String>> staffKeys = new HashMap<>();
        jdbc.query("SELECT t.user_id, t.agency_id, u.organization_id FROM ta_agency_assignment t "
                + "JOIN app_user u ON u.id = t.user_id", rs -> {
                    staffKeys.computeIfAbsent(rs.getLong(2), k -> new HashSet<>()).add(Long.toString(rs.getLong(1)));
                    providerKeys.computeIfAbsent(rs.getLong(2), k -> new HashSet<>()).add(Long.toString(rs.getLong(3)));
                });

        // rollup input: scope type -> key -> position -> contributing (total, submitted, verified, status)
        Map<String, Map<String, Map<Integer, List<int[]>>>> contributions = new TreeMap<>();
        for (var agency : states.entrySet()) {
            Pledge pledge = pledges.stream()
                    .filter(p -> p.agencyId() == agency.getKey() && !p.signedOn().isAfter(asOf)
                            && p.createdAt().isBefore(endOfDay))
                    .max(Comparator.comparing(Pledge::signedOn).thenComparingLong(Pledge::id)).orElse(null);
            String pledgeStatus = pledge == null ? null
                    : last(pledgeChanges, pledge.id()).map(Change::to).orElse("ACTIVE");
            if (pledge == null || pledgeStatus.equals("WITHDRAWN")) {
                continue;
            }
            List<ItemThen> own = items.stream().filter(i -> i.pledgeId() == pledge.id())
                    .map(i -> new ItemThen(i, last(statusChanges, i.id()).map(Change::to).orElse("NOT_STARTED"),
                            last(statusChanges, i.id()).map(Change::at).orElse(null),
                            last(targetChanges, i.id()).map(Change::targetOn).filter(t -> !t.isAfter(asOf)).isPresent(),
                            statusChanges.getOrDefault(i.id(), List.of()).stream()
                                    .filter(c -> !c.to().equals("VERIFIED") && !c.to().equals("RETURNED"))
                                    .map(Change::at).max(Comparator.naturalOrder()).orElse(null)))
                    .toList();
            int[] all = counts(own);
            BigDecimal expected = expectedPercent(pledge.signedOn(), asOf, own);
            String status = schedule(pledge.signedOn(), asOf, all[4], total(all), expected);
            Integer days = own.stream().map(ItemThen::agencyMove).filter(a -> a != null)
                    .max(Comparator.naturalOrder()).map(a -> daysBetween(a, asOf)).orElse(null);
            List<ItemThen> waiting = own.stream().filter(i -> i.status().equals("SUBMITTED")).toList();
            Integer oldest = waiting.stream().map(ItemThen::since).min(Comparator.naturalOrder())
                    .map(a -> daysBetween(a, asOf)).orElse(null);
            String state = agency.getValue();
            agencies.add(new AgencyRow(agency.getKey(), pledge.id(), state, pledgeStatus, total(all), all[0], all[1],
                    all[2], all[3], all[4], percent(all[2] + all[4], total(all)), percent(all[4], total(all)), expected,
                    status, days, waiting.size(), oldest, computedAt));
            List<String[]> scopes = new ArrayList<>();
            scopes.add(new String[] {"NATIONAL", "ALL"});
            scopes.add(new String[] {"STATE", state == null ? "--" : state});
            providerKeys.getOrDefault(agency.getKey(), Set.of()).forEach(k -> scopes.add(new String[] {"PROVIDER", k}));
            staffKeys.getOrDefault(agency.getKey(), Set.of()).forEach(k -> scopes.add(new String[] {"STAFF", k}));
            add(contributions, scopes, 0, all, status);
            Map<Long, List<ItemThen>> byArea = new TreeMap<>();
            own.forEach(i -> byArea.computeIfAbsent(i.item().focusAreaId(), k -> new ArrayList<>()).add(i));
            for (var area : byArea.entrySet()) {
                int[] c = counts(area.getValue());
                BigDecimal areaExpected = expectedPercent(pledge.signedOn(), asOf, area.getValue());
                String areaStatus = schedule(pledge.signedOn(), asOf, c[4], total(c), areaExpected);
                areas.add(new AreaRow(agency.getKey(), area.getKey(), pledge.id(), total(c), c[0], c[1], c[2], c[3],
                        c[4], percent(c[2] + c[4], total(c)), percent(c[4], total(c)), areaExpected, areaStatus,
                        computedAt));
                add(contributions, scopes, area.getValue().getFirst().item().position(), c, areaStatus);
            }
        }
        contributions.forEach((type, keys) -> keys.forEach((key, positions) -> positions.forEach((position, rows) -> {
            int total = rows.stream().mapToInt(r -> r[0]).sum();
            int submitted = rows.stream().mapToInt(r -> r[1]).sum();
            int verified = rows.stream().mapToInt(r -> r[2]).sum();
            rollups.add(new RollupRow(type, key, position, rows.size(), total, submitted, verified,
                    percent(submitted + verified, total), percent(verified, total), countStatus(rows, 0),
                    countStatus(rows, 1), countStatus(rows, 2), countStatus(rows, 3), countStatus(rows, 4), computedAt));
        })));
    }

    private static void add(Map<String, Map<String, Map<Integer, List<int[]>>>> contributions, List<String[]> scopes,
                            int position, int[] counts, String status) {
        int statusIndex = List.of("ON_TRACK", "AT_RISK", "BEHIND", "COMPLETE", "PAST_DEADLINE").indexOf(status);
        for (String[] scope : scopes) {
            contributions.computeIfAbsent(scope[0], k -> new TreeMap<>()).computeIfAbsent(scope[1], k -> new TreeMap<>())
                    .computeIfAbsent(position, k -> new ArrayList<>())
                    .add(new int[] {total(counts), counts[2], counts[4], statusIndex});
        }
    }

    private static int countStatus(List<int[]> rows, int statusIndex) {
        return (int) rows.stream().filter(r -> r[3] == statusIndex).count();
    }

    /** not started, in progress, submitted, returned, verified. */
    private static int[] counts(List<ItemThen> items) {
        List<String> order = List.of("NOT_STARTED", "IN_PROGRESS", "SUBMITTED", "RETURNED", "VERIFIED");
        int[] counts = new int[5];
        items.forEach(i -> counts[order.indexOf(i.status())]++);
        return counts;
    }

    private static int total(int[] counts) {
        return counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
    }

    private static BigDecimal percent(int part, int total) {
        return total == 0 ? new BigDecimal("0.00")
                : new BigDecimal(part * 100).divide(new BigDecimal(total), 2, RoundingMode.HALF_UP);
    }

    /** Each item by the share of the 36 months passed, one whose own target date has arrived in full. */
    private static BigDecimal expectedPercent(LocalDate signedOn, LocalDate asOf, List<ItemThen> items) {
        if (items.isEmpty()) {
            return new BigDecimal("0.00");
        }
        long span = ChronoUnit.DAYS.between(signedOn, signedOn.plusMonths(36));
        long elapsed = Math.min(span, Math.max(0, ChronoUnit.DAYS.between(signedOn, asOf)));
        long due = items.stream().filter(ItemThen::targetDue).count();
        long dueShares = due * span + (items.size() - due) * elapsed;
        return new BigDecimal(dueShares * 100).divide(new BigDecimal((long) items.size() * span), 2, RoundingMode.HALF_UP);
    }

    /** Each subject's changes before {@code end}, in the order they were made (time, then id). */
    private static Map<Long, List<Change>> changesBefore(LocalDateTime end, List<Change> changes) {
        Map<Long, List<Change>> bySubject = new HashMap<>();
        changes.stream().filter(c -> c.at().isBefore(end))
                .sorted(Comparator.comparing(Change::at).thenComparingLong(Change::id))
                .forEach(c -> bySubject.computeIfAbsent(c.subjectId(), k -> new ArrayList<>()).add(c));
        return bySubject;
    }

    private static Optional<Change> last(Map<Long, List<Change>> changes, long subjectId) {
        List<Change> own = changes.getOrDefault(subjectId, List.of());
        return own.isEmpty() ? Optional.empty() : Optional.of(own.getLast());
    }

    private static String schedule(LocalDate signedOn, LocalDate asOf, int verified, int total, BigDecimal expected) {
        if (total > 0 && verified == total) {
            return "COMPLETE";
        }
        if (asOf.isAfter(signedOn.plusMonths(36))) {
            return "PAST_DEADLINE";
        }
        BigDecimal shortfall = expected.subtract(percent(verified, total));
        if (shortfall.compareTo(BigDecimal.TEN) <= 0) {
            return "ON_TRACK";
        }
        return shortfall.compareTo(new BigDecimal(25)) <= 0 ? "AT_RISK" : "BEHIND";
    }

    private static int daysBetween(LocalDateTime from, LocalDate asOf) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(from.toLocalDate(), asOf));
    }
}
