package ru.spojournal.platform.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the event publication registry holds: how many reactions to committed changes are still to
 * run, how many failed and how many were given up, and the failed ones themselves. Only the kinds
 * of event and listener are shown, never an event's content, which may name people.
 */
@Component
public class EventPublications {

    private final JdbcTemplate jdbc;
    private final ResubmissionPolicy policy;

    EventPublications(JdbcTemplate jdbc, ResubmissionPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** Counts of the registry: every incomplete publication, the failed among them, and those given up. */
    public record Backlog(long incomplete, long failed, long givenUp) {

        public boolean healthy() {
            return failed == 0;
        }
    }

    /** A failed reaction: what happened, who was to react, when, and how often it was tried again. */
    public record Failed(
            String event, String listener, Instant publishedAt, Instant lastTriedAt, int attempts, boolean givenUp) {}

    public Backlog backlog() {
        return jdbc.queryForObject(
                """
                select count(*),
                       coalesce(sum(case when status = 'FAILED' then 1 else 0 end), 0),
                       coalesce(sum(case when status = 'FAILED' and completion_attempts >= ? then 1 else 0 end), 0)
                  from event_publication
                 where completion_date is null
                """, (rs, n) -> new Backlog(rs.getLong(1), rs.getLong(2), rs.getLong(3)), policy.maxAttempts());
    }

    public List<Failed> failed(int limit) {
        return jdbc.query(
                """
                select event_type, listener_id, publication_date, last_resubmission_date, completion_attempts
                  from event_publication
                 where completion_date is null and status = 'FAILED'
                 order by publication_date desc
                 limit ?
                """,
                (rs, n) -> new Failed(
                        simpleName(rs.getString(1)),
                        listener(rs.getString(2)),
                        instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)),
                        rs.getInt(5),
                        rs.getInt(5) >= policy.maxAttempts()),
                limit);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String simpleName(String type) {
        int dot = type.lastIndexOf('.');
        return (dot < 0 ? type : type.substring(dot + 1)).replace('$', '.');
    }

    /** A listener id is the method's signature; its class and method name are what an operator needs. */
    private static String listener(String id) {
        String method = id.contains("(") ? id.substring(0, id.indexOf('(')) : id;
        String[] parts = method.split("\\.");
        return parts.length < 2 ? method : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
