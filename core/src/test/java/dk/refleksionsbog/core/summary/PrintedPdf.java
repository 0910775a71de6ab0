package dk.refleksionsbog.core.summary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered PDF read back with PDFBox, the way a reader or a copy-paste would see it. */
record PrintedPdf(int pageCount, List<String> pageTexts, List<PDFont> fonts) {

    static PrintedPdf read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(normalise(stripper.getText(document)));
            }
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            return new PrintedPdf(document.getNumberOfPages(), pages, fonts);
        }
    }

    /** Line breaks from wrapping and runs of spaces count as one space, as they do when reading. */
    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    String text() {
        return String.join(" ", pageTexts);
    }

    /**
     * The pages' text without the header and footer that every page repeats, so that text which
     * flows over a page break reads as one piece.
     */
    String flowingText(String header) {
        return pageTexts.stream()
                .map(page -> page.replace(header, "").replaceAll("(Side|Page) \\d+ (af|of) \\d+", ""))
                .map(PrintedPdf::normalise)
                .reduce((first, second) -> first + " " + second)
                .orElse("");
    }

    String page(int number) {
        return pageTexts.get(number - 1);
    }
}
