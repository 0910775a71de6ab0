package dk.refleksionsbog.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class XhtmlTextTest {

    @Test
    @DisplayName("markup characters become entities")
    void escapesMarkup() {
        assertThat(XhtmlText.escape("<a href=\"x\">Tom & Jørgen's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jørgen&#39;s&lt;/a&gt;");
    }

    @Test
    @DisplayName("Danish letters, emoji and line breaks stay as they are")
    void keepsOrdinaryText() {
        String text = "Æble, ø og å\n\tnæste linje 🙂 \u05E9\u05DC\u05D5\u05DD";
        assertThat(XhtmlText.escape(text)).isEqualTo(text);
    }

    @Test
    @DisplayName("a letter typed with a separate accent becomes the composed letter the font has")
    void composesAccents() {
        assertThat(XhtmlText.escape("Bre\u0301ve fra A\u030Arhus")).isEqualTo("Bréve fra Århus");
    }

    @Test
    @DisplayName("characters XML cannot hold are dropped or replaced, so the document stays well-formed")
    void dropsWhatXmlCannotHold() {
        assertThat(XhtmlText.escape("a\u0000b\u0007c\u001Fd\uFFFEe\uFFFF")).isEqualTo("abcde");
        assertThat(XhtmlText.escape("half \uD83D pair")).isEqualTo("half \uFFFD pair");
        assertThat(XhtmlText.escape("stray \uDE00 low")).isEqualTo("stray \uFFFD low");
        assertThat(XhtmlText.escape("end \uD83D")).isEqualTo("end \uFFFD");
    }

    @Test
    @DisplayName("Windows and old Mac line endings become one line break each")
    void normalisesLineEndings() {
        assertThat(XhtmlText.escape("a\r\nb\rc\nd")).isEqualTo("a\nb\nc\nd");
    }

    @Test
    @DisplayName("a CSS string escapes quotes, backslashes and control characters")
    void cssString() {
        assertThat(XhtmlText.cssString("Side \"1\" \\ af\n")).isEqualTo("\"Side \\\"1\\\" \\\\ af\\a \"");
    }

    @Test
    @DisplayName("the footer pattern becomes CSS content with page counters")
    void footerContent() {
        assertThat(SummaryStyle.footerContent("Side {page} af {pages}"))
                .isEqualTo("\"Side \" counter(page) \" af \" counter(pages)");
        assertThat(SummaryStyle.footerContent("{page}/{pages}")).isEqualTo("counter(page) \"/\" counter(pages)");
    }
}
