package ru.spojournal.people.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login protection (R16): how many wrong passwords lock an account and for how long, and how many
 * failed attempts one network address may make in a window before it is slowed down.
 */
@ConfigurationProperties("journal.security")
record SecuritySettings(
        Integer maxFailedAttempts, Duration lockDuration, Integer maxFailuresPerAddress, Duration addressWindow) {

    SecuritySettings {
        maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 50 : maxFailuresPerAddress;
        addressWindow = addressWindow == null ? Duration.ofMinutes(10) : addressWindow;
    }
}
