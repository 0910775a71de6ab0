package dk.refleksionsbog.app.icon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppIconTest {

    @Test
    void everyWindowIconSizeIsAResourceNextToTheClass() {
        assertThat(AppIcon.WINDOW_SIZES).containsExactly(16, 32, 48, 64, 128, 256);
        AppIcon.WINDOW_SIZES.forEach(size -> assertThat(AppIcon.url(size).getPath()).endsWith("/refleksionsbog-" + size + ".png"));
    }
}
