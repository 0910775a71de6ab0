package dk.refleksionsbog.app.jobvisit;

import dk.refleksionsbog.app.answer.AnswerFields;
import dk.refleksionsbog.app.answer.AnswerSection;
import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.jobvisit.LeadershipForm;
import dk.refleksionsbog.core.domain.jobvisit.VisitRole;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.template.Section;
import dk.refleksionsbog.core.template.TemplateSet;
import dk.refleksionsbog.core.template.Wording;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The job-visits screen: the visits (latest first) and the editor of the selected one, built from
 * the job-visit guide: role with its guidance, partner, date, the chosen activity and the forms of
 * leadership it exercises, then the guide's questions as autosaved answers, with intended, actual
 * and perceived leadership kept apart so the view can set them side by side.
 */
public final class JobVisitsViewModel {
    /** The template sections that describe a role rather than ask questions. */
    static final String HOST_ROLE_SECTION = "jobVisit.hostRole";
    static final String GUEST_ROLE_SECTION = "jobVisit.guestRole";
    /** The section whose three answers belong side by side. */
    static final String LEADERSHIP_SECTION = "jobVisit.leadership";

    private final JournalStore store;
    private final BackgroundExecutor executor;
    private final Autosave autosave;
    private final Clock clock;
    private final TemplateSet templates;
    private final String language;

    private final ObservableList<JobVisitItem> visits = FXCollections.observableArrayList();
    private final ObservableList<JobVisitItem> readOnlyVisits = FXCollections.unmodifiableObservableList(visits);
    private final ObservableList<AnswerSection> sections = FXCollections.observableArrayList();
    private final ObservableList<AnswerSection> readOnlySections = FXCollections.unmodifiableObservableList(sections);
    private final ReadOnlyObjectWrapper<AnswerSection> leadership = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AnswerSection> roleGuidance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JobVisit> selected = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<VisitRole> role = new SimpleObjectProperty<>(VisitRole.HOST);
    private final StringProperty partner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty activity = new SimpleStringProperty("");
    private final Map<LeadershipForm, BooleanProperty> forms = new EnumMap<>(LeadershipForm.class);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private Map<String, AnswerSection> roleSections = Map.of();
    private Wording wording;
    private boolean applying;

    public JobVisitsViewModel(JournalStore store, BackgroundExecutor executor, Autosave autosave, Clock clock,
            TemplateSet templates, String language) {
        this.store = store;
        this.executor = executor;
        this.autosave = autosave;
        this.clock = clock;
        this.templates = templates;
        this.language = language;
        ChangeListener<Object> edited = (observable, before, after) -> detailsEdited();
        List<ObservableValue<?>> details = new ArrayList<>(List.of(role, partner, date, activity));
        for (LeadershipForm form : LeadershipForm.values()) {
            BooleanProperty chosen = new SimpleBooleanProperty();
            forms.put(form, chosen);
            details.add(chosen);
        }
        details.forEach(property -> property.addListener(edited));
        role.addListener((observable, before, after) -> showRoleGuidance());
    }

    private record Overview(List<JobVisit> visits, String strategyName) {}

    /** Reads the visits; shows the latest. */
    public void load() {
        load(null);
    }

    /** Reads the visits and opens this one (a search hit's), or the latest when it is gone. */
    public void load(UUID visitId) {
        executor.submit(this::readOverview, overview -> {
            showOverview(overview);
            overview.visits().stream().filter(visit -> visit.id().equals(visitId)).findFirst()
                    .or(() -> overview.visits().stream().findFirst())
                    .ifPresent(visit -> select(visit.id()));
        }, this::failed);
    }

