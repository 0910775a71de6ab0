package dk.refleksionsbog.app;

import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.autosave.DraftFile;
import dk.refleksionsbog.app.autosave.DraftRecovery;
import dk.refleksionsbog.app.autosave.DraftWriter;
import dk.refleksionsbog.app.backup.BackupItem;
import dk.refleksionsbog.app.backup.BackupsView;
import dk.refleksionsbog.app.backup.BackupsViewModel;
import dk.refleksionsbog.app.backup.JournalBackups;
import dk.refleksionsbog.app.backup.JournalReopening;
import dk.refleksionsbog.app.challenge.ChallengeView;
import dk.refleksionsbog.app.challenge.ChallengeViewModel;
import dk.refleksionsbog.app.challenge.NewChallengeView;
import dk.refleksionsbog.app.challenge.NewChallengeViewModel;
import dk.refleksionsbog.app.comment.CommentEditorView;
import dk.refleksionsbog.app.comment.CommentEditorViewModel;
import dk.refleksionsbog.app.comment.CommentTarget;
import dk.refleksionsbog.app.files.FileDialogs;
import dk.refleksionsbog.app.files.SystemFileDialogs;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.entry.QuickEntryView;
import dk.refleksionsbog.app.entry.QuickEntryViewModel;
import dk.refleksionsbog.app.history.HistoryView;
import dk.refleksionsbog.app.history.HistoryViewModel;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.journal.JournalView;
import dk.refleksionsbog.app.journal.JournalViewModel;
import dk.refleksionsbog.app.i18n.PhaseTexts;
import dk.refleksionsbog.app.loop.LoopView;
import dk.refleksionsbog.app.loop.LoopViewModel;
import dk.refleksionsbog.app.jobvisit.JobVisitsView;
import dk.refleksionsbog.app.jobvisit.JobVisitsViewModel;
import dk.refleksionsbog.app.main.Destination;
import dk.refleksionsbog.app.meeting.MeetingsView;
import dk.refleksionsbog.app.meeting.MeetingsViewModel;
import dk.refleksionsbog.app.main.JournalSwitcher;
import dk.refleksionsbog.app.main.MainViewModel;
import dk.refleksionsbog.app.main.MainViewModel.EntryTarget;
import dk.refleksionsbog.app.main.MainViewModel.LoopFocus;
import dk.refleksionsbog.app.main.MainViewModel.TextFocus;
import dk.refleksionsbog.app.main.Screens;
import dk.refleksionsbog.app.main.SidebarItem;
import dk.refleksionsbog.app.main.SidebarItem.ChallengeItem;
import dk.refleksionsbog.app.main.SidebarItem.LoopItem;
import dk.refleksionsbog.app.main.SidebarItem.Place;
import dk.refleksionsbog.app.progress.ProgressView;
import dk.refleksionsbog.app.progress.ProgressViewModel;
import dk.refleksionsbog.app.search.HitOpener;
import dk.refleksionsbog.app.search.HitListWarmUp;
import dk.refleksionsbog.app.search.SearchView;
import dk.refleksionsbog.app.search.SearchViewModel;
import dk.refleksionsbog.app.settings.BackupSettings;
import dk.refleksionsbog.app.settings.Settings;
import dk.refleksionsbog.app.sharing.ExportView;
import dk.refleksionsbog.app.sharing.ExportViewModel;
import dk.refleksionsbog.app.sharing.ImportView;
import dk.refleksionsbog.app.sharing.ImportViewModel;
import dk.refleksionsbog.app.summary.SummaryView;
import dk.refleksionsbog.app.summary.SummaryViewModel;
import dk.refleksionsbog.app.starmoments.StarMomentReader;
import dk.refleksionsbog.app.starmoments.StarMomentsView;
import dk.refleksionsbog.app.starmoments.StarMomentsViewModel;
import dk.refleksionsbog.app.settings.SettingsFile;
import dk.refleksionsbog.app.settings.UiSettings;
import dk.refleksionsbog.app.welcome.WelcomeView;
import dk.refleksionsbog.app.welcome.WelcomeViewModel;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.journal.Journal;
import dk.refleksionsbog.core.example.ExampleJournal;
import dk.refleksionsbog.core.exchange.ExchangeExporter;
import dk.refleksionsbog.core.exchange.ExchangeImporter;
import dk.refleksionsbog.core.exchange.ExchangeScope;
import dk.refleksionsbog.core.storage.JournalLocation;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteNativeLibrary;
import dk.refleksionsbog.core.storage.sqlite.backup.Backup;
import dk.refleksionsbog.core.storage.sqlite.backup.BackupService;
import dk.refleksionsbog.core.summary.LoopSummaryBuilder;
import dk.refleksionsbog.core.summary.SummaryPdfRenderer;
import dk.refleksionsbog.core.template.TemplateRegistry;
import dk.refleksionsbog.core.template.TemplateSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the app is wired together: it opens the journal, loads the template set and
 * the settings, owns the background executor and builds each screen with its view model.
 */
