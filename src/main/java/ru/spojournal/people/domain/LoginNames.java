package ru.spojournal.people.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import ru.spojournal.people.AccountAdmin;

/**
 * What a login may look like, the same rules {@link AccountAdmin} applies when it creates an
 * account: Latin letters, digits, dot, hyphen and underscore, at most 64 characters, compared
 * without case.
 */
final class LoginNames {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private LoginNames() {}

    static String normalized(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    /** The message key of the first rule a normalized login breaks, if any. */
    static Optional<String> problem(String login) {
        if (login.isEmpty()) {
            return Optional.of("account.login.required");
        }
        if (login.length() > AccountAdminService.MAX_LOGIN) {
            return Optional.of("account.login.tooLong");
        }
        if (!LOGIN.matcher(login).matches()) {
            return Optional.of("account.login.pattern");
        }
        return Optional.empty();
    }
}
