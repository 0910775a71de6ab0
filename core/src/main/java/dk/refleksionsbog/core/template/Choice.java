package dk.refleksionsbog.core.template;

/**
 * The wording of one value the user picks from a list: an entry kind, an evidence level, a
 * leadership form, a tag of the triple bottom line.
 *
 * @param value the enum constant's name, or the tag itself for the triple bottom line
 */
public record Choice(String value, LocalizedText label, LocalizedText explanation) {}
