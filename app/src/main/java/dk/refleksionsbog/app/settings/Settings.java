package dk.refleksionsbog.app.settings;

import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The current settings as an observable value; every change is written to the settings file. */
public final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private final SettingsFile file;
    private final BackgroundExecutor executor;
    private final ReadOnlyObjectWrapper<UiSettings> current;

    public Settings(SettingsFile file, BackgroundExecutor executor, UiSettings loaded) {
        this.file = file;
        this.executor = executor;
        this.current = new ReadOnlyObjectWrapper<>(loaded);
    }

    public ReadOnlyObjectProperty<UiSettings> property() {
        return current.getReadOnlyProperty();
    }

    public UiSettings current() {
        return current.get();
    }

    public void update(UnaryOperator<UiSettings> change) {
        UiSettings changed = change.apply(current.get());
        if (changed.equals(current.get())) {
            return;
        }
        current.set(changed);
        executor.submit(() -> {
            file.save(changed);
            return null;
        }, ignored -> { }, failure -> LOG.warn("Could not save the settings: {}", failure.toString()));
    }

    /** Writes the settings and waits; for closing the app. */
    public void saveNow() {
        try {
            executor.runAndWait(() -> {
                file.save(current.get());
                return null;
            });
        } catch (Exception failure) {
            LOG.warn("Could not save the settings: {}", failure.toString());
        }
    }
}
