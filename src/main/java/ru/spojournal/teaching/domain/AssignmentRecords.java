package ru.spojournal.teaching.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.platform.error.ConflictException;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.teaching.AssignmentView;

/**
 * R2, R14: the administrator keeps the teaching load. An assignment is made once per group or
 * subgroup, subject and term, with hours above zero; an edit changes the teacher or the hours, never
 * what the journal is about, so the journal keeps its lessons and marks; an archived assignment
 * leaves teachers' lists and is never deleted.
 */
@Service
@Transactional
public class AssignmentRecords {

    /** The keys the list sorts by, its default first. */
    public static final List<String> SORTS = List.of("group", "subject", "teacher", "hours");

    private final TeachingAssignmentRepository assignments;
    private final AssignmentNames names;
    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final PeopleDirectory people;
    private final EntityManager em;

    AssignmentRecords(
            TeachingAssignmentRepository assignments,
            AssignmentNames names,
            CollegeStructure structure,
            AcademicCalendar calendar,
            PeopleDirectory people,
            EntityManager em) {
        this.assignments = assignments;
        this.names = names;
        this.structure = structure;
        this.calendar = calendar;
        this.people = people;
        this.em = em;
    }

    /**
     * The filtered assignments with their names, searched, sorted and paged. Names live in other
     * modules, so the filtered rows are read whole (a term's load, a few thousand at most) and
     * ordered here; the number of statements stays the same whatever the count.
     */
    @Transactional(readOnly = true)
    public Page<AssignmentRow> find(long institutionId, AssignmentFilter filter, ListQuery q) {
        List<AssignmentRow> rows = names.rows(institutionId, filtered(institutionId, filter));
        String text = q.text().toLowerCase(Locale.ROOT);
        List<AssignmentRow> matching = rows.stream()
                .filter(r -> text.isEmpty()
                        || (r.groupName() + " " + r.subjectTitle() + " " + r.teacherName() + " "
                                        + (r.subgroupName() == null ? "" : r.subgroupName()))
                                .toLowerCase(Locale.ROOT)
                                .contains(text))
                .sorted(q.descending() ? order(q).reversed() : order(q))
                .toList();
        int from = (int) Math.min(q.pageable().getOffset(), matching.size());
        int to = Math.min(from + q.pageable().getPageSize(), matching.size());
        return new PageImpl<>(matching.subList(from, to), q.pageable(), matching.size());
    }

    @Transactional(readOnly = true)
    public AssignmentRow row(long institutionId, long assignmentId) {
        return names.rows(institutionId, List.of(own(institutionId, assignmentId)))
                .get(0);
    }

    public long create(long institutionId, AssignmentCommand cmd) {
        checkTeacherAndHours(institutionId, cmd.teacherStaffId(), cmd.plannedHours());
        if (cmd.groupId() == null
                || structure.group(institutionId, cmd.groupId()).isEmpty()) {
            throw new FieldRejectedException("groupId", "assignment.group.unknown");
        }
        if (cmd.subgroupId() != null
                && structure.subgroups(cmd.groupId()).stream().noneMatch(s -> s.id().equals(cmd.subgroupId()))) {
            throw new FieldRejectedException("subgroupId", "assignment.subgroup.unknown");
        }
        if (cmd.subjectId() == null
                || structure.subjects(institutionId).stream().noneMatch(s -> s.id().equals(cmd.subjectId()))) {
            throw new FieldRejectedException("subjectId", "assignment.subject.unknown");
        }
        if (cmd.termId() == null || calendar.term(institutionId, cmd.termId()).isEmpty()) {
            throw new FieldRejectedException("termId", "assignment.term.unknown");
        }
        checkNoTwin(null, cmd.groupId(), cmd.subgroupId(), cmd.subjectId(), cmd.termId());
        return assignments
                .save(new TeachingAssignment(
                        institutionId,
                        cmd.teacherStaffId(),
                        cmd.groupId(),
                        cmd.subgroupId(),
                        cmd.subjectId(),
                        cmd.termId(),
                        cmd.plannedHours()))
                .getId();
    }

