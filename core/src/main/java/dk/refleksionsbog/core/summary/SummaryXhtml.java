package dk.refleksionsbog.core.summary;

import static dk.refleksionsbog.core.summary.XhtmlText.escape;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lays out loop summaries as one XHTML document with CSS paged media: A4, a running header with
 * the owner's name and the print date, "page n of m" in the footer, one loop after another, each
 * starting on a new page. Every piece of the leader's text passes through {@link XhtmlText}.
 */
final class SummaryXhtml {
    static final String FONT_FAMILY = "Liberation Sans";

    /** Used, in this order, for characters the main font has no glyph for. */
    enum FallbackFont {
        ARABIC("Noto Sans Arabic", "NotoSansArabic-Regular.ttf"),
        SYMBOLS_2("Noto Sans Symbols 2", "NotoSansSymbols2-Regular.ttf"),
        SYMBOLS("Noto Sans Symbols", "NotoSansSymbols-Regular.ttf"),
        EMOJI("Noto Emoji", "NotoEmoji-Regular.ttf");

        private final String family;
        private final String file;

        FallbackFont(String family, String file) {
            this.family = family;
            this.file = file;
        }

        String family() {
            return family;
        }

        String resource() {
            return "/dk/refleksionsbog/core/summary/fonts/" + file;
        }
    }

    /** The CSS font-family list: the main font, then the fallbacks. */
    static String fontStack() {
        StringBuilder stack = new StringBuilder("'").append(FONT_FAMILY).append('\'');
        for (FallbackFont fallback : FallbackFont.values()) {
            stack.append(", '").append(fallback.family()).append('\'');
        }
        return stack.toString();
    }

    /** Blocks up to this size are kept on one page; longer text may flow over the page break. */
    private static final int KEEP_TOGETHER_CHARS = 600;
    private static final int KEEP_TOGETHER_LINES = 8;

    private final SummaryHeadings headings;
    private final StringBuilder out = new StringBuilder(16 * 1024);

    private SummaryXhtml(SummaryHeadings headings) {
        this.headings = headings;
    }

    static String document(List<LoopSummary> summaries, SummaryHeadings headings) {
        if (summaries.isEmpty()) {
            throw new IllegalArgumentException("A summary needs at least one loop");
        }
        return new SummaryXhtml(headings).write(summaries);
    }

