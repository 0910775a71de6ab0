package dk.refleksionsbog.core.summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** The printed summary's own headings in one language; "{name}" placeholders are filled in by {@link #format}. */
final class SummaryHeadings {
    private final Properties texts;
    private final DateTimeFormatter dateFormat;

    private SummaryHeadings(Properties texts, Locale locale) {
        this.texts = texts;
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /** The headings for "da" or "en"; any other language gets Danish, the programme's language. */
    static SummaryHeadings forLanguage(String language) {
        String chosen = "en".equals(language) ? "en" : "da";
        String resource = "headings_" + chosen + ".properties";
        Properties texts = new Properties();
        try (InputStream in = SummaryHeadings.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SummaryHeadings(texts, Locale.forLanguageTag(chosen));
    }

    String get(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No summary heading " + key);
        }
        return text;
    }

    String format(String key, Map<String, String> values) {
        String text = get(key);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    String date(LocalDate date) {
        return dateFormat.format(date);
    }
}
