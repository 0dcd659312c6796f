package ru.spojournal.exchange.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes lists as XLSX (streaming, a hundred rows in memory) or CSV (UTF-8 with a byte-order mark
 * and «;», as Russian Excel opens it). Text that a spreadsheet would take for a formula (= + - @,
 * tab, carriage return at the start) is never written as one: in XLSX it is a text cell marked
 * «quote prefix», in CSV it gets a leading apostrophe, as OWASP advises against CSV injection.
 */
abstract class TableWriter implements AutoCloseable {

    /**
     * Whether a spreadsheet would take the text for a formula. A leading + or - followed only by
     * digits, spaces, brackets, dots and dashes is a phone number or a number, never a formula
     * that can call anything, so «+7 913 123-45-67» is left as it is.
     */
    static boolean isDangerous(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        if (c == '+' || c == '-') {
            return !value.substring(1).matches("[0-9 ().-]*");
        }
        return c == '=' || c == '@' || c == '\t' || c == '\r';
    }

    static TableWriter xlsx(OutputStream out) {
        return new Xlsx(out);
    }

    static TableWriter csv(OutputStream out) {
        return new Csv(out);
    }

    /** Starts a sheet; CSV has one table only, so it keeps the rows of the first sheet alone. */
    abstract void sheet(String name);

    abstract void header(List<String> headers);

    /** A row of strings and numbers; null is an empty cell. */
    abstract void row(List<?> values);

    @Override
    public abstract void close();

    private static final class Xlsx extends TableWriter {

        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        private final CellStyle bold;
        private final CellStyle literal;
        private Sheet sheet;
        private int next;

        Xlsx(OutputStream out) {
            this.out = out;
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            literal = workbook.createCellStyle();
            literal.setQuotePrefixed(true);
        }

        @Override
        void sheet(String name) {
            sheet = workbook.createSheet(name);
            next = 0;
        }

        @Override
        void header(List<String> headers) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, Math.min(60, Math.max(12, headers.get(i).length() + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        @Override
        void row(List<?> values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    String text = value.toString();
                    cell.setCellValue(text);
                    if (isDangerous(text)) {
                        cell.setCellStyle(literal);
                    }
                }
            }
        }

        @Override
        public void close() {
            try {
                workbook.write(out);
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                workbook.dispose();
            }
        }
    }

    private static final class Csv extends TableWriter {

        private final CSVPrinter printer;
        private int sheets;

        Csv(OutputStream out) {
            try {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write('\uFEFF');
                printer = new CSVPrinter(
                        writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void sheet(String name) {
            sheets++;
        }

        @Override
        void header(List<String> headers) {
            row(headers);
        }

        @Override
        void row(List<?> values) {
            if (sheets > 1) {
                return;
            }
            try {
                printer.printRecord(values.stream().map(Csv::guarded).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String guarded(Object value) {
            if (value == null) {
                return "";
            }
            String text =
                    value instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : value.toString();
            return isDangerous(text) ? "'" + text : text;
        }

        @Override
        public void close() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
