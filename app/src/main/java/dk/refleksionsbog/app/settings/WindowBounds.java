package dk.refleksionsbog.app.settings;

/** Where the main window was, so it opens there again. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 480;

    public WindowBounds {
        width = Math.max(MIN_WIDTH, width);
        height = Math.max(MIN_HEIGHT, height);
    }
}
