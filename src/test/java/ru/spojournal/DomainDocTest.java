package ru.spojournal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * docs/domain.md leads from a rule to its class and test in one click each: the links must point at
 * files that exist, and every rule R1–R26 has its row, so a moved class or renamed test breaks the
 * build instead of the doc.
 */
class DomainDocTest {

    private static final Path DOC = Path.of("docs/domain.md");
    private static final Pattern LINK = Pattern.compile("\\]\\((\\.\\./[^)#]+)\\)");
    private static final Pattern ROW = Pattern.compile("^\\| \\*\\*(R\\d+)\\*\\* \\|", Pattern.MULTILINE);

    @Test
    void every_link_in_the_rule_table_points_at_an_existing_file() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        Matcher links = LINK.matcher(doc);
        int count = 0;
        while (links.find()) {
            count++;
            Path target = DOC.getParent().resolve(links.group(1)).normalize();
            if (!Files.isRegularFile(target)) {
                missing.add(links.group(1));
            }
        }
        assertThat(count).as("links in " + DOC).isGreaterThan(26);
        assertThat(missing).as("links to files that do not exist").isEmpty();
    }

    @Test
    void every_rule_from_R1_to_R26_has_a_row() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<String> rows = new ArrayList<>();
        ROW.matcher(doc).results().forEach(r -> rows.add(r.group(1)));
        assertThat(rows)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 26).mapToObj(i -> "R" + i).toList());
    }
}
