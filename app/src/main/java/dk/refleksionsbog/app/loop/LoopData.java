package dk.refleksionsbog.app.loop;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.text.Answer;
import java.util.List;

/** Everything the loop view shows, read from the store in one go. */
record LoopData(Loop loop, Challenge challenge, List<Answer> answers, List<Entry> entries,
        List<SparringComment> comments, String strategyName) {}
