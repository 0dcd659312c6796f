package ru.spojournal.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.journal.StudentRecords;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.PeriodView;
import ru.spojournal.teaching.Timetable;
import ru.spojournal.teaching.TimetableEntry;

/**
 * The calendar of a student or a parent (each visible child): lessons of the past week and the
 * next four from the timetable after substitutions, and homework on the day it is due.
 */
@Component
public class FeedWriter {

    private final PortalScope scope;
    private final Timetable timetable;
    private final AcademicCalendar calendar;
    private final StudentRecords records;
    private final Clock clock;

    FeedWriter(PortalScope scope, Timetable timetable, AcademicCalendar calendar, StudentRecords records, Clock clock) {
        this.scope = scope;
        this.timetable = timetable;
        this.calendar = calendar;
        this.records = records;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public String write(CurrentUser owner) {
        long inst = owner.institutionId();
        ZoneId zone = calendar.zone(inst);
        LocalDate today = calendar.today(inst);
        ICalendar ics = new ICalendar("Расписание и задания — " + owner.displayName(), clock.instant());
        Map<java.time.DayOfWeek, Map<Integer, PeriodView>> bells = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        for (var student : scope.visibleStudents(owner)) {
            ChildView child = scope.forSystem(inst, student.id()).orElseThrow();
            String who = scope.visibleStudents(owner).size() > 1 ? " (" + student.name().firstName() + ")" : "";
            for (TimetableEntry e : timetable.forAssignments(inst, child.journals(), today.minusDays(7), today.plusDays(28))) {
                PeriodView p = bells.computeIfAbsent(e.date().getDayOfWeek(), d -> calendar.periods(inst, d).stream()
                                .collect(Collectors.toMap(PeriodView::number, x -> x, (a, b) -> a)))
                        .get(e.periodNumber());
                if (p == null) {
                    continue;
                }
                ics.event("lesson-" + e.assignmentId() + "-" + e.date() + "-" + e.periodNumber() + "-" + student.id()
                                + "@spo-journal", e.date().atTime(p.start()).atZone(zone).toInstant(),
                        e.date().atTime(p.end()).atZone(zone).toInstant(),
                        child.subjectOf(e.assignmentId()).title() + who,
                        e.room() == null ? null : "ауд. " + e.room(), child.teacherOf(e.assignmentId()),
                        e.kind() == TimetableEntry.EntryKind.CANCELLED);
            }
            List<StudentRecords.StudentHomework> homework = records.homework(student.id(), child.journalIds(),
                    today.minusDays(7));
            for (StudentRecords.StudentHomework h : homework) {
                ics.allDay("homework-" + h.homeworkId() + "-" + student.id() + "@spo-journal", h.forDay(),
                        "ДЗ: " + child.subjectOf(h.assignmentId()).name() + who, h.content());
            }
        }
        return ics.end();
    }
}
