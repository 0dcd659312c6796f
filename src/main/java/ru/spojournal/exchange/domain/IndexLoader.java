package ru.spojournal.exchange.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.spojournal.exchange.domain.CollegeIndex.AssignmentRec;
import ru.spojournal.exchange.domain.CollegeIndex.CurriculumRec;
import ru.spojournal.exchange.domain.CollegeIndex.GroupRec;
import ru.spojournal.exchange.domain.CollegeIndex.ParentRec;
import ru.spojournal.exchange.domain.CollegeIndex.SpecialtyRec;
import ru.spojournal.exchange.domain.CollegeIndex.StaffRec;
import ru.spojournal.exchange.domain.CollegeIndex.StudentRec;
import ru.spojournal.exchange.domain.CollegeIndex.SubjectRec;
import ru.spojournal.exchange.domain.CollegeIndex.YearRec;
import ru.spojournal.people.ParentRow;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StaffRow;
import ru.spojournal.people.StudentRow;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupRow;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.TeachingLoad;

/** Reads the college into a {@link CollegeIndex} through the other modules' public services. */
@Component
class IndexLoader {

    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final PeopleDirectory people;
    private final TeachingLoad teaching;

    IndexLoader(CollegeStructure structure, AcademicCalendar calendar, PeopleDirectory people, TeachingLoad teaching) {
        this.structure = structure;
        this.calendar = calendar;
        this.people = people;
        this.teaching = teaching;
    }

    CollegeIndex load(long institutionId) {
        CollegeIndex index = new CollegeIndex(institutionId);
        structure
                .departments(institutionId)
                .forEach(d -> index.departments.put(Names.norm(d.name()), new Ref(d.id(), d.name())));
        structure
                .specialties(institutionId)
                .forEach(s -> index.specialties.put(
                        Names.norm(s.code()), new SpecialtyRec(new Ref(s.id(), s.code()), s.code(), s.name())));
        calendar.academicYears(institutionId)
                .forEach(y -> index.years.put(
                        Names.norm(y.name()),
                        new YearRec(new Ref(y.id(), y.name()), y.name(), y.startDate(), y.endDate())));
        for (TermView t : calendar.terms(institutionId)) {
            index.terms.put(CollegeIndex.termKey(t.academicYearName(), t.number()), new Ref(t.id(), t.name()));
        }
        Map<Long, Ref> groups = loadGroups(index, institutionId);
        Map<Long, Ref> subgroupRefs = new HashMap<>();
        structure.subgroupsOf(institutionId).forEach(sg -> {
            Ref ref = new Ref(sg.id(), sg.name());
            subgroupRefs.put(sg.id(), ref);
            Ref group = groups.get(sg.groupId());
            if (group != null) {
                index.subgroups.computeIfAbsent(group, g -> new HashMap<>()).put(Names.norm(sg.name()), ref);
            }
        });
        Map<Long, SubjectRec> subjects = loadSubjects(index, institutionId);
        loadCurriculum(index, institutionId, subjects);
        Map<Long, Ref> students = loadPeople(index, institutionId, groups);
        structure.subgroupMembersOf(institutionId).forEach(m -> {
            if (subgroupRefs.containsKey(m.subgroupId()) && students.containsKey(m.studentId())) {
                index.members.add(List.of(subgroupRefs.get(m.subgroupId()), students.get(m.studentId())));
            }
        });
        Map<Long, Ref> termRefs = new HashMap<>();
        calendar.terms(institutionId)
                .forEach(t ->
                        termRefs.put(t.id(), index.terms.get(CollegeIndex.termKey(t.academicYearName(), t.number()))));
        for (AssignmentView a : teaching.allOf(institutionId)) {
            Ref subgroup = a.subgroupId() == null ? Ref.NONE : subgroupRefs.get(a.subgroupId());
            SubjectRec subject = subjects.get(a.subjectId());
            if (groups.get(a.groupId()) != null && subgroup != null && subject != null) {
                index.assignments.put(
                        List.of(groups.get(a.groupId()), subgroup, subject.ref, termRefs.get(a.termId())),
                        new AssignmentRec(new Ref(a.id(), "assignment"), a.teacherStaffId(), a.plannedHours()));
            }
        }
        return index;
    }

