package ru.spojournal.journal.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.PeriodView;
import ru.spojournal.structure.SubgroupView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.TeachingLoad;
import ru.spojournal.teaching.Timetable;
import ru.spojournal.teaching.TimetableEntry;

/**
 * "My lessons today": the teacher's lessons of the day from the timetable after substitutions,
 * each with whether it has been recorded yet (R5: journals are filled on the day of the lesson).
 */
@Service
@Transactional(readOnly = true)
public class TodayLessons {

    private final Timetable timetable;
    private final TeachingLoad load;
    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final LessonRepository lessons;

    TodayLessons(
            Timetable timetable,
            TeachingLoad load,
            CollegeStructure structure,
            AcademicCalendar calendar,
            LessonRepository lessons) {
        this.timetable = timetable;
        this.load = load;
        this.structure = structure;
        this.calendar = calendar;
        this.lessons = lessons;
    }

    /** A lesson of the day with its times and whether the journal already has it. */
    public record TodayLesson(
            int periodNumber,
            LocalTime start,
            LocalTime end,
            long assignmentId,
            String group,
            String subgroup,
            String subject,
            String room,
            TimetableEntry.EntryKind kind,
            boolean recorded) {}

    public List<TodayLesson> of(CurrentUser user, LocalDate date) {
        if (user.staffId() == null) {
            return List.of();
        }
        long inst = user.institutionId();
        List<TimetableEntry> entries = timetable.forTeacher(inst, user.staffId(), date, date);
        List<Long> ids =
                entries.stream().map(TimetableEntry::assignmentId).distinct().toList();
        Map<Long, AssignmentView> assignments =
                load.byIds(ids).stream().collect(Collectors.toMap(AssignmentView::id, Function.identity()));
        Map<Long, GroupView> groups =
                structure
                        .groupsByIds(assignments.values().stream()
                                .map(AssignmentView::groupId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(GroupView::id, Function.identity()));
        Map<Long, SubjectView> subjects = structure
                .subjectsByIds(assignments.values().stream()
                        .map(AssignmentView::subjectId)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(SubjectView::id, Function.identity()));
        Map<Long, SubgroupView> subgroups = structure
                .subgroupsByIds(assignments.values().stream()
                        .map(AssignmentView::subgroupId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(SubgroupView::id, Function.identity()));
        Map<Integer, PeriodView> periods = calendar.periods(inst, date.getDayOfWeek()).stream()
                .collect(Collectors.toMap(PeriodView::number, Function.identity(), (a, b) -> a));
        Set<String> recorded = ids.isEmpty()
                ? Set.of()
                : lessons.ofJournalsOn(ids, date).stream()
                        .map(l -> l.getAssignmentId() + "|" + l.details().periodNumber())
                        .collect(Collectors.toSet());
        return entries.stream()
                .map(e -> {
                    AssignmentView a = assignments.get(e.assignmentId());
                    PeriodView p = periods.get(e.periodNumber());
                    SubgroupView sub = a.subgroupId() == null ? null : subgroups.get(a.subgroupId());
                    return new TodayLesson(
                            e.periodNumber(),
                            p == null ? null : p.start(),
                            p == null ? null : p.end(),
                            a.id(),
                            groups.get(a.groupId()).name(),
                            sub == null ? null : sub.name(),
                            subjects.get(a.subjectId()).title(),
                            e.room(),
                            e.kind(),
                            recorded.contains(a.id() + "|" + e.periodNumber()));
                })
                .toList();
    }
}
