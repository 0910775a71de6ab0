package dk.refleksionsbog.app.meeting;

import dk.refleksionsbog.app.answer.AnswerFields;
import dk.refleksionsbog.app.answer.AnswerSection;
import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.exchange.calendar.ICalendarWriter;
import dk.refleksionsbog.core.exchange.calendar.MeetingEvents;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.template.Section;
import dk.refleksionsbog.core.template.TemplateSet;
import dk.refleksionsbog.core.template.Wording;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The meetings screen: the list of meetings (latest first) and the editor of the selected one,
 * with its details, the reflection-meeting agenda and the interview guide as autosaved answers,
 * and saving the meeting as a calendar file.
 */
public final class MeetingsViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final JournalStore store;
    private final BackgroundExecutor executor;
    private final Autosave autosave;
    private final Clock clock;
    private final TemplateSet templates;
    private final String language;

    private final ObservableList<MeetingItem> meetings = FXCollections.observableArrayList();
    private final ObservableList<MeetingItem> readOnlyMeetings = FXCollections.unmodifiableObservableList(meetings);
    private final ObservableList<LoopChoice> loopChoices = FXCollections.observableArrayList();
    private final ObservableList<LoopChoice> readOnlyLoopChoices = FXCollections.unmodifiableObservableList(loopChoices);
    private final ObservableList<AnswerSection> sections = FXCollections.observableArrayList();
    private final ObservableList<AnswerSection> readOnlySections = FXCollections.unmodifiableObservableList(sections);
    private final ReadOnlyObjectWrapper<Meeting> selected = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<MeetingKind> kind = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty startTime = new SimpleStringProperty("");
    private final ObjectProperty<Integer> durationMinutes = new SimpleObjectProperty<>(Meeting.DEFAULT_DURATION_MINUTES);
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty participants = new SimpleStringProperty("");
    private final ObjectProperty<LoopChoice> linkedLoop = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Path> calendarFileSaved = new ReadOnlyObjectWrapper<>();
    private Wording wording;
    private boolean applying;

    public MeetingsViewModel(JournalStore store, BackgroundExecutor executor, Autosave autosave, Clock clock,
            TemplateSet templates, String language) {
        this.store = store;
        this.executor = executor;
        this.autosave = autosave;
        this.clock = clock;
        this.templates = templates;
        this.language = language;
        ChangeListener<Object> edited = (observable, before, after) -> detailsEdited();
        List<ObservableValue<?>> details = List.of(kind, title, date, startTime, durationMinutes, location,
                participants, linkedLoop);
        details.forEach(property -> property.addListener(edited));
    }

    private record Overview(List<Meeting> meetings, List<LoopChoice> loops, String strategyName) {}

    /** Reads the meetings and the loops they can be linked to; shows the latest meeting. */
    public void load() {
        load(null);
    }

    /** Reads the meetings and opens this one (a search hit's), or the latest when it is gone. */
    public void load(UUID meetingId) {
        executor.submit(this::readOverview, overview -> {
            showOverview(overview);
            overview.meetings().stream().filter(meeting -> meeting.id().equals(meetingId)).findFirst()
                    .or(() -> overview.meetings().stream().findFirst())
                    .ifPresent(meeting -> select(meeting.id()));
        }, this::failed);
    }

    private Overview readOverview() {
        List<LoopChoice> loops = new ArrayList<>();
        for (Challenge challenge : store.challenges().list()) {
            for (Loop loop : store.loops().listByChallenge(challenge.id())) {
                loops.add(new LoopChoice(challenge.id(), loop.id(), challenge.title(), loop.number()));
            }
        }
        return new Overview(store.meetings().list(), loops, store.journal().strategyName());
    }

    private void showOverview(Overview overview) {
        wording = templates.wording(language, overview.strategyName());
        loopChoices.setAll(overview.loops());
        meetings.setAll(overview.meetings().stream().map(this::item).toList());
    }

    private MeetingItem item(Meeting meeting) {
        return new MeetingItem(meeting.id(), meeting.kind(), kindLabel(meeting.kind()), meeting.title(), meeting.date());
    }

    // ---- outputs ----

    /** Latest first. */
    public ObservableList<MeetingItem> meetings() {
        return readOnlyMeetings;
    }

    public ObservableList<LoopChoice> loopChoices() {
        return readOnlyLoopChoices;
    }

    /** The agenda and the interview guide of the selected meeting, each with its answers. */
    public ObservableList<AnswerSection> sections() {
        return readOnlySections;
    }

    /** The meeting in the editor, as last edited; null when none is selected. */
    public ReadOnlyObjectProperty<Meeting> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public String kindLabel(MeetingKind meetingKind) {
        return wording == null ? meetingKind.name() : wording.label(templates.meetingKind(meetingKind));
    }

    public ObjectProperty<MeetingKind> kindProperty() {
        return kind;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** "HH:mm", or empty for a meeting without a set time (an all-day event in the calendar). */
    public StringProperty startTimeProperty() {
        return startTime;
    }

    public ObjectProperty<Integer> durationMinutesProperty() {
        return durationMinutes;
    }

    public StringProperty locationProperty() {
        return location;
    }

    /** Names separated by commas or lines. */
    public StringProperty participantsProperty() {
        return participants;
    }

    /** The loop the meeting reflects on; null for none. */
    public ObjectProperty<LoopChoice> linkedLoopProperty() {
        return linkedLoop;
    }

    /** Why the last edit or command was not carried out; null when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The calendar file last written. */
    public ReadOnlyObjectProperty<Path> calendarFileSavedProperty() {
        return calendarFileSaved.getReadOnlyProperty();
    }

    /** A file name for the calendar file, from the meeting's name and date. */
    public String suggestedCalendarFileName() {
        Meeting meeting = selected.get();
        if (meeting == null) {
            return "møde.ics";
        }
        String name = (meeting.title().isBlank() ? kindLabel(meeting.kind()) : meeting.title())
                .replaceAll("[\\\\/:*?\"<>|]", " ").strip();
        return name + " " + meeting.date() + ".ics";
    }

    // ---- commands ----

    /** Creates a meeting of this kind today, stores it and opens it in the editor. */
    public void newMeeting(MeetingKind meetingKind) {
        autosave.flush();
        Meeting created = Meeting.create(UUID.randomUUID(), meetingKind, LocalDate.now(clock), clock.instant());
        executor.submit(() -> {
            store.meetings().save(created);
            return readOverview();
        }, overview -> {
            showOverview(overview);
            select(created.id());
        }, this::failed);
    }

    /** Opens a meeting in the editor; what was typed on the previous one is saved first. */
    public void select(UUID meetingId) {
        autosave.flush();
        executor.submit(() -> new Selected(store.meetings().find(meetingId)
                .orElseThrow(() -> new DomainRuleViolation("The meeting is no longer in this journal")),
                store.answers().listByOwner(meetingId)), this::show, this::failed);
    }

    private record Selected(Meeting meeting, List<Answer> answers) {}

    private void show(Selected read) {
        Meeting meeting = read.meeting();
        applying = true;
        try {
            selected.set(meeting);
            kind.set(meeting.kind());
            title.set(meeting.title());
            date.set(meeting.date());
            startTime.set(meeting.startTime() == null ? "" : TIME.format(meeting.startTime()));
            durationMinutes.set(meeting.durationMinutes());
            location.set(meeting.location());
            participants.set(String.join(", ", meeting.participants()));
            linkedLoop.set(loopChoices.stream().filter(choice -> choice.loopId().equals(meeting.loopId()))
                    .findFirst().orElse(null));
            AnswerFields answers = new AnswerFields(meeting.id(), read.answers(), autosave, clock, wording, false);
            List<AnswerSection> made = new ArrayList<>();
            for (Section section : templates.meetingGuide()) {
                made.add(new AnswerSection(section.id(), wording.title(section), wording.intro(section).orElse(""),
                        wording.guidance(section), answers.fields(section.fields())));
            }
            sections.setAll(made);
            problem.set(null);
        } finally {
            applying = false;
        }
    }

    /** Deletes the selected meeting with its notes. */
    public void deleteSelected() {
        Meeting meeting = selected.get();
        if (meeting == null) {
            return;
        }
        autosave.flush();
        executor.submit(() -> {
            store.meetings().delete(meeting.id());
            return readOverview();
        }, overview -> {
            selected.set(null);
            sections.clear();
            showOverview(overview);
            if (!overview.meetings().isEmpty()) {
                select(overview.meetings().get(0).id());
            }
        }, this::failed);
    }

    /** Writes the selected meeting as an .ics calendar file (atomically, in the background). */
    public void saveToCalendar(Path file) {
        Meeting meeting = selected.get();
        if (meeting == null) {
            return;
        }
        autosave.flush();
        Wording words = wording;
        Instant stamp = clock.instant();
        executor.submit(() -> {
            ICalendarWriter.save(file, List.of(MeetingEvents.of(meeting, clock.getZone(), words)), stamp);
            return file;
        }, written -> {
            problem.set(null);
            calendarFileSaved.set(written);
        }, this::failed);
    }

    // ---- internals ----

    private void detailsEdited() {
        Meeting current = selected.get();
        if (applying || current == null) {
            return;
        }
        Meeting changed;
        try {
            Instant now = clock.instant().isBefore(current.updatedAt()) ? current.updatedAt() : clock.instant();
            LoopChoice loop = linkedLoop.get();
            changed = new Meeting(current.id(), kind.get(), title.get(), date.get(), parseTime(startTime.get()),
                    Objects.requireNonNullElse(durationMinutes.get(), Meeting.DEFAULT_DURATION_MINUTES),
                    location.get(), names(participants.get()), loop == null ? null : loop.challengeId(),
                    loop == null ? null : loop.loopId(), current.createdAt(), now);
        } catch (DomainRuleViolation rejected) {
            problem.set(rejected.getMessage());
            return;
        }
        problem.set(null);
        selected.set(changed);
        autosave.edited(changed);
        replaceItem(changed);
    }

    private void replaceItem(Meeting changed) {
        for (int i = 0; i < meetings.size(); i++) {
            if (meetings.get(i).id().equals(changed.id())) {
                meetings.set(i, item(changed));
            }
        }
    }

    private static LocalTime parseTime(String text) {
        String trimmed = text == null ? "" : text.strip().replace('.', ':');
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(trimmed, TIME);
        } catch (DateTimeParseException unreadable) {
            throw new DomainRuleViolation("The start time \"" + text.strip() + "\" is not a time like 13:30");
        }
    }

    private static List<String> names(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\n]")).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
    }

    private void failed(Exception failure) {
        problem.set(FailureTexts.forLanguage(language).describe(failure));
    }
}
