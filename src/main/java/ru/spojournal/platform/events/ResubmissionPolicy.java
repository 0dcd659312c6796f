package ru.spojournal.platform.events;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a failed reaction is tried again: after a pause that doubles with every attempt (a minute,
 * two, four… at most an hour), until {@code maxAttempts} attempts in all (the first included, as the
 * registry counts them), so that a listener that always fails does not run forever. Pure: the
 * scheduler asks it about each failed publication.
 */
@ConfigurationProperties("journal.events")
public record ResubmissionPolicy(Duration firstPause, Duration longestPause, int maxAttempts, Duration keepCompleted) {

    public ResubmissionPolicy {
        firstPause = firstPause == null ? Duration.ofMinutes(1) : firstPause;
        longestPause = longestPause == null ? Duration.ofHours(1) : longestPause;
        maxAttempts = maxAttempts <= 0 ? 6 : maxAttempts;
        keepCompleted = keepCompleted == null ? Duration.ofDays(1) : keepCompleted;
    }

    /** The pause before the attempt that follows {@code attempts} earlier ones (at least one). */
    public Duration pauseAfter(int attempts) {
        Duration pause = firstPause;
        for (int i = 1; i < attempts && pause.compareTo(longestPause) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }

    /**
     * Whether a publication that failed after {@code attempts} attempts, last tried at
     * {@code lastTried} (its publication, if never resubmitted), is due again at {@code now}.
     */
    public boolean due(int attempts, Instant lastTried, Instant now) {
        return attempts < maxAttempts && !now.isBefore(lastTried.plus(pauseAfter(attempts)));
    }

    public boolean givenUp(int attempts) {
        return attempts >= maxAttempts;
    }
}
