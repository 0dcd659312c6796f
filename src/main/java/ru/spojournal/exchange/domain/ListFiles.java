package ru.spojournal.exchange.domain;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import ru.spojournal.exchange.domain.ImportList.Column;

/**
 * Templates and exports of the lists, in XLSX or CSV. A template has the header and one example
 * row and, in XLSX, a second sheet that explains each column; an export has the same columns, so
 * that an exported file imports back as it is.
 */
@Service
public class ListFiles {

    private final MessageSource messages;
    private final Headers headers;
    private final ListRows rows;

    ListFiles(MessageSource messages, ListRows rows) {
        this.messages = messages;
        this.headers = new Headers(messages);
        this.rows = rows;
    }

    public void template(ImportList list, FileFormat format, Locale locale, OutputStream out) {
        List<String> ids = columnIds(list, 2);
        try (TableWriter writer = format.writer(out)) {
            writer.sheet(text("exchange.sheet.data", locale));
            writer.header(ids.stream().map(this::header).toList());
            writer.row(ids.stream()
                    .map(id -> (Object) headers.example(list, base(id)))
                    .toList());
            writer.sheet(text("exchange.sheet.help", locale));
            writer.header(List.of(
                    text("exchange.help.column", locale),
                    text("exchange.help.required", locale),
                    text("exchange.help.meaning", locale),
                    text("exchange.help.example", locale)));
            for (String id : ids) {
                boolean required = list.columns().stream().anyMatch(c -> c.id().equals(id) && c.required());
                writer.row(List.of(
                        header(id),
                        text(required ? "exchange.help.yes" : "exchange.help.no", locale),
                        headers.help(list, base(id), locale),
                        headers.example(list, base(id))));
            }
        }
    }

    public void export(long institutionId, ImportList list, FileFormat format, Locale locale, OutputStream out) {
        ListRows.Table table = rows.of(institutionId, list);
        List<String> ids = columnIds(list, table.parents());
        try (TableWriter writer = format.writer(out)) {
            writer.sheet(text("exchange.sheet.data", locale));
            writer.header(ids.stream().map(this::header).toList());
            table.rows().forEach(writer::row);
        }
    }

    public String fileName(ImportList list, String kind, FileFormat format) {
        return kind + "-" + list.slug() + "." + format.extension();
    }

    /** The list's column ids in file order; the students list has parent columns numbered 1..n. */
    static List<String> columnIds(ImportList list, int parents) {
        List<String> ids =
                new ArrayList<>(list.columns().stream().map(Column::id).toList());
        if (list == ImportList.STUDENTS) {
            for (int n = 1; n <= parents; n++) {
                for (String id : ImportList.PARENT_COLUMNS) {
                    ids.add(id + n);
                }
            }
        }
        return ids;
    }

    /** The column's header in the file: «Родитель 2: ФИО» for parentName2. */
    String header(String id) {
        if (id.startsWith("parent") && Character.isDigit(id.charAt(id.length() - 1))) {
            return headers.parentHeader(base(id), Integer.parseInt(id.replaceAll("\\D", "")));
        }
        return headers.header(id);
    }

    private static String base(String id) {
        return id.replaceAll("\\d+$", "");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
