package dk.refleksionsbog.core.summary;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's messages to SLF4J, so the app's logging configuration decides what is
 * shown; by default the library prints every step to standard error through java.util.logging,
 * which would clutter the command line's output.
 */
final class Slf4jXRLogger implements XRLogger {
    private static final String PREFIX = "com.openhtmltopdf.";

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable failure) {
        Logger logger = LoggerFactory.getLogger(PREFIX + where);
        int severity = level.intValue();
        if (severity >= Level.SEVERE.intValue()) {
            logger.error(message, failure);
        } else if (severity >= Level.WARNING.intValue()) {
            logger.warn(message, failure);
        } else if (severity >= Level.INFO.intValue()) {
            logger.info(message, failure);
        } else if (severity >= Level.FINE.intValue()) {
            logger.debug(message, failure);
        } else {
            logger.trace(message, failure);
        }
    }

    /** Levels are set in the SLF4J back end's configuration, not here. */
    @Override
    public void setLevel(String logger, Level level) {
        // deliberately ignored: see above
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(PREFIX + diagnostic.getLogMessageId().getWhere());
        int severity = diagnostic.getLevel().intValue();
        if (severity >= Level.SEVERE.intValue()) {
            return logger.isErrorEnabled();
        } else if (severity >= Level.WARNING.intValue()) {
            return logger.isWarnEnabled();
        } else if (severity >= Level.INFO.intValue()) {
            return logger.isInfoEnabled();
        } else if (severity >= Level.FINE.intValue()) {
            return logger.isDebugEnabled();
        }
        return logger.isTraceEnabled();
    }
}
