package ru.spojournal.exchange;

import java.nio.file.Path;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/** Reads a OneRoster CSV package (zip) into an import batch. */
@Component
class OneRosterReader {

    static final String SOURCE = "oneroster";

    void read(Path zip, ImportBatch batch, IntConsumer progress) {
        throw new FileRejected("exchange.oneroster.notZip");
    }
}
