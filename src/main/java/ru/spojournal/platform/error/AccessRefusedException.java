package ru.spojournal.platform.error;

/** The user is signed in but the action is outside the user's scope; answers 403 and is logged. */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String reason) {
        super(reason);
    }
}
