package dk.refleksionsbog.core.exchange;

import static dk.refleksionsbog.core.exchange.ExchangeFixture.LATER_CLOCK;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.OWNER_CLOCK;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.PARTNER_CLOCK;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.content;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.example.ExampleJournal;
import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner sends a loop, the partner comments on it, the owner takes the comments back: two journal files. */
class SparringRoundTripTest {
    private static final UUID LOOP = ExampleJournal.id("loop.meetings.1");
    private static final UUID CHALLENGE = ExampleJournal.id("challenge.meetings");
    private static final UUID STAR_MOMENT = ExampleJournal.id("entry.3");

    @TempDir
    Path folder;

    @Test
    @DisplayName("comments come back attributed and dated next to the owner's text, which is never changed")
    void sparringRoundTrip() throws Exception {
        Path loopFile = folder.resolve("loop-til-bo.json");
        Path commentsFile = folder.resolve("kommentarer-fra-bo.json");
        byte[] ownerBefore;
        try (JournalStore owner = open(folder, "owner", OWNER_CLOCK)) {
            ExampleJournal.writeInto(owner, OWNER_CLOCK);
            ExchangeExporter exporter = new ExchangeExporter(owner, OWNER_CLOCK);
            exporter.write(exporter.loop(LOOP), loopFile, null);
            ownerBefore = exporter.toBytes(exporter.journal());
        }

        UUID baselineId;
        try (JournalStore partner = open(folder, "partner", PARTNER_CLOCK)) {
            partner.saveJournal(partner.journal().withOwnerName("Bo Nielsen", PARTNER_CLOCK.instant()));
            ImportReport received = new ExchangeImporter(partner).importFile(loopFile, null);

            assertThat(received.sharedBy()).isEqualTo(ExampleJournal.OWNER_NAME);
            Challenge shared = partner.challenges().find(CHALLENGE).orElseThrow();
            assertThat(shared.isShared()).isTrue();
            assertThat(shared.sharedBy()).isEqualTo(ExampleJournal.OWNER_NAME);
            assertThat(partner.loops().find(LOOP)).isPresent();
            assertThat(partner.entries().find(STAR_MOMENT)).isPresent();

            baselineId = partner.answers().find(LOOP, "trialAction.baseline").orElseThrow().id();
            partner.comments().save(SparringComment.create(UUID.randomUUID(), baselineId, LOOP, "Bo Nielsen",
                    "Hvad tæller du som at sige noget? Også et nik?", PARTNER_CLOCK.instant()));
            partner.comments().save(SparringComment.create(UUID.randomUUID(), STAR_MOMENT, LOOP, "Bo Nielsen",
                    "Sådan et øjeblik ville jeg også skrive ned. Hvad gjorde du lige før?",
                    PARTNER_CLOCK.instant().plusSeconds(60)));
            ExchangeExporter exporter = new ExchangeExporter(partner, PARTNER_CLOCK);
            ExchangeDocument back = exporter.loop(LOOP);
            assertThat(back.scope()).isEqualTo(ExchangeScope.COMMENTS.wireName());
            assertThat(back.challenges()).isEmpty();
            assertThat(back.answers()).isEmpty();
            assertThat(back.entries()).isEmpty();
            assertThat(back.comments()).hasSize(3);
            exporter.write(back, commentsFile, null);
        }

        try (JournalStore owner = open(folder, "owner", LATER_CLOCK)) {
            ExchangeImporter importer = new ExchangeImporter(owner);
            ImportReport returned = importer.importFile(commentsFile, null);

            assertThat(returned.scope()).isEqualTo(ExchangeScope.COMMENTS);
            assertThat(returned.commentsAdded()).isEqualTo(2);
            assertThat(returned.added()).isEqualTo(2);
            assertThat(returned.unchanged()).isEqualTo(1);
            assertThat(owner.comments().listByTarget(baselineId)).anySatisfy(comment -> {
                assertThat(comment.author()).isEqualTo("Bo Nielsen");
                assertThat(comment.createdAt()).isEqualTo(PARTNER_CLOCK.instant());
                assertThat(comment.loopId()).isEqualTo(LOOP);
            });
            assertThat(owner.comments().listByTarget(STAR_MOMENT)).singleElement()
                    .satisfies(comment -> assertThat(comment.text()).startsWith("Sådan et øjeblik"));
            assertThat(owner.challenges().find(CHALLENGE).orElseThrow().isShared()).isFalse();

            ExchangeExporter exporter = new ExchangeExporter(owner, LATER_CLOCK);
            byte[] ownerAfter = exporter.toBytes(exporter.journal());
            assertThat(withoutComments(ownerAfter)).isEqualTo(withoutComments(ownerBefore));

            ImportReport again = importer.importFile(commentsFile, null);
            assertThat(again.changesSomething()).isFalse();
            assertThat(exporter.toBytes(exporter.journal())).isEqualTo(ownerAfter);
        }
    }

    @Test
    @DisplayName("a newer version of a shared loop from its owner updates the partner's read-only copy")
    void ownerUpdateReachesPartner() throws Exception {
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");
        try (JournalStore owner = open(folder, "owner", OWNER_CLOCK)) {
            ExampleJournal.writeInto(owner, OWNER_CLOCK);
            ExchangeExporter exporter = new ExchangeExporter(owner, OWNER_CLOCK);
            exporter.write(exporter.loop(LOOP), first, null);
            Answer baseline = owner.answers().find(LOOP, "trialAction.baseline").orElseThrow();
            owner.answers().save(baseline.withText("Opdateret baseline efter netværksmødet.", LATER_CLOCK.instant()));
            exporter.write(exporter.loop(LOOP), second, null);
        }
        try (JournalStore partner = open(folder, "partner", PARTNER_CLOCK)) {
            ExchangeImporter importer = new ExchangeImporter(partner);
            importer.importFile(first, null);

            ImportReport update = importer.importFile(second, null);

            assertThat(update.updated()).isEqualTo(1);
            assertThat(partner.answers().find(LOOP, "trialAction.baseline").orElseThrow().text())
                    .isEqualTo("Opdateret baseline efter netværksmødet.");
            assertThat(partner.challenges().find(CHALLENGE).orElseThrow().sharedBy())
                    .isEqualTo(ExampleJournal.OWNER_NAME);
        }
    }

    private static ObjectNode withoutComments(byte[] export) {
        ObjectNode tree = (ObjectNode) content(export);
        tree.remove("comments");
        return tree;
    }
}
