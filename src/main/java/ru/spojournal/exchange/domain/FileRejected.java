package ru.spojournal.exchange.domain;

/**
 * The file as a whole cannot be read: not a spreadsheet, truncated, too many rows, wrong
 * delimiter. Carries a message key of the exchange bundle; nothing has been imported.
 */
public class FileRejected extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    FileRejected(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
