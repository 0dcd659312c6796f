package ru.spojournal.exchange.domain;

import static ru.spojournal.exchange.domain.OneRosterExport.META;
import static ru.spojournal.exchange.domain.OneRosterPackage.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import ru.spojournal.exchange.domain.Entries.ParentEntry;
import ru.spojournal.exchange.domain.Entries.PersonFields;
import ru.spojournal.exchange.domain.Entries.StaffEntry;
import ru.spojournal.exchange.domain.Entries.StudentEntry;
import ru.spojournal.exchange.domain.OneRosterPackage.Row;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Relation;
import ru.spojournal.people.Sex;

/**
 * Users of a OneRoster package: staff, students and parents, linked both ways by
 * agentSourcedIds. A 1.2 package gives roles in roles.csv instead of users.csv; a secondary role
 * of guardian makes a teacher a parent too. Sex and birth date come from demographics.csv, or
 * the sex from a Russian patronymic; a person whose sex cannot be known is an error, since the
 * journal needs it for Russian grammar.
 */
final class OneRosterUsers {

    private static final Map<String, String> USER_COLUMNS = Map.of(
            "externalId",
            "sourcedId",
            "lastName",
            "familyName",
            "firstName",
            "givenName",
            "middleName",
            "middleName",
            "position",
            META + "position",
            "department",
            META + "department",
            "group",
            "sourcedId",
            "recordBook",
            "identifier",
            "email",
            "email");

    private final OneRosterModel model;
    private final ImportBatch batch;
    private final Problems problems;
    private final Map<String, Row> users = new LinkedHashMap<>();
    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, Set<String>> secondary = new HashMap<>();
    private final Map<String, Row> demographics = new HashMap<>();

    OneRosterUsers(OneRosterModel model, ImportBatch batch, Problems problems) {
        this.model = model;
        this.batch = batch;
        this.problems = problems;
    }

    void read() {
        for (Row r : model.rows(csv("demographics"), problems)) {
            demographics.put(r.get("sourcedId").isEmpty() ? r.get("userSourcedId") : r.get("sourcedId"), r);
        }
        for (Row r : model.rows(csv("roles"), problems, "userSourcedId", "role")) {
            String role = r.get("role").toLowerCase(Locale.ROOT);
            if (r.get("roleType").equalsIgnoreCase("secondary")) {
                secondary
                        .computeIfAbsent(r.get("userSourcedId"), u -> new LinkedHashSet<>())
                        .add(role);
            } else {
                roles.put(r.get("userSourcedId"), role);
            }
        }
        for (Row r : model.rows(csv("users"), problems, "sourcedId", "givenName", "familyName")) {
            users.put(r.get("sourcedId"), r);
            String role = r.get("role").toLowerCase(Locale.ROOT);
            Set<String> others = secondary.getOrDefault(r.get("sourcedId"), Set.of());
            if (!role.isEmpty()) {
                roles.put(r.get("sourcedId"), role);
            } else if (!roles.containsKey(r.get("sourcedId")) && !others.isEmpty()) {
                roles.put(r.get("sourcedId"), others.iterator().next());
            } else if (!roles.containsKey(r.get("sourcedId"))) {
                problems.error(new At(r.number(), "role"), "exchange.oneroster.noRole", r.get("sourcedId"));
            }
        }
        batch.staffFile = csv("users");
        for (Row r : users.values()) {
            String role = role(r.get("sourcedId"));
            if (role != null && OneRosterClasses.STAFF.contains(role)) {
                staff(r, role);
            } else if (role != null && !role.equals("student") && !OneRosterClasses.PARENTS.contains(role)) {
                problems.warning(new At(r.number(), "role"), "exchange.oneroster.userRole", role);
            }
        }
    }

    String role(String userId) {
        return users.containsKey(userId) ? roles.get(userId) : null;
    }

    private void staff(Row r, String role) {
        PersonFields person = person(r);
        if (person == null) {
            return;
        }
        String position = r.get(META + "position").isEmpty()
                ? ExchangeWords.word(role.equals("teacher") ? "teacherPosition" : "staffPosition")
                : r.get(META + "position");
        batch.staff.add(new StaffEntry(
                src(r), r.get("sourcedId"), person, position, model.departments.get(r.get(META + "department")), null));
    }

