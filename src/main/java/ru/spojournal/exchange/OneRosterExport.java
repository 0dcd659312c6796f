package ru.spojournal.exchange;

import java.io.OutputStream;
import org.springframework.stereotype.Component;

@Component
class OneRosterExport {

    void write(long institutionId, OutputStream out) {
        throw new UnsupportedOperationException();
    }
}