public final class AppContext implements Screens, JournalSwitcher, JournalReopening, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final Options options;
    private final Clock clock;
    private final BackgroundExecutor executor;
    private final ExecutorService draftWorker = DraftWriter.newWorker();
    private final Settings settings;
    private final TemplateRegistry templateSets;
    private TemplateSet templates;
    private final String version;
    private final FileDialogs fileDialogs;
    private JournalStore store;
    private Journal journal;
    private Autosave autosave;
    private Runnable journalOpened = () -> { };
    private SummaryPdfRenderer summaryRenderer;
    /** Made with the first search screen; one for all of them in this app run. */
    private HitListWarmUp hitListWarmUp;
    private OpenJournal reopened;
    private BackgroundExecutor.Cancellable nextBackup;

    /**
     * Where things live.
     *
     * @param journal the journal file to open
     * @param defaultJournal the leader's own journal, for "back to my journal"
     * @param exampleJournal where the example journal is written to be explored
     * @param settingsFile the UI settings
     */
    public record Options(Path journal, Path defaultJournal, Path exampleJournal, Path settingsFile,
            Duration autosavePause, Path cacheFolder) {

        /** {@code --journal PATH} picks the file; everything else lives in the app-data folder. */
        public static Options fromArguments(List<String> arguments) {
            Path defaultJournal = JournalLocation.defaultJournal();
            Path folder = defaultJournal.toAbsolutePath().getParent();
            Path journal = defaultJournal;
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                if (argument.equals("--journal") && i + 1 < arguments.size()) {
                    journal = Path.of(arguments.get(++i));
                } else if (argument.startsWith("--journal=")) {
                    journal = Path.of(argument.substring("--journal=".length()));
                }
            }
            return new Options(journal, defaultJournal, folder.resolve("eksempel.refleksionsbog"),
                    folder.resolve("ui-settings.json"), Autosave.DEFAULT_PAUSE, JournalLocation.cacheFolder());
        }

        /** A shared {@code .refleksion} file the app was started with (a double-click), to import. */
        public static Optional<Path> sharedFile(List<String> arguments) {
            return arguments.stream().filter(argument -> argument.endsWith(".refleksion")).map(Path::of)
                    .filter(Files::isRegularFile).findFirst();
        }

        /** Everything in one folder, as the UI tests use it. */
        public static Options inFolder(Path folder, Path journal) {
            return new Options(journal, journal, folder.resolve("eksempel.refleksionsbog"),
                    folder.resolve("ui-settings.json"), Autosave.DEFAULT_PAUSE, folder.resolve("cache"));
        }
    }

    private AppContext(Options options, Clock clock, BackgroundExecutor executor, Settings settings,
            TemplateRegistry templateSets, String version, OpenJournal opened, FileDialogs fileDialogs) {
        this.options = options;
        this.fileDialogs = fileDialogs;
        this.clock = clock;
        this.executor = executor;
        this.settings = settings;
        this.templateSets = templateSets;
        this.version = version;
        use(opened);
    }

    /**
     * A journal file just opened, with its journal record read while still off the UI thread, and
     * the number of texts put back from its draft file (typed but not saved when the program stopped).
     */
    private record OpenJournal(JournalStore store, Journal journal, int recoveredDrafts) {
        static OpenJournal open(Path file, Clock clock, Consumer<JournalStore> prepare) {
            JournalStore store = SqliteJournalStore.open(file, clock);
            try {
                int recovered = DraftRecovery.recover(store);
                prepare.accept(store);
                return new OpenJournal(store, store.journal(), recovered);
            } catch (RuntimeException failure) {
                store.close();
                throw failure;
            }
        }
    }

    /**
     * Opens the journal and reads the settings and templates, each on a thread of its own, and
     * waits for all three; does I/O, so call it off the JavaFX thread.
     */
    public static AppContext open(Options options, Clock clock, BackgroundExecutor executor) {
        return open(options, clock, executor, new SystemFileDialogs());
    }

    /** As {@link #open(Options, Clock, BackgroundExecutor)}, with the given way of asking for files. */
    public static AppContext open(Options options, Clock clock, BackgroundExecutor executor, FileDialogs fileDialogs) {
        return Opening.start(options, clock).finish(executor, fileDialogs);
    }

    /**
     * The journal, the templates and the settings being read, each on a daemon thread of its own,
     * so that the app's start can overlap them with the JavaFX toolkit's start instead of paying
     * for them after it. This class has no logger of its own, so starting it does not make the
     * calling thread configure logging first.
     */
    public static final class Opening {
        private final Options options;
        private final Clock clock;
        private final FutureTask<UiSettings> settings;
        private final FutureTask<TemplateRegistry> templates;
        private final FutureTask<OpenJournal> journal;

        private Opening(Options options, Clock clock) {
            this.options = options;
            this.clock = clock;
            SettingsFile settingsFile = new SettingsFile(options.settingsFile());
            settings = inBackground("read-settings", settingsFile::load);
            journal = inBackground("open-journal", () -> {
                SqliteNativeLibrary.useCacheIn(options.cacheFolder());
                return OpenJournal.open(options.journal(), clock, store -> { });
            });
            templates = inBackground("read-templates", TemplateRegistry::loadDefault);
        }

        /** Starts reading; returns at once. */
        public static Opening start(Options options, Clock clock) {
            return new Opening(options, clock);
        }

        private static <T> FutureTask<T> inBackground(String name, Callable<T> work) {
            FutureTask<T> task = new FutureTask<>(work);
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
            return task;
        }

        /**
         * What to tell the leader about a failure of {@link #finish}: in the language of the settings
         * as saved, in Danish when they cannot be read either.
         */
        public String describe(RuntimeException failure) {
            return FailureTexts.forLanguage(language()).describe(failure);
        }

        /** The language of the settings as saved; Danish when they cannot be read. */
        public String language() {
            try {
                return settings().language();
            } catch (RuntimeException unreadableSettings) {
                return "da";
            }
        }

        /** The settings as saved (or the defaults); waits for them. */
        public UiSettings settings() {
            return result(settings);
        }

        /**
         * Waits for everything and wires the app together. If anything fails, the journal is closed
         * again (so its lock is released) and the first failure is thrown as it was thrown.
         */
        public AppContext finish(BackgroundExecutor executor) {
            return finish(executor, new SystemFileDialogs());
        }

        /** As {@link #finish(BackgroundExecutor)}, with the given way of asking for files. */
        public AppContext finish(BackgroundExecutor executor, FileDialogs fileDialogs) {
            RuntimeException failure = null;
            OpenJournal opened = null;
            TemplateRegistry templateSets = null;
            UiSettings loaded = null;
            try {
                opened = result(journal);
            } catch (RuntimeException journalFailure) {
                failure = journalFailure;
            }
            try {
                templateSets = result(templates);
                loaded = result(settings);
            } catch (RuntimeException otherFailure) {
                failure = failure == null ? otherFailure : failure;
            }
            if (failure != null) {
                if (opened != null) {
                    opened.store().close();
                }
                throw failure;
            }
            Settings current = new Settings(new SettingsFile(options.settingsFile()), executor, loaded);
            return new AppContext(options, clock, executor, current, templateSets, readVersion(), opened,
                    fileDialogs);
        }

        private static <T> T result(FutureTask<T> task) {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException again) {
                        interrupted = true;
                    }
                }
            } catch (ExecutionException failed) {
                Throwable cause = failed.getCause();
                if (cause instanceof RuntimeException unchecked) {
                    throw unchecked;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause.getMessage(), cause);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static String readVersion() {
        try (InputStream in = AppContext.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException unreadable) {
            return "dev";
        }
    }

    private void use(OpenJournal opened) {
        store = opened.store();
        journal = opened.journal();
        templates = templateSets.forJournal(journal);
        autosave = new Autosave(store, executor, clock, options.autosavePause(),
                new DraftWriter(DraftFile.of(store.path()), journal.id(), draftWorker));
        autosave.recovered(opened.recoveredDrafts());
    }

    public Settings settings() {
        return settings;
    }

    public String version() {
        return version;
    }

    public BackgroundExecutor executor() {
        return executor;
    }

    /** Runs after another journal has been opened, on the UI thread. */
    public void onJournalOpened(Runnable action) {
        journalOpened = action;
    }

    public MainViewModel newMainViewModel() {
        return new MainViewModel(store, executor, autosave, settings, this, failureTexts());
    }

    @Override
    public boolean has(Destination destination) {
        return destination == Destination.WELCOME
                || destination == Destination.MEETINGS
                || destination == Destination.JOB_VISITS
                || destination == Destination.JOURNAL
                || destination == Destination.STAR_MOMENTS
                || destination == Destination.SEARCH
                || destination == Destination.PROGRESS;
    }

    @Override
    public Node screenFor(SidebarItem item, MainViewModel main, Messages messages) {
        if (item instanceof Place place) {
            return placeScreen(place.destination(), main, messages);
        }
        LoopItem loop = item instanceof ChallengeItem challenge ? challenge.currentLoop().orElse(null)
                : item instanceof LoopItem shown ? shown : null;
        if (loop != null) {
            LoopViewModel viewModel = new LoopViewModel(store, executor, autosave, clock, templates,
                    messages.language(), loop.loopId(), main::refresh, main::showLoop);
            viewModel.load();
            LoopView view = new LoopView(viewModel, messages, this, main);
            main.takeFocus(loop.loopId()).ifPresent(view::focus);
            return view.root();
        }
        return new Label(messages.get("screen.missing"));
    }

    private Node placeScreen(Destination destination, MainViewModel main, Messages messages) {
        String language = messages.language();
        FailureTexts failures = FailureTexts.of(messages);
        Optional<TextFocus> focus = main.takeTextFocus(destination);
        UUID focusedRecord = focus.map(TextFocus::ownerId).orElse(null);
        return switch (destination) {
            case WELCOME -> new WelcomeView(new WelcomeViewModel(templates, language, journal.strategyName(), main),
                    messages, this, main).root();
            case SEARCH -> searchScreen(main, messages, failures);
            case MEETINGS -> {
                MeetingsViewModel viewModel = new MeetingsViewModel(store, executor, autosave, clock, templates, language);
                viewModel.load(focusedRecord);
                MeetingsView view = new MeetingsView(viewModel, messages, this);
                focus.ifPresent(view::focus);
                yield view.root();
            }
            case JOB_VISITS -> {
                JobVisitsViewModel viewModel = new JobVisitsViewModel(store, executor, autosave, clock, templates, language);
                viewModel.load(focusedRecord);
                JobVisitsView view = new JobVisitsView(viewModel, messages, this);
                focus.ifPresent(view::focus);
                yield view.root();
            }
            case JOURNAL -> {
                JournalViewModel viewModel = new JournalViewModel(store, executor, autosave, clock,
                        phase -> PhaseTexts.title(messages, phase), failures);
                viewModel.load();
                focus.ifPresent(entry -> viewModel.selectEntry(entry.ownerId()));
                JournalView view = new JournalView(viewModel, messages, this, main.entryRevisionProperty());
                focus.ifPresent(view::focus);
                yield view.root();
            }
            case STAR_MOMENTS -> {
                StarMomentsViewModel viewModel = new StarMomentsViewModel(new StarMomentReader(store, clock.getZone()),
                        executor, failures);
                viewModel.load();
                yield new StarMomentsView(viewModel, messages).root();
            }
            case PROGRESS -> {
                ProgressViewModel viewModel = new ProgressViewModel(store, executor,
                        new StarMomentReader(store, clock.getZone()), failures);
                viewModel.load();
                yield new ProgressView(viewModel, messages).root();
            }
        };
    }

    private Node searchScreen(MainViewModel main, Messages messages, FailureTexts failures) {
        if (hitListWarmUp == null) {
            hitListWarmUp = new HitListWarmUp();
        }
        return new SearchView(new SearchViewModel(store, executor, phase -> PhaseTexts.title(messages, phase),
                hitOpener(main), failures, messages), messages, hitListWarmUp).root();
    }

    @Override
    public void editChallenge(Window owner, Messages messages, TextFocus challenge, Runnable onClosed) {
        ChallengeViewModel viewModel = new ChallengeViewModel(store, executor, autosave, clock, templates,
                messages.language(), challenge.ownerId());
        viewModel.load();
        new ChallengeView(viewModel, messages, this).show(owner, challenge, onClosed);
    }

    /** Search hits open through the main window's navigation. */
    private static HitOpener hitOpener(MainViewModel main) {
        return new HitOpener() {
            @Override
            public void openInLoop(LoopFocus focus) {
                main.openInLoop(focus);
            }

            @Override
            public void openEntry(TextFocus entry) {
                main.openAt(Destination.JOURNAL, entry);
            }

            @Override
            public void openMeeting(TextFocus meeting) {
                main.openAt(Destination.MEETINGS, meeting);
            }

            @Override
            public void openJobVisit(TextFocus visit) {
                main.openAt(Destination.JOB_VISITS, visit);
            }

            @Override
            public void openChallenge(TextFocus challenge) {
                main.openChallenge(challenge);
            }
        };
    }

    @Override
    public void newChallenge(Window owner, Messages messages, Consumer<UUID> onCreated) {
        new NewChallengeView(newChallengeViewModel(FailureTexts.of(messages)), messages).showAndCreate(owner, onCreated);
    }

    public NewChallengeViewModel newChallengeViewModel(FailureTexts failures) {
        return new NewChallengeViewModel(store, executor, clock, failures);
    }

    @Override
    public void quickEntry(Window owner, Messages messages, EntryTarget target, Runnable onSaved) {
        QuickEntryViewModel viewModel = new QuickEntryViewModel(store, executor, clock, target,
                FailureTexts.of(messages));
        viewModel.load();
        new QuickEntryView(viewModel, messages).showAndSave(owner, onSaved);
    }

    @Override
    public void summary(Window owner, Messages messages, UUID loopId, UUID challengeId) {
        if (summaryRenderer == null) {
            summaryRenderer = new SummaryPdfRenderer();
        }
        SummaryViewModel viewModel = new SummaryViewModel(store, executor, new LoopSummaryBuilder(store, templates, clock),
                summaryRenderer, loopId, challengeId, FailureTexts.of(messages));
        new SummaryView(viewModel, messages).show(owner);
    }

    @Override
    public void share(Window owner, Messages messages, ExchangeScope scope, UUID id) {
        ExportViewModel viewModel = new ExportViewModel(store, new ExchangeExporter(store, clock), executor, autosave,
                clock, scope, id, FailureTexts.of(messages));
        new ExportView(viewModel, messages, fileDialogs).show(owner);
    }

    @Override
    public void importFile(Window owner, Messages messages, Path file, Runnable onImported) {
        ImportViewModel viewModel = new ImportViewModel(new ExchangeImporter(store), executor, autosave, file,
                FailureTexts.of(messages), onImported);
        new ImportView(viewModel, messages).show(owner);
    }

    @Override
    public void comment(Window owner, Messages messages, CommentTarget target, Consumer<SparringComment> onSaved) {
        autosave.flush();
        new CommentEditorView(new CommentEditorViewModel(store, executor, clock, target,
                FailureTexts.of(messages)), messages)
                .showAndSave(owner, onSaved);
    }

    @Override
    public FileDialogs fileDialogs() {
        return fileDialogs;
    }

    @Override
    public void backups(Window owner, Messages messages) {
        new BackupsView(newBackupsViewModel(), messages).show(owner);
    }

    /** The backups screen of the open journal; its folder and count follow the settings as they change. */
    public BackupsViewModel newBackupsViewModel() {
        return new BackupsViewModel(journalBackups(() -> backupsOf(store.path())), executor, autosave, this, settings,
                failureTexts());
    }

    /** The store's backup service as the backups screen sees it. */
    public static JournalBackups journalBackups(BackupService service) {
        return journalBackups(() -> service);
    }

    private static JournalBackups journalBackups(Supplier<BackupService> current) {
        return new JournalBackups() {
            @Override
            public Path folder() {
                return current.get().folder();
            }

            @Override
            public List<BackupItem> list() {
                return current.get().list().stream().map(AppContext::itemOf).toList();
            }

            @Override
            public BackupItem backUpNow() {
                return itemOf(current.get().backUpNow());
            }

            @Override
            public Optional<BackupItem> restore(BackupItem chosen) {
                return current.get().restore(new Backup(chosen.file(), chosen.takenAt(), chosen.sizeInBytes()))
                        .map(AppContext::itemOf);
            }
        };
    }

    private static BackupItem itemOf(Backup backup) {
        return new BackupItem(backup.file(), backup.takenAt(), backup.sizeInBytes());
    }

    /**
     * Each journal keeps its rolling backups in a folder of its own, so two journals never prune
     * each other's: under {@code backups/} beside it, or under the folder the leader chose.
     */
    private BackupService backupsOf(Path journalFile) {
        String name = journalFile.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        BackupSettings chosen = settings.current().backups();
        Path folder = chosen.folder() == null ? BackupService.defaultFolder(journalFile) : Path.of(chosen.folder());
        return new BackupService(journalFile, folder.resolve(name), chosen.keep(), Duration.ofDays(1), clock);
    }

    /**
     * Backs the open journal up when its last backup is a day old (so on the first start of a day)
     * and then again whenever a day has passed while the app is open. Call it on the UI thread.
     */
    public void startAutomaticBackups() {
        executor.submit(() -> {
            if (isExample(store.path())) {
                return Duration.ofDays(1);
            }
            BackupService backups = backupsOf(store.path());
            backups.backUpIfDue();
            return backups.untilNextDue();
        }, wait -> nextBackup = executor.schedule(wait.plusSeconds(1), this::startAutomaticBackups), failure -> {
            LOG.warn("The automatic backup failed: {}", failure.toString());
            nextBackup = executor.schedule(Duration.ofHours(1), this::startAutomaticBackups);
        });
    }

    @Override
    public <T> T whileClosed(Callable<T> work) throws Exception {
        Path file = store.path();
        store.close();
        try {
            return work.call();
        } finally {
            reopened = OpenJournal.open(file, clock, opened -> { });
        }
    }

    @Override
    public void showReopened() {
        if (reopened != null) {
            use(reopened);
            reopened = null;
            journalOpened.run();
        }
    }

    @Override
    public void showHistory(Window owner, Messages messages, UUID targetId, String field, Consumer<String> onRestored) {
        autosave.flush();
        HistoryViewModel viewModel = new HistoryViewModel(store, executor, targetId, field, onRestored,
                FailureTexts.of(messages));
        viewModel.load();
        new HistoryView(viewModel, messages).show(owner);
    }

    @Override
    public void open(Path journal, Consumer<String> onProblem) {
        switchTo(journal, store -> { }, onProblem);
    }

    @Override
    public void openDefault(Consumer<String> onProblem) {
        open(options.defaultJournal(), onProblem);
    }

    @Override
    public void openExample(Consumer<String> onProblem) {
        boolean fresh = !Files.exists(options.exampleJournal());
        switchTo(options.exampleJournal(), opened -> {
            if (fresh) {
                ExampleJournal.writeInto(opened, clock);
            }
        }, onProblem);
    }

    private boolean isOpen(Path journal) {
        return journal.toAbsolutePath().normalize().equals(store.path().toAbsolutePath().normalize());
    }

    @Override
    public boolean isExample(Path journal) {
        return journal.toAbsolutePath().normalize().equals(options.exampleJournal().toAbsolutePath().normalize());
    }

    /** Opens the other journal first, so a file that cannot be opened leaves the current one open. */
    private void switchTo(Path journal, Consumer<JournalStore> prepare, Consumer<String> onProblem) {
        autosave.flush();
        if (isOpen(journal)) {
            return;
        }
        JournalStore previous = store;
        executor.submit(() -> {
            OpenJournal opened = OpenJournal.open(journal, clock, prepare);
            previous.close();
            return opened;
        }, opened -> {
            use(opened);
            journalOpened.run();
        }, failure -> onProblem.accept(failureTexts().describe(failure)));
    }

    /** In the language chosen now; a change of language builds the windows, and so their texts, again. */
    private FailureTexts failureTexts() {
        return FailureTexts.forLanguage(settings.current().language());
    }

    /** Saves everything and closes the journal; the executor finishes its queue and stops. */
    @Override
    public void close() {
        if (nextBackup != null) {
            nextBackup.cancel();
        }
        autosave.flush();
        settings.saveNow();
        try {
            executor.runAndWait(() -> {
                store.close();
                return null;
            });
        } catch (Exception failure) {
            LOG.warn("Could not close the journal cleanly: {}", failure.toString());
        }
        executor.close();
        draftWorker.shutdown();
    }
}
