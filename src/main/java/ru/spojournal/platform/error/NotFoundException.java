package ru.spojournal.platform.error;

/**
 * A record that does not exist, or that the user may not know exists: both answer 404, so that an
 * id typed into a URL tells nothing about other people's records.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
