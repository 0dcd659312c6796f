package ru.spojournal.people.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import ru.spojournal.people.PersonName;
import ru.spojournal.platform.Like;
import ru.spojournal.platform.security.Role;

/**
 * The administrator's list of accounts, searched by login or name, filtered by role, sorted and
 * paged in the database: three queries (count, page, roles of the page) whatever the college's size.
 */
@Component
class AccountSearch {

    private static final String FROM =
            " from UserAccount a left join Person p on p.id = a.personId" + " where a.institutionId = :institution";
    private static final String TEXT = " and (lower(a.login) like :text escape '!' or lower(concat(p.lastName, ' ',"
            + " p.firstName, ' ', coalesce(p.middleName, ''))) like :text escape '!')";

    private final EntityManager em;
    private final Clock clock;

    AccountSearch(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    Page<AccountListRow> find(long institutionId, AccountQuery q) {
        String where =
                FROM + (q.text().isEmpty() ? "" : TEXT) + (q.role() == null ? "" : " and :role member of a.roles");
        TypedQuery<Long> count = em.createQuery("select count(a)" + where, Long.class);
        TypedQuery<Object[]> page = em.createQuery(
                "select a.id, a.login, p.lastName, p.firstName, p.middleName,"
                        + " a.enabled, a.lockedUntil, a.mustChangePassword, a.lastLoginAt" + where + order(q),
                Object[].class);
        for (TypedQuery<?> query : List.of(count, page)) {
            query.setParameter("institution", institutionId);
            if (!q.text().isEmpty()) {
                query.setParameter("text", Like.containing(q.text()));
            }
            if (q.role() != null) {
                query.setParameter("role", q.role());
            }
        }
        Pageable pageable = q.list().pageable();
        List<Object[]> found = page.setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        return new PageImpl<>(rows(found), pageable, count.getSingleResult());
    }

    private static String order(AccountQuery q) {
        String dir = q.descending() ? " desc" : " asc";
        return switch (q.sort()) {
            case "name" -> " order by p.lastName" + dir + " nulls last, p.firstName" + dir + ", a.login";
            case "lastLogin" -> " order by a.lastLoginAt" + dir + " nulls last, a.login";
            case "created" -> " order by a.createdAt" + dir + ", a.login";
            default -> " order by a.login" + dir;
        };
    }

    private List<AccountListRow> rows(List<Object[]> found) {
        Map<Long, Set<Role>> roles =
                rolesOf(found.stream().map(r -> (Long) r[0]).toList());
        Instant now = clock.instant();
        List<AccountListRow> rows = new ArrayList<>();
        for (Object[] r : found) {
            String name = r[2] == null ? "" : new PersonName((String) r[2], (String) r[3], (String) r[4]).full();
            Instant lockedUntil = (Instant) r[6];
            rows.add(new AccountListRow(
                    (Long) r[0],
                    (String) r[1],
                    name,
                    roles.getOrDefault((Long) r[0], EnumSet.noneOf(Role.class)),
                    (Boolean) r[5],
                    lockedUntil != null && lockedUntil.isAfter(now),
                    (Boolean) r[7],
                    (Instant) r[8]));
        }
        return rows;
    }

    private Map<Long, Set<Role>> rolesOf(List<Long> ids) {
        Map<Long, Set<Role>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        em.createQuery("select a.id, r from UserAccount a join a.roles r where a.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> result.computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(Role.class))
                        .add((Role) r[1]));
        return result;
    }
}
