package ru.spojournal.exchange.domain;

import java.util.List;

/** Receives a table row by row, so that no file is ever held in memory whole. */
interface RowSink {

    void header(List<String> headers);

    /** A data row; {@code number} is the row as a spreadsheet shows it (the header is row 1). */
    void row(int number, List<String> values);
}
