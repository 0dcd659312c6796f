package ru.spojournal.platform.error;

/** A save that would overwrite someone else's newer change; answers 409 with the current value. */
public class ConflictException extends RuntimeException {

    private final transient Object current;

    public ConflictException(String what, Object current) {
        super(what);
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
