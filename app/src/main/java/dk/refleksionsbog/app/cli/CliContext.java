package dk.refleksionsbog.app.cli;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What the commands need from outside, handed in once so tests can run every command in-process
 * on a temporary journal with a fixed clock.
 *
 * @param defaultJournal the journal used when {@code --journal} is not given
 */
public record CliContext(JournalOpener opener, Path defaultJournal, Clock clock, PassphraseSource passphrases) {}
