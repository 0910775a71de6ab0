package dk.refleksionsbog.app.answer;

import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.template.Section;
import dk.refleksionsbog.core.template.TemplateSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How one kind of record that owns guide answers (a meeting, a job visit) is stored, autosaved
 * and guided, so that one {@link OwnedAnswersEditor} serves every such screen.
 *
 * @param name what the leader calls one of them, for the message when one has gone
 * @param id the record's id, which its answers name as their owner
 * @param updatedAt when the record was last changed; an edit is never stamped earlier
 * @param list all of them, in the order the screen lists them
 * @param guide the template sections whose questions the record's answers fill
 * @param autosave registers an edited record with the autosave
 */
public record OwnerKind<T>(
        String name,
        Function<T, UUID> id,
        Function<T, Instant> updatedAt,
        Function<JournalStore, List<T>> list,
        BiFunction<JournalStore, UUID, Optional<T>> find,
        BiConsumer<JournalStore, T> save,
        BiConsumer<JournalStore, UUID> delete,
        Function<TemplateSet, List<Section>> guide,
        BiConsumer<Autosave, T> autosave) {}
