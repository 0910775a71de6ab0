package dk.refleksionsbog.core.domain.jobvisit;

/** The forms of leadership a job-visit activity can exercise (seed 004). */
public enum LeadershipForm {
    VISION,
    CONDITIONAL_RECOGNITION,
    DATA_INFORMED,
    DISTRIBUTED,
    RELATIONAL
}
