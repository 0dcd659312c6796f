package ru.spojournal.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The formula guard of exports: what a spreadsheet would run is never written as a formula. */
class TableWriterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=cmd|' /C calc'!A0",
                "+cmd|' /C calc'!A0",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+1)",
                "\tTAB",
                "\rCR",
                "=HYPERLINK(\"http://x\")"
            })
    void text_that_would_run_as_a_formula_is_dangerous(String value) {
        assertThat(TableWriter.isDangerous(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+7 913 123-45-67", "-5", "Иванов", "", "a=b", "8 (3843) 12-34-56"})
    void names_numbers_and_phone_numbers_are_not(String value) {
        assertThat(TableWriter.isDangerous(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "@A1", "+cmd"})
    void a_guarded_csv_value_reads_back_as_it_was(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.csv(out)) {
            writer.sheet("Данные");
            writer.row(List.of(value));
        }
        String written = new String(out.toByteArray(), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .strip();

        assertThat(written).startsWith("'");
        assertThat(CsvReader.unguard(written.replace("\"", ""))).isEqualTo(value);
    }
}
