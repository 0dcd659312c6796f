package ru.spojournal.portal.domain;

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
    private final ru.spojournal.teaching.TeachingLoad load;
    private final ru.spojournal.structure.CollegeStructure structure;

    FeedWriter(
            PortalScope scope,
            Timetable timetable,
            AcademicCalendar calendar,
            StudentRecords records,
            Clock clock,
            ru.spojournal.teaching.TeachingLoad load,
            ru.spojournal.structure.CollegeStructure structure) {
        this.load = load;
        this.structure = structure;
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
        ICalendar ics = new ICalendar(PortalWords.WORDS.format("calendarName", owner.displayName()), clock.instant());
        Map<java.time.DayOfWeek, Map<Integer, PeriodView>> bells = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        for (var student : scope.visibleStudents(owner)) {
            ChildView child = scope.forSystem(inst, student.id()).orElseThrow();
            if (!child.allows(FamilyPolicy.Section.CALENDAR)) {
                continue;
            }
            String who = scope.visibleStudents(owner).size() > 1
                    ? " (" + student.name().firstName() + ")"
                    : "";
            for (TimetableEntry e :
                    timetable.forAssignments(inst, child.journals(), today.minusDays(7), today.plusDays(28))) {
                PeriodView p = bells.computeIfAbsent(
                                e.date().getDayOfWeek(),
                                d -> calendar.periods(inst, d).stream()
                                        .collect(Collectors.toMap(PeriodView::number, x -> x, (a, b) -> a)))
                        .get(e.periodNumber());
                if (p == null) {
                    continue;
                }
                ics.event(
                        "lesson-" + e.assignmentId() + "-" + e.date() + "-" + e.periodNumber() + "-" + student.id()
                                + "@spo-journal",
                        e.date().atTime(p.start()).atZone(zone).toInstant(),
                        e.date().atTime(p.end()).atZone(zone).toInstant(),
                        child.subjectOf(e.assignmentId()).title() + who,
                        e.room() == null ? null : PortalWords.room(e.room()),
                        child.teacherOf(e.assignmentId()),
                        e.kind() == TimetableEntry.EntryKind.CANCELLED);
            }
            List<StudentRecords.StudentHomework> homework =
                    records.homework(student.id(), child.journalIds(), today.minusDays(7));
            for (StudentRecords.StudentHomework h : homework) {
                ics.allDay(
                        "homework-" + h.homeworkId() + "-" + student.id() + "@spo-journal",
                        h.forDay(),
                        PortalWords.WORDS.format(
                                        "homework",
                                        child.subjectOf(h.assignmentId()).name())
                                + who,
                        h.content());
            }
        }
        if (owner.staffId() != null && owner.has(ru.spojournal.platform.security.Role.TEACHER)) {
            teacherLessons(ics, owner, zone, today, bells);
        }
        return ics.end();
    }

    /** A teacher's own lessons, substitutions included, with the group in the title. */
    private void teacherLessons(
            ICalendar ics,
            CurrentUser owner,
            ZoneId zone,
            LocalDate today,
            Map<java.time.DayOfWeek, Map<Integer, PeriodView>> bells) {
        long inst = owner.institutionId();
        List<TimetableEntry> entries =
                timetable.forTeacher(inst, owner.staffId(), today.minusDays(7), today.plusDays(28));
        Map<Long, ru.spojournal.teaching.AssignmentView> assignments =
                load
                        .byIds(entries.stream()
                                .map(TimetableEntry::assignmentId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(ru.spojournal.teaching.AssignmentView::id, a -> a));
        Map<Long, String> groups = structure
                .groupsByIds(assignments.values().stream()
                        .map(ru.spojournal.teaching.AssignmentView::groupId)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(
                        ru.spojournal.structure.GroupView::id, ru.spojournal.structure.GroupView::name));
        Map<Long, String> subjects = structure
                .subjectsByIds(assignments.values().stream()
                        .map(ru.spojournal.teaching.AssignmentView::subjectId)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(
                        ru.spojournal.structure.SubjectView::id, ru.spojournal.structure.SubjectView::title));
        for (TimetableEntry e : entries) {
            PeriodView p = bells.computeIfAbsent(
                            e.date().getDayOfWeek(),
                            d -> calendar.periods(inst, d).stream()
                                    .collect(Collectors.toMap(PeriodView::number, x -> x, (a, b) -> a)))
                    .get(e.periodNumber());
            var a = assignments.get(e.assignmentId());
            if (p == null || a == null) {
                continue;
            }
            ics.event(
                    "teach-" + e.assignmentId() + "-" + e.date() + "-" + e.periodNumber() + "@spo-journal",
                    e.date().atTime(p.start()).atZone(zone).toInstant(),
                    e.date().atTime(p.end()).atZone(zone).toInstant(),
                    groups.get(a.groupId()) + ": " + subjects.get(a.subjectId()),
                    e.room() == null ? null : PortalWords.room(e.room()),
                    e.kind() == TimetableEntry.EntryKind.REPLACED ? PortalWords.WORDS.word("replacement") : null,
                    e.kind() == TimetableEntry.EntryKind.CANCELLED);
        }
    }
}
