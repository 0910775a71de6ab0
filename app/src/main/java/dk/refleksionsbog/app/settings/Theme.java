package dk.refleksionsbog.app.settings;

public enum Theme {
    LIGHT,
    DARK
}
