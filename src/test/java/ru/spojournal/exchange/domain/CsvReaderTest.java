package ru.spojournal.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.spojournal.exchange.Sheets;

/** CSV as colleges have it: the encoding and the delimiter are found, not asked for. */
class CsvReaderTest {

    private static List<List<String>> read(byte[] content) {
        List<List<String>> rows = new ArrayList<>();
        new CsvReader(100).read(Sheets.file(content), new RowSink() {
            @Override
            public void header(List<String> headers) {
                rows.add(headers);
            }

            @Override
            public void row(int number, List<String> values) {
                rows.add(values);
            }
        });
        return rows;
    }

    @Test
    void reads_windows_1251_text_that_is_not_valid_utf8() {
        byte[] cp1251 = "Фамилия;Имя\r\nЁжиков;Семён\r\n".getBytes(CsvReader.WINDOWS_1251);

        assertThat(CsvReader.isUtf8(Sheets.file(cp1251))).isFalse();
        assertThat(read(cp1251)).containsExactly(List.of("Фамилия", "Имя"), List.of("Ёжиков", "Семён"));
    }

    @Test
    void reads_utf8_with_a_byte_order_mark_and_commas() {
        byte[] utf8 = "\uFEFFФамилия,Имя\nИванов,\"Иван, младший\"\n".getBytes(StandardCharsets.UTF_8);

        assertThat(read(utf8)).containsExactly(List.of("Фамилия", "Имя"), List.of("Иванов", "Иван, младший"));
    }

    @Test
    void reads_tab_separated_text_and_skips_empty_rows() {
        byte[] tabs = "Фамилия\tИмя\n\t\nПетров\tПётр\n".getBytes(StandardCharsets.UTF_8);

        assertThat(read(tabs)).containsExactly(List.of("Фамилия", "Имя"), List.of("Петров", "Пётр"));
    }
}
