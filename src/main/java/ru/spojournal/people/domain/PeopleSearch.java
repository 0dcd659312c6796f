package ru.spojournal.people.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Component;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.StaffListRow;
import ru.spojournal.people.StudentListRow;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.platform.ListQuery;

/**
 * The administrator's lists of staff, students and parents, searched, sorted and paged in the
 * database: a count and one page read with names in the same statement, whatever the size.
 */
@Component
class PeopleSearch {

    private static final String NAME = "lower(concat(p.lastName, ' ', p.firstName, ' ', coalesce(p.middleName, '')))";

    private final EntityManager em;

    PeopleSearch(EntityManager em) {
        this.em = em;
    }

    Page<StaffListRow> staff(long institutionId, ListQuery q, boolean archived) {
        String from = " from Staff s join s.person p left join UserAccount a on a.personId = p.id"
                + " where s.institutionId = :institution and s.archived = :archived"
                + (!q.hasText()
                        ? ""
                        : " and (" + NAME + " like :text escape '!'"
                                + " or lower(s.position) like :text escape '!' or lower(p.email) like :text escape '!')");
        String dir = " " + q.direction();
        String order = switch (q.sort()) {
            case "position" -> " order by s.position" + dir + ", p.lastName, p.firstName";
            default -> " order by p.lastName" + dir + ", p.firstName" + dir + ", p.middleName" + dir + ", s.id";
        };
        return page(
                "select new ru.spojournal.people.StaffListRow(s.id, p.lastName, p.firstName, p.middleName,"
                        + " s.position, p.email, p.phone, s.archived, a.id, a.login)",
                "select count(s)",
                from,
                order,
                Map.of("institution", institutionId, "archived", archived),
                q,
                StaffListRow.class);
    }

    Page<StudentListRow> students(long institutionId, Long groupId, StudentStatus status, ListQuery q) {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("institution", institutionId));
        String from = " from Student s join s.person p where s.institutionId = :institution"
                + (groupId == null ? "" : " and s.groupId = :group")
                + (status == null ? "" : " and s.status = :status")
                + (!q.hasText()
                        ? ""
                        : " and (" + NAME + " like :text escape '!'"
                                + " or lower(s.recordBookNumber) like :text escape '!')");
        if (groupId != null) {
            params.put("group", groupId);
        }
        if (status != null) {
            params.put("status", status);
        }
        String dir = " " + q.direction();
        String order = switch (q.sort()) {
            case "recordBook" -> " order by s.recordBookNumber" + dir + " nulls last, p.lastName, p.firstName";
            case "status" -> " order by s.status" + dir + ", p.lastName, p.firstName";
            default -> " order by p.lastName" + dir + ", p.firstName" + dir + ", p.middleName" + dir + ", s.id";
        };
        return page(
                "select new ru.spojournal.people.StudentListRow(s.id, p.lastName, p.firstName, p.middleName,"
                        + " s.groupId, s.status, s.recordBookNumber)",
                "select count(s)",
                from,
                order,
                params,
                q,
                StudentListRow.class);
    }

    /** Parents with their children's names: a count, a page and the page's children, three statements. */
    Page<ParentListRow> parents(long institutionId, ListQuery q) {
        String from = " from Parent par join par.person p left join UserAccount a on a.personId = p.id"
                + " where par.institutionId = :institution"
                + (!q.hasText()
                        ? ""
                        : " and (" + NAME + " like :text escape '!'"
                                + " or lower(p.email) like :text escape '!' or p.phone like :text escape '!')");
        String dir = " " + q.direction();
        Page<Object[]> found = page(
                "select par.id, p.lastName, p.firstName, p.middleName, p.email, p.phone," + " a.id, a.login",
                "select count(par)",
                from,
                " order by p.lastName" + dir + ", p.firstName" + dir + ", p.middleName" + dir + ", par.id",
                Map.of("institution", institutionId),
                q,
                Object[].class);
        Map<Long, List<String>> children = new java.util.HashMap<>();
        List<Long> ids = found.getContent().stream().map(r -> (Long) r[0]).toList();
        if (!ids.isEmpty()) {
            em.createQuery(
                            "select l.key.parentId, p.lastName, p.firstName, p.middleName from ParentLink l, Student s"
                                    + " join s.person p where s.id = l.key.studentId and l.key.parentId in :ids"
                                    + " order by p.lastName, p.firstName",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(r -> children.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>())
                            .add(new PersonName((String) r[1], (String) r[2], (String) r[3]).initials()));
        }
        List<ParentListRow> rows = found.getContent().stream()
                .map(r -> new ParentListRow(
                        (Long) r[0],
                        new PersonName((String) r[1], (String) r[2], (String) r[3]),
                        (String) r[4],
                        (String) r[5],
                        (Long) r[6],
                        (String) r[7],
                        children.getOrDefault((Long) r[0], List.of())))
                .toList();
        return new PageImpl<>(rows, q.pageable(), found.getTotalElements());
    }

    /** The students of a parent, with names, groups and relation, in one statement. */
    List<LinkedChild> childrenOf(long parentId) {
        return em.createQuery(
                        "select new ru.spojournal.people.domain.LinkedChild(s.id, p.lastName, p.firstName,"
                                + " p.middleName, s.groupId, s.status, l.relation) from ParentLink l,"
                                + " Student s join s.person p where s.id = l.key.studentId and l.key.parentId = :parent"
                                + " order by p.lastName, p.firstName",
                        LinkedChild.class)
                .setParameter("parent", parentId)
                .getResultList();
    }

    <T> Page<T> page(
            String select,
            String count,
            String from,
            String order,
            Map<String, Object> params,
            ListQuery q,
            Class<T> type) {
        TypedQuery<Long> total = em.createQuery(count + from, Long.class);
        TypedQuery<T> rows = em.createQuery(select + from + order, type);
        for (TypedQuery<?> query : List.of(total, rows)) {
            params.forEach(query::setParameter);
            if (q.hasText()) {
                query.setParameter("text", q.like());
            }
        }
        List<T> found = rows.setFirstResult((int) q.pageable().getOffset())
                .setMaxResults(q.pageable().getPageSize())
                .getResultList();
        return new PageImpl<>(found, q.pageable(), total.getSingleResult());
    }
}
