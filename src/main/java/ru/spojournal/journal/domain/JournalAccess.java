package ru.spojournal.journal.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import ru.spojournal.teaching.SubstitutionKind;
import ru.spojournal.teaching.SubstitutionView;
import ru.spojournal.teaching.TeachingLoad;
import ru.spojournal.teaching.Timetable;

/**
 * Who may open a journal, decided on the server for every page and API call: this loads the facts
 * and {@link JournalPolicy} decides (R8, R11, R1 for archived journals). Everyone refused is
 * logged; a journal of another college does not exist (404).
 */
@Component
public class JournalAccess {

    private final TeachingLoad load;
    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final PeopleDirectory people;
    private final Clock clock;
    private final Timetable timetable;

    JournalAccess(
            TeachingLoad load,
            CollegeStructure structure,
            AcademicCalendar calendar,
            PeopleDirectory people,
            Clock clock,
            Timetable timetable) {
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
        AssignmentView a =
                load.assignment(user.institutionId(), assignmentId).orElseThrow(() -> new NotFoundException("journal"));
        GroupView group =
                structure.groupOfRecord(user.institutionId(), a.groupId()).orElseThrow();
        TermView term = calendar.term(user.institutionId(), a.termId()).orElseThrow();
        Set<LocalDate> substituted = substitutedDays(user, a, term);
        JournalPolicy.Right right = JournalPolicy.decide(facts(user, a, group, !substituted.isEmpty(), headed(user)));
        if (!right.mayRead()) {
            throw new AccessRefusedException("journal " + assignmentId + " is not in the user's scope");
        }
        SubgroupView subgroup = a.subgroupId() == null
                ? null
                : structure.subgroupsByIds(List.of(a.subgroupId())).get(0);
        SubjectView subject = structure.subjectsByIds(List.of(a.subjectId())).get(0);
        ZoneId zone = calendar.zone(user.institutionId());
        return new JournalContext(
                user,
                a,
                group,
                subgroup,
                subject,
                term,
                students(group, subgroup),
                right == JournalPolicy.Right.RECORD,
                LocalDate.now(clock.withZone(zone)),
                zone,
                substituted);
    }

    /** The journal for recording: its own teacher only, and only while it is in use (R8, R1, R14). */
    @Transactional(readOnly = true)
    public JournalContext edit(CurrentUser user, long assignmentId) {
        JournalContext context = read(user, assignmentId);
        if (!context.editable()) {
            throw new AccessRefusedException("journal " + assignmentId + " is read-only for the user");
        }
        return context;
    }

    /**
     * The scope for saving one student's cell: the same decision as {@link #edit}, from only the
     * facts that decide recording (the assignment, its group's state, the substitutions, the one
     * student's place in the journal), never the journal's roster, subject or supervisors.
     */
    @Transactional(readOnly = true)
    public RecordingScope editCell(CurrentUser user, long assignmentId, long studentId) {
        AssignmentView a =
                load.assignment(user.institutionId(), assignmentId).orElseThrow(() -> new NotFoundException("journal"));
        GroupView group =
                structure.groupOfRecord(user.institutionId(), a.groupId()).orElseThrow();
        TermView term = calendar.term(user.institutionId(), a.termId()).orElseThrow();
        Set<LocalDate> substituted = substitutedDays(user, a, term);
        // Supervision only ever reads, so the departments a head heads cannot change this answer.
        JournalPolicy.Facts facts = facts(user, a, group, !substituted.isEmpty(), Set.of());
        if (JournalPolicy.decide(facts) != JournalPolicy.Right.RECORD) {
            throw new AccessRefusedException("journal " + assignmentId + " is not recorded by the user");
        }
        ZoneId zone = calendar.zone(user.institutionId());
        return new CellScope(
                user, a, term, LocalDate.now(clock.withZone(zone)), substituted, studentId, held(a, group, studentId));
    }

    /** R7: the one student's place in the journal, as {@link Roster} decides it. */
    private boolean held(AssignmentView a, GroupView group, long studentId) {
        return people.student(a.institutionId(), studentId)
                .filter(s -> Roster.holds(
                        s.status(),
                        s.groupId(),
                        group.id(),
                        a.subgroupId() == null
                                || structure.subgroupsOfStudent(studentId).contains(a.subgroupId())))
                .isPresent();
    }

    private static JournalPolicy.Facts facts(
            CurrentUser user, AssignmentView a, GroupView group, boolean substitute, Set<Long> headed) {
        return new JournalPolicy.Facts(
                user.roles(),
                user.staffId(),
                a.teacherStaffId(),
                substitute,
                a.archived(),
                group.archived(),
                group.departmentId(),
                group.curatorStaffId(),
                headed);
    }

    /** The departments the user heads, as far as the head's role gives them. */
    private Set<Long> headed(CurrentUser user) {
        return user.has(Role.DEPARTMENT_HEAD) && user.staffId() != null
                ? structure.departmentsHeadedBy(user.staffId()).stream()
                        .map(DepartmentView::id)
                        .collect(Collectors.toSet())
                : Set.of();
    }

    /** The substitutions matter only for a teacher who is not the journal's own. */
    private Set<LocalDate> substitutedDays(CurrentUser user, AssignmentView a, TermView term) {
        boolean own = user.has(Role.TEACHER) && a.teacherStaffId().equals(user.staffId());
        return own || user.staffId() == null || !user.has(Role.TEACHER) ? Set.of() : substituteDates(user, a, term);
    }

    /** The days on which this teacher replaces the journal's teacher (замена), within the term. */
    private Set<LocalDate> substituteDates(CurrentUser user, AssignmentView a, TermView term) {
        return timetable.substitutions(user.institutionId(), term.startDate(), term.endDate()).stream()
                .filter(s -> s.assignmentId().equals(a.id())
                        && user.staffId().equals(s.substituteStaffId())
                        && s.kind() != SubstitutionKind.CANCEL)
                .map(SubstitutionView::date)
                .collect(Collectors.toSet());
    }

    /** R11: deputies and the director read every group's journals, a head the department's, a curator the group's. */
    public boolean mayReadGroup(CurrentUser user, GroupView group) {
        return JournalPolicy.supervises(new JournalPolicy.Facts(
                user.roles(),
                user.staffId(),
                -1,
                false,
                false,
                group.archived(),
                group.departmentId(),
                group.curatorStaffId(),
                headed(user)));
    }

    /** R7: the facts {@link Roster} needs, the group's students and the subgroup's members. */
    private List<StudentView> students(GroupView group, SubgroupView subgroup) {
        Set<Long> members = subgroup == null ? null : new HashSet<>(structure.subgroupStudentIds(subgroup.id()));
        return Roster.of(group.id(), people.studentsOfGroups(List.of(group.id())), members);
    }
}
