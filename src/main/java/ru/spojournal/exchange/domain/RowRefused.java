package ru.spojournal.exchange.domain;

/** A row cannot be planned; the message is already reported. Ends the row's check, not the import's. */
final class RowRefused extends RuntimeException {

    RowRefused() {
        super(null, null, false, false);
    }
}
