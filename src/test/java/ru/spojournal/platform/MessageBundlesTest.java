package ru.spojournal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-facing string lives in both bundles, and every key a template names exists. */
class MessageBundlesTest {

    private static final java.util.List<String> BUNDLES = ru.spojournal.platform.web.MessageBundles.names();

    @Test
    void russian_and_english_bundles_have_the_same_keys() throws Exception {
        for (String bundle : BUNDLES) {
            assertThat(load(bundle + "_en.properties").stringPropertyNames())
                    .as(bundle)
                    .containsExactlyInAnyOrderElementsOf(
                            load(bundle + ".properties").stringPropertyNames());
        }
    }

    @Test
    void no_key_is_defined_in_two_bundles() throws Exception {
        Set<String> seen = new HashSet<>();
        for (String bundle : BUNDLES) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                assertThat(seen.add(key)).as(key + " in " + bundle).isTrue();
            }
        }
    }

    @Test
    void every_message_key_named_in_a_template_exists() throws Exception {
        Set<String> keys = allKeys();
        Set<String> used = new HashSet<>();
        Pattern literal = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(keys).containsAll(used);
    }

    @Test
    void every_message_key_named_in_java_code_exists() throws Exception {
        Set<String> keys = allKeys();
        Pattern quoted = Pattern.compile("\"\\{?([a-z][a-zA-Z]+(?:\\.[a-zA-Z0-9]+)+)\\}?\"");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = quoted.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    boolean looksLikeKey = key.matches("[a-z][a-zA-Z]{2,}\\.[a-zA-Z.0-9]+")
                            && !key.matches("journal\\.(demo|security|setup|alerts|mail|clock|exchange|events)(\\..*)?")
                            && !key.startsWith("security.")
                            && !key.startsWith("ru.")
                            && !key.startsWith("spring.");
                    if (looksLikeKey && !keys.contains(key)) {
                        missing.add(key + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> allKeys() throws Exception {
        Set<String> keys = new HashSet<>();
        for (String bundle : BUNDLES) {
            keys.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        return keys;
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(
                MessageBundlesTest.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
