package dk.refleksionsbog.app.privacy;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The journal never leaves the machine: no class of core or app may open a network connection.
 * A class that must touch a URL is named in {@link #ALLOWED_NETWORK_USERS} and defended in review:
 * only the template loader's {@code LocalResources}, because class-path resources come as URLs; it
 * refuses every protocol but {@code file:} and {@code jar:} (tested in core).
 */
class NoNetworkArchitectureTest {
    private static final Set<String> ALLOWED_NETWORK_USERS =
            Set.of("dk.refleksionsbog.core.template.LocalResources");

    private static final Set<String> NETWORK_PACKAGES =
            Set.of("java.net.http", "javax.net", "javax.net.ssl", "jdk.net", "sun.net", "sun.net.www");

    private static final Set<String> NETWORK_TYPES = Set.of(
            "java.net.Socket", "java.net.ServerSocket", "java.net.DatagramSocket", "java.net.MulticastSocket",
            "java.net.SocketImpl", "java.net.URLConnection", "java.net.HttpURLConnection", "java.net.JarURLConnection",
            "java.net.InetAddress", "java.net.InetSocketAddress", "java.net.Proxy", "java.net.ProxySelector",
            "java.nio.channels.SocketChannel", "java.nio.channels.ServerSocketChannel",
            "java.nio.channels.DatagramChannel", "java.nio.channels.AsynchronousSocketChannel",
            "java.nio.channels.AsynchronousServerSocketChannel");

    /** Calls that turn an address into a live connection or a stream from wherever it points. */
    private static final Set<String> CONNECTING_CALLS = Set.of(
            "java.net.URL.openConnection", "java.net.URL.openStream", "java.net.URL.getContent",
            "java.net.URI.toURL");

    private static final ArchRule NO_NETWORK = noClasses()
            .that(describe("are not on the network allow-list",
                    (JavaClass javaClass) -> !ALLOWED_NETWORK_USERS.contains(javaClass.getName())))
            .should().dependOnClassesThat(describe("are network classes",
                    (JavaClass target) -> NETWORK_PACKAGES.contains(target.getPackageName())
                            || NETWORK_TYPES.contains(target.getName())))
            .orShould().accessTargetWhere(describe("opens a URL or turns a URI into one",
                    (JavaAccess<?> access) -> CONNECTING_CALLS.contains(
                            access.getTargetOwner().getName() + "." + access.getName())))
            .because("the journal holds private reflections about staff and citizens and must never leave the machine");

    @Test
    @DisplayName("no class in core or app opens a socket, an HTTP client or a URL connection")
    void productionCodeOpensNoNetworkConnection() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.refleksionsbog");

        assertThat(production.contain("dk.refleksionsbog.core.domain.journal.Journal"))
                .as("core classes are part of the checked code").isTrue();
        NO_NETWORK.check(production);
    }

    @Test
    @DisplayName("the rule catches a class that opens a socket")
    void ruleCatchesSocket() {
        JavaClasses offender = new ClassFileImporter().importClasses(SocketOpener.class);

        assertThatThrownBy(() -> NO_NETWORK.check(offender)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.net.Socket");
    }

    @Test
    @DisplayName("the rule catches a class that reads from a URL")
    void ruleCatchesUrlStream() {
        JavaClasses offender = new ClassFileImporter().importClasses(UrlReader.class);

        assertThatThrownBy(() -> NO_NETWORK.check(offender)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("openStream")
                .hasMessageContaining("toURL");
    }

    @Test
    @DisplayName("the rule catches a class that uses an HTTP connection")
    void ruleCatchesHttpUrlConnection() {
        JavaClasses offender = new ClassFileImporter().importClasses(HttpCaller.class);

        assertThatThrownBy(() -> NO_NETWORK.check(offender)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("HttpURLConnection");
    }

    static final class SocketOpener {
        Socket open() throws IOException {
            return new Socket("example.org", 443);
        }
    }

    static final class UrlReader {
        InputStream read(String address) throws IOException {
            URL url = URI.create(address).toURL();
            return url.openStream();
        }
    }

    static final class HttpCaller {
        int status(URL url) throws IOException {
            return ((HttpURLConnection) url.openConnection()).getResponseCode();
        }
    }
}
