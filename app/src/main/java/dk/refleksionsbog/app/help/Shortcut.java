package dk.refleksionsbog.app.help;

/**
 * Every keyboard shortcut of the app, in one place so the menus and the help overlay agree.
 *
 * @param combination in JavaFX {@code KeyCombination} syntax; "Shortcut" is Ctrl, or Cmd on a Mac
 */
public enum Shortcut {
    QUICK_ENTRY("Shortcut+N", "shortcut.quickEntry"),
    NEW_CHALLENGE("Shortcut+Shift+N", "shortcut.newChallenge"),
    EDIT_CHALLENGE("Shortcut+E", "shortcut.editChallenge"),
    OPEN_JOURNAL("Shortcut+O", "shortcut.openJournal"),
    QUIT("Shortcut+Q", "shortcut.quit"),
    PRINT_SUMMARY("Shortcut+P", "shortcut.printSummary"),
    IMPORT("Shortcut+I", "shortcut.import"),
    UNDO("Shortcut+Z", "shortcut.undo"),
    REDO("Shortcut+Y", "shortcut.redo"),
    NEXT_PHASE("Shortcut+Enter", "shortcut.nextPhase"),
    SEARCH("Shortcut+F", "shortcut.search"),
    BIGGER_TEXT("Shortcut+Plus", "shortcut.biggerText"),
    SMALLER_TEXT("Shortcut+Minus", "shortcut.smallerText"),
    SWITCH_THEME("Shortcut+Shift+D", "shortcut.switchTheme"),
    HELP("F1", "shortcut.help"),
    HELP_ALTERNATIVE("Shortcut+Slash", "shortcut.help"),
    CLOSE_OVERLAY("Esc", "shortcut.closeOverlay");

    private final String combination;
    private final String messageKey;

    Shortcut(String combination, String messageKey) {
        this.combination = combination;
        this.messageKey = messageKey;
    }

    public String combination() {
        return combination;
    }

    public String messageKey() {
        return messageKey;
    }
}
