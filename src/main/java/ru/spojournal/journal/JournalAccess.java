package ru.spojournal.journal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StudentView;
import ru.spojournal.platform.error.AccessRefusedException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.DepartmentView;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.SubgroupView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.TeachingLoad;

/**
 * Who may open a journal, decided on the server for every page and API call:
 * R8 — its teacher records in it; R11 — deputies and the director read every journal, a head of
 * department the journals of the department's groups; a curator reads the journals of the group.
 * Everyone else is refused (and logged); a journal of another college does not exist (404).
 */
@Component
public class JournalAccess {

    private final TeachingLoad load;
    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final PeopleDirectory people;
    private final java.time.Clock clock;
    private final ru.spojournal.teaching.Timetable timetable;

    JournalAccess(TeachingLoad load, CollegeStructure structure, AcademicCalendar calendar, PeopleDirectory people,
            java.time.Clock clock, ru.spojournal.teaching.Timetable timetable) {
        this.timetable = timetable;
        this.clock = clock;
        this.load = load;
        this.structure = structure;
        this.calendar = calendar;
        this.people = people;
    }

    /** The journal for reading; refused if the user may not even read it. */
    @Transactional(readOnly = true)
    public JournalContext read(CurrentUser user, long assignmentId) {
        AssignmentView a = load.assignment(user.institutionId(), assignmentId)
                .orElseThrow(() -> new NotFoundException("journal"));
        GroupView group = structure.group(user.institutionId(), a.groupId()).orElseThrow();
        boolean teacher = user.has(Role.TEACHER) && a.teacherStaffId().equals(user.staffId());
        java.util.Set<java.time.LocalDate> substituted = teacher || user.staffId() == null || !user.has(Role.TEACHER)
                ? java.util.Set.of()
                : substituteDates(user, a);
        if (!teacher && substituted.isEmpty() && !mayReadGroup(user, group)) {
            throw new AccessRefusedException("journal " + assignmentId + " is not in the user's scope");
        }
        SubgroupView subgroup = a.subgroupId() == null
                ? null
                : structure.subgroupsByIds(List.of(a.subgroupId())).get(0);
        SubjectView subject = structure.subjectsByIds(List.of(a.subjectId())).get(0);
        TermView term = calendar.term(user.institutionId(), a.termId()).orElseThrow();
        java.time.ZoneId zone = calendar.zone(user.institutionId());
        return new JournalContext(user, a, group, subgroup, subject, term, students(group, subgroup),
                teacher || !substituted.isEmpty(), java.time.LocalDate.now(clock.withZone(zone)), zone, substituted);
    }

    /** The journal for recording: only its own teacher (R8, R14: administrators never record). */
    @Transactional(readOnly = true)
    public JournalContext edit(CurrentUser user, long assignmentId) {
        JournalContext context = read(user, assignmentId);
        if (!context.editable()) {
            throw new AccessRefusedException("journal " + assignmentId + " is read-only for the user");
        }
        return context;
    }

    /** The days on which this teacher replaces the journal's teacher (замена), within the term. */
    private java.util.Set<java.time.LocalDate> substituteDates(CurrentUser user, AssignmentView a) {
        TermView term = calendar.term(user.institutionId(), a.termId()).orElseThrow();
        return timetable.substitutions(user.institutionId(), term.startDate(), term.endDate()).stream()
                .filter(s -> s.assignmentId().equals(a.id()) && user.staffId().equals(s.substituteStaffId())
                        && s.kind() != ru.spojournal.teaching.SubstitutionKind.CANCEL)
                .map(ru.spojournal.teaching.SubstitutionView::date)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** R11: deputies and the director read every group's journals, a head the department's, a curator the group's. */
    public boolean mayReadGroup(CurrentUser user, GroupView group) {
        if (user.hasAny(Role.DEPUTY, Role.DIRECTOR)) {
            return true;
        }
        Long staffId = user.staffId();
        if (staffId == null) {
            return false;
        }
        if (user.has(Role.DEPARTMENT_HEAD) && structure.departmentsHeadedBy(staffId).stream()
                .map(DepartmentView::id)
                .anyMatch(id -> id.equals(group.departmentId()))) {
            return true;
        }
        return staffId.equals(group.curatorStaffId());
    }

    /** R7: a subgroup's journal holds only the subgroup's studying students. */
    private List<StudentView> students(GroupView group, SubgroupView subgroup) {
        List<StudentView> all = people.studentsOfGroups(List.of(group.id()));
        if (subgroup == null) {
            return all;
        }
        Set<Long> members = new HashSet<>(structure.subgroupStudentIds(subgroup.id()));
        return all.stream().filter(s -> members.contains(s.id())).toList();
    }
}
