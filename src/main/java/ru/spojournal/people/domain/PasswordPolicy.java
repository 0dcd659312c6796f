package ru.spojournal.people.domain;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * R16: a chosen password is at least 8 characters, has letters and digits, and is not the login.
 * One-time passwords avoid letters that read alike on a printed slip (l/1, O/0).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {}

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> check(String login, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > 128) {
            return Optional.of("password.tooLong");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("password.lettersAndDigits");
        }
        if (password.equalsIgnoreCase(login)) {
            return Optional.of("password.sameAsLogin");
        }
        return Optional.empty();
    }

    /** Ten random characters that always satisfy {@link #check}. */
    public static String oneTimePassword() {
        while (true) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (check("", out.toString()).isEmpty()) {
                return out.toString();
            }
        }
    }
}
