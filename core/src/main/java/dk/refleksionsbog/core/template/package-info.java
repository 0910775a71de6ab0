/**
 * The programme's questions as versioned data: template set files in Danish and English, listed
 * by {@code template-sets.json}, validated when loaded. Nothing here knows a question's wording;
 * screens, summaries and exports ask a {@link dk.refleksionsbog.core.template.TemplateSet}.
 */
package dk.refleksionsbog.core.template;
