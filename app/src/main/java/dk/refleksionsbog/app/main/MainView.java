package dk.refleksionsbog.app.main;

import dk.refleksionsbog.app.autosave.SaveState;
import dk.refleksionsbog.app.files.FileDialogs;
import dk.refleksionsbog.app.help.HelpOverlayView;
import dk.refleksionsbog.app.help.HelpOverlayViewModel;
import dk.refleksionsbog.app.help.Shortcut;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.i18n.PhaseTexts;
import dk.refleksionsbog.app.main.SidebarItem.ChallengeItem;
import dk.refleksionsbog.app.main.SidebarItem.LoopItem;
import dk.refleksionsbog.app.main.SidebarItem.Place;
import dk.refleksionsbog.app.settings.Theme;
import dk.refleksionsbog.app.settings.UiSettings;
import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import dk.refleksionsbog.core.exchange.ExchangeScope;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.input.MouseEvent;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's content: menus, sidebar, the selected screen and the status bar. */
public final class MainView {
    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm");

    private final MainViewModel viewModel;
    private final Screens screens;
    private final Messages messages;
    private final String version;
    private final HelpOverlayViewModel help = new HelpOverlayViewModel();
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final VBox places = new VBox();
    private final ToggleGroup placeToggles = new ToggleGroup();
    private final TreeView<SidebarItem> tree = new TreeView<>(new TreeItem<>());
    private final Map<MenuItem, Feather> menuIcons = new HashMap<>();
    private ContextMenu challengeMenu;
    private ChallengeItem menuChallenge;
    private boolean syncingSelection;

    public MainView(MainViewModel viewModel, Screens screens, Messages messages, String version) {
        this.viewModel = viewModel;
        this.screens = screens;
        this.messages = messages;
        this.version = version;
        root.getStyleClass().add("main-window");
        root.setTop(top());
        SplitPane split = new SplitPane(sidebar(), content);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        content.getStyleClass().add("screen-holder");
        StackPane centre = new StackPane(split);
        buildHelpWhenFirstShown(centre);
        root.setCenter(centre);
        root.setBottom(statusBar());
        viewModel.selectionProperty().addListener((observable, before, after) -> show(after));
        show(viewModel.selectionProperty().get());
        viewModel.challengeToEditProperty().addListener((observable, before, challenge) -> {
            if (challenge != null) {
                screens.editChallenge(window(), messages, challenge, this::challengeEdited);
            }
        });
    }

