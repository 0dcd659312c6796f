package ru.spojournal.yearopening.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StaffView;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.AcademicYearView;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.CurriculumRowView;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.TeachingLoad;

/** Reads the current year of a college: the year that holds today, or the last one before it. */
@Component
class YearSource {

    private final AcademicCalendar calendar;
    private final CollegeStructure structure;
    private final PeopleDirectory people;
    private final TeachingLoad load;

    YearSource(AcademicCalendar calendar, CollegeStructure structure, PeopleDirectory people, TeachingLoad load) {
        this.calendar = calendar;
        this.structure = structure;
        this.people = people;
        this.load = load;
    }

    YearSnapshot load(long institutionId) {
        TermView current = calendar.currentTerm(institutionId)
                .orElseThrow(() -> new FieldRejectedException("yearName", "yearOpening.noCurrentYear"));
        List<AcademicYearView> years = calendar.academicYears(institutionId);
        AcademicYearView year = years.stream()
                .filter(y -> y.id().equals(current.academicYearId()))
                .findFirst()
                .orElseThrow(() -> new FieldRejectedException("yearName", "yearOpening.noCurrentYear"));
        List<TermView> terms = calendar.terms(institutionId).stream()
                .filter(t -> t.academicYearId().equals(year.id()))
                .sorted(Comparator.comparingInt(TermView::number))
                .toList();
        List<GroupView> groups = structure.groups(institutionId);
        List<Long> groupIds = groups.stream().map(GroupView::id).toList();
        List<AssignmentView> assignments = terms.stream()
                .flatMap(t -> load.ofGroups(groupIds, t.id()).stream())
                .toList();
        Map<Long, Integer> lastSemesters = structure.curriculaOf(institutionId).stream()
                .collect(Collectors.toMap(CurriculumRowView::specialtyId, CurriculumRowView::semester, Math::max));
        Map<Long, SubjectView> subjects =
                structure
                        .subjectsByIds(assignments.stream()
                                .map(AssignmentView::subjectId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(SubjectView::id, Function.identity()));
        Map<Long, StaffView> staff =
                people
                        .staffByIds(assignments.stream()
                                .map(AssignmentView::teacherStaffId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(StaffView::id, Function.identity()));
        return new YearSnapshot(
                year,
                terms,
                years,
                groups,
                people.studentCounts(groupIds),
                lastSemesters,
                assignments,
                subjects,
                staff);
    }
}
