package ru.spojournal.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResubmissionPolicyTest {

    private static final Instant FAILED_AT = Instant.parse("2026-11-18T08:00:00Z");
    private final ResubmissionPolicy policy = new ResubmissionPolicy(null, null, 0, null);

    @Test
    void defaults_are_a_minute_doubling_to_an_hour_six_attempts_and_a_day_of_completed_ones() {
        assertThat(policy.firstPause()).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.longestPause()).isEqualTo(Duration.ofHours(1));
        assertThat(policy.maxAttempts()).isEqualTo(6);
        assertThat(policy.keepCompleted()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void the_pause_doubles_with_each_attempt_up_to_the_longest() {
        assertThat(policy.pauseAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.pauseAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.pauseAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(policy.pauseAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.pauseAfter(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_failed_publication_is_due_only_once_its_pause_has_passed() {
        assertThat(policy.due(1, FAILED_AT, FAILED_AT.plusSeconds(59))).isFalse();
        assertThat(policy.due(1, FAILED_AT, FAILED_AT.plusSeconds(60))).isTrue();
        assertThat(policy.due(4, FAILED_AT, FAILED_AT.plus(Duration.ofMinutes(7))))
                .isFalse();
        assertThat(policy.due(4, FAILED_AT, FAILED_AT.plus(Duration.ofMinutes(8))))
                .isTrue();
    }

    @Test
    void after_the_sixth_attempt_in_all_it_is_given_up_however_long_ago_it_failed() {
        assertThat(policy.due(5, FAILED_AT, FAILED_AT.plus(Duration.ofDays(1)))).isTrue();
        assertThat(policy.due(6, FAILED_AT, FAILED_AT.plus(Duration.ofDays(365))))
                .isFalse();
        assertThat(policy.givenUp(5)).isFalse();
        assertThat(policy.givenUp(6)).isTrue();
    }
}
