package ru.spojournal.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address under which users reach the journal ({@code journal.public-url}, from
 * {@code JOURNAL_PUBLIC_URL}), so that a link in an e-mail opens from a mail client, which knows
 * nothing of the server it came from.
 */
@Component
public class PublicAddress {

    private final String base;

    public PublicAddress(@Value("${journal.public-url}") String base) {
        String trimmed = base.strip();
        this.base = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** The absolute link of a path of the application ({@code /parent/marks?child=1}). */
    public String of(String path) {
        if (path == null || path.isBlank()) {
            return base + "/";
        }
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
