package ru.spojournal.platform.error;

/**
 * A business rule rejected the value of one input field. The message key resolves in the message
 * bundle, so the user reads a Russian sentence that names the field; nothing has been saved.
 */
public class FieldRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public FieldRejectedException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
