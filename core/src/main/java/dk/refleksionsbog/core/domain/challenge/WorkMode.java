package dk.refleksionsbog.core.domain.challenge;

/** Whether the leader works on the challenge alone ("jeg") or with a learning group ("vi"). */
public enum WorkMode {
    ALONE,
    LEARNING_GROUP
}
