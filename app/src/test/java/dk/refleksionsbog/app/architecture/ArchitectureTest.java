package dk.refleksionsbog.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dk.refleksionsbog.app.AppContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The app's layering: thin views, toolkit-free view models, one wiring point for storage. */
class ArchitectureTest {
    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.refleksionsbog.app");
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("a view model holds state and commands; only views build nodes");
        rule.check(app);
    }

    @Test
    void onlyTheWiringPointKnowsTheSqliteStore() {
        // The command line and the class-data training are entry points of their own with their own wiring.
        ArchRule rule = noClasses().that().doNotBelongToAnyOf(AppContext.class)
                .and().resideOutsideOfPackages("dk.refleksionsbog.app.cli..", "dk.refleksionsbog.app.startup..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "dk.refleksionsbog.core.storage.sqlite..")
                .because("screens work against the JournalStore interface; AppContext opens the file");
        rule.check(app);
    }

    @Test
    void everyViewHasAViewModelOfTheSameNameInItsPackage() {
        ArchRule rule = classes().that().haveSimpleNameEndingWith("View")
                .should(haveAViewModelBeside())
                .because("one View and one ViewModel per screen, with the same base name");
        rule.check(app);
    }

    private static ArchCondition<JavaClass> haveAViewModelBeside() {
        return new ArchCondition<>("have a view model of the same base name in the same package") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                String viewModel = view.getName() + "Model";
                boolean present = app.contain(viewModel);
                events.add(new SimpleConditionEvent(view, present,
                        view.getSimpleName() + (present ? " has " : " has no ") + view.getSimpleName() + "Model"));
            }
        };
    }
}
