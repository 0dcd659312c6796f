package ru.spojournal.exchange.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads an uploaded list, XLSX or CSV, recognised by its content rather than its name: a file
 * called .xlsx that is not a workbook gets a clear message, not a stack trace. Rows stream to a
 * {@link RowSink}; reading stops with a message at the row cap, so a huge file costs little.
 */
public final class TableReader {

    private static final byte[] ZIP = {0x50, 0x4b, 0x03, 0x04};
    private static final byte[] OLE = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0};

    private final int maxRows;

    public TableReader(int maxRows) {
        this.maxRows = maxRows;
    }

    public void read(Path file, RowSink sink) {
        byte[] head = head(file);
        if (head.length == 0) {
            throw new FileRejected("exchange.file.empty");
        }
        if (startsWith(head, ZIP)) {
            new XlsxReader(maxRows).read(file, sink);
        } else if (startsWith(head, OLE)) {
            throw new FileRejected("exchange.file.xls");
        } else {
            new CsvReader(maxRows).read(file, sink);
        }
    }

    static boolean isZip(Path file) {
        return startsWith(head(file), ZIP);
    }

    static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new FileRejected("exchange.file.unreadable");
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
    }
}
