package ru.spojournal.portal.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.MovementKind;
import ru.spojournal.people.MovementView;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StaffView;
import ru.spojournal.people.StudentView;
import ru.spojournal.platform.error.AccessRefusedException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.TeachingLoad;

/**
 * Whose data a student or a parent may see (R9, R10): a student only themselves; a parent only the
 * children linked to them. The student is always taken from the signed-in account, never from the
 * request; a child asked for by id must be one of the parent's, or the request is refused and logged.
 */
@Component
public class PortalScope {

    private final PeopleDirectory people;
    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final TeachingLoad load;

    PortalScope(PeopleDirectory people, CollegeStructure structure, AcademicCalendar calendar, TeachingLoad load) {
        this.people = people;
        this.structure = structure;
        this.calendar = calendar;
        this.load = load;
    }

    /** The students this user may see: themselves, or their children (R9, R10). */
    @Transactional(readOnly = true)
    public List<StudentView> visibleStudents(CurrentUser user) {
        List<Long> children =
                user.has(Role.PARENT) && user.parentId() != null ? people.childrenOf(user.parentId()) : List.of();
        Set<Long> ids = FamilyPolicy.visibleStudents(user.roles(), user.studentId(), children);
        return people.studentsByIds(ids).stream()
                .sorted(java.util.Comparator.comparing(s -> s.name().full()))
                .toList();
    }

    /** The student shown: the one asked for if visible, else the first; refused if asked for another's. */
    @Transactional(readOnly = true)
    public ChildView child(CurrentUser user, Long requested) {
        return child(user, requested, FamilyPolicy.Section.HOME);
    }

    /**
     * The student shown on a page of the given section; refused if the student is another family's,
     * or if the section has closed for them (after leaving the college).
     */
    @Transactional(readOnly = true)
    public ChildView child(CurrentUser user, Long requested, FamilyPolicy.Section section) {
        List<StudentView> visible = visibleStudents(user);
        StudentView student;
        if (requested == null) {
            student = visible.stream()
                    .findFirst()
                    .orElseThrow(() -> new AccessRefusedException("no student linked to the account"));
        } else {
            student = visible.stream()
                    .filter(s -> s.id().equals(requested))
                    .findFirst()
                    .orElseThrow(() -> new AccessRefusedException("student " + requested + " is not the user's"));
        }
        if (!FamilyPolicy.allows(student.status(), section)) {
            throw new AccessRefusedException(
                    "section " + section + " is closed for student " + student.id() + " who has left");
        }
        return view(user.institutionId(), student);
    }

    /**
     * The view of a student for processes of the system itself (calendar feeds), which act for no
     * signed-in user. Never call it with an id taken from a request.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<ChildView> forSystem(long institutionId, long studentId) {
        return people.student(institutionId, studentId).map(s -> view(institutionId, s));
    }

    /** A student of a group the user curates (R19: the curator answers notices); refused otherwise. */
    @Transactional(readOnly = true)
    public ChildView curatedChild(CurrentUser curator, long studentId) {
        StudentView student = curator.staffId() == null
                ? null
                : people.student(curator.institutionId(), studentId).orElse(null);
        boolean curated = student != null
                && NoticePolicy.curates(
                        curator.staffId(),
                        student.groupId(),
                        structure.groupsCuratedBy(curator.staffId()).stream()
                                .map(GroupView::id)
                                .toList());
        if (!curated) {
            throw new AccessRefusedException("student " + studentId + " is not of the curator's group");
        }
        return view(curator.institutionId(), student);
    }

    /**
     * The journals of the term that hold the student: the group's, and their subgroups' only. For a
     * student who has left, the term they left in, so that their last record stays in view.
     */
    private ChildView view(long institutionId, StudentView student) {
        GroupView group =
                structure.groupOfRecord(institutionId, student.groupId()).orElseThrow();
        LocalDate leftOn = FamilyPolicy.left(student.status()) ? leavingDate(student) : null;
        TermView term = calendar.currentTerm(institutionId)
                .filter(t -> leftOn == null || !leftOn.isBefore(t.startDate()))
                .or(() -> leftOn == null ? java.util.Optional.empty() : lastTermUpTo(institutionId, leftOn))
                .orElse(null);
        Set<Long> subgroups = new HashSet<>(structure.subgroupsOfStudent(student.id()));
        List<AssignmentView> journals = term == null ? List.of() : load.holding(group.id(), subgroups, term.id());
        Map<Long, SubjectView> subjects =
                structure
                        .subjectsByIds(journals.stream()
                                .map(AssignmentView::subjectId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(SubjectView::id, Function.identity()));
        Set<Long> staffIds =
                journals.stream().map(AssignmentView::teacherStaffId).collect(Collectors.toSet());
        if (group.curatorStaffId() != null) {
            staffIds.add(group.curatorStaffId());
        }
        Map<Long, String> teachers = people.staffByIds(staffIds).stream()
                .collect(Collectors.toMap(StaffView::id, s -> s.name().initials()));
        return new ChildView(student, group, term, journals, subjects, teachers, calendar.today(institutionId), leftOn);
    }

    private LocalDate leavingDate(StudentView student) {
        return people.history(student.id()).stream()
                .filter(m -> m.kind() == MovementKind.EXPULSION || m.kind() == MovementKind.GRADUATION)
                .map(MovementView::effectiveOn)
                .max(LocalDate::compareTo)
                .orElse(null);
    }

    private java.util.Optional<TermView> lastTermUpTo(long institutionId, LocalDate date) {
        return calendar.terms(institutionId).stream()
                .filter(t -> !t.startDate().isAfter(date))
                .max(java.util.Comparator.comparing(TermView::startDate));
    }
}
