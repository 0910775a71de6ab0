package dk.refleksionsbog.core.storage.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * Real file-system faults for tests: a size-capped tmpfs for "disk full" and read-only files and
 * folders. Root ignores file permissions, so as root read-only is a read-only bind mount; as any
 * other user it is a plain permission change. Tests that need a mount are skipped where mounting
 * is not permitted.
 */
public final class FileSystemFaults {
    private FileSystemFaults() {}

    /** A tmpfs of {@code bytes} mounted on the (new, empty) folder; unmounted on close. */
    public static Mounted tinyFileSystem(Path mountPoint, long bytes) throws IOException {
        Files.createDirectories(mountPoint);
        runOrSkip("a size-capped tmpfs needs mount permission",
                List.of("mount", "-t", "tmpfs", "-o", "size=" + bytes + ",mode=0700", "tmpfs", mountPoint.toString()));
        return new Mounted(mountPoint);
    }

    /** Makes the file or folder unwritable for this process until close. */
    public static AutoCloseable readOnly(Path path) throws IOException {
        if (isRoot()) {
            runOrSkip("root ignores permissions, so read-only needs a bind mount",
                    List.of("mount", "--bind", path.toString(), path.toString()));
            Mounted mounted = new Mounted(path);
            try {
                run(List.of("mount", "-o", "remount,bind,ro", path.toString()));
            } catch (IOException e) {
                mounted.close();
                throw e;
            }
            return mounted;
        }
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(path);
        Set<PosixFilePermission> unwritable = Set.copyOf(before.stream()
                .filter(p -> p != PosixFilePermission.OWNER_WRITE && p != PosixFilePermission.GROUP_WRITE
                        && p != PosixFilePermission.OTHERS_WRITE)
                .toList());
        Files.setPosixFilePermissions(path, unwritable);
        return () -> Files.setPosixFilePermissions(path, before);
    }

    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    public static final class Mounted implements AutoCloseable {
        private final Path mountPoint;

        private Mounted(Path mountPoint) {
            this.mountPoint = mountPoint;
        }

        @Override
        public void close() throws IOException {
            run(List.of("umount", "-l", mountPoint.toString()));
        }
    }

    private static void runOrSkip(String why, List<String> command) {
        try {
            run(command);
        } catch (IOException e) {
            Assumptions.abort(why + ": " + e.getMessage());
        }
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }
}
