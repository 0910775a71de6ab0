package dk.refleksionsbog.app.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.template.TemplateRegistry;
import dk.refleksionsbog.core.template.TemplateSet;
import org.junit.jupiter.api.Test;

class WelcomeViewModelTest {
    private static final TemplateSet TEMPLATES = TemplateRegistry.loadDefault().defaultSet();

    @Test
    void explainsTheSixStepsInOrderInTheChosenLanguage() {
        WelcomeViewModel danish = new WelcomeViewModel(TEMPLATES, "da", "", null);
        WelcomeViewModel english = new WelcomeViewModel(TEMPLATES, "en", "", null);

        assertThat(danish.steps()).extracting(WelcomeViewModel.Step::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(danish.steps().get(1).title()).isEqualTo("Planlægning");
        assertThat(english.steps().get(1).title()).isEqualTo("Planning");
        assertThat(danish.steps()).allSatisfy(step -> assertThat(step.explanation()).isNotBlank());
    }

    @Test
    void theIntroductionNamesTheJournalsOwnStrategy() {
        assertThat(new WelcomeViewModel(TEMPLATES, "da", "", null).introduction()).contains("selvværd og sammenhæng");
        assertThat(new WelcomeViewModel(TEMPLATES, "da", "Tønders ledelsesgrundlag", null).introduction())
                .contains("Tønders ledelsesgrundlag")
                .doesNotContain("{strategy}");
    }
}
