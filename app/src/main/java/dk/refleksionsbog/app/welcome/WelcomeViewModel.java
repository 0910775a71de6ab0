package dk.refleksionsbog.app.welcome;

import dk.refleksionsbog.app.main.MainViewModel;
import dk.refleksionsbog.core.template.PhaseGuide;
import dk.refleksionsbog.core.template.TemplateSet;
import dk.refleksionsbog.core.template.Wording;
import java.util.List;

/** The first start: what a loop is, in the programme's words, and two ways to begin. */
public final class WelcomeViewModel {
    private final TemplateSet templates;
    private final String language;
    private final String journalStrategyName;
    private final Wording wording;
    private final MainViewModel main;

    /** @param journalStrategyName the journal's strategy setting; blank for the template set's default */
    public WelcomeViewModel(TemplateSet templates, String language, String journalStrategyName, MainViewModel main) {
        this.templates = templates;
        this.language = language;
        this.journalStrategyName = journalStrategyName;
        this.wording = templates.wording(language, journalStrategyName);
        this.main = main;
    }

    public String introduction() {
        return templates.welcome(language, journalStrategyName);
    }

    /** The six phases with their number, title and a sentence about each. */
    public List<Step> steps() {
        return templates.phases().stream().map(this::step).toList();
    }

    private Step step(PhaseGuide guide) {
        return new Step(guide.phase().step(), wording.title(guide), wording.explanation(guide));
    }

    /** The example journal is written (if needed) and opened in place of the leader's own. */
    public void exploreExample() {
        main.openExampleJournal();
    }

    public boolean isExampleJournal() {
        return main.isExampleJournal();
    }

    public record Step(int number, String title, String explanation) {}
}
