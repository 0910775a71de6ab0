package dk.refleksionsbog.app.summary;

/**
 * One rendered page of the summary as plain pixels, so the view model needs no toolkit and the
 * view can turn it into an image.
 *
 * @param argb width × height pixels, row by row
 */
public record SummaryPage(int number, int width, int height, int[] argb) {
    public SummaryPage {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("A page of " + width + "×" + height + " needs " + width * height
                    + " pixels, got " + argb.length);
        }
    }
}