    private String write(List<LoopSummary> summaries) {
        LoopSummary first = summaries.get(0);
        String title = headings.get("document.title") + " – " + first.challengeTitle();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(escape(first.language()))
                .append("\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(escape(title)).append("</title>");
        out.append("<meta name=\"subject\" content=\"").append(escape(description(summaries))).append("\"/>");
        if (!first.ownerName().isBlank()) {
            out.append("<meta name=\"author\" content=\"").append(escape(first.ownerName())).append("\"/>");
        }
        out.append("<style>").append(escape(SummaryStyle.css(headings.get("footer.page"))))
                .append("</style></head><body>");
        runningHeader(first);
        for (LoopSummary summary : summaries) {
            loop(summary);
        }
        out.append("</body></html>");
        return out.toString();
    }

    private String description(List<LoopSummary> summaries) {
        return summaries.stream()
                .map(summary -> summary.challengeTitle() + ", "
                        + headings.format("loop", Map.of("number", Integer.toString(summary.loopNumber()))))
                .reduce((first, second) -> first + "; " + second)
                .map(loops -> headings.get("document.title") + ": " + loops)
                .orElseThrow();
    }

    private void runningHeader(LoopSummary summary) {
        String left = summary.ownerName().isBlank()
                ? headings.get("header.summary")
                : summary.ownerName() + "  ·  " + headings.get("header.summary");
        out.append("<div class=\"header-left\">").append(escape(left)).append("</div>")
                .append("<div class=\"header-right\">").append(escape(headings.date(summary.printDate())))
                .append("</div>");
    }

    private void loop(LoopSummary summary) {
        out.append("<div class=\"loop\">");
        masthead(summary);
        trialAction(summary);
        doneAndObserved(summary);
        starMoments(summary);
        evaluationSection(summary.evaluation());
        section("reflection");
        emptyUnless(answers(summary.reflection()));
        section("nextAction");
        emptyUnless(answers(summary.nextAction()));
        meetingQuestions(summary);
        if (!summary.otherComments().isEmpty()) {
            section("otherComments");
            answers(summary.otherComments());
        }
        out.append("</div>");
    }

    private void trialAction(LoopSummary summary) {
        section("trialAction");
        boolean written = answers(summary.planning()) | pairs(summary.trialAction());
        if (summary.firstReflectionMeeting() != null) {
            qa(new LabelledText(summary.firstReflectionMeetingLabel(), headings.date(summary.firstReflectionMeeting())));
            written = true;
        }
        emptyUnless(written);
    }

    private void doneAndObserved(LoopSummary summary) {
        section("doneAndObserved");
        boolean written = false;
        for (PhaseAnswers phase : summary.doneAndObserved()) {
            if (!phase.isBlank()) {
                subheading(phase.phaseName());
                answers(phase.answers());
                written = true;
            }
        }
        if (!summary.entries().isEmpty()) {
            subheading(headings.get("entries"));
            summary.entries().forEach(this::entry);
            written = true;
        }
        emptyUnless(written);
    }

    private void starMoments(LoopSummary summary) {
        section("starMoments");
        summary.starMoments().forEach(this::entry);
        boolean written = !summary.starMoments().isEmpty() | answers(List.of(summary.evaluationStarMoments()));
        emptyUnless(written);
    }

    /** A short evaluation moves to the next page whole, heading included, instead of being split. */
    private void evaluationSection(EvaluationSummary evaluation) {
        out.append(isShort(evaluation) ? "<div class=\"keep\">" : "<div>");
        section("evaluation");
        if (evaluation.isBlank()) {
            emptyUnless(false);
        } else {
            evaluation(evaluation);
        }
        out.append("</div>");
    }

    private void meetingQuestions(LoopSummary summary) {
        if (summary.meetingDate() == null) {
            section("meetingQuestions");
        } else {
            sectionTitle(headings.format("meetingQuestions.on", Map.of("date", headings.date(summary.meetingDate()))));
        }
        emptyUnless(answers(summary.meetingQuestions()));
    }

    private void masthead(LoopSummary summary) {
        out.append("<div class=\"masthead\"><div class=\"kicker\">").append(escape(headings.get("challenge")))
                .append("<span class=\"separator\">  ·  </span><span class=\"loop-number\">")
                .append(escape(headings.format("loop", Map.of("number", Integer.toString(summary.loopNumber())))))
                .append("</span><span class=\"separator\">  ·  </span>")
                .append(escape(headings.format("loop.phase", Map.of("phase", summary.phaseName()))));
        if (summary.finished()) {
            out.append("<span class=\"separator\">  ·  </span>").append(escape(headings.get("loop.finished")));
        }
        out.append("</div><h1>").append(escape(summary.challengeTitle())).append("</h1>");
        if (!summary.challengeDescription().isBlank()) {
            out.append("<div class=\"description text\">").append(escape(summary.challengeDescription()))
                    .append("</div>");
        }
        if (!summary.carriedOverAction().isBlank()) {
            out.append("<div class=\"carried").append(keepClass(summary.carriedOverAction()))
                    .append("\"><div class=\"question\">").append(escape(headings.get("loop.carriedOver")))
                    .append("</div><div class=\"text\">").append(escape(summary.carriedOverAction()))
                    .append("</div></div>");
        }
        out.append("</div>");
    }

    private void section(String headingKey) {
        sectionTitle(headings.get(headingKey));
    }

    private void sectionTitle(String title) {
        out.append("<h2>").append(escape(title)).append("</h2>");
    }

    private void subheading(String title) {
        out.append("<h3>").append(escape(title)).append("</h3>");
    }

    private void emptyUnless(boolean written) {
        if (!written) {
            out.append("<p class=\"empty\">").append(escape(headings.get("empty"))).append("</p>");
        }
    }

    /** Writes the items that have text or comments; tells whether any did. */
    private boolean answers(List<LabelledText> items) {
        boolean any = false;
        for (LabelledText item : items) {
            if (!item.isBlank()) {
                qa(item);
                any = true;
            }
        }
        return any;
    }

    /** Short answers side by side in two columns, to keep the summary on few pages. */
    private boolean pairs(List<LabelledText> items) {
        List<LabelledText> written = items.stream().filter(item -> !item.isBlank()).toList();
        if (written.isEmpty()) {
            return false;
        }
        out.append("<table class=\"pairs\"><tbody>");
        for (int i = 0; i < written.size(); i += 2) {
            out.append("<tr>");
            if (i + 1 < written.size()) {
                out.append("<td>");
                cell(written.get(i));
                out.append("</td><td>");
                cell(written.get(i + 1));
            } else {
                out.append("<td colspan=\"2\">");
                cell(written.get(i));
            }
            out.append("</td></tr>");
        }
        out.append("</tbody></table>");
        return true;
    }

    /** The question runs in before the answer, so a short answer takes a single line. */
    private void qa(LabelledText item) {
        out.append("<div class=\"qa").append(keepClass(item.text())).append("\"><div class=\"text\">");
        if (!item.label().isBlank()) {
            out.append("<span class=\"run-in\">").append(escape(item.label())).append("</span>  ");
        }
        out.append(escape(item.text().strip())).append("</div>");
        comments(item.comments());
        out.append("</div>");
    }

    private void entry(SummaryEntry entry) {
        StringBuilder meta = new StringBuilder(entry.kindLabel()).append(" · ").append(headings.date(entry.occurredOn()));
        if (!entry.evidenceLabel().isBlank()) {
            meta.append(" · ").append(entry.evidenceLabel());
        }
        out.append("<div class=\"entry").append(keepClass(entry.text())).append("\"><div class=\"text\">")
                .append("<span class=\"entry-meta\">").append(escape(meta.toString())).append("</span>  ")
                .append(escape(entry.text().strip())).append("</div>");
        comments(entry.comments());
        out.append("</div>");
    }

    private void comments(List<SummaryComment> comments) {
        for (SummaryComment comment : comments) {
            out.append("<div class=\"comment\"><div class=\"text\"><span class=\"comment-meta\">")
                    .append(escape(headings.format("comment.by",
                            Map.of("author", comment.author(), "date", headings.date(comment.date())))))
                    .append("</span>  ").append(escape(comment.text().strip())).append("</div></div>");
        }
    }

    /** The paper book's three columns: before, after and the difference, then the two ratings. */
    private void evaluation(EvaluationSummary evaluation) {
        out.append("<table class=\"evaluation\"><thead><tr><th>").append(escape(evaluation.beforeHeading()))
                .append("</th><th>").append(escape(evaluation.afterHeading()))
                .append("</th><th>").append(escape(evaluation.differenceHeading()))
                .append("</th></tr></thead><tbody>");
        for (EvaluationSummary.Row row : evaluation.rows()) {
            if (row.isBlank()) {
                continue;
            }
            out.append("<tr><td>");
            cell(row.before());
            out.append("</td><td>");
            cell(row.after());
            // the column heading already asks for the difference, so the cell holds only the answer
            out.append("</td><td class=\"unlabelled\">");
            cell(new LabelledText("", row.difference().text(), row.difference().comments()));
            out.append("</td></tr>");
        }
        out.append("<tr class=\"ratings\"><td>");
        rating(evaluation.ratingBeforeLabel(), evaluation.ratingBefore());
        out.append("</td><td>");
        rating(evaluation.ratingAfterLabel(), evaluation.ratingAfter());
        out.append("</td><td>");
        evaluation.ratingDifference().ifPresent(difference -> out
                .append("<div class=\"question\">").append(escape(headings.get("evaluation.ratingDifference")))
                .append("</div><div class=\"rating change\">").append(difference > 0 ? "+" : "").append(difference)
                .append("</div>"));
        out.append("</td></tr></tbody></table>");
    }

    private void cell(LabelledText item) {
        if (!item.label().isBlank()) {
            out.append("<div class=\"question\">").append(escape(item.label())).append("</div>");
        }
        if (!item.text().isBlank()) {
            out.append("<div class=\"text\">").append(escape(item.text().strip())).append("</div>");
        }
        comments(item.comments());
    }

    private void rating(String question, Integer value) {
        out.append("<div class=\"question\">").append(escape(question)).append("</div><div class=\"rating\">");
        if (value == null) {
            out.append("<span class=\"not-rated\">").append(escape(headings.get("evaluation.notRated"))).append("</span>");
        } else {
            for (int dot = 1; dot <= 5; dot++) {
                out.append(dot <= value ? "<span class=\"dot on\"></span>" : "<span class=\"dot\"></span>");
            }
            out.append("<span class=\"score\">").append(value).append(" / 5</span>");
        }
        out.append("</div>");
    }

    private static boolean isShort(EvaluationSummary evaluation) {
        int characters = evaluation.rows().stream()
                .flatMap(row -> Stream.of(row.before(), row.after(), row.difference()))
                .mapToInt(item -> item.text().length()
                        + item.comments().stream().mapToInt(comment -> comment.text().length()).sum())
                .sum();
        return characters <= 2 * KEEP_TOGETHER_CHARS;
    }

    private static String keepClass(String text) {
        boolean small = text.length() <= KEEP_TOGETHER_CHARS && text.lines().count() <= KEEP_TOGETHER_LINES;
        return small ? " keep" : "";
    }
}