    private Overview readOverview() {
        // Visits without an agreed date are the newest plans, so they come first.
        List<JobVisit> all = new ArrayList<>(store.jobVisits().list());
        all.sort(Comparator.comparing(JobVisit::date, Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder()))
                .thenComparing(JobVisit::createdAt, Comparator.reverseOrder()));
        return new Overview(all, store.journal().strategyName());
    }

    private void showOverview(Overview overview) {
        wording = templates.wording(language, overview.strategyName());
        visits.setAll(overview.visits().stream().map(JobVisitsViewModel::item).toList());
    }

    private static JobVisitItem item(JobVisit visit) {
        return new JobVisitItem(visit.id(), visit.role(), visit.partner(), visit.date());
    }

    // ---- outputs ----

    public ObservableList<JobVisitItem> visits() {
        return readOnlyVisits;
    }

    /** The guide's question sections in order, without the role descriptions and the leadership triple. */
    public ObservableList<AnswerSection> sections() {
        return readOnlySections;
    }

    /** Intended, actual and perceived leadership: three answers meant to be read side by side. */
    public ReadOnlyObjectProperty<AnswerSection> leadershipProperty() {
        return leadership.getReadOnlyProperty();
    }

    /** What the chosen role asks of the leader during the visit. */
    public ReadOnlyObjectProperty<AnswerSection> roleGuidanceProperty() {
        return roleGuidance.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JobVisit> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public String roleLabel(VisitRole visitRole) {
        return wording == null ? visitRole.name() : wording.label(templates.visitRole(visitRole));
    }

    public String formLabel(LeadershipForm form) {
        return wording == null ? form.name() : wording.label(templates.leadershipForm(form));
    }

    public ObjectProperty<VisitRole> roleProperty() {
        return role;
    }

    public StringProperty partnerProperty() {
        return partner;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty activityProperty() {
        return activity;
    }

    /** Whether the activity exercises this form of leadership. */
    public BooleanProperty formProperty(LeadershipForm form) {
        return forms.get(form);
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // ---- commands ----

    /** Creates a visit in the role, stores it and opens it. */
    public void newVisit(VisitRole visitRole) {
        autosave.flush();
        JobVisit created = JobVisit.create(UUID.randomUUID(), visitRole, "", clock.instant());
        executor.submit(() -> {
            store.jobVisits().save(created);
            return readOverview();
        }, overview -> {
            showOverview(overview);
            select(created.id());
        }, this::failed);
    }

    public void select(UUID visitId) {
        autosave.flush();
        executor.submit(() -> new Selected(store.jobVisits().find(visitId)
                .orElseThrow(() -> new DomainRuleViolation("The job visit is no longer in this journal")),
                store.answers().listByOwner(visitId)), this::show, this::failed);
    }

    private record Selected(JobVisit visit, List<Answer> answers) {}

    private void show(Selected read) {
        JobVisit visit = read.visit();
        applying = true;
        try {
            selected.set(visit);
            AnswerFields answers = new AnswerFields(visit.id(), read.answers(), autosave, clock, wording, false);
            List<AnswerSection> questions = new ArrayList<>();
            Map<String, AnswerSection> roles = new java.util.HashMap<>();
            AnswerSection triple = null;
            for (Section section : templates.jobVisitGuide()) {
                AnswerSection made = new AnswerSection(section.id(), wording.title(section),
                        wording.intro(section).orElse(""), wording.guidance(section), answers.fields(section.fields()));
                switch (section.id()) {
                    case HOST_ROLE_SECTION, GUEST_ROLE_SECTION -> roles.put(section.id(), made);
                    case LEADERSHIP_SECTION -> triple = made;
                    default -> questions.add(made);
                }
            }
            roleSections = roles;
            sections.setAll(questions);
            leadership.set(triple);
            role.set(visit.role());
            partner.set(visit.partner());
            date.set(visit.date());
            activity.set(visit.activity());
            forms.forEach((form, chosen) -> chosen.set(visit.leadershipForms().contains(form)));
            showRoleGuidance();
            problem.set(null);
        } finally {
            applying = false;
        }
    }

    private void showRoleGuidance() {
        VisitRole current = role.get();
        roleGuidance.set(current == null ? null
                : roleSections.get(current == VisitRole.HOST ? HOST_ROLE_SECTION : GUEST_ROLE_SECTION));
    }

    public void deleteSelected() {
        JobVisit visit = selected.get();
        if (visit == null) {
            return;
        }
        autosave.flush();
        executor.submit(() -> {
            store.jobVisits().delete(visit.id());
            return readOverview();
        }, overview -> {
            selected.set(null);
            sections.clear();
            leadership.set(null);
            showOverview(overview);
            if (!overview.visits().isEmpty()) {
                select(overview.visits().get(0).id());
            }
        }, this::failed);
    }

    // ---- internals ----

    private void detailsEdited() {
        JobVisit current = selected.get();
        if (applying || current == null) {
            return;
        }
        List<LeadershipForm> chosen = forms.entrySet().stream().filter(entry -> entry.getValue().get())
                .map(Map.Entry::getKey).toList();
        Instant now = clock.instant().isBefore(current.updatedAt()) ? current.updatedAt() : clock.instant();
        JobVisit changed;
        try {
            changed = current.withDetails(role.get(), partner.get(), activity.get(), date.get(), chosen, now);
        } catch (DomainRuleViolation rejected) {
            problem.set(rejected.getMessage());
            return;
        }
        problem.set(null);
        selected.set(changed);
        autosave.edited(changed);
        for (int i = 0; i < visits.size(); i++) {
            if (visits.get(i).id().equals(changed.id())) {
                visits.set(i, item(changed));
            }
        }
    }

    private void failed(Exception failure) {
        problem.set(FailureTexts.forLanguage(language).describe(failure));
    }
}
