package ru.spojournal.platform.error;

/**
 * The request lost a race in the database again and again, although nobody changed what it was
 * about; it answers 503 with Retry-After, so a client tries again instead of taking it for a
 * conflict or a refusal.
 */
public class RetryLaterException extends RuntimeException {

    public RetryLaterException(String what, Throwable cause) {
        super(what, cause);
    }
}
