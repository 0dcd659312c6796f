package ru.spojournal.audit.domain;

import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A page of the audit log: the days from and to (inclusive, in the college's time zone, either may
 * be open), the actor's login (its beginning), the kind, and the page number from 0.
 */
public record AuditQuery(LocalDate from, LocalDate to, String actor, AuditKind kind, int page) {

    public static final int PAGE_SIZE = 50;

    public AuditQuery {
        actor = actor == null ? "" : actor.strip();
        page = Math.max(0, page);
    }

    /** The page, newest first; the id breaks ties so that pages never share an entry. */
    public Pageable pageable() {
        return PageRequest.of(page, PAGE_SIZE, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
    }
}
