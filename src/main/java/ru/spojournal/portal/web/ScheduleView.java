package ru.spojournal.portal.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StaffView;
import ru.spojournal.portal.domain.ChildView;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.PeriodView;
import ru.spojournal.teaching.Timetable;
import ru.spojournal.teaching.TimetableEntry;

/** A student's days from the timetable after substitutions, with times, subjects, teachers and rooms. */
@Component
class ScheduleView {

    private final Timetable timetable;
    private final AcademicCalendar calendar;
    private final PeopleDirectory people;

    ScheduleView(Timetable timetable, AcademicCalendar calendar, PeopleDirectory people) {
        this.timetable = timetable;
        this.calendar = calendar;
        this.people = people;
    }

    record Entry(
            int period,
            LocalTime start,
            LocalTime end,
            String subject,
            String teacher,
            String room,
            TimetableEntry.EntryKind kind) {}

    record Day(LocalDate date, List<Entry> entries) {}

    List<Day> days(long institutionId, ChildView child, LocalDate from, LocalDate to) {
        List<TimetableEntry> entries = timetable.forAssignments(institutionId, child.journals(), from, to);
        Map<Long, String> substitutes = people
                .staffByIds(entries.stream()
                        .map(TimetableEntry::substituteStaffId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(StaffView::id, s -> s.name().initials()));
        List<Day> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            LocalDate date = d;
            Map<Integer, PeriodView> periods = calendar.periods(institutionId, d.getDayOfWeek()).stream()
                    .collect(Collectors.toMap(PeriodView::number, p -> p, (a, b) -> a));
            List<Entry> day = entries.stream()
                    .filter(e -> e.date().equals(date))
                    .map(e -> {
                        PeriodView p = periods.get(e.periodNumber());
                        String teacher = e.substituteStaffId() != null
                                ? substitutes.get(e.substituteStaffId())
                                : child.teacherOf(e.assignmentId());
                        return new Entry(
                                e.periodNumber(),
                                p == null ? null : p.start(),
                                p == null ? null : p.end(),
                                child.subjectOf(e.assignmentId()).title(),
                                teacher,
                                e.room(),
                                e.kind());
                    })
                    .toList();
            days.add(new Day(d, day));
        }
        return days;
    }
}
