package ru.spojournal.people;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.spojournal.platform.ListPage;
import ru.spojournal.platform.ListQuery;

/**
 * The administrator's lists of staff, students and parents, searched, sorted and paged in the
 * database: a count and one page read with names in the same statement, whatever the size.
 */
@Component
class PeopleSearch {

    static final List<String> STAFF_SORTS = List.of("name", "position");
    static final List<String> STUDENT_SORTS = List.of("name", "recordBook", "status");
    static final List<String> PARENT_SORTS = List.of("name");

    private static final String NAME = "lower(concat(p.lastName, ' ', p.firstName, ' ', coalesce(p.middleName, '')))";

    private final EntityManager em;

    PeopleSearch(EntityManager em) {
        this.em = em;
    }

    ListPage<StaffListRow> staff(long institutionId, ListQuery q, boolean archived) {
        String from = " from Staff s join s.person p left join UserAccount a on a.personId = p.id"
                + " where s.institutionId = :institution and s.archived = :archived"
                + (q.text().isEmpty() ? "" : " and (" + NAME + " like :text escape '!'"
                        + " or lower(s.position) like :text escape '!' or lower(p.email) like :text escape '!')");
        String dir = " " + q.direction();
        String order = switch (q.sortAmong(STAFF_SORTS)) {
            case "position" -> " order by s.position" + dir + ", p.lastName, p.firstName";
            default -> " order by p.lastName" + dir + ", p.firstName" + dir + ", p.middleName" + dir + ", s.id";
        };
        return page("select new ru.spojournal.people.StaffListRow(s.id, p.lastName, p.firstName, p.middleName,"
                + " s.position, p.email, p.phone, s.archived, a.id, a.login)", "select count(s)", from, order,
                Map.of("institution", institutionId, "archived", archived), q, StaffListRow.class);
    }

    ListPage<StudentListRow> students(long institutionId, Long groupId, StudentStatus status, ListQuery q) {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("institution", institutionId));
        String from = " from Student s join s.person p where s.institutionId = :institution"
                + (groupId == null ? "" : " and s.groupId = :group")
                + (status == null ? "" : " and s.status = :status")
                + (q.text().isEmpty() ? "" : " and (" + NAME + " like :text escape '!'"
                        + " or lower(s.recordBookNumber) like :text escape '!')");
        if (groupId != null) {
            params.put("group", groupId);
        }
        if (status != null) {
            params.put("status", status);
        }
        String dir = " " + q.direction();
        String order = switch (q.sortAmong(STUDENT_SORTS)) {
            case "recordBook" -> " order by s.recordBookNumber" + dir + " nulls last, p.lastName, p.firstName";
            case "status" -> " order by s.status" + dir + ", p.lastName, p.firstName";
            default -> " order by p.lastName" + dir + ", p.firstName" + dir + ", p.middleName" + dir + ", s.id";
        };
        return page("select new ru.spojournal.people.StudentListRow(s.id, p.lastName, p.firstName, p.middleName,"
                + " s.groupId, s.status, s.recordBookNumber)", "select count(s)", from, order, params, q,
                StudentListRow.class);
    }

    <T> ListPage<T> page(String select, String count, String from, String order, Map<String, Object> params,
            ListQuery q, Class<T> type) {
        TypedQuery<Long> total = em.createQuery(count + from, Long.class);
        TypedQuery<T> rows = em.createQuery(select + from + order, type);
        for (TypedQuery<?> query : List.of(total, rows)) {
            params.forEach(query::setParameter);
            if (!q.text().isEmpty()) {
                query.setParameter("text", q.likePattern());
            }
        }
        List<T> found = rows.setFirstResult(q.page() * ListQuery.PAGE_SIZE)
                .setMaxResults(ListQuery.PAGE_SIZE)
                .getResultList();
        return new ListPage<>(found, total.getSingleResult(), q.page(), ListQuery.PAGE_SIZE);
    }
}
