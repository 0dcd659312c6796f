package ru.spojournal.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import ru.spojournal.demo.DemoCatalog.SpecialtyDef;
import ru.spojournal.people.PersonName;
import ru.spojournal.platform.security.Role;

/** The state of generating one college: what has been created so far, by id. */
final class DemoRun {

    final DemoSize size;
    final Random random;
    final NameBank names;
    final Set<String> logins;
    final String passwordHash;

    long institutionId;
    int termNumber;
    final List<Long> departmentIds = new ArrayList<>();
    final List<Long> termIds = new ArrayList<>();
    final Map<String, Long> specialtyIds = new LinkedHashMap<>();
    final Map<String, Long> subjectIds = new HashMap<>();
    final List<Group> groups = new ArrayList<>();
    final Map<Long, Account> staff = new LinkedHashMap<>();
    final Map<Long, Account> students = new LinkedHashMap<>();
    final Map<Long, Account> parents = new LinkedHashMap<>();
    final Map<Long, Family> families = new HashMap<>();
    final Set<Long> masters = new HashSet<>();
    final List<Planned> planned = new ArrayList<>();
    java.time.LocalDate termStart;
    java.time.LocalDate termEnd;
    Long adminStaffId;
    Long deputyStaffId;
    Long mathTeacherId;
    int studentCount;

    DemoRun(DemoSize size, Random random, NameBank names, Set<String> logins, String passwordHash) {
        this.size = size;
        this.random = random;
        this.names = names;
        this.logins = logins;
        this.passwordHash = passwordHash;
    }

    Long fixedTeacherId() {
        return mathTeacherId;
    }

    List<SpecialtyDef> specialties() {
        Map<String, SpecialtyDef> unique = new LinkedHashMap<>();
        groups.forEach(g -> unique.putIfAbsent(g.specialty().code(), g.specialty()));
        return new ArrayList<>(unique.values());
    }

    /** A teaching assignment as generated, for filling its journal. */
    record Planned(
            long assignmentId,
            Group group,
            Long subgroupId,
            int subgroupIndex,
            DemoCatalog.SubjectDef subject,
            long teacherStaffId,
            int hours) {}

    /** A person who will get an account, and the fixed demo login if it is one of them. */
    static final class Account {
        final long personId;
        final PersonName name;
        final Set<Role> roles;
        String fixedLogin;
        long accountId;

        Account(long personId, PersonName name, Role... roles) {
            this.personId = personId;
            this.name = name;
            this.roles = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        }
    }

    /** What a sibling needs to share with a student: the family name, the father, the parents. */
    record Family(
            String maleSurname,
            String fathersName,
            List<Long> parentIds,
            List<ru.spojournal.people.Relation> relations,
            long groupId) {}

    /** A group being filled. */
    static final class Group {
        private final long id;
        private final String name;
        private final SpecialtyDef specialty;
        private final int course;
        private final long departmentId;
        private final List<Long> studentIds = new ArrayList<>();
        private final List<Long> teachers = new ArrayList<>();
        private List<Long> subgroupIds;
        private Long curator;

        Group(long id, String name, SpecialtyDef specialty, int course, long departmentId) {
            this.id = id;
            this.name = name;
            this.specialty = specialty;
            this.course = course;
            this.departmentId = departmentId;
        }

        long id() {
            return id;
        }

        String name() {
            return name;
        }

        SpecialtyDef specialty() {
            return specialty;
        }

        int course() {
            return course;
        }

        long departmentId() {
            return departmentId;
        }

        List<Long> studentIds() {
            return studentIds;
        }

        List<Long> teachers() {
            return teachers;
        }

        List<Long> subgroupIds() {
            return subgroupIds;
        }

        void subgroupIds(List<Long> ids) {
            this.subgroupIds = ids;
        }

        Long curator() {
            return curator;
        }

        void curator(Long staffId) {
            this.curator = staffId;
        }
    }
}
