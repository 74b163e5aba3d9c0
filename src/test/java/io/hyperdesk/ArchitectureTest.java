package io.hyperdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN's package table, checked on every build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.hyperdesk");
    }

    @Test
    void engineImportsNoJavaFxJdbcOrProcesses() {
        noClasses().that().resideInAPackage("io.hyperdesk.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "org.jfree..", "org.controlsfx..", "org.sqlite..", "picocli..", "com.fasterxml..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Process")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessHandle")
                .check(classes);
    }

    @Test
    void engineDependsOnNoOuterPackage() {
        noClasses().that().resideInAPackage("io.hyperdesk.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.hyperdesk.store..", "io.hyperdesk.exec..", "io.hyperdesk.config..",
                        "io.hyperdesk.cli..", "io.hyperdesk.gui..")
                .check(classes);
    }

    @Test
    void spaceUsesTheJdkOnly() {
        noClasses().that().resideInAPackage("io.hyperdesk.engine.space..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache..", "io.hyperdesk.engine.sampling..", "io.hyperdesk.engine.policy..",
                        "io.hyperdesk.engine.sweep..")
                .check(classes);
    }

    @Test
    void samplingAndPolicyDoNotKnowTheSweepLoop() {
        noClasses().that().resideInAnyPackage("io.hyperdesk.engine.sampling..", "io.hyperdesk.engine.policy..",
                        "io.hyperdesk.engine.run..")
                .should().dependOnClassesThat().resideInAPackage("io.hyperdesk.engine.sweep..")
                .check(classes);
    }

    @Test
    void storeExecAndConfigDoNotKnowTheEdges() {
        noClasses().that().resideInAnyPackage("io.hyperdesk.store..", "io.hyperdesk.exec..", "io.hyperdesk.config..")
                .should().dependOnClassesThat().resideInAnyPackage("io.hyperdesk.cli..", "io.hyperdesk.gui..", "javafx..")
                .check(classes);
    }

    @Test
    void guiReachesStoreAndExecOnlyThroughTheProject() {
        noClasses().that().resideInAPackage("io.hyperdesk.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..",
                        "io.hyperdesk.store..", "io.hyperdesk.exec..", "io.hyperdesk.cli..")
                .check(classes);
    }

    @Test
    void theProjectLayerKnowsNoEdge() {
        noClasses().that().resideInAPackage("io.hyperdesk.project..")
                .should().dependOnClassesThat().resideInAnyPackage("io.hyperdesk.cli..", "io.hyperdesk.gui..", "javafx..")
                .check(classes);
    }

    @Test
    void onlyTheCliPrints() {
        noClasses().that().resideOutsideOfPackages("io.hyperdesk.cli..")
                .should().accessField(System.class, "out")
                .check(classes);
    }
}
