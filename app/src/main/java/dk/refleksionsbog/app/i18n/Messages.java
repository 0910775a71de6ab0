package dk.refleksionsbog.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI texts in one language. Danish is the base bundle; switching language builds the
 * windows again with a new instance, so no text needs to listen for changes.
 */
public final class Messages {
    public static final String BUNDLE = "dk.refleksionsbog.app.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** "da" or "en". */
    public static Messages forLanguage(String language) {
        Locale locale = Locale.forLanguageTag(language);
        // Without this control a Danish request on an English machine would fall back to English.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(locale, bundle);
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException missing) {
            throw new IllegalArgumentException("No UI text for key " + key, missing);
        }
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