    void students(
            Map<String, List<String>> homerooms,
            Function<String, String> groupName,
            Function<String, List<String>> subgroups) {
        problems.inFile(csv("users"));
        batch.studentsFile = csv("users");
        for (Row r : users.values()) {
            String id = r.get("sourcedId");
            if (!"student".equals(role(id))) {
                continue;
            }
            List<String> own = homerooms.getOrDefault(id, List.of());
            if (own.size() > 1) {
                problems.error(
                        new At(r.number(), "sourcedId"),
                        "exchange.oneroster.twoGroups",
                        id,
                        String.join(", ", own.stream().map(groupName).toList()));
                continue;
            }
            if (own.isEmpty()) {
                problems.error(new At(r.number(), "sourcedId"), "exchange.oneroster.noHomeroom", id);
                continue;
            }
            PersonFields person = person(r);
            if (person == null) {
                continue;
            }
            batch.students.add(new StudentEntry(
                    src(r),
                    id,
                    person,
                    groupName.apply(own.get(0)),
                    own.get(0),
                    blank(r.get("identifier")),
                    date(r, META + "admittedOn"),
                    subgroups.apply(id),
                    parents(r)));
        }
    }

    /** The student's parents: the student's agents, and the parents who name the student as theirs. */
    private List<ParentEntry> parents(Row student) {
        String id = student.get("sourcedId");
        Set<String> agents = new LinkedHashSet<>(split(student.get("agentSourcedIds")));
        for (Row r : users.values()) {
            String role = role(r.get("sourcedId"));
            if (role != null
                    && OneRosterClasses.PARENTS.contains(role)
                    && split(r.get("agentSourcedIds")).contains(id)) {
                agents.add(r.get("sourcedId"));
            }
        }
        List<ParentEntry> parents = new ArrayList<>();
        int n = 0;
        for (String agent : agents) {
            Row parent = users.get(agent);
            if (parent == null) {
                problems.error(new At(student.number(), "agentSourcedIds"), "exchange.oneroster.orphanUser", agent);
                continue;
            }
            String role = role(agent);
            boolean guardian =
                    secondary.getOrDefault(agent, Set.of()).stream().anyMatch(OneRosterClasses.PARENTS::contains);
            if ("student".equals(role)
                    || role == null
                    || !OneRosterClasses.PARENTS.contains(role)
                            && !guardian
                            && !OneRosterClasses.STAFF.contains(role)) {
                problems.error(
                        new At(student.number(), "agentSourcedIds"), "exchange.oneroster.agentRole", agent, role);
                continue;
            }
            PersonFields p = person(parent);
            if (p != null) {
                Relation relation = "guardian".equals(role)
                        ? Relation.GUARDIAN
                        : "relative".equals(role)
                                ? Relation.OTHER
                                : p.sex() == Sex.F ? Relation.MOTHER : Relation.FATHER;
                parents.add(new ParentEntry(++n, agent, p.name(), p.sex(), relation, p.phone(), p.email()));
            }
        }
        return parents;
    }

    private PersonFields person(Row r) {
        PersonName name = new PersonName(r.get("familyName"), r.get("givenName"), blank(r.get("middleName")));
        Row demo = demographics.get(r.get("sourcedId"));
        String sexText = demo == null ? "" : demo.get("sex").toLowerCase(Locale.ROOT);
        Sex sex = sexText.startsWith("f") ? Sex.F : sexText.startsWith("m") ? Sex.M : Cells.sexOf(null, name);
        if (sex == null) {
            problems.error(new At(r.number(), "sourcedId"), "exchange.oneroster.sexUnknown", name.full());
            return null;
        }
        String phone = r.get("phone").isEmpty() ? blank(r.get("sms")) : r.get("phone");
        return new PersonFields(
                name,
                sex,
                demo == null ? null : model.pkg.date(demo, "birthDate", false),
                phone,
                blank(r.get("email")));
    }

    private java.time.LocalDate date(Row r, String column) {
        return model.pkg.date(r, column, false);
    }

    private static Src src(Row r) {
        return new Src(r.number(), USER_COLUMNS);
    }

    private static List<String> split(String ids) {
        return ids.isBlank() ? List.of() : List.of(ids.split("\\s*,\\s*"));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
