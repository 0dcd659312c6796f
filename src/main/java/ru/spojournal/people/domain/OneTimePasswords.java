package ru.spojournal.people.domain;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Fresh one-time passwords and their adaptive hashes. A hash costs tens of milliseconds by design,
 * so a group's worth is hashed on all cores at once.
 */
@Component
class OneTimePasswords {

    private final PasswordEncoder encoder;

    OneTimePasswords(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    List<String> generate(int count) {
        List<String> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(PasswordPolicy.oneTimePassword());
        }
        return result;
    }

    /** The hashes, in the order of the passwords. */
    List<String> hash(List<String> passwords) {
        return passwords.parallelStream().map(encoder::encode).toList();
    }

    String hash(String password) {
        return encoder.encode(password);
    }
}
