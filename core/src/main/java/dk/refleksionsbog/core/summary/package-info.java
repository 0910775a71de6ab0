/**
 * The printable loop summary a leader takes to a network or reflection meeting.
 *
 * <p>{@link dk.refleksionsbog.core.summary.LoopSummaryBuilder} reads a loop (or every loop of a
 * challenge) from a {@link dk.refleksionsbog.core.storage.JournalStore} and words it with the
 * journal's template set, giving plain {@link dk.refleksionsbog.core.summary.LoopSummary} records
 * that a preview can show as they are. {@link dk.refleksionsbog.core.summary.SummaryPdfRenderer}
 * prints one or several of them as a single A4 PDF with the font embedded:
 *
 * <pre>{@code
 * LoopSummaryBuilder builder = new LoopSummaryBuilder(store, registry.forJournal(store.journal()));
 * SummaryPdfRenderer renderer = new SummaryPdfRenderer(); // keep one: the first PDF pays for loading
 * renderer.writeTo(List.of(builder.forLoop(loopId)), pdfFile);        // atomically
 * byte[] preview = renderer.render(builder.forChallenge(challengeId)); // one PDF, a loop per page run
 * }</pre>
 */
package dk.refleksionsbog.core.summary;
