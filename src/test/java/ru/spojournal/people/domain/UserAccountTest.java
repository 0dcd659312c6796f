package ru.spojournal.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.spojournal.platform.security.Role;

/** R16: lockout of guessed passwords. */
class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-09-01T02:00:00Z");

    private final UserAccount account =
            new UserAccount(1L, "ivanov.ii", "{noop}x", null, Set.of(Role.TEACHER), false, NOW);

    @Test
    void R16_the_fifth_wrong_password_locks_the_account_for_fifteen_minutes() {
        for (int i = 0; i < 4; i++) {
            account.failedLogin(NOW, 5, Duration.ofMinutes(15));
            assertThat(account.isLocked(NOW)).isFalse();
        }
        account.failedLogin(NOW, 5, Duration.ofMinutes(15));
        assertThat(account.isLocked(NOW.plusSeconds(1))).isTrue();
        assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(15)).plusSeconds(1)))
                .isFalse();
    }

    @Test
    void a_successful_login_clears_the_count() {
        account.failedLogin(NOW, 5, Duration.ofMinutes(15));
        account.failedLogin(NOW, 5, Duration.ofMinutes(15));
        account.succeededLogin(NOW);
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.getLastLoginAt()).isEqualTo(NOW);
    }

    @Test
    void a_reset_password_must_be_changed_and_unlocks() {
        for (int i = 0; i < 5; i++) {
            account.failedLogin(NOW, 5, Duration.ofMinutes(15));
        }
        account.resetPassword("{noop}y");
        assertThat(account.isLocked(NOW)).isFalse();
        assertThat(account.isMustChangePassword()).isTrue();
    }
}
