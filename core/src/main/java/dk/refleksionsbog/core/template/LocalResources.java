package dk.refleksionsbog.core.template;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Set;

/**
 * The one place template files are opened by URL. Class-path resources only come as URLs, so
 * this is unavoidable; it refuses every protocol but local files and jars, so a template index
 * can never make the app reach the network.
 */
final class LocalResources {
    private static final Set<String> LOCAL_PROTOCOLS = Set.of("file", "jar");

    private LocalResources() {}

    static InputStream open(URL url) throws IOException {
        if (!LOCAL_PROTOCOLS.contains(url.getProtocol())) {
            throw new IOException("only local files are read, not " + url.getProtocol() + ": addresses");
        }
        return url.openStream();
    }

    static URL of(Path file) throws MalformedURLException {
        return file.toUri().toURL();
    }
}
