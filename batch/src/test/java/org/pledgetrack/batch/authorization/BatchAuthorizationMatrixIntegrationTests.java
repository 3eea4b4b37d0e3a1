package org.pledgetrack.batch.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.batch.report.ReportJobLauncher;
import org.pledgetrack.batch.rosterimport.RosterImportService;
import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Issue #8's authorization matrix for the batch services the views call on a user's behalf (job
 * launches, roster imports, report generation): every public method of a batch bean that takes a
 * {@link CurrentUser} is in the table and is called as each actor. Methods without a user are job
 * plumbing for the scheduler and the command line. Allowed calls are given arguments that fail
 * validation right after the access check (an as-of date tomorrow, an empty file, an unknown run),
 * so no job starts; each case runs in a transaction that is rolled back.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class BatchAuthorizationMatrixIntegrationTests {

    private static final long NO_SUCH_ID = 999_999_999L;
    private static final AtomicInteger CASES = new AtomicInteger();

    enum Actor { AGENCY_A, AGENCY_B, TA_ASSIGNED, TA_UNASSIGNED, OVERSEER, ADMIN }

    /** What a call may use: the services, agency A's id, a report file agency A requested, tomorrow. */
    record Fixture(SnapshotJobLauncher snapshots, RosterImportService rosters, ReportJobLauncher reports,
                   long agencyAId, long agencyAReportFileId, LocalDate tomorrow) {
    }

    @FunctionalInterface
    interface Call {
        void invoke(Fixture fixture, CurrentUser user) throws Exception;
    }

    record Line(String method, Call call, Set<Actor> allowed) {
    }

    private static final Set<Actor> STAFF = EnumSet.of(Actor.TA_ASSIGNED, Actor.TA_UNASSIGNED, Actor.OVERSEER,
            Actor.ADMIN);
    private static final Set<Actor> ADMIN_ONLY = EnumSet.of(Actor.ADMIN);

    private static final List<Line> LINES = List.of(
            line("SnapshotJobLauncher.launch(CurrentUser, String, LocalDate)",
                    (f, u) -> f.snapshots().launch(u, "pledgeStatus", f.tomorrow()), STAFF),
            line("SnapshotJobLauncher.progress(CurrentUser, long)", (f, u) -> f.snapshots().progress(u, NO_SUCH_ID), STAFF),
            line("SnapshotJobLauncher.stop(CurrentUser, long)", (f, u) -> f.snapshots().stop(u, NO_SUCH_ID), STAFF),
            line("SnapshotJobLauncher.recentRuns(CurrentUser, int)", (f, u) -> f.snapshots().recentRuns(u, 5), STAFF),
            line("RosterImportService.start(CurrentUser, String, InputStream)",
                    (f, u) -> f.rosters().start(u, "empty.csv", InputStream.nullInputStream()), ADMIN_ONLY),
            line("RosterImportService.find(CurrentUser, long)", (f, u) -> f.rosters().find(u, NO_SUCH_ID), ADMIN_ONLY),
            line("RosterImportService.writeErrorReport(CurrentUser, long, Appendable)",
                    (f, u) -> f.rosters().writeErrorReport(u, NO_SUCH_ID, new StringBuilder()), ADMIN_ONLY),
            line("RosterImportService.writeRejectedRows(CurrentUser, long, Appendable)",
                    (f, u) -> f.rosters().writeRejectedRows(u, NO_SUCH_ID, new StringBuilder()), ADMIN_ONLY),
            line("RosterImportService.changes(CurrentUser, long, int, int)",
                    (f, u) -> f.rosters().changes(u, NO_SUCH_ID, 0, 10), ADMIN_ONLY),
            line("RosterImportService.countChanges(CurrentUser, long)",
                    (f, u) -> f.rosters().countChanges(u, NO_SUCH_ID), ADMIN_ONLY),
            line("RosterImportService.importValidRows(CurrentUser, long)",
                    (f, u) -> f.rosters().importValidRows(u, NO_SUCH_ID), ADMIN_ONLY),
            line("RosterImportService.importNothing(CurrentUser, long)",
                    (f, u) -> f.rosters().importNothing(u, NO_SUCH_ID), ADMIN_ONLY),
            line("ReportJobLauncher.generate(CurrentUser, ReportType, ReportFormat, LocalDate, ReportFilters)",
                    (f, u) -> f.reports().generate(u, ReportType.AGENCY_ITEMS, ReportFormat.CSV, f.tomorrow(),
                            new ReportFilters(null, null, null, null, f.agencyAId())),
                    EnumSet.of(Actor.AGENCY_A, Actor.TA_ASSIGNED, Actor.OVERSEER, Actor.ADMIN)),
            // an agency's dossier (its evidence in bulk): the agency, its TA staff and the overseers; not admins
            line("ReportJobLauncher.generateDossier(CurrentUser, long)",
                    (f, u) -> f.reports().generateDossier(u, f.agencyAId()),
                    EnumSet.of(Actor.AGENCY_A, Actor.TA_ASSIGNED, Actor.OVERSEER)),
            // a report file is its requester's, and every file is the overseers' and admins'
            line("ReportJobLauncher.progress(CurrentUser, long)",
                    (f, u) -> f.reports().progress(u, f.agencyAReportFileId()),
                    EnumSet.of(Actor.AGENCY_A, Actor.OVERSEER, Actor.ADMIN)));

    @Autowired ApplicationContext context;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired UserRepository users;
    @Autowired ReportService reportService;
    @Autowired Clock clock;

    @Test
    void everyBatchMethodActingForAUserIsInTheMatrix() {
        Set<String> discovered = new TreeSet<>();
        for (Object bean : context.getBeansWithAnnotation(Component.class).values()) {
            Class<?> type = ClassUtils.getUserClass(bean);
            if (type.getPackageName().startsWith("org.pledgetrack.batch.") && Modifier.isPublic(type.getModifiers())) {
                Arrays.stream(type.getDeclaredMethods()).filter(BatchAuthorizationMatrixIntegrationTests::actsForAUser)
                        .forEach(method -> discovered.add(signature(type, method)));
            }
        }
        assertThat(discovered).as("batch methods taking a user; add a new one to the matrix with who may call it")
                .isEqualTo(LINES.stream().map(Line::method).collect(Collectors.toCollection(TreeSet::new)));
    }

    @TestFactory
    Stream<DynamicTest> everyActorOnEveryLine() {
        return LINES.stream().flatMap(line -> Arrays.stream(Actor.values()).map(actor -> {
            boolean allowed = line.allowed().contains(actor);
            String name = line.method() + " as " + actor + " → " + (allowed ? "ALLOW" : "DENY");
            return DynamicTest.dynamicTest(name, () -> {
                CASES.incrementAndGet();
                assertThat(passesTheAccessCheck(line, actor)).as(name).isEqualTo(allowed);
            });
        }));
    }

    @AfterAll
    static void printTheMatrixSize() {
        System.out.printf("Authorization matrix (batch services): %d cases run (%d methods x %d actors)%n",
                CASES.get(), LINES.size(), Actor.values().length);
    }

    /** Only the access refusal is a refusal; a validation or state message means the check was passed. */
    private boolean passesTheAccessCheck(Line line, Actor actor) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            Map<Actor, CurrentUser> actors = actors();
            CurrentUser agencyA = actors.get(Actor.AGENCY_A);
            long fileId = reportService.request(agencyA, ReportType.AGENCY_ITEMS, ReportFormat.CSV,
                    LocalDate.now(clock), new ReportFilters(null, null, null, null, agencyA.organizationId())).id();
            Fixture fixture = new Fixture(context.getBean(SnapshotJobLauncher.class),
                    context.getBean(RosterImportService.class), context.getBean(ReportJobLauncher.class),
                    agencyA.organizationId(), fileId, LocalDate.now(clock).plusDays(1));
            try {
                line.call().invoke(fixture, actors.get(actor));
                return true;
            } catch (AccessDeniedException e) {
                return false;
            } catch (IllegalArgumentException | IllegalStateException e) {
                return true;
            } catch (Exception e) {
                throw new IllegalStateException(line.method() + " as " + actor + " failed unexpectedly", e);
            }
        });
    }

    /** The demo accounts, and a TA staff member of ta.staff's provider with no assignment (rolled back). */
    private Map<Actor, CurrentUser> actors() {
        Map<Actor, CurrentUser> actors = new EnumMap<>(Actor.class);
        actors.put(Actor.AGENCY_A, Users.signedIn(users, DemoAccounts.WICHITA_AGENCY));
        actors.put(Actor.AGENCY_B, Users.signedIn(users, DemoAccounts.DAYTON_AGENCY));
        actors.put(Actor.TA_ASSIGNED, Users.signedIn(users, DemoAccounts.TA_STAFF));
        actors.put(Actor.OVERSEER, Users.signedIn(users, DemoAccounts.OVERSEER));
        actors.put(Actor.ADMIN, Users.signedIn(users, DemoAccounts.ADMIN));
        String unassigned = "matrix.batch.unassigned.ta";
        users.insert(new NewUser(unassigned, null, "Una Unassigned (batch matrix)", unassigned + "@example.org",
                Role.TA_STAFF, actors.get(Actor.TA_ASSIGNED).organizationId()), "{noop}not-used", clock.instant());
        actors.put(Actor.TA_UNASSIGNED, Users.signedIn(users, unassigned));
        return actors;
    }

    private static boolean actsForAUser(Method method) {
        return Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                && Arrays.asList(method.getParameterTypes()).contains(CurrentUser.class);
    }

    private static String signature(Class<?> type, Method method) {
        return type.getSimpleName() + "." + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")";
    }

    private static Line line(String method, Call call, Set<Actor> allowed) {
        return new Line(method, call, allowed);
    }
}