    private Map<Long, Ref> loadGroups(CollegeIndex index, long institutionId) {
        Map<Long, Ref> byId = new HashMap<>();
        Map<Long, Ref> specialties = new HashMap<>();
        index.specialties.values().forEach(s -> specialties.put(s.ref().idOrNull(), s.ref()));
        Map<Long, Ref> departments = new HashMap<>();
        index.departments.values().forEach(d -> departments.put(d.idOrNull(), d));
        for (GroupRow g : structure.groupRows(institutionId)) {
            GroupRec rec = new GroupRec(new Ref(g.id(), g.name()));
            rec.name = g.name();
            rec.specialty = specialties.getOrDefault(g.specialtyId(), new Ref(g.specialtyId(), "?"));
            rec.department = departments.getOrDefault(g.departmentId(), new Ref(g.departmentId(), "?"));
            rec.course = g.course();
            rec.admissionYear = g.admissionYear();
            rec.curatorStaffId = g.curatorStaffId();
            rec.externalId = g.externalId();
            index.groupsByName.put(Names.norm(g.name()), rec);
            if (g.externalId() != null) {
                index.groupsByExternalId.put(g.externalId(), rec);
            }
            byId.put(g.id(), rec.ref);
        }
        return byId;
    }

    private Map<Long, SubjectRec> loadSubjects(CollegeIndex index, long institutionId) {
        Map<Long, SubjectRec> byId = new HashMap<>();
        List<SubjectView> all = structure.subjects(institutionId);
        all.forEach(s ->
                byId.put(s.id(), new SubjectRec(new Ref(s.id(), s.title()), s.code(), s.name(), s.kind(), null)));
        all.forEach(s -> byId.get(s.id()).parent = s.parentId() == null ? null : byId.get(s.parentId()));
        index.subjects.addAll(byId.values());
        return byId;
    }

    private void loadCurriculum(CollegeIndex index, long institutionId, Map<Long, SubjectRec> subjects) {
        Map<Long, Ref> specialties = new HashMap<>();
        index.specialties.values().forEach(s -> specialties.put(s.ref().idOrNull(), s.ref()));
        structure.curriculaOf(institutionId).forEach(r -> {
            if (specialties.containsKey(r.specialtyId()) && subjects.containsKey(r.subjectId())) {
                index.curriculum.put(
                        List.of(specialties.get(r.specialtyId()), subjects.get(r.subjectId()).ref, r.semester()),
                        new CurriculumRec(r.id(), r.hours(), r.attestationForm()));
            }
        });
    }

    private Map<Long, Ref> loadPeople(CollegeIndex index, long institutionId, Map<Long, Ref> groups) {
        Map<Long, Ref> persons = new HashMap<>();
        for (StaffRow s : people.staffRows(institutionId)) {
            Ref person = person(index, persons, s.person(), "staff");
            StaffRec rec = new StaffRec(
                    new Ref(s.staffId(), s.person().name().full()), person, s.person(), s.position(), s.departmentId());
            index.staff.add(rec);
            index.staffByPersonId.put(s.person().personId(), rec.ref);
        }
        Map<Long, Ref> students = new HashMap<>();
        for (StudentRow s : people.studentRows(institutionId)) {
            Ref person = person(index, persons, s.person(), "student");
            StudentRec rec = new StudentRec(
                    new Ref(s.studentId(), s.person().name().full()),
                    person,
                    s.person(),
                    groups.getOrDefault(s.groupId(), new Ref(s.groupId(), "?")),
                    s.status(),
                    s.recordBookNumber(),
                    s.admittedOn());
            index.students.add(rec);
            students.put(s.studentId(), rec.ref);
        }
        Map<Long, Ref> parents = new HashMap<>();
        for (ParentRow p : people.parentRows(institutionId)) {
            Ref person = person(index, persons, p.person(), "parent");
            ParentRec rec =
                    new ParentRec(new Ref(p.parentId(), p.person().name().full()), person, p.person());
            index.parents.add(rec);
            index.parentsByPersonId.put(p.person().personId(), rec.ref());
            parents.put(p.parentId(), rec.ref());
        }
        people.parentLinkRows(institutionId).forEach(l -> {
            if (parents.containsKey(l.parentId()) && students.containsKey(l.studentId())) {
                index.links.add(List.of(parents.get(l.parentId()), students.get(l.studentId())));
            }
        });
        return students;
    }

    private static Ref person(
            CollegeIndex index, Map<Long, Ref> persons, ru.spojournal.people.PersonCard card, String role) {
        Ref ref = persons.computeIfAbsent(
                card.personId(), id -> new Ref(id, card.name().full()));
        index.roleOfPerson.putIfAbsent(card.personId(), role);
        if (card.externalId() != null) {
            index.personsByExternalId.put(card.externalId(), ref);
        }
        if (card.preferredLogin() != null) {
            index.preferredLogins.put(card.preferredLogin().toLowerCase(java.util.Locale.ROOT), card.personId());
        }
        return ref;
    }
}
