package dk.refleksionsbog.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoreBoundaryTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.refleksionsbog.core");

    @Test
    @DisplayName("core never depends on JavaFX, so it runs headless and in the command line")
    void coreHasNoJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(CORE);
    }

    @Test
    @DisplayName("the domain depends on no storage, exchange or summary code")
    void domainIsPure() {
        noClasses().that().resideInAPackage("dk.refleksionsbog.core.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dk.refleksionsbog.core.storage..", "dk.refleksionsbog.core.exchange..",
                        "dk.refleksionsbog.core.summary..", "java.sql..", "com.fasterxml..")
                .check(CORE);
    }

    @Test
    @DisplayName("only the SQLite storage package talks SQL")
    void onlySqliteStorageUsesJdbc() {
        noClasses().that().resideOutsideOfPackage("dk.refleksionsbog.core.storage.sqlite..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(CORE);
    }
}
