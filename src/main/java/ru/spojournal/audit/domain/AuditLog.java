package ru.spojournal.audit.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.Like;
import ru.spojournal.structure.AcademicCalendar;

/**
 * Reading the audit log (R17): one college's entries, newest first, filtered by the days (in the
 * college's time zone), the actor and the kind, a page at a time in two queries.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private final EntityManager em;
    private final AcademicCalendar calendar;

    AuditLog(EntityManager em, AcademicCalendar calendar) {
        this.em = em;
        this.calendar = calendar;
    }

    public Page<AuditEntryView> find(long institutionId, AuditQuery q) {
        List<String> conditions = new ArrayList<>(List.of("e.institutionId = :institution"));
        if (q.from() != null) {
            conditions.add("e.occurredAt >= :from");
        }
        if (q.to() != null) {
            conditions.add("e.occurredAt < :to");
        }
        if (!q.actor().isEmpty()) {
            conditions.add("lower(e.actorLogin) like :actor escape '!'");
        }
        if (q.kind() != null) {
            conditions.add("e.kind = :kind");
        }
        String where = " from AuditEntry e where " + String.join(" and ", conditions);
        TypedQuery<Long> count = em.createQuery("select count(e)" + where, Long.class);
        TypedQuery<AuditEntry> page =
                em.createQuery("select e" + where + " order by e.occurredAt desc, e.id desc", AuditEntry.class);
        ZoneId zone = calendar.zone(institutionId);
        for (TypedQuery<?> query : List.of(count, page)) {
            query.setParameter("institution", institutionId);
            if (q.from() != null) {
                query.setParameter("from", q.from().atStartOfDay(zone).toInstant());
            }
            if (q.to() != null) {
                query.setParameter("to", q.to().plusDays(1).atStartOfDay(zone).toInstant());
            }
            if (!q.actor().isEmpty()) {
                query.setParameter("actor", Like.startingWith(q.actor().toLowerCase(Locale.ROOT)));
            }
            if (q.kind() != null) {
                query.setParameter("kind", q.kind());
            }
        }
        Pageable pageable = q.pageable();
        List<AuditEntryView> entries = page
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList()
                .stream()
                .map(AuditEntry::view)
                .toList();
        return new PageImpl<>(entries, pageable, count.getSingleResult());
    }
}
