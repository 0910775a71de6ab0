package dk.refleksionsbog.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuietLoggingTest {

    @Test
    void warningsAndErrorsGoToStandardErrorAndNothingBelow() {
        LoggerContext loggers = new LoggerContext();
        QuietLogging configurator = new QuietLogging();
        configurator.setContext(loggers);

        assertThat(configurator.configure(loggers)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        Logger root = loggers.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(loggers.getLogger("dk.refleksionsbog.app.AppContext").isDebugEnabled()).isFalse();
        List<Appender<?>> appenders = new ArrayList<>();
        for (Iterator<? extends Appender<?>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            appenders.add(it.next());
        }
        assertThat(appenders).singleElement().isInstanceOfSatisfying(ConsoleAppender.class, console -> {
            assertThat(console.getTarget()).isEqualTo("System.err");
            assertThat(console.isStarted()).isTrue();
        });
    }

    @Test
    void theFontParsersWarningsAboutSkippedFontTablesAreNotShownButItsErrorsAre() {
        LoggerContext loggers = new LoggerContext();
        QuietLogging configurator = new QuietLogging();
        configurator.setContext(loggers);
        configurator.configure(loggers);

        Logger cmap = loggers.getLogger("org.apache.fontbox.ttf.CmapSubtable");
        assertThat(cmap.isWarnEnabled()).isFalse();
        assertThat(cmap.isErrorEnabled()).isTrue();
        assertThat(loggers.getLogger("org.apache.pdfbox.pdmodel.PDDocument").isWarnEnabled()).isTrue();
    }

    @Test
    void aConfigurationFileGivenOnTheCommandLineIsLeftToLogback() {
        String before = System.getProperty(QuietLogging.CONFIGURATION_FILE_PROPERTY);
        System.setProperty(QuietLogging.CONFIGURATION_FILE_PROPERTY, "debug.xml");
        try {
            LoggerContext loggers = new LoggerContext();
            QuietLogging configurator = new QuietLogging();
            configurator.setContext(loggers);

            assertThat(configurator.configure(loggers)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(loggers.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty(QuietLogging.CONFIGURATION_FILE_PROPERTY);
            } else {
                System.setProperty(QuietLogging.CONFIGURATION_FILE_PROPERTY, before);
            }
        }
    }

    @Test
    void aLineHasTimeLevelShortLoggerNameAndMessage() {
        LoggerContext loggers = new LoggerContext();
        Logger logger = loggers.getLogger("dk.refleksionsbog.app.AppContext");
        LoggingEvent event = new LoggingEvent("test", logger, Level.WARN, "The backup failed: {}", null,
                new Object[] {"disk full"});
        QuietLogging.OneLine layout = new QuietLogging.OneLine();
        layout.setContext(loggers);

        assertThat(layout.doLayout(event))
                .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  d\\.r\\.a\\.AppContext - The backup failed: disk full\\R");
    }

    @Test
    void aThrowableIsPrintedBelowTheLine() {
        LoggerContext loggers = new LoggerContext();
        LoggingEvent event = new LoggingEvent("test", loggers.getLogger("Backup"), Level.ERROR, "Failed",
                new IllegalStateException("broken"), null);
        QuietLogging.OneLine layout = new QuietLogging.OneLine();
        layout.setContext(loggers);

        assertThat(layout.doLayout(event)).contains("ERROR Backup - Failed", "java.lang.IllegalStateException: broken");
    }
}
