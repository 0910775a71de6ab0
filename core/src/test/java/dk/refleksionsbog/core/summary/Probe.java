package dk.refleksionsbog.core.summary;
import java.util.List;
public class Probe {
  public static void main(String[] a) throws Exception {
    String text = "Emoji 🙂👍🏽 slut. Combining: e\u0301 a\u030A. Hebrew: שלום עולם (ב). Arabic: مرحبا. Greek: αβγ.";
    LoopSummary s = SampleSummaries.realisticLoop(1, text);
    byte[] pdf = new SummaryPdfRenderer().render(List.of(s));
    java.nio.file.Files.write(java.nio.file.Path.of("/tmp/summary/probe.pdf"), pdf);
    String t = PrintedPdf.read(pdf).text();
    int i = t.indexOf("Emoji");
    System.out.println(t.substring(i, i + 100));
  }
}
