package ru.spojournal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Russian text lives in the message bundles and vocabulary files, not in Java sources, so that a
 * wording change never needs a build and the English bundle cannot fall behind unnoticed. The demo
 * data package is exempt: its names are the sample college itself.
 */
class CyrillicLiteralsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path DEMO = SOURCES.resolve("ru/spojournal/demo");

    @Test
    void no_string_or_char_literal_in_the_main_sources_holds_a_cyrillic_letter() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(DEMO))
                    .sorted()
                    .toList()) {
                for (int line : cyrillicLiteralLines(Files.readString(file, StandardCharsets.UTF_8)).stream()
                        .distinct()
                        .toList()) {
                    found.add(SOURCES.relativize(file) + ":" + line);
                }
            }
        }
        assertThat(found).as("Cyrillic literals").isEmpty();
    }

    @Test
    void the_scanner_sees_literals_and_skips_comments() {
        String source = "// \"в комментарии\"\n/* 'ж' */ /** \"док\" */ String a = \"ok\";\n"
                + "String b = \"текст\"; char c = 'ё';\nString d = \"\\\"\" + \"x\"; // 'я'\n"
                + "String e = \"\"\"\n  блок\n  \"\"\";\n";
        assertThat(cyrillicLiteralLines(source)).containsExactly(3, 3, 5);
    }

    /** The line of every string, char or text-block literal with a Cyrillic letter, comments skipped. */
    static List<Integer> cyrillicLiteralLines(String source) {
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                boolean block = c == '"' && source.startsWith("\"\"\"", i);
                String close = block ? "\"\"\"" : String.valueOf(c);
                int start = line;
                int j = i + close.length();
                boolean cyrillic = false;
                while (j < n && !source.startsWith(close, j)) {
                    char d = source.charAt(j);
                    if (d == '\\') {
                        j++;
                    } else if (Character.UnicodeBlock.of(d) == Character.UnicodeBlock.CYRILLIC) {
                        cyrillic = true;
                    }
                    j++;
                }
                int end = Math.min(n, j + close.length());
                line += count(source, i, end);
                if (cyrillic) {
                    lines.add(start);
                }
                i = end;
            } else {
                i++;
            }
        }
        return lines;
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (source.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
