package dk.refleksionsbog.app.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.module.ModuleFinder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks, in well under a second, what the package profile ({@code mvn -Ppackage package})
 * relies on, so a broken icon, association or module list shows up in the normal test run
 * instead of on a build machine for another operating system.
 */
@DisplayName("Packaging configuration")
class PackagingConfigurationTest {

    private static final Path APP_MODULE = Path.of("").toAbsolutePath();
    private static final Path PACKAGING = APP_MODULE.resolveSibling("packaging");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static Element packageProfile;
    private static Document pom;

    @BeforeAll
    static void readAppPom() throws Exception {
        pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(APP_MODULE.resolve("pom.xml").toFile());
        packageProfile = profile("package");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {16, 32, 48, 64, 128, 256, 512})
    @DisplayName("the window icon exists as a transparent PNG of each size")
    void windowIconResourceIsATransparentPngOfItsSize(int size) throws IOException {
        byte[] png;
        try (InputStream in = getClass().getResourceAsStream(
                "/dk/refleksionsbog/app/icon/refleksionsbog-" + size + ".png")) {
            assertThat(in).as("icon resource of %d px", size).isNotNull();
            png = in.readAllBytes();
        }
        assertPngOfSize(png, size);
    }

    @Test
    @DisplayName("the installers' icons are a 256 px PNG, a multi-size ICO and an ICNS")
    void installerIconsAreValidForTheirOperatingSystems() throws IOException {
        assertPngOfSize(Files.readAllBytes(PACKAGING.resolve("linux/refleksionsbog.png")), 256);

        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(PACKAGING.resolve("windows/refleksionsbog.ico")))
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).as("ICO reserved").isZero();
        assertThat(ico.getShort(2)).as("ICO type icon").isEqualTo((short) 1);
        assertThat(ico.getShort(4)).as("ICO image count").isGreaterThanOrEqualTo((short) 4);

        byte[] icns = Files.readAllBytes(PACKAGING.resolve("macos/refleksionsbog.icns"));
        assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(ByteBuffer.wrap(icns).getInt(4)).as("ICNS length field").isEqualTo(icns.length);
    }

    @Test
    @DisplayName("the .refleksion association names its extension, MIME type, description and an icon for every OS")
    void fileAssociationIsConsistent() throws IOException {
        Properties association = new Properties();
        try (Reader in = Files.newBufferedReader(PACKAGING.resolve("refleksion-association.properties"))) {
            association.load(in);
        }
        assertThat(association.getProperty("extension")).isEqualTo("refleksion");
        assertThat(association.getProperty("mime-type")).isEqualTo("application/x-refleksionsbog+json");
        assertThat(association.getProperty("description")).isNotBlank();
        assertThat(association.getProperty("icon")).isEqualTo("${jpackage.association.icon}");

        for (String os : List.of("package-linux", "package-windows", "package-macos")) {
            String icon = property(profile(os), "jpackage.association.icon")
                    .replace("${project.basedir}", APP_MODULE.toString());
            assertThat(Path.of(icon)).as("association icon of %s", os).isRegularFile();
        }
        assertThat(configuration("fileAssociation")).endsWith("/refleksion-association.properties");
    }

    @Test
    @DisplayName("every module of the trimmed runtime exists in this JDK, Danish locale data included")
    void runtimeModulesResolve() {
        List<String> modules = Arrays.asList(property(packageProfile, "jpackage.modules").split(","));

        assertThat(modules).contains("java.base", "jdk.localedata");
        for (String module : modules) {
            assertThat(ModuleFinder.ofSystem().find(module)).as("module %s", module).isPresent();
        }
        assertThat(configurationValues("jLinkOption")).contains("--include-locales=da,en");
    }

    @Test
    @DisplayName("the build lists the classes of a training run; the Linux install script makes the archive from that list on the launcher's exact class path")
    void linuxScriptsPrepareAndRemoveTheClassDataArchive() throws Exception {
        String mainJar = configuration("mainJar");
        List<String> arguments = configurationValues("argument");
        String postinst = Files.readString(PACKAGING.resolve("linux/postinst"));
        String prerm = Files.readString(PACKAGING.resolve("linux/prerm"));

        assertThat(arguments).contains("-XX:DumpLoadedClassList=${jpackage.input}/app.classlist");
        assertThat(Class.forName(arguments.get(arguments.indexOf("--window") - 1))).hasPublicMethods("main");
        assertThat(arguments).as("the window's training start runs on the headless platform")
                .contains("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless");
        assertThat(postinst)
                .contains("-Xshare:dump")
                .contains("-XX:SharedClassListFile=\"$app_dir/app.classlist\"")
                .contains("-XX:SharedArchiveFile=\"$app_dir/app.jsa\"")
                .contains("-cp \"$app_dir/" + mainJar + "\"")
                .contains("DESKTOP_COMMANDS_INSTALL");
        assertThat(configuration("javaOption")).isEqualTo("-XX:SharedArchiveFile=$APPDIR/app.jsa");
        assertThat(configurationValues("javaOption")).contains("-Xshare:auto");
        assertThat(prerm).contains("DESKTOP_COMMANDS_UNINSTALL").contains("rm -f /opt/refleksionsbog/lib/app/app.jsa");
        assertThat(Files.readString(PACKAGING.resolve("linux/Refleksionsbog.desktop")))
                .as("the desktop entry hands a double-clicked file to the app, through the command postinst writes"
                        + " (jpackage's own launcher asks dpkg which package owns it at every start)")
                .contains("Exec=/usr/bin/refleksionsbog %f");
    }

    @Test
    @DisplayName("the launcher loads SQLite's library from the folder the build unpacks it into")
    void sqliteLibraryIsUnpackedWhereTheLauncherLooksForIt() {
        assertThat(configurationValues("outputDirectory")).contains("${jpackage.input}/sqlite");
        assertThat(configurationValues("includes"))
                .contains("org/sqlite/native/${sqlite.native.folder}/${sqlite.native.library}");
        assertThat(configurationValues("javaOption")).contains(
                "-Dorg.sqlite.lib.path=$APPDIR/sqlite",
                "-Dorg.sqlite.lib.name=${sqlite.native.library}",
                "-Dorg.sqlite.tmpdir=$APPDIR/sqlite");
        assertThat(property(profile("package-linux"), "sqlite.native.library")).isEqualTo("libsqlitejdbc.so");
        assertThat(property(profile("package-linux"), "sqlite.native.folder")).isEqualTo("Linux/${sqlite.native.arch}");
    }

    @Test
    @DisplayName("refleksionsbog on the PATH starts the bundled runtime with the launcher's options, and removal takes it away")
    void commandLineScriptIsWrittenFromTheLauncherConfiguration() throws Exception {
        String postinst = Files.readString(PACKAGING.resolve("linux/postinst"));
        String prerm = Files.readString(PACKAGING.resolve("linux/prerm"));

        assertThat(postinst)
                .contains("sed -n 's/^java-options=//p' \"$cfg\"")
                .contains("exec -a Refleksionsbog /opt/refleksionsbog/lib/runtime/bin/java \\$compiler_threads $options-cp "
                        + "$(printf '%s' \"$class_path\" | quote) $(printf '%s' \"$main_class\" | quote)")
                .contains("# refleksionsbog command line, written by the package")
                .contains("ln -s /opt/refleksionsbog/bin/Refleksionsbog /usr/bin/refleksionsbog");
        assertThat(prerm).contains("grep -q '^# refleksionsbog command line, written by the package' /usr/bin/refleksionsbog");
    }

    @Test
    @DisplayName("jpackage of this JDK runs (skipped where the JDK has none)")
    void jpackageRuns() throws Exception {
        Path jpackage = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "jpackage.exe" : "jpackage");
        assumeTrue(Files.isExecutable(jpackage), "this JDK has no jpackage");

        Process process = new ProcessBuilder(jpackage.toString(), "--version").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(output).startsWith(String.valueOf(Runtime.version().feature()));
    }

    private static void assertPngOfSize(byte[] png, int size) {
        assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
        ByteBuffer header = ByteBuffer.wrap(png);
        assertThat(new String(png, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
        assertThat(header.getInt(16)).as("width").isEqualTo(size);
        assertThat(header.getInt(20)).as("height").isEqualTo(size);
        assertThat(png[25]).as("colour type RGBA, so the corners are transparent").isEqualTo((byte) 6);
    }

    private static Element profile(String id) {
        NodeList profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            if (id.equals(childText(profile, "id"))) {
                return profile;
            }
        }
        throw new AssertionError("app/pom.xml has no profile " + id);
    }

    private static String property(Element profile, String name) {
        Element properties = (Element) profile.getElementsByTagName("properties").item(0);
        return childText(properties, name);
    }

    /** The text of the first element of that name in the package profile. */
    private static String configuration(String name) {
        return configurationValues(name).get(0);
    }

    private static List<String> configurationValues(String name) {
        List<String> values = new ArrayList<>();
        NodeList found = packageProfile.getElementsByTagName(name);
        for (int i = 0; i < found.getLength(); i++) {
            values.add(found.item(i).getTextContent().strip());
        }
        assertThat(values).as("<%s> in the package profile", name).isNotEmpty();
        return values;
    }

    private static String childText(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getTagName().equals(name)) {
                return child.getTextContent().strip();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").startsWith("Windows");
    }
}
