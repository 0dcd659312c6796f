package ru.spojournal.journal.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.SubgroupView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.TeachingLoad;

/** R2: every teacher keeps the journals of their own teaching assignments; these are they. */
@Service
@Transactional(readOnly = true)
public class MyJournals {

    private final TeachingLoad load;
    private final AcademicCalendar calendar;
    private final CollegeStructure structure;
    private final JournalQueries queries;

    MyJournals(TeachingLoad load, AcademicCalendar calendar, CollegeStructure structure, JournalQueries queries) {
        this.load = load;
        this.calendar = calendar;
        this.structure = structure;
        this.queries = queries;
    }

    /** The user's own journals of the current term. */
    public List<JournalSummary> of(CurrentUser user) {
        TermView term = calendar.currentTerm(user.institutionId()).orElse(null);
        if (term == null || user.staffId() == null) {
            return List.of();
        }
        return summaries(load.ofTeacher(user.staffId(), term.id()), term, true, calendar.today(user.institutionId()));
    }

    /** The journals of a group in the current term, for those who may read them. */
    public List<JournalSummary> ofGroup(CurrentUser user, long groupId) {
        TermView term = calendar.currentTerm(user.institutionId()).orElse(null);
        if (term == null) {
            return List.of();
        }
        List<AssignmentView> assignments = load.ofGroups(List.of(groupId), term.id());
        return summaries(assignments, term, true, calendar.today(user.institutionId())).stream()
                .map(s -> withEditable(s, user, assignments))
                .toList();
    }

    private static JournalSummary withEditable(JournalSummary s, CurrentUser user, List<AssignmentView> all) {
        boolean own = s.editable()
                && all.stream()
                        .anyMatch(
                                a -> a.id() == s.assignmentId() && Objects.equals(a.teacherStaffId(), user.staffId()));
        return new JournalSummary(
                s.assignmentId(),
                s.group(),
                s.subgroup(),
                s.subjectCode(),
                s.subjectName(),
                s.term(),
                s.plannedHours(),
                s.lessonsToday(),
                own);
    }

    private List<JournalSummary> summaries(
            List<AssignmentView> assignments, TermView term, boolean editable, java.time.LocalDate today) {
        Map<Long, GroupView> groups = structure.groupsByIds(ids(assignments, AssignmentView::groupId)).stream()
                .collect(Collectors.toMap(GroupView::id, Function.identity()));
        Map<Long, SubjectView> subjects = structure.subjectsByIds(ids(assignments, AssignmentView::subjectId)).stream()
                .collect(Collectors.toMap(SubjectView::id, Function.identity()));
        Map<Long, SubgroupView> subgroups =
                structure.subgroupsByIds(ids(assignments, AssignmentView::subgroupId)).stream()
                        .collect(Collectors.toMap(SubgroupView::id, Function.identity()));
        Map<Long, Long> todays =
                queries.lessonsOn(assignments.stream().map(AssignmentView::id).toList(), today);
        return assignments.stream()
                .map(a -> {
                    SubjectView subject = subjects.get(a.subjectId());
                    SubgroupView sub = a.subgroupId() == null ? null : subgroups.get(a.subgroupId());
                    GroupView group = groups.get(a.groupId());
                    return new JournalSummary(
                            a.id(),
                            group.name(),
                            sub == null ? null : sub.name(),
                            subject.code(),
                            subject.name(),
                            term.name(),
                            a.plannedHours(),
                            todays.getOrDefault(a.id(), 0L),
                            editable && !group.archived() && !a.archived());
                })
                .sorted(Comparator.comparing(JournalSummary::group)
                        .thenComparing(JournalSummary::subjectCode)
                        .thenComparing(s -> s.subgroup() == null ? "" : s.subgroup()))
                .toList();
    }

    private static List<Long> ids(List<AssignmentView> assignments, Function<AssignmentView, Long> id) {
        return assignments.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }
}
