package dk.refleksionsbog.app.meeting;

import dk.refleksionsbog.app.answer.AnswerSection;
import dk.refleksionsbog.app.answer.OwnedAnswersEditor;
import dk.refleksionsbog.app.answer.OwnerKind;
import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.InputProblem;
import dk.refleksionsbog.app.i18n.InputRefusedException;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import dk.refleksionsbog.core.exchange.calendar.ICalendarWriter;
import dk.refleksionsbog.core.exchange.calendar.MeetingEvents;
import dk.refleksionsbog.core.storage.JournalStore;
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
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The meetings screen: the list of meetings (latest first) and the editor of the selected one,
 * with its details, the reflection-meeting agenda and the interview guide as autosaved answers,
 * and saving the meeting as a calendar file.
 */
public final class MeetingsViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final OwnerKind<Meeting> MEETINGS = new OwnerKind<>("meeting", Meeting::id, Meeting::updatedAt,
            store -> store.meetings().list(), (store, id) -> store.meetings().find(id),
            (store, meeting) -> store.meetings().save(meeting), (store, id) -> store.meetings().delete(id),
            TemplateSet::meetingGuide, Autosave::edited);

    private final Autosave autosave;
    private final Clock clock;
    private final TemplateSet templates;
    private final BackgroundExecutor executor;
    private final OwnedAnswersEditor<Meeting, MeetingItem> editor;

    private final ObservableList<LoopChoice> loopChoices = FXCollections.observableArrayList();
    private final ObservableList<LoopChoice> readOnlyLoopChoices = FXCollections.unmodifiableObservableList(loopChoices);
    private final ObjectProperty<MeetingKind> kind = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty startTime = new SimpleStringProperty("");
    private final ObjectProperty<Integer> durationMinutes = new SimpleObjectProperty<>(Meeting.DEFAULT_DURATION_MINUTES);
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty participants = new SimpleStringProperty("");
    private final ObjectProperty<LoopChoice> linkedLoop = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Path> calendarFileSaved = new ReadOnlyObjectWrapper<>();

    public MeetingsViewModel(JournalStore store, BackgroundExecutor executor, Autosave autosave, Clock clock,
            TemplateSet templates, String language) {
        this.executor = executor;
        this.autosave = autosave;
        this.clock = clock;
        this.templates = templates;
        this.editor = new OwnedAnswersEditor<>(MEETINGS, new MeetingScreen(), store, executor, autosave, clock,
                templates, language);
        editor.editWith(List.of(kind, title, date, startTime, durationMinutes, location, participants, linkedLoop),
                this::withDetails);
    }

    /** Reads the meetings and the loops they can be linked to; shows the latest meeting. */
    public void load() {
        load(null);
    }

    /** Reads the meetings and opens this one (a search hit's), or the latest when it is gone. */
    public void load(UUID meetingId) {
        editor.load(meetingId);
    }

    // ---- outputs ----

    /** The list and the editor of the selected one, as every screen of owned answers has them. */
    public OwnedAnswersEditor<Meeting, MeetingItem> editor() {
        return editor;
    }

    /** Latest first. */
    public ObservableList<MeetingItem> meetings() {
        return editor.items();
    }

    public ObservableList<LoopChoice> loopChoices() {
        return readOnlyLoopChoices;
    }

    /** The agenda and the interview guide of the selected meeting, each with its answers. */
    public ObservableList<AnswerSection> sections() {
        return editor.sections();
    }

    /** The meeting in the editor, as last edited; null when none is selected. */
    public ReadOnlyObjectProperty<Meeting> selectedProperty() {
        return editor.selectedProperty();
    }

    public String kindLabel(MeetingKind meetingKind) {
        Wording wording = editor.wording();
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
        return editor.problemProperty();
    }

    /** The calendar file last written. */
    public ReadOnlyObjectProperty<Path> calendarFileSavedProperty() {
        return calendarFileSaved.getReadOnlyProperty();
    }

    /** A file name for the calendar file, from the meeting's name and date. */
    public String suggestedCalendarFileName() {
        Meeting meeting = editor.selectedProperty().get();
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
        editor.create(Meeting.create(UUID.randomUUID(), meetingKind, LocalDate.now(clock), clock.instant()));
    }

    /** Opens a meeting in the editor; what was typed on the previous one is saved first. */
    public void select(UUID meetingId) {
        editor.select(meetingId);
    }

    /** Deletes the selected meeting with its notes. */
    public void deleteSelected() {
        editor.deleteSelected();
    }

    /** Writes the selected meeting as an .ics calendar file (atomically, in the background). */
    public void saveToCalendar(Path file) {
        Meeting meeting = editor.selectedProperty().get();
        if (meeting == null) {
            return;
        }
        autosave.flush();
        Wording words = editor.wording();
        Instant stamp = clock.instant();
        executor.submit(() -> {
            ICalendarWriter.save(file, List.of(MeetingEvents.of(meeting, clock.getZone(), words)), stamp);
            return file;
        }, written -> {
            editor.succeeded();
            calendarFileSaved.set(written);
        }, editor::failed);
    }

    // ---- internals ----

    /** The meetings screen's own part of the editor: its rows, its details and the loops to link to. */
    private final class MeetingScreen implements OwnedAnswersEditor.Screen<Meeting, MeetingItem> {
        @Override
        public MeetingItem item(Meeting meeting) {
            return new MeetingItem(meeting.id(), meeting.kind(), kindLabel(meeting.kind()), meeting.title(),
                    meeting.date());
        }

        @Override
        public List<AnswerSection> show(Meeting meeting, List<AnswerSection> guide) {
            kind.set(meeting.kind());
            title.set(meeting.title());
            date.set(meeting.date());
            startTime.set(meeting.startTime() == null ? "" : TIME.format(meeting.startTime()));
            durationMinutes.set(meeting.durationMinutes());
            location.set(meeting.location());
            participants.set(String.join(", ", meeting.participants()));
            linkedLoop.set(loopChoices.stream().filter(choice -> choice.loopId().equals(meeting.loopId()))
                    .findFirst().orElse(null));
            return guide;
        }

        @Override
        public Runnable readAlongside(JournalStore store) {
            List<LoopChoice> loops = new ArrayList<>();
            for (Challenge challenge : store.challenges().list()) {
                for (Loop loop : store.loops().listByChallenge(challenge.id())) {
                    loops.add(new LoopChoice(challenge.id(), loop.id(), challenge.title(), loop.number()));
                }
            }
            return () -> loopChoices.setAll(loops);
        }
    }

    private Meeting withDetails(Meeting current, Instant now) {
        LoopChoice loop = linkedLoop.get();
        return new Meeting(current.id(), kind.get(), title.get(), date.get(), parseTime(startTime.get()),
                Objects.requireNonNullElse(durationMinutes.get(), Meeting.DEFAULT_DURATION_MINUTES),
                location.get(), names(participants.get()), loop == null ? null : loop.challengeId(),
                loop == null ? null : loop.loopId(), current.createdAt(), now);
    }

    private static LocalTime parseTime(String text) {
        String trimmed = text == null ? "" : text.strip().replace('.', ':');
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(trimmed, TIME);
        } catch (DateTimeParseException unreadable) {
            throw new InputRefusedException(InputProblem.START_TIME_UNREADABLE,
                    "The start time \"" + text.strip() + "\" is not a time like 13:30", text.strip());
        }
    }

    private static List<String> names(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\n]")).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
    }
}
