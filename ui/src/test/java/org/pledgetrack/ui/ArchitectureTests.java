package org.pledgetrack.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries of the design, checked on the compiled classes of all five modules. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pledgetrack");

    /**
     * One concept, one name: two classes of one name (two ScheduleStatus) are how two rules for one
     * number grew apart. jOOQ's generated table classes are named after their tables and left out.
     */
    @Test
    void noTwoTopLevelClassesShareASimpleName() {
        Map<String, List<String>> byName = CLASSES.stream().filter(c -> c.getEnclosingClass().isEmpty())
                .filter(c -> !c.getPackageName().startsWith("org.pledgetrack.db"))
                .filter(c -> !c.getSimpleName().isEmpty())
                .collect(Collectors.groupingBy(JavaClass::getSimpleName,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        assertThat(byName.values()).filteredOn(names -> names.size() > 1).isEmpty();
    }

    /**
     * The report readers check no access of their own: the report job reads a report whose request
     * {@code ReportService.request} has checked. Only the job may call them, never a screen or the API.
     */
    @Test
    void onlyTheReportJobReadsThroughTheReportReaders() {
        noClasses().that().resideInAPackage("org.pledgetrack.ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("ReportReader")
                .check(CLASSES);
    }

    @Test
    void coreUsesNeitherVaadinNorSpringBatch() {
        noClasses().that().resideInAPackage("org.pledgetrack.core..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework.batch..")
                .check(CLASSES);
    }

    @Test
    void coreDoesNotReachUpIntoBatchOrUi() {
        noClasses().that().resideInAPackage("org.pledgetrack.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pledgetrack.batch..", "org.pledgetrack.ui..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.pledgetrack.batch..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pledgetrack.ui..", "com.vaadin..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /** The dataset generator and the benches are developers' tools: the application never calls them. */
    @Test
    void theApplicationDoesNotUseTheTools() {
        noClasses().that().resideInAnyPackage("org.pledgetrack.core..", "org.pledgetrack.batch..", "org.pledgetrack.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.pledgetrack.tools..")
                .check(CLASSES);
    }

    /** Views and the API call services, which check access; the authorization matrix lists every service method. */
    @Test
    void uiReachesDataOnlyThroughServices() {
        noClasses().that().resideInAPackage("org.pledgetrack.ui..")
                .should().dependOnClassesThat().areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .check(CLASSES);
    }

    @Test
    void uiHoldsNoSql() {
        noClasses().that().resideInAPackage("org.pledgetrack.ui..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..", "org.pledgetrack.db..",
                        "org.springframework.jdbc..")
                .check(CLASSES);
    }

    @Test
    void generatedDatabaseClassesLiveOnlyInTheDbPackage() {
        classes().that().resideInAPackage("org.pledgetrack.db..")
                .should().resideInAnyPackage("org.pledgetrack.db", "org.pledgetrack.db.tables",
                        "org.pledgetrack.db.tables.records")
                .check(CLASSES);
    }

    /** db holds migrations and the classes generated from them: no hand-written sources, no other resources. */
    @Test
    void dbModuleHoldsOnlyMigrations() throws IOException {
        Path db = Path.of("..", "db", "src");
        assertThat(db.resolve("main/java")).doesNotExist();
        assertThat(db.resolve("test")).doesNotExist();
        try (Stream<Path> files = Files.walk(db.resolve("main/resources"))) {
            List<Path> nonMigrations = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getParent().endsWith(Path.of("db", "migration")) || !f.toString().endsWith(".sql"))
                    .toList();
            assertThat(nonMigrations).isEmpty();
        }
    }

    /**
     * A feature keeps its tables to itself: other features, the jobs and the UI ask its services (or
     * listen to its events), never its repositories, so that its rules and access checks cannot be
     * walked around. Only the demo data and the tools are exempt: they write fixtures across features.
     */
    @Test
    void aRepositoryIsUsedOnlyInsideItsOwnFeature() {
        List<String> reachedFromOutside = CLASSES.stream()
                .filter(c -> c.isAnnotatedWith(org.springframework.stereotype.Repository.class))
                .flatMap(repository -> repository.getDirectDependenciesToSelf().stream()
                        .filter(use -> !feature(use.getOriginClass()).equals(feature(repository)))
                        .filter(use -> !WRITES_FIXTURES.contains(feature(use.getOriginClass())))
                        .map(use -> use.getOriginClass().getName() + " uses " + repository.getName()))
                .distinct().sorted().toList();
        assertThat(reachedFromOutside).isEmpty();
    }

    private static final List<String> WRITES_FIXTURES = List.of("org.pledgetrack.core.demo", "org.pledgetrack.tools.bench",
            "org.pledgetrack.tools.dataset");

    /** The feature a class belongs to: its package under {@code org.pledgetrack.<module>}. */
    private static String feature(JavaClass javaClass) {
        String[] parts = javaClass.getPackageName().split("\\.");
        return String.join(".", Arrays.copyOf(parts, Math.min(parts.length, 4)));
    }

    @Test
    void featurePackagesFormNoCycles() {
        slices().matching("org.pledgetrack.core.(*)..").should().beFreeOfCycles().check(CLASSES);
        slices().matching("org.pledgetrack.ui.(*)..").should().beFreeOfCycles().check(CLASSES);
        slices().matching("org.pledgetrack.batch.(*)..").should().beFreeOfCycles()
                .allowEmptyShould(true).check(CLASSES);
    }
}
