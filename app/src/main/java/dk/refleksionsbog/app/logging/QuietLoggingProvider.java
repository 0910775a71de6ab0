package dk.refleksionsbog.app.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.StatusUtil;
import ch.qos.logback.core.util.StatusPrinter;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.Util;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * SLF4J's provider for the app and the command line: Logback, set up by {@link QuietLogging}
 * directly. Logback's own provider first searches the class path for configurators, checks
 * versions, times the configuration (the process's first string-concatenation bootstrap) and reads
 * its status: ~15 ms of every start and every command, paid inside the SQLite driver's first use
 * (docs/benchmarks.md). SLF4J finds this provider through {@link #choose()} without searching the
 * class path either. Started with {@code -Dlogback.configurationFile=FILE}, Logback reads that file
 * as usual.
 */
public final class QuietLoggingProvider implements SLF4JServiceProvider {
    static final String PROVIDER_PROPERTY = "slf4j.provider";
    /** SLF4J reports an explicitly chosen provider at its INFO level on standard error. */
    static final String REPORT_LEVEL_PROPERTY = "slf4j.internal.verbosity";

    private final LoggerContext loggers = new LoggerContext();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final LogbackMDCAdapter mdc = new LogbackMDCAdapter();

    /** Used by SLF4J. */
    public QuietLoggingProvider() {}

    /**
     * Makes SLF4J use this provider, unless the JVM was started with a provider of its own; call it
     * before anything logs.
     */
    public static void choose() {
        if (System.getProperty(PROVIDER_PROPERTY) == null) {
            System.setProperty(PROVIDER_PROPERTY, QuietLoggingProvider.class.getName());
            if (System.getProperty(REPORT_LEVEL_PROPERTY) == null) {
                System.setProperty(REPORT_LEVEL_PROPERTY, "WARN");
            }
        }
    }

    @Override
    public void initialize() {
        loggers.setName(CoreConstants.DEFAULT_CONTEXT_NAME);
        loggers.setMDCAdapter(mdc);
        if (System.getProperty(QuietLogging.CONFIGURATION_FILE_PROPERTY) != null) {
            try {
                new ContextInitializer(loggers).autoConfig();
            } catch (JoranException unreadable) {
                Util.report("The Logback configuration file could not be read", unreadable);
            }
            // A file with a mistake (a misspelt appender class) is reported as Logback's own provider does.
            if (!StatusUtil.contextHasStatusListener(loggers)) {
                StatusPrinter.printInCaseOfErrorsOrWarnings(loggers);
            }
        } else {
            QuietLogging quiet = new QuietLogging();
            quiet.setContext(loggers);
            quiet.configure(loggers);
        }
        loggers.start();
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }
}
