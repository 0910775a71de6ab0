package dk.refleksionsbog.core.domain.meeting;

public enum MeetingKind {
    /** Refleksionsmøde on a trial action, alone or in the learning group. */
    REFLECTION,
    /** Netværksmøde with the leader's network group. */
    NETWORK,
    /** Fællesmøde: the programme's joint meeting. */
    JOINT
}
