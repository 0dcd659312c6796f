package ru.spojournal.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application. {@code journal.clock.start} moves it to another moment
 * while it keeps ticking, so tests and demos see the same day of the term whenever they run.
 */
@Configuration
class TimeConfig {

    @Bean
    Clock clock(@Value("${journal.clock.start:}") String start) {
        if (start == null || start.isBlank()) {
            return Clock.systemUTC();
        }
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), Instant.parse(start)));
    }
}
