package dk.refleksionsbog.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pulses are counted by hand here; on screen an animation timer counts them. */
class AfterFirstFrameTest {
    private final List<Runnable> postedToFxThread = new ArrayList<>();
    private final List<String> done = new ArrayList<>();
    private final AfterFirstFrame afterFirstFrame = new AfterFirstFrame(postedToFxThread::add);

    private void runPosted() {
        List<Runnable> posted = List.copyOf(postedToFxThread);
        postedToFxThread.clear();
        posted.forEach(Runnable::run);
    }

    @Test
    void workWaitsUntilThePulseAfterTheFirstFrameAndIsThenPostedInOrder() {
        afterFirstFrame.execute(() -> done.add("screen"));
        afterFirstFrame.execute(() -> done.add("focus"));

        assertThat(afterFirstFrame.pulse()).as("first pulse: the first frame is being painted").isFalse();
        assertThat(postedToFxThread).isEmpty();
        assertThat(afterFirstFrame.pulse()).as("second pulse: the first frame has been painted").isTrue();
        assertThat(done).as("posted, not run inside the pulse").isEmpty();

        runPosted();
        assertThat(done).containsExactly("screen", "focus");
    }

    @Test
    void workGivenAfterTheFirstFrameRunsAtOnce() {
        afterFirstFrame.pulse();
        afterFirstFrame.pulse();
        runPosted();

        afterFirstFrame.execute(() -> done.add("screen"));

        assertThat(done).containsExactly("screen");
        assertThat(afterFirstFrame.pulse()).isTrue();
        assertThat(postedToFxThread).isEmpty();
    }
}
