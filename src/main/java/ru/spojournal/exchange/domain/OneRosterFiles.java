package ru.spojournal.exchange.domain;

import java.io.OutputStream;
import org.springframework.stereotype.Service;

/** The college as a OneRoster 1.1 CSV package. */
@Service
public class OneRosterFiles {

    private final OneRosterExport export;

    OneRosterFiles(OneRosterExport export) {
        this.export = export;
    }

    public void export(long institutionId, OutputStream out) {
        export.write(institutionId, out);
    }
}
