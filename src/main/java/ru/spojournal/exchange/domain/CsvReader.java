package ru.spojournal.exchange.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as colleges have it: UTF-8 (with or without a byte-order mark) or Windows-1251 from an
 * older Excel, told apart by whether the bytes are valid UTF-8; the delimiter is the one of
 * «;», «,» and tab that splits the header line most. A value that an export guarded against
 * formula injection with a leading apostrophe gets it removed again.
 */
public final class CsvReader {

    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final char[] DELIMITERS = {';', ',', '\t'};

    private final int maxRows;

    CsvReader(int maxRows) {
        this.maxRows = maxRows;
    }

    void read(Path file, RowSink sink) {
        Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1251;
        char delimiter = delimiter(file, charset);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setTrim(true)
                .get();
        try (Reader reader = reader(file, charset);
                CSVParser parser = CSVParser.parse(reader, format)) {
            boolean first = true;
            int rows = 0;
            for (CSVRecord record : parser) {
                List<String> values = values(record);
                int number = (int) record.getRecordNumber();
                if (first) {
                    first = false;
                    if (!values.isEmpty()) {
                        values.set(0, values.get(0).replace("\uFEFF", ""));
                    }
                    sink.header(values);
                } else if (values.stream().anyMatch(v -> !v.isEmpty())) {
                    if (++rows > maxRows) {
                        throw new FileRejected("exchange.file.tooManyRows", maxRows);
                    }
                    sink.row(number, values);
                }
            }
            if (first) {
                throw new FileRejected("exchange.file.empty");
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new FileRejected("exchange.file.csvBroken");
        }
    }

    private static List<String> values(CSVRecord record) {
        List<String> values = new ArrayList<>(record.size());
        for (String v : record) {
            values.add(unguard(v));
        }
        return values;
    }

    /** Undoes {@link TableWriter}'s guard: «'=1+2» was written for «=1+2». */
    static String unguard(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && TableWriter.isDangerous(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }

    private static Reader reader(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
    }

    /** Strict UTF-8 over the whole file, streaming: Windows-1251 text is almost never valid UTF-8. */
    static boolean isUtf8(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            while (reader.read(buffer) >= 0) {
                // reading is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new FileRejected("exchange.file.unreadable");
        }
    }

    /** The delimiter that splits the first line into the most columns (outside quotes). */
    private static char delimiter(Path file, Charset charset) {
        String line;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset))) {
            line = reader.readLine();
        } catch (IOException e) {
            throw new FileRejected("exchange.file.unreadable");
        }
        if (line == null) {
            throw new FileRejected("exchange.file.empty");
        }
        char best = ';';
        int bestCount = 0;
        for (char d : DELIMITERS) {
            int count = 0;
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == d && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = d;
                bestCount = count;
            }
        }
        return best;
    }
}
