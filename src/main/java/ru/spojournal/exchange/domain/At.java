package ru.spojournal.exchange.domain;

/** A place in a file: a row as a spreadsheet numbers it and a column's header (either may be absent). */
record At(int row, String column) {

    static final At FILE = new At(0, null);

    static At row(int row) {
        return new At(row, null);
    }

    At column(String header) {
        return new At(row, header);
    }
}
