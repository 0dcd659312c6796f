package ru.spojournal.exchange.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.spojournal.people.PersonCard;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.structure.AttestationForm;
import ru.spojournal.structure.SubjectKind;

/**
 * What the college already holds, by the keys imports match on, and what the import being
 * checked will add. Loaded once per import with a constant number of queries; the plans add
 * pending records to it, so that a student can name a group created by the same package.
 */
final class CollegeIndex {

    final long institutionId;
    final Map<String, Ref> departments = new HashMap<>();
    final Map<String, SpecialtyRec> specialties = new HashMap<>();
    final Map<String, YearRec> years = new HashMap<>();
    final Map<String, Ref> terms = new HashMap<>();
    final Map<String, GroupRec> groupsByName = new HashMap<>();
    final Map<String, GroupRec> groupsByExternalId = new HashMap<>();
    final Map<Ref, Map<String, Ref>> subgroups = new HashMap<>();
    final Set<List<Object>> members = new HashSet<>();
    final List<SubjectRec> subjects = new ArrayList<>();
    final Map<List<Object>, CurriculumRec> curriculum = new HashMap<>();
    final List<StaffRec> staff = new ArrayList<>();
    final List<StudentRec> students = new ArrayList<>();
    final List<ParentRec> parents = new ArrayList<>();
    final Set<List<Object>> links = new HashSet<>();
    final Map<List<Object>, AssignmentRec> assignments = new HashMap<>();
    /** Person external id → the person, whatever their role, since the id is unique per college. */
    final Map<String, Ref> personsByExternalId = new HashMap<>();
    /** Person id → what the person is here, for messages about clashing ids. */
    final Map<Long, String> roleOfPerson = new HashMap<>();

    final Map<String, Long> preferredLogins = new HashMap<>();
    final Map<Long, Ref> staffByPersonId = new HashMap<>();
    final Map<Long, Ref> parentsByPersonId = new HashMap<>();
    /** Accounts, of any college, holding the logins the file names (lower case). */
    final Map<String, ru.spojournal.people.AccountLoginRow> accounts = new HashMap<>();

    CollegeIndex(long institutionId) {
        this.institutionId = institutionId;
    }

    record SpecialtyRec(Ref ref, String code, String name) {}

    record YearRec(Ref ref, String name, LocalDate start, LocalDate end) {}

    static final class GroupRec {
        final Ref ref;
        String name;
        Ref specialty;
        Ref department;
        int course;
        int admissionYear;
        Long curatorStaffId;
        Ref curator;
        String externalId;

        GroupRec(Ref ref) {
            this.ref = ref;
        }
    }

    static final class SubjectRec {
        final Ref ref;
        final String code;
        final String name;
        SubjectKind kind;
        SubjectRec parent;

        SubjectRec(Ref ref, String code, String name, SubjectKind kind, SubjectRec parent) {
            this.ref = ref;
            this.code = code;
            this.name = name;
            this.kind = kind;
            this.parent = parent;
        }

        String title() {
            return code + " " + name;
        }
    }

    record CurriculumRec(Long id, int hours, AttestationForm form) {}

    static final class StaffRec {
        final Ref ref;
        final Ref person;
        PersonCard card;
        String position;
        Long departmentId;

        StaffRec(Ref ref, Ref person, PersonCard card, String position, Long departmentId) {
            this.ref = ref;
            this.person = person;
            this.card = card;
            this.position = position;
            this.departmentId = departmentId;
        }
    }

    static final class StudentRec {
        final Ref ref;
        final Ref person;
        final PersonCard card;
        Ref group;
        final StudentStatus status;
        final String recordBook;
        final LocalDate admittedOn;

        StudentRec(
                Ref ref,
                Ref person,
                PersonCard card,
                Ref group,
                StudentStatus status,
                String recordBook,
                LocalDate admittedOn) {
            this.ref = ref;
            this.person = person;
            this.card = card;
            this.group = group;
            this.status = status;
            this.recordBook = recordBook;
            this.admittedOn = admittedOn;
        }
    }

    record ParentRec(Ref ref, Ref person, PersonCard card) {}

    record AssignmentRec(Ref ref, Long teacherStaffId, int hours) {}

    static String termKey(String year, int number) {
        return Names.norm(year) + "#" + number;
    }

    GroupRec group(String name, String externalId) {
        if (!Names.blank(externalId) && groupsByExternalId.containsKey(externalId.strip())) {
            return groupsByExternalId.get(externalId.strip());
        }
        return Names.blank(name) ? null : groupsByName.get(Names.norm(name));
    }

    List<StaffRec> staffNamed(String fullName) {
        String key = Names.norm(fullName);
        return staff.stream()
                .filter(s -> s.card != null && Names.person(s.card.name()).equals(key))
                .toList();
    }

    Ref subgroup(Ref group, String name) {
        return subgroups.getOrDefault(group, Map.of()).get(Names.norm(name));
    }
}
