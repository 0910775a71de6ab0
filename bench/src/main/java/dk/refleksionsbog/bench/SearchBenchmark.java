package dk.refleksionsbog.bench;

import dk.refleksionsbog.core.storage.SearchHit;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One search as the search screen runs it (limit 100), on journals of 10,000 and 100,000 entries.
 * Sample time, so the result has percentiles: the target is on the p95. The queries:
 * {@code mødelokale} is rare (~0.3 % of entries), {@code mødelok*} the same as a prefix,
 * {@code stjerne*} a prefix matching ~40 % of entries, {@code jeg} a word in nearly all of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchBenchmark {
    static final int SEARCH_SCREEN_LIMIT = 100;

    @Param({"10000", "100000"})
    int entries;

    @Param({"mødelokale", "mødelok*", "stjerne*", "jeg"})
    String query;

    private SqliteJournalStore store;

    @Setup(Level.Trial)
    public void open() {
        store = SqliteJournalStore.open(BenchJournals.withEntries(entries), BenchJournals.FIXED);
        if (store.search().search(query, SEARCH_SCREEN_LIMIT).isEmpty()) {
            throw new IllegalStateException("'" + query + "' finds nothing in " + store.path()
                    + ": the benchmark would time an empty search");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        store.close();
    }

    @Benchmark
    public List<SearchHit> search() {
        return store.search().search(query, SEARCH_SCREEN_LIMIT);
    }
}