    /** Another teacher or other hours; the journal stays with the assignment and keeps its records. */
    public void edit(long institutionId, long assignmentId, Long teacherStaffId, Integer plannedHours, long version) {
        TeachingAssignment a = current(institutionId, assignmentId, version);
        checkTeacherAndHours(institutionId, teacherStaffId, plannedHours);
        a.reassign(teacherStaffId, plannedHours);
    }

    public void archive(long institutionId, long assignmentId, long version) {
        current(institutionId, assignmentId, version).setArchived(true);
    }

    /** Back from the archive, unless another assignment has taken its place meanwhile. */
    public void restore(long institutionId, long assignmentId, long version) {
        TeachingAssignment a = current(institutionId, assignmentId, version);
        AssignmentView v = a.view();
        checkNoTwin(a.getId(), v.groupId(), v.subgroupId(), v.subjectId(), v.termId());
        a.setArchived(false);
    }

    private void checkTeacherAndHours(long institutionId, Long teacherStaffId, Integer plannedHours) {
        if (teacherStaffId == null
                || people.activeStaff(institutionId).stream().noneMatch(s -> s.id().equals(teacherStaffId))) {
            throw new FieldRejectedException("teacherStaffId", "assignment.teacher.unknown");
        }
        if (plannedHours == null || plannedHours <= 0) {
            throw new FieldRejectedException("plannedHours", "assignment.hours.positive");
        }
    }

    private void checkNoTwin(Long self, long groupId, Long subgroupId, long subjectId, long termId) {
        boolean twin =
                assignments.findByGroupIdAndSubjectIdAndTermIdAndArchivedFalse(groupId, subjectId, termId).stream()
                        .anyMatch(a ->
                                !a.getId().equals(self) && a.sameTeachingAs(groupId, subgroupId, subjectId, termId));
        if (twin) {
            throw new FieldRejectedException("subjectId", "assignment.duplicate");
        }
    }

    private List<TeachingAssignment> filtered(long institutionId, AssignmentFilter f) {
        Map<String, Object> params = new HashMap<>(Map.of("institution", institutionId, "archived", f.archived()));
        StringBuilder jpql = new StringBuilder(
                "select a from TeachingAssignment a where a.institutionId = :institution and a.archived = :archived");
        if (f.termId() != null) {
            jpql.append(" and a.termId = :term");
            params.put("term", f.termId());
        }
        if (f.groupId() != null) {
            jpql.append(" and a.groupId = :group");
            params.put("group", f.groupId());
        }
        if (f.teacherStaffId() != null) {
            jpql.append(" and a.teacherStaffId = :teacher");
            params.put("teacher", f.teacherStaffId());
        }
        TypedQuery<TeachingAssignment> query = em.createQuery(jpql.toString(), TeachingAssignment.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static Comparator<AssignmentRow> order(ListQuery q) {
        Comparator<AssignmentRow> byGroup = Comparator.comparing(AssignmentRow::groupName)
                .thenComparing(r -> r.subgroupName() == null ? "" : r.subgroupName());
        return switch (q.sort()) {
            case "subject" -> Comparator.comparing(AssignmentRow::subjectTitle).thenComparing(byGroup);
            case "teacher" -> Comparator.comparing(AssignmentRow::teacherName).thenComparing(byGroup);
            case "hours" -> Comparator.comparingInt(AssignmentRow::plannedHours).thenComparing(byGroup);
            default -> byGroup.thenComparing(AssignmentRow::subjectTitle);
        };
    }

    private TeachingAssignment current(long institutionId, long assignmentId, long version) {
        TeachingAssignment a = own(institutionId, assignmentId);
        if (a.getVersion() != version) {
            throw new ConflictException("assignment", a.getVersion());
        }
        return a;
    }

    private TeachingAssignment own(long institutionId, long assignmentId) {
        return assignments
                .findById(assignmentId)
                .filter(a -> a.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("assignment"));
    }
}
