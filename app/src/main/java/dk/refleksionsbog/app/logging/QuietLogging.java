package dk.refleksionsbog.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The app's logging, set up in code: warnings and errors to standard error, one line each, never
 * DEBUG (log messages must not carry journal text). Logback finds it through
 * {@code META-INF/services} before it would look for an XML file, so no XML parser and none of
 * Logback's configuration language is loaded on the start path (that cost seconds on a busy
 * machine). Started with {@code -Dlogback.configurationFile=FILE}, Logback reads that file
 * instead, as usual.
 */
public final class QuietLogging extends ContextAwareBase implements Configurator {
    static final String CONFIGURATION_FILE_PROPERTY = "logback.configurationFile";
    static final String FONT_PARSER = "org.apache.fontbox";

    /** Used by Logback's service lookup. */
    public QuietLogging() {}

    @Override
    public ExecutionStatus configure(LoggerContext loggers) {
        if (System.getProperty(CONFIGURATION_FILE_PROPERTY) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(loggers);
        encoder.setCharset(StandardCharsets.UTF_8);
        OneLine layout = new OneLine();
        layout.setContext(loggers);
        layout.start();
        encoder.setLayout(layout);
        encoder.start();

        ConsoleAppender<ILoggingEvent> standardError = new ConsoleAppender<>();
        standardError.setContext(loggers);
        standardError.setName("STDERR");
        standardError.setTarget("System.err");
        standardError.setEncoder(encoder);
        standardError.start();

        Logger root = loggers.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.setLevel(Level.WARN);
        root.addAppender(standardError);
        // PDFBox's font parser warns about tables of the bundled fonts it skips (e.g. "Format 14
        // cmap table is not supported") on every summary: nothing a leader can act on, and it
        // would be a stray line on the command line's standard error after a successful command.
        loggers.getLogger(FONT_PARSER).setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** {@code 12:34:56.789 WARN  d.r.a.SomeClass - message}, then the stack trace if there is one. */
    static final class OneLine extends LayoutBase<ILoggingEvent> {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

        @Override
        public String doLayout(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(128)
                    .append(TIME.format(LocalTime.ofInstant(event.getInstant(), ZoneId.systemDefault())))
                    .append(' ')
                    .append(padded(event.getLevel().toString()))
                    .append(shortName(event.getLoggerName()))
                    .append(" - ")
                    .append(event.getFormattedMessage())
                    .append(CoreConstants.LINE_SEPARATOR);
            IThrowableProxy thrown = event.getThrowableProxy();
            if (thrown != null) {
                line.append(ThrowableProxyUtil.asString(thrown)).append(CoreConstants.LINE_SEPARATOR);
            }
            return line.toString();
        }

        private static String padded(String level) {
            return level.length() >= 5 ? level + " " : level + " ".repeat(6 - level.length());
        }

        /** {@code dk.refleksionsbog.app.AppContext} becomes {@code d.r.a.AppContext}. */
        static String shortName(String loggerName) {
            int lastDot = loggerName.lastIndexOf('.');
            if (lastDot < 0) {
                return loggerName;
            }
            StringBuilder shortened = new StringBuilder();
            int start = 0;
            while (start < lastDot) {
                shortened.append(loggerName.charAt(start)).append('.');
                int nextDot = loggerName.indexOf('.', start);
                start = nextDot + 1;
            }
            return shortened.append(loggerName.substring(lastDot + 1)).toString();
        }
    }
}
