package ru.spojournal.yearopening.domain;

import java.util.List;
import java.util.Map;
import ru.spojournal.people.StaffView;
import ru.spojournal.structure.AcademicYearView;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.AssignmentView;

/** The current year as the wizard reads it, in a constant number of queries. */
record YearSnapshot(
        AcademicYearView year,
        List<TermView> terms,
        List<AcademicYearView> allYears,
        List<GroupView> groups,
        Map<Long, Long> studentCounts,
        Map<Long, Integer> lastSemesters,
        List<AssignmentView> assignments,
        Map<Long, SubjectView> subjects,
        Map<Long, StaffView> staff) {

    /** A later year already exists, or one with the name asked for: the year has been opened. */
    boolean alreadyOpened(String yearName) {
        return allYears.stream()
                .anyMatch(
                        y -> y.startDate().isAfter(year.startDate()) || y.name().equals(yearName));
    }

    long students(long groupId) {
        return studentCounts.getOrDefault(groupId, 0L);
    }
}
