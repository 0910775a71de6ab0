package dk.refleksionsbog.app.jobvisit;

import dk.refleksionsbog.app.answer.AnswerSection;
import dk.refleksionsbog.app.answer.OwnedAnswersEditor;
import dk.refleksionsbog.app.answer.OwnerKind;
import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.jobvisit.LeadershipForm;
import dk.refleksionsbog.core.domain.jobvisit.VisitRole;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.template.TemplateSet;
import dk.refleksionsbog.core.template.Wording;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
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

    private static final OwnerKind<JobVisit> JOB_VISITS = new OwnerKind<>("job visit", JobVisit::id,
            JobVisit::updatedAt, JobVisitsViewModel::latestFirst, (store, id) -> store.jobVisits().find(id),
            (store, visit) -> store.jobVisits().save(visit), (store, id) -> store.jobVisits().delete(id),
            TemplateSet::jobVisitGuide, Autosave::edited);

    private final Clock clock;
    private final TemplateSet templates;
    private final OwnedAnswersEditor<JobVisit, JobVisitItem> editor;

    private final ReadOnlyObjectWrapper<AnswerSection> leadership = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AnswerSection> roleGuidance = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<VisitRole> role = new SimpleObjectProperty<>(VisitRole.HOST);
    private final StringProperty partner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty activity = new SimpleStringProperty("");
    private final Map<LeadershipForm, BooleanProperty> forms = new EnumMap<>(LeadershipForm.class);
    private Map<String, AnswerSection> roleSections = Map.of();

    public JobVisitsViewModel(JournalStore store, BackgroundExecutor executor, Autosave autosave, Clock clock,
            TemplateSet templates, String language) {
        this.clock = clock;
        this.templates = templates;
        this.editor = new OwnedAnswersEditor<>(JOB_VISITS, new JobVisitScreen(), store, executor, autosave, clock,
                templates, language);
        List<ObservableValue<?>> details = new ArrayList<>(List.of(role, partner, date, activity));
        for (LeadershipForm form : LeadershipForm.values()) {
            BooleanProperty chosen = new SimpleBooleanProperty();
            forms.put(form, chosen);
            details.add(chosen);
        }
        editor.editWith(details, this::withDetails);
        role.addListener((observable, before, after) -> showRoleGuidance());
        // With the last visit deleted, its triple must not stay behind for the next one to show.
        editor.selectedProperty().addListener((observable, before, after) -> {
            if (after == null) {
                leadership.set(null);
            }
        });
    }

    /** Reads the visits; shows the latest. */
    public void load() {
        load(null);
    }

    /** Reads the visits and opens this one (a search hit's), or the latest when it is gone. */
    public void load(UUID visitId) {
        editor.load(visitId);
    }

    private static List<JobVisit> latestFirst(JournalStore store) {
        // Visits without an agreed date are the newest plans, so they come first.
        List<JobVisit> all = new ArrayList<>(store.jobVisits().list());
        all.sort(Comparator.comparing(JobVisit::date, Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder()))
                .thenComparing(JobVisit::createdAt, Comparator.reverseOrder()));
        return all;
    }

    // ---- outputs ----

    /** The list and the editor of the selected one, as every screen of owned answers has them. */
    public OwnedAnswersEditor<JobVisit, JobVisitItem> editor() {
        return editor;
    }

    public ObservableList<JobVisitItem> visits() {
        return editor.items();
    }

    /** The guide's question sections in order, without the role descriptions and the leadership triple. */
    public ObservableList<AnswerSection> sections() {
        return editor.sections();
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
        return editor.selectedProperty();
    }

    public String roleLabel(VisitRole visitRole) {
        Wording wording = editor.wording();
        return wording == null ? visitRole.name() : wording.label(templates.visitRole(visitRole));
    }

    public String formLabel(LeadershipForm form) {
        Wording wording = editor.wording();
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
        return editor.problemProperty();
    }

    // ---- commands ----

    /** Creates a visit in the role, stores it and opens it. */
    public void newVisit(VisitRole visitRole) {
        editor.create(JobVisit.create(UUID.randomUUID(), visitRole, "", clock.instant()));
    }

    public void select(UUID visitId) {
        editor.select(visitId);
    }

    public void deleteSelected() {
        editor.deleteSelected();
    }

    // ---- internals ----

    /** The job-visits screen's own part of the editor: its rows, its details and the guide taken apart. */
    private final class JobVisitScreen implements OwnedAnswersEditor.Screen<JobVisit, JobVisitItem> {
        @Override
        public JobVisitItem item(JobVisit visit) {
            return new JobVisitItem(visit.id(), visit.role(), visit.partner(), visit.date());
        }

        @Override
        public List<AnswerSection> show(JobVisit visit, List<AnswerSection> guide) {
            List<AnswerSection> questions = new ArrayList<>();
            Map<String, AnswerSection> roles = new HashMap<>();
            AnswerSection triple = null;
            for (AnswerSection section : guide) {
                switch (section.id()) {
                    case HOST_ROLE_SECTION, GUEST_ROLE_SECTION -> roles.put(section.id(), section);
                    case LEADERSHIP_SECTION -> triple = section;
                    default -> questions.add(section);
                }
            }
            roleSections = roles;
            leadership.set(triple);
            role.set(visit.role());
            partner.set(visit.partner());
            date.set(visit.date());
            activity.set(visit.activity());
            forms.forEach((form, chosen) -> chosen.set(visit.leadershipForms().contains(form)));
            showRoleGuidance();
            return questions;
        }
    }

    private void showRoleGuidance() {
        VisitRole current = role.get();
        roleGuidance.set(current == null ? null
                : roleSections.get(current == VisitRole.HOST ? HOST_ROLE_SECTION : GUEST_ROLE_SECTION));
    }

    private JobVisit withDetails(JobVisit current, Instant now) {
        List<LeadershipForm> chosen = forms.entrySet().stream().filter(entry -> entry.getValue().get())
                .map(Map.Entry::getKey).toList();
        return current.withDetails(role.get(), partner.get(), activity.get(), date.get(), chosen, now);
    }
}
