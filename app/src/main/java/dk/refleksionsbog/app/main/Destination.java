package dk.refleksionsbog.app.main;

/** The fixed places in the sidebar above the challenges. */
public enum Destination {
    WELCOME,
    JOURNAL,
    MEETINGS,
    JOB_VISITS,
    STAR_MOMENTS,
    SEARCH,
    PROGRESS
}
