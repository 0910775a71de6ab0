package dk.refleksionsbog.app.search;

import dk.refleksionsbog.app.main.MainViewModel.LoopFocus;
import dk.refleksionsbog.app.main.MainViewModel.TextFocus;

/** Takes the leader to where a search hit lives, with its words selected there. */
public interface HitOpener {
    void openInLoop(LoopFocus focus);

    void openEntry(TextFocus entry);

    void openMeeting(TextFocus meeting);

    void openJobVisit(TextFocus visit);

    void openChallenge(TextFocus challenge);
}