    /** The shortcut sheet is rarely opened: it is built the first time it is, not before the first frame. */
    private void buildHelpWhenFirstShown(StackPane centre) {
        help.showingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean before, Boolean showing) {
                if (showing) {
                    help.showingProperty().removeListener(this);
                    centre.getChildren().add(new HelpOverlayView(help, messages).root());
                }
            }
        });
    }

    public BorderPane root() {
        return root;
    }

    public HelpOverlayViewModel help() {
        return help;
    }

    private Node top() {
        VBox top = new VBox(menuBar());
        if (viewModel.isExampleJournal()) {
            Label text = new Label(messages.get("example.banner"));
            text.setWrapText(true);
            Button back = new Button(messages.get("example.backToOwn"), new FontIcon(Feather.ARROW_LEFT));
            back.setOnAction(event -> viewModel.openOwnJournal());
            back.setMinWidth(Button.USE_PREF_SIZE);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox banner = new HBox(new FontIcon(Feather.BOOK_OPEN), text, back);
            banner.getStyleClass().add("example-banner");
            top.getChildren().add(banner);
        }
        return top;
    }

    private MenuBar menuBar() {
        Menu file = new Menu(messages.get("menu.file"));
        MenuItem quickEntry = item("menu.file.quickEntry", Shortcut.QUICK_ENTRY, Feather.EDIT_3, this::quickEntry);
        MenuItem newChallenge = item("menu.file.newChallenge", Shortcut.NEW_CHALLENGE, Feather.PLUS_CIRCLE, this::newChallenge);
        MenuItem editChallenge = item("menu.file.editChallenge", Shortcut.EDIT_CHALLENGE, Feather.EDIT, this::editChallenge);
        MenuItem newJournal = item("menu.file.newJournal", null, Feather.FILE_PLUS, this::newJournal);
        MenuItem open = item("menu.file.open", Shortcut.OPEN_JOURNAL, Feather.FOLDER, this::openJournal);
        MenuItem example = item("menu.file.example", null, Feather.BOOK_OPEN, viewModel::openExampleJournal);
        MenuItem quit = item("menu.file.quit", Shortcut.QUIT, Feather.LOG_OUT, this::quit);
        MenuItem shareLoop = item("menu.file.shareLoop", null, Feather.SHARE, () -> share(ExchangeScope.LOOP));
        MenuItem shareChallenge = item("menu.file.shareChallenge", null, Feather.SHARE_2, () -> share(ExchangeScope.CHALLENGE));
        MenuItem exportJournal = item("menu.file.exportJournal", null, Feather.ARCHIVE, () -> share(ExchangeScope.JOURNAL));
        MenuItem exportComments = item("menu.file.exportComments", null, Feather.MESSAGE_SQUARE, () -> share(ExchangeScope.COMMENTS));
        MenuItem importFile = item("menu.file.import", Shortcut.IMPORT, Feather.DOWNLOAD, this::importFile);
        MenuItem backups = item("menu.file.backups", null, Feather.ARCHIVE, () -> {
            viewModel.flush();
            screens.backups(window(), messages);
        });
        MenuItem printSummary = item("menu.file.printSummary", Shortcut.PRINT_SUMMARY, Feather.PRINTER, this::summary);
        file.getItems().addAll(quickEntry, newChallenge, editChallenge, new SeparatorMenuItem(), newJournal, open, example,
                new SeparatorMenuItem(), printSummary, new SeparatorMenuItem(), shareLoop, shareChallenge, exportJournal,
                exportComments, importFile, new SeparatorMenuItem(), backups, new SeparatorMenuItem(), quit);

        Menu edit = new Menu(messages.get("menu.edit"));
        MenuItem undo = item("menu.edit.undo", Shortcut.UNDO, Feather.CORNER_UP_LEFT, () -> withFocusedText(TextInputControl::undo));
        MenuItem redo = item("menu.edit.redo", Shortcut.REDO, Feather.CORNER_UP_RIGHT, () -> withFocusedText(TextInputControl::redo));
        edit.getItems().addAll(undo, redo);

        Menu view = new Menu(messages.get("menu.view"));
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem(messages.get("menu.view.theme.light"));
        RadioMenuItem dark = new RadioMenuItem(messages.get("menu.view.theme.dark"));
        light.setId("theme-light");
        dark.setId("theme-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setOnAction(event -> viewModel.useTheme(Theme.LIGHT));
        dark.setOnAction(event -> viewModel.useTheme(Theme.DARK));
        MenuItem switchTheme = item("menu.view.switchTheme", Shortcut.SWITCH_THEME, Feather.MOON, viewModel::switchTheme);
        Menu language = new Menu(messages.get("menu.view.language"));
        ToggleGroup languages = new ToggleGroup();
        for (String tag : List.of("da", "en")) {
            RadioMenuItem choice = new RadioMenuItem(messages.get("language." + tag));
            choice.setId("language-" + tag);
            choice.setToggleGroup(languages);
            choice.setSelected(tag.equals(messages.language()));
            choice.setOnAction(event -> Platform.runLater(() -> viewModel.useLanguage(tag)));
            language.getItems().add(choice);
        }
        Menu textSize = new Menu(messages.get("menu.view.textSize"));
        ToggleGroup sizes = new ToggleGroup();
        for (int percent : UiSettings.TEXT_SIZES) {
            RadioMenuItem choice = new RadioMenuItem(percent + " %");
            choice.setToggleGroup(sizes);
            choice.setUserData(percent);
            choice.setOnAction(event -> viewModel.useTextSize(percent));
            textSize.getItems().add(choice);
        }
        MenuItem bigger = item("menu.view.biggerText", Shortcut.BIGGER_TEXT, Feather.ZOOM_IN, viewModel::biggerText);
        MenuItem smaller = item("menu.view.smallerText", Shortcut.SMALLER_TEXT, Feather.ZOOM_OUT, viewModel::smallerText);
        textSize.getItems().addAll(new SeparatorMenuItem(), bigger, smaller);
        MenuItem shortcuts = item("menu.view.shortcuts", Shortcut.HELP, Feather.COMMAND, help::toggle);
        MenuItem welcome = item("menu.view.welcome", null, Feather.SUN, () -> viewModel.select(Destination.WELCOME));
        MenuItem search = item("menu.view.search", Shortcut.SEARCH, Feather.SEARCH, () -> viewModel.select(Destination.SEARCH));
        view.getItems().addAll(light, dark, switchTheme, new SeparatorMenuItem(), language, textSize, new SeparatorMenuItem(),
                welcome, search, shortcuts);
        ChangeListener<UiSettings> settingsShown = (observable, before, settings) -> {
            light.setSelected(settings.theme() == Theme.LIGHT);
            dark.setSelected(settings.theme() == Theme.DARK);
            sizes.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData().equals(settings.textSizePercent())));
        };
        viewModel.settings().property().addListener(settingsShown);
        settingsShown.changed(null, null, viewModel.settings().current());

        Menu helpMenu = new Menu(messages.get("menu.help"));
        MenuItem helpShortcuts = item("menu.help.shortcuts", null, Feather.HELP_CIRCLE, help::toggle);
        MenuItem about = item("menu.help.about", null, Feather.INFO, this::about);
        helpMenu.getItems().addAll(helpShortcuts, about);

        for (Menu menu : List.of(file, edit, view, textSize, helpMenu)) {
            addIconsWhenFirstShown(menu);
        }
        MenuBar bar = new MenuBar(file, edit, view, helpMenu);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(String key, Shortcut shortcut, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        menuIcons.put(item, icon);
        item.setId(key);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.valueOf(shortcut.combination()));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    /**
     * Making and styling some 30 menu icons took a noticeable part of the first frame, so a menu's
     * icons are made when it first opens; the items themselves, and so their accelerators, exist from the start.
     */
    private void addIconsWhenFirstShown(Menu menu) {
        menu.addEventHandler(Menu.ON_SHOWING, new EventHandler<Event>() {
            @Override
            public void handle(Event event) {
                menu.removeEventHandler(Menu.ON_SHOWING, this);
                for (MenuItem item : menu.getItems()) {
                    Feather icon = menuIcons.get(item);
                    if (icon != null) {
                        item.setGraphic(new FontIcon(icon));
                    }
                }
            }
        });
    }

    private void withFocusedText(java.util.function.Consumer<TextInputControl> action) {
        if (root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl text) {
            action.accept(text);
        }
    }

    private Node sidebar() {
        places.getStyleClass().add("places");
        places.setAccessibleText(messages.get("sidebar.places"));
        for (Destination destination : Destination.values()) {
            if (destination == Destination.WELCOME || !screens.has(destination)) {
                continue;
            }
            ToggleButton place = new ToggleButton(messages.get("place." + destination.name().toLowerCase()),
                    new FontIcon(iconOf(destination)));
            place.setId("place-" + destination.name().toLowerCase());
            place.setUserData(destination);
            place.setToggleGroup(placeToggles);
            place.setMaxWidth(Double.MAX_VALUE);
            place.getStyleClass().add("place");
            place.setOnAction(event -> {
                place.setSelected(true);
                viewModel.select(destination);
            });
            places.getChildren().add(place);
        }

        Label challengesHeader = new Label(messages.get("sidebar.challenges"));
        challengesHeader.getStyleClass().add("sidebar-header");
        tree.setShowRoot(false);
        tree.getRoot().setExpanded(true);
        tree.setAccessibleText(messages.get("sidebar.challenges"));
        tree.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        tree.setCellFactory(view -> new SidebarCell());
        tree.getSelectionModel().selectedItemProperty().addListener((observable, before, item) -> {
            if (!syncingSelection && item != null && item.getValue() != null) {
                viewModel.select(item.getValue());
            }
        });
        tree.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::showChallengeMenu);
        viewModel.challenges().addListener((ListChangeListener<ChallengeItem>) change -> fillTree());
        fillTree();
        VBox.setVgrow(tree, Priority.ALWAYS);

        Button newChallenge = new Button(messages.get("sidebar.newChallenge"), new FontIcon(Feather.PLUS));
        newChallenge.setId("new-challenge");
        newChallenge.setMaxWidth(Double.MAX_VALUE);
        newChallenge.setOnAction(event -> newChallenge());
        newChallenge.getStyleClass().add("new-challenge");

        Label noChallenges = new Label(messages.get("sidebar.noChallenges"));
        noChallenges.getStyleClass().addAll("hint", "sidebar-empty");
        noChallenges.setWrapText(true);
        // Otherwise the growing tree below squeezes the hint to two lines and cuts it off.
        noChallenges.setMinHeight(Region.USE_PREF_SIZE);
        noChallenges.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.challenges()));
        noChallenges.managedProperty().bind(noChallenges.visibleProperty());

        // With large text the places and the challenges together are taller than the window: they
        // scroll, the challenges keep a readable height, and "new challenge" stays in sight.
        VBox lists = new VBox(places, challengesHeader, noChallenges, tree);
        lists.getStyleClass().add("sidebar-lists");
        ScrollPane scroll = new ScrollPane(lists);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("sidebar-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox sidebar = new VBox(scroll, newChallenge);
        sidebar.getStyleClass().add("sidebar");

        return sidebar;
    }

    /**
     * One menu for the whole tree, made when first asked for (a menu per cell was a good part of the
     * first frame); from the mouse it is about the challenge under the pointer, from the keyboard
     * (menu key, Shift+F10) about the selected one.
     */
    private void showChallengeMenu(ContextMenuEvent event) {
        SidebarItem item = null;
        if (event.isKeyboardTrigger()) {
            TreeItem<SidebarItem> selected = tree.getSelectionModel().getSelectedItem();
            item = selected == null ? null : selected.getValue();
        } else {
            Node node = event.getPickResult().getIntersectedNode();
            while (node != null && !(node instanceof TreeCell<?>)) {
                node = node.getParent();
            }
            if (node instanceof TreeCell<?> cell && !cell.isEmpty() && cell.getItem() instanceof SidebarItem picked) {
                item = picked;
            }
        }
        if (item instanceof ChallengeItem challenge) {
            if (challengeMenu == null) {
                MenuItem details = new MenuItem(messages.get("challenge.details.open"), new FontIcon(Feather.EDIT));
                details.setOnAction(action -> viewModel.editChallenge(
                        new MainViewModel.TextFocus(menuChallenge.challengeId(), null, "")));
                challengeMenu = new ContextMenu(details);
            }
            menuChallenge = challenge;
            challengeMenu.show(tree, event.getScreenX(), event.getScreenY());
            event.consume();
        }
    }

    private static Feather iconOf(Destination destination) {
        return switch (destination) {
            case WELCOME -> Feather.SUN;
            case JOURNAL -> Feather.BOOK;
            case MEETINGS -> Feather.USERS;
            case JOB_VISITS -> Feather.BRIEFCASE;
            case STAR_MOMENTS -> Feather.STAR;
            case SEARCH -> Feather.SEARCH;
            case PROGRESS -> Feather.TRENDING_UP;
        };
    }

    private void fillTree() {
        syncingSelection = true;
        try {
            TreeItem<SidebarItem> rootItem = tree.getRoot();
            rootItem.getChildren().clear();
            for (ChallengeItem challenge : viewModel.challenges()) {
                TreeItem<SidebarItem> challengeNode = new TreeItem<>(challenge);
                challengeNode.setExpanded(true);
                for (LoopItem loop : challenge.loops()) {
                    challengeNode.getChildren().add(new TreeItem<>(loop));
                }
                rootItem.getChildren().add(challengeNode);
            }
            markSelection(viewModel.selectionProperty().get());
        } finally {
            syncingSelection = false;
        }
    }

    private void markSelection(SidebarItem selected) {
        String key = selected == null ? null : selected.key();
        tree.getSelectionModel().clearSelection();
        placeToggles.getToggles().forEach(toggle -> toggle.setSelected(
                selected instanceof Place place && toggle.getUserData() == place.destination()));
        if (selected instanceof Place) {
            return;
        }
        for (TreeItem<SidebarItem> challenge : tree.getRoot().getChildren()) {
            if (challenge.getValue().key().equals(key)) {
                tree.getSelectionModel().select(challenge);
                return;
            }
            for (TreeItem<SidebarItem> loop : challenge.getChildren()) {
                if (loop.getValue().key().equals(key)) {
                    tree.getSelectionModel().select(loop);
                    return;
                }
            }
        }
    }

    private void show(SidebarItem item) {
        syncingSelection = true;
        try {
            markSelection(item);
        } finally {
            syncingSelection = false;
        }
        if (item == null) {
            content.getChildren().clear();
            return;
        }
        content.getChildren().setAll(screens.screenFor(item, viewModel, messages));
    }

    private Node statusBar() {
        Label journal = new Label();
        journal.getStyleClass().add("status-journal");
        journal.setText(viewModel.journalPath().getFileName().toString());
        // Tooltip's first use costs the first frame a noticeable time; the path is only needed once pointed at.
        journal.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<MouseEvent>() {
            @Override
            public void handle(MouseEvent event) {
                journal.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                journal.setTooltip(new javafx.scene.control.Tooltip(viewModel.journalPath().toString()));
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label saveState = new Label();
        saveState.setId("save-state");
        saveState.getStyleClass().add("save-state");
        ChangeListener<SaveState> shown = (observable, before, state) -> showSaveState(saveState, state);
        viewModel.saveStateProperty().addListener(shown);
        showSaveState(saveState, viewModel.saveStateProperty().get());
        Label problem = new Label();
        problem.getStyleClass().add("status-problem");
        problem.textProperty().bind(viewModel.problemProperty());
        HBox bar = new HBox(new FontIcon(Feather.BOOK), journal, problem, spacer, saveState);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void showSaveState(Label label, SaveState state) {
        label.getStyleClass().remove("failed");
        switch (state.status()) {
            case IDLE -> {
                label.setText(messages.get("status.allSaved"));
                label.setGraphic(new FontIcon(Feather.CHECK));
            }
            case SAVING -> {
                label.setText(messages.get("status.saving"));
                label.setGraphic(new FontIcon(Feather.UPLOAD_CLOUD));
            }
            case SAVED -> {
                label.setText(messages.format("status.savedAt", SAVED_AT.format(state.savedAt())));
                label.setGraphic(new FontIcon(Feather.CHECK));
            }
            case RECOVERED -> {
                label.setText(messages.get("status.recovered"));
                label.setGraphic(new FontIcon(Feather.ROTATE_CCW));
            }
            case FAILED -> {
                label.setText(messages.format("status.failed", FailureTexts.of(messages).describe(state.failure())));
                label.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
                label.getStyleClass().add("failed");
            }
        }
        label.setAccessibleText(label.getText());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    public void quickEntry() {
        screens.quickEntry(window(), messages, viewModel.quickEntryTarget().orElse(null), viewModel::entrySaved);
    }

    /** The challenge's title may have changed: the sidebar and the shown screen read it again. */
    private void challengeEdited() {
        viewModel.challengeEditClosed();
        show(viewModel.selectionProperty().get());
    }

    public void newChallenge() {
        viewModel.flush();
        screens.newChallenge(window(), messages, viewModel::showLoop);
    }

    private void editChallenge() {
        if (viewModel.shownChallenge().isEmpty()) {
            inform("challenge.details.pick", "menu.file.editChallenge");
            return;
        }
        viewModel.editShownChallenge();
    }

    private void share(ExchangeScope scope) {
        viewModel.flush();
        if (scope == ExchangeScope.JOURNAL) {
            screens.share(window(), messages, scope, null);
            return;
        }
        java.util.Optional<MainViewModel.EntryTarget> target = viewModel.entryTarget();
        if (target.isEmpty()) {
            inform(scope == ExchangeScope.COMMENTS ? "share.notShared" : "share.pickLoop", "menu.file.shareLoop");
            return;
        }
        boolean shared = viewModel.challenges().stream().anyMatch(challenge ->
                challenge.challengeId().equals(target.get().challengeId()) && challenge.sharedBy() != null);
        if (scope == ExchangeScope.COMMENTS && !shared) {
            inform("share.notShared", "menu.file.exportComments");
            return;
        }
        // What travels back from a shared challenge is only the comments, and they are gathered per challenge.
        UUID id = scope == ExchangeScope.LOOP && !shared ? target.get().loopId() : target.get().challengeId();
        screens.share(window(), messages, shared ? ExchangeScope.COMMENTS : scope, id);
    }

    public void importFile() {
        screens.fileDialogs().open(window(), messages.get("import.title"),
                new FileDialogs.FileKind(messages.get("share.fileType"), "*.refleksion"),
                messages.get("journal.allFiles")).ifPresent(this::importFile);
    }

    /** Shows the import preview of a file, e.g. one the app was started with. */
    public void importFile(Path file) {
        viewModel.flush();
        screens.importFile(window(), messages, file, viewModel::entrySaved);
    }

    private void inform(String textKey, String headerKey) {
        Alert info = new Alert(Alert.AlertType.INFORMATION, messages.get(textKey), ButtonType.OK);
        info.setHeaderText(messages.get(headerKey));
        DialogStyle.follow(info, window());
        info.showAndWait();
    }

    private void summary() {
        viewModel.flush();
        viewModel.entryTarget().ifPresentOrElse(
                target -> screens.summary(window(), messages, target.loopId(), target.challengeId()),
                () -> {
                    Alert pick = new Alert(Alert.AlertType.INFORMATION, messages.get("summary.pickLoop"), ButtonType.OK);
                    pick.setHeaderText(messages.get("menu.file.printSummary"));
                    DialogStyle.follow(pick, window());
                    pick.showAndWait();
                });
    }

    private void newJournal() {
        FileChooser chooser = journalChooser("menu.file.newJournal");
        chooser.setInitialFileName(messages.get("journal.defaultFileName"));
        File chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            viewModel.openJournal(chosen.toPath());
        }
    }

    private void openJournal() {
        File chosen = journalChooser("menu.file.open").showOpenDialog(window());
        if (chosen != null) {
            viewModel.openJournal(chosen.toPath());
        }
    }

    private FileChooser journalChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        Path folder = viewModel.journalPath().toAbsolutePath().getParent();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("journal.fileType"), "*.refleksionsbog", "*.db", "*.sqlite"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("journal.allFiles"), "*"));
        return chooser;
    }

    private void quit() {
        Window window = window();
        if (window != null) {
            window.fireEvent(new javafx.stage.WindowEvent(window, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        }
    }

    private void about() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, messages.format("about.text", version), ButtonType.OK);
        about.setTitle(messages.get("menu.help.about"));
        about.setHeaderText(messages.format("about.header", version));
        about.initOwner(window());
        about.showAndWait();
    }

    /** Cells are reused as the tree scrolls and keep their icon; a new icon per update slowed the first frame. */
    private final class SidebarCell extends TreeCell<SidebarItem> {
        private final FontIcon icon = new FontIcon();

        SidebarCell() {
            // A cell that asks for no width of its own wraps long titles instead of scrolling sideways.
            setPrefWidth(0);
            setWrapText(true);
        }

        @Override
        protected void updateItem(SidebarItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("challenge-cell", "loop-cell", "finished");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            if (item instanceof ChallengeItem challenge) {
                getStyleClass().add("challenge-cell");
                setText(challenge.title());
                show(challenge.sharedBy() == null ? Feather.TARGET : Feather.SHARE_2);
                setAccessibleText(challenge.sharedBy() == null ? challenge.title()
                        : messages.format("sidebar.sharedChallenge", challenge.title(), challenge.sharedBy()));
            } else if (item instanceof LoopItem loop) {
                getStyleClass().add("loop-cell");
                String text = messages.format("sidebar.loop", loop.number(), PhaseTexts.title(messages, loop.phase()));
                if (loop.finished()) {
                    getStyleClass().add("finished");
                    text = messages.format("sidebar.loopFinished", loop.number());
                }
                setText(text);
                show(loop.finished() ? Feather.CHECK_CIRCLE : Feather.REFRESH_CW);
                setAccessibleText(text);
            }
        }

        private void show(Feather glyph) {
            if (icon.getIconCode() != glyph) {
                icon.setIconCode(glyph);
            }
            setGraphic(icon);
        }
    }
}
