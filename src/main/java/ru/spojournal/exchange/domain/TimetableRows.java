package ru.spojournal.exchange.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StaffRow;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupRow;
import ru.spojournal.structure.SubgroupView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.SlotView;
import ru.spojournal.teaching.TeachingLoad;
import ru.spojournal.teaching.Timetable;

/**
 * The timetable of the active groups in the columns of {@link ImportList#TIMETABLE}, read with a
 * constant number of queries; the subject is written with its index and name, so that the file
 * imports back unambiguously.
 */
@Component
@Transactional(readOnly = true)
class TimetableRows {

    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final PeopleDirectory people;
    private final TeachingLoad load;
    private final Timetable timetable;

    TimetableRows(
            CollegeStructure structure,
            AcademicCalendar calendar,
            PeopleDirectory people,
            TeachingLoad load,
            Timetable timetable) {
        this.structure = structure;
        this.calendar = calendar;
        this.people = people;
        this.load = load;
        this.timetable = timetable;
    }

    List<List<Object>> rows(long institutionId) {
        Map<Long, AssignmentView> assignments =
                load.allOf(institutionId).stream().collect(Collectors.toMap(AssignmentView::id, Function.identity()));
        if (assignments.isEmpty()) {
            return List.of();
        }
        Map<Long, String> groups =
                structure.groupRows(institutionId).stream().collect(Collectors.toMap(GroupRow::id, GroupRow::name));
        Map<Long, String> subgroups = structure.subgroupsOf(institutionId).stream()
                .collect(Collectors.toMap(SubgroupView::id, SubgroupView::name));
        Map<Long, SubjectView> subjects = structure.subjects(institutionId).stream()
                .collect(Collectors.toMap(SubjectView::id, Function.identity()));
        Map<Long, String> teachers = people.staffRows(institutionId).stream()
                .collect(Collectors.toMap(
                        StaffRow::staffId, s -> s.person().name().full()));
        Map<Long, TermView> terms =
                calendar.terms(institutionId).stream().collect(Collectors.toMap(TermView::id, Function.identity()));
        List<List<Object>> rows = new ArrayList<>();
        for (SlotView s : timetable.slotsOf(assignments.keySet())) {
            AssignmentView a = assignments.get(s.assignmentId());
            TermView term = terms.get(a.termId());
            SubjectView subject = subjects.get(a.subjectId());
            if (!groups.containsKey(a.groupId()) || term == null || subject == null) {
                continue;
            }
            rows.add(Arrays.asList(
                    groups.get(a.groupId()),
                    a.subgroupId() == null ? null : subgroups.get(a.subgroupId()),
                    TimetableCells.DAYS.get(s.dayOfWeek() - 1),
                    s.periodNumber(),
                    TimetableCells.parityWord(s.parity()),
                    subject.title(),
                    teachers.get(a.teacherStaffId()),
                    s.room(),
                    term.academicYearName(),
                    term.number()));
        }
        rows.sort(Comparator.comparing((List<Object> r) -> r.get(8).toString())
                .thenComparing(r -> (Integer) r.get(9))
                .thenComparing(r -> r.get(0).toString())
                .thenComparing(r -> TimetableCells.DAYS.indexOf(r.get(2).toString()))
                .thenComparing(r -> (Integer) r.get(3))
                .thenComparing(r -> r.get(1) == null ? "" : r.get(1).toString()));
        return rows;
    }
}
