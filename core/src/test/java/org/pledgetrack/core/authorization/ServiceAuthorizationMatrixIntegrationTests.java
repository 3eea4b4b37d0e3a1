package org.pledgetrack.core.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.assignment.TaAssignmentRepository;
import org.pledgetrack.core.grant.GrantRepository;
import org.pledgetrack.core.locking.EditConflictException;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Issue #8's authorization matrix for core: every public method of every public core bean is in
 * {@link ServiceMatrix}, and every line is called as each {@link Actor} on agency A's records,
 * and, where it takes record ids, as agency A with agency B's ids and as agency A and the assigned
 * TA staff member with unknown ids. Each case runs in a transaction that is rolled back, on
 * records made for it, so cases neither depend on each other nor leave anything behind.
 */
@SpringBootTest
class ServiceAuthorizationMatrixIntegrationTests {

    private static final AtomicInteger ROLE_CASES = new AtomicInteger();
    private static final AtomicInteger TAMPERED_CASES = new AtomicInteger();
    private static final AtomicInteger FAILED_CASES = new AtomicInteger();
    private static final List<MatrixRow> ROWS = ServiceMatrix.rows();

    @Autowired ApplicationContext context;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired UserRepository userRepository;
    @Autowired GrantRepository grantRepository;
    @Autowired TaAssignmentRepository assignments;
    @Autowired Clock clock;

    @Test
    void everyPublicCoreMethodIsInTheMatrixAndNothingElse() {
        Set<String> listed = ROWS.stream().map(MatrixRow::method).collect(Collectors.toCollection(TreeSet::new));
        Set<String> discovered = publicCoreMethods();
        assertThat(difference(discovered, listed)).as("public core methods missing from the authorization matrix "
                + "(add each to ServiceMatrix with who may call it, or as internal with the reason)").isEmpty();
        assertThat(difference(listed, discovered)).as("matrix lines for methods that no longer exist").isEmpty();
    }

    @TestFactory
    List<DynamicTest> everyActorOnAgencyAsRecords() {
        List<DynamicTest> cases = new ArrayList<>();
        for (MatrixRow row : callableRows()) {
            for (Actor actor : Actor.values()) {
                cases.add(matrixCase(row, actor, MatrixWorld::agencyA, row.expectedFor(actor), "A's records",
                        ROLE_CASES));
            }
        }
        return cases;
    }

    @TestFactory
    List<DynamicTest> tamperedIdsAreRefused() {
        List<DynamicTest> cases = new ArrayList<>();
        for (MatrixRow row : callableRows().stream().filter(MatrixRow::takesRecordIds).toList()) {
            Outcome expected = row.expectedForTamperedIds();
            cases.add(matrixCase(row, Actor.AGENCY_A, MatrixWorld::agencyB, expected, "B's ids", TAMPERED_CASES));
            cases.add(matrixCase(row, Actor.AGENCY_A, world -> Target.UNKNOWN, expected, "unknown ids", TAMPERED_CASES));
            cases.add(matrixCase(row, Actor.TA_ASSIGNED, world -> Target.UNKNOWN, expected, "unknown ids",
                    TAMPERED_CASES));
        }
        return cases;
    }

    @AfterAll
    static void printTheMatrixSize() {
        long methods = ROWS.stream().map(MatrixRow::method).distinct().count();
        long internal = ROWS.stream().filter(MatrixRow::isInternal).count();
        long callable = ROWS.size() - internal;
        System.out.printf("Authorization matrix (core services): %d cases run, %d failed "
                        + "(%d lines x %d actors = %d + %d tampered-id cases); %d public methods listed, "
                        + "%d of them internal (no user); anonymous is refused by the routes, see the route matrix%n",
                ROLE_CASES.get() + TAMPERED_CASES.get(), FAILED_CASES.get(), callable, Actor.values().length,
                ROLE_CASES.get(), TAMPERED_CASES.get(), methods, internal);
    }

    private DynamicTest matrixCase(MatrixRow row, Actor actor, Function<MatrixWorld, Target> target,
                                   Outcome expected, String on, AtomicInteger counter) {
        String name = row.label() + " as " + actor + " on " + on + " → " + expected;
        return DynamicTest.dynamicTest(name, () -> {
            counter.incrementAndGet();
            try {
                assertThat(run(row, actor, target)).as(name).isEqualTo(expected);
            } catch (AssertionError | RuntimeException e) {
                FAILED_CASES.incrementAndGet();
                throw e;
            }
        });
    }

    /**
     * Calls the line in a transaction that is always rolled back. Only the access refusal counts
     * as DENY; a business-rule refusal counts as ALLOW; anything else (a broken call) fails the case.
     */
    private Outcome run(MatrixRow row, Actor actor, Function<MatrixWorld, Target> target) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            Services services = Services.from(context);
            MatrixWorld world = new MatrixWorld(services, userRepository, grantRepository, assignments, clock);
            Target records = target.apply(world);
            CurrentUser user = world.user(actor);
            try {
                row.call().invoke(services, records, user);
                return Outcome.ALLOW;
            } catch (AccessDeniedException e) {
                return Outcome.DENY;
            } catch (IllegalArgumentException | IllegalStateException | EditConflictException e) {
                return Outcome.ALLOW;
            } catch (Exception e) {
                throw new IllegalStateException(row.label() + " as " + actor + " failed unexpectedly", e);
            }
        });
    }

    private static List<MatrixRow> callableRows() {
        return ROWS.stream().filter(row -> !row.isInternal()).toList();
    }

    /**
     * Public methods of the public beans in core that callers get injected: services and components.
     * Repositories are left out: they check nothing by design, and the UI cannot reach them
     * (ArchitectureTests.uiReachesDataOnlyThroughServices), so every read and write passes a service.
     */
    private Set<String> publicCoreMethods() {
        Set<String> methods = new TreeSet<>();
        for (Object bean : context.getBeansWithAnnotation(Component.class).values()) {
            Class<?> type = ClassUtils.getUserClass(bean);
            if (!type.getPackageName().startsWith("org.pledgetrack.core.") || !Modifier.isPublic(type.getModifiers())
                    || AnnotatedElementUtils.hasAnnotation(type, Configuration.class)
                    || AnnotatedElementUtils.hasAnnotation(type, Repository.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !method.isBridge()) {
                    methods.add(signature(type, method));
                }
            }
        }
        return methods;
    }

    private static String signature(Class<?> type, Method method) {
        return type.getSimpleName() + "." + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")";
    }

    private static Set<String> difference(Set<String> from, Set<String> remove) {
        Set<String> rest = new TreeSet<>(from);
        rest.removeAll(remove);
        return rest;
    }
}
