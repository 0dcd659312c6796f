package ru.spojournal.exchange;

/**
 * The file as a whole cannot be read: not a spreadsheet, truncated, too many rows, wrong
 * delimiter. Carries a message key of the exchange bundle; nothing has been imported.
 */
class FileRejected extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    FileRejected(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
