package ru.spojournal.exchange.domain;

import java.util.Map;

/**
 * Where an imported record came from: its row, and the header under which each of its fields
 * stood, so that a message about the field names the file's own column. A record whose cells
 * did not parse is marked broken and is not checked further (its messages are already given).
 */
final class Src {

    private final int row;
    private final Map<String, String> headers;
    private boolean broken;

    Src(int row, Map<String, String> headers) {
        this.row = row;
        this.headers = headers;
    }

    int row() {
        return row;
    }

    At at(String field) {
        return new At(row, headers.get(field));
    }

    At at() {
        return At.row(row);
    }

    void broke() {
        broken = true;
    }

    boolean broken() {
        return broken;
    }
}
