package ru.spojournal.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * The backlog as gauges ({@code journal_events_incomplete}, {@code _failed}, {@code _given_up} on
 * /actuator/prometheus), so that a monitoring system can warn before anyone misses a notification.
 * One scrape reads the registry once, not once per gauge.
 */
@Component
class EventMetrics implements MeterBinder {

    private static final long FRESH_NANOS = 5_000_000_000L;

    private final EventPublications publications;
    private volatile EventPublications.Backlog last;
    private volatile long readAt;

    EventMetrics(EventPublications publications) {
        this.publications = publications;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(
                registry,
                "journal.events.incomplete",
                "Event publications not yet completed",
                EventPublications.Backlog::incomplete);
        gauge(
                registry,
                "journal.events.failed",
                "Event publications whose listener failed",
                EventPublications.Backlog::failed);
        gauge(
                registry,
                "journal.events.given.up",
                "Failed event publications no longer resubmitted",
                EventPublications.Backlog::givenUp);
    }

    private void gauge(
            MeterRegistry registry,
            String name,
            String description,
            ToDoubleFunction<EventPublications.Backlog> figure) {
        Gauge.builder(name, this, m -> figure.applyAsDouble(m.backlog()))
                .description(description)
                .register(registry);
    }

    private EventPublications.Backlog backlog() {
        long now = System.nanoTime();
        if (last == null || now - readAt > FRESH_NANOS) {
            last = publications.backlog();
            readAt = now;
        }
        return last;
    }
}
