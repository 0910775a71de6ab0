package dk.refleksionsbog.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.domain.journal.Journal;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImportPlannerTest {
    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant UPDATED = Instant.parse("2026-04-01T08:00:00Z");

    @Test
    @DisplayName("sameJournal agrees with the record's equals when any one component differs, so a new component cannot be missed")
    void sameJournalComparesEveryComponent() throws ReflectiveOperationException {
        RecordComponent[] components = Journal.class.getRecordComponents();
        Constructor<Journal> constructor = Journal.class.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        Object[] values = {UUID.fromString("3f2b9c1e-5d7a-4e8b-9c0d-1a2b3c4d5e6f"), "Mette", "da",
            Journal.DEFAULT_TEMPLATE_SET, "Strategi", CREATED, UPDATED};
        Journal journal = constructor.newInstance(values);

        assertThat(ImportPlanner.sameJournal(journal, constructor.newInstance(values.clone()))).isTrue();
        for (int index = 0; index < components.length; index++) {
            Object[] changed = values.clone();
            changed[index] = otherValue(components[index].getName());
            Journal other = constructor.newInstance(changed);
            assertThat(other).as(components[index].getName()).isNotEqualTo(journal);
            assertThat(ImportPlanner.sameJournal(journal, other)).as(components[index].getName()).isFalse();
            assertThat(ImportPlanner.sameJournal(other, journal)).as(components[index].getName()).isFalse();
        }
    }

    private static Object otherValue(String component) {
        return switch (component) {
            case "id" -> UUID.fromString("00000000-0000-4000-8000-000000000001");
            case "language" -> "en";
            case "createdAt" -> CREATED.minusSeconds(1);
            case "updatedAt" -> UPDATED.plusNanos(1);
            case "ownerName", "templateSetId", "strategyName" -> "en anden";
            default -> throw new AssertionError("Journal has a component this test does not know: " + component
                    + "; give it another value here and compare it in ImportPlanner.sameJournal");
        };
    }
}
