package dk.refleksionsbog.core.summary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The print style sheet: A4, calm typography in one embedded font (with fallbacks for other scripts), muted labels, airy sections. */
final class SummaryStyle {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(page|pages)}");

    private SummaryStyle() {}

    static String css(String footerPattern) {
        return """
                @page {
                  size: A4;
                  margin: 15mm 16mm 13mm 16mm;
                  @top-left { content: element(header-left); vertical-align: bottom; padding-bottom: 2mm; }
                  @top-right { content: element(header-right); vertical-align: bottom; padding-bottom: 2mm; }
                  @bottom-right {
                    content: %s;
                    font-family: %s; font-size: 8pt; color: #6b7780; vertical-align: top; padding-top: 2.5mm;
                  }
                }
                html, body { font-family: %2$s; }
                body { font-size: 9pt; line-height: 1.28; color: #20262b; margin: 0; }
                .header-left { position: running(header-left); font-size: 8pt; color: #6b7780; }
                .header-right { position: running(header-right); font-size: 8pt; color: #6b7780; text-align: right; }
                .loop + .loop { page-break-before: always; }
                .masthead { border-bottom: 1.2pt solid #2f5d73; padding-bottom: 3mm; margin-bottom: 1mm; }
                .kicker { font-size: 8pt; letter-spacing: 0.6pt; text-transform: uppercase; color: #2f5d73; }
                h1 { font-size: 16pt; line-height: 1.2; font-weight: bold; margin: 1mm 0 1.5mm 0; color: #1b2a33; }
                .loop-number { font-weight: bold; }
                .separator { color: #9aa8b1; }
                .description { margin-top: 2mm; }
                .carried { margin-top: 2.5mm; padding: 1.5mm 3mm; background-color: #eef3f6; }
                h2 {
                  font-size: 11pt; font-weight: bold; color: #2f5d73; margin: 3mm 0 1.2mm 0;
                  padding-bottom: 0.8mm; border-bottom: 0.5pt solid #c5d3db; page-break-after: avoid;
                }
                h3 {
                  font-size: 7.5pt; font-weight: bold; color: #2f5d73; text-transform: uppercase; letter-spacing: 0.5pt;
                  margin: 2mm 0 0.7mm 0; page-break-after: avoid;
                }
                .qa, .entry { margin: 0 0 1.3mm 0; }
                .keep { page-break-inside: avoid; }
                .question { font-size: 7.5pt; color: #5b6870; margin-bottom: 0.3mm; page-break-after: avoid; }
                .entry-meta { font-size: 7.5pt; color: #5b6870; }
                .run-in { font-weight: bold; color: #3f5866; }
                .text { white-space: pre-wrap; word-wrap: break-word; }
                .empty { color: #8a959c; margin: 0 0 2mm 0; }
                .comment { margin: 0.8mm 0 0 3mm; padding: 0 0 0 2.5mm; border-left: 1.5pt solid #d9a441; color: #3d454b; }
                .comment-meta { font-size: 7.5pt; color: #8a6a2a; }
                table.evaluation, table.pairs { width: 100%%; border-collapse: collapse; table-layout: fixed; margin-bottom: 1.8mm; }
                table.evaluation { -fs-table-paginate: paginate; }
                table.evaluation th {
                  text-align: left; font-size: 8pt; font-weight: bold; color: #2f5d73; text-transform: uppercase;
                  letter-spacing: 0.4pt; padding: 0 3mm 1mm 0; border-bottom: 0.5pt solid #c5d3db;
                }
                table.evaluation td, table.pairs td { vertical-align: top; padding: 1.3mm 3mm 1.3mm 0; border-bottom: 0.5pt solid #e3e9ed; }
                table.pairs tr:last-child td { border-bottom: none; }
                table.evaluation td.unlabelled { padding-top: 4.6mm; }
                table.evaluation td + td, table.pairs td + td, table.evaluation th + th { padding-left: 3mm; }
                                .rating { margin-top: 0.8mm; }
                .dot {
                  display: inline-block; width: 7pt; height: 7pt; margin-right: 2.5pt; border-radius: 3.5pt;
                  border: 0.8pt solid #2f5d73; background-color: #ffffff;
                }
                .dot.on { background-color: #2f5d73; }
                .score { margin-left: 4pt; font-weight: bold; color: #1b2a33; }
                .change { font-weight: bold; color: #1b2a33; }
                .not-rated { color: #8a959c; }
                """.formatted(footerContent(footerPattern), SummaryXhtml.fontStack());
    }

    /** "Side {page} af {pages}" becomes {@code "Side " counter(page) " af " counter(pages)}. */
    static String footerContent(String pattern) {
        StringBuilder content = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                content.append(XhtmlText.cssString(pattern.substring(last, matcher.start()))).append(' ');
            }
            content.append("counter(").append(matcher.group(1)).append(") ");
            last = matcher.end();
        }
        if (last < pattern.length()) {
            content.append(XhtmlText.cssString(pattern.substring(last)));
        }
        return content.toString().strip();
    }
}
