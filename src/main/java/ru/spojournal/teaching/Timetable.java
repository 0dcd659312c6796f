package ru.spojournal.teaching;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The timetable as dates: weekly slots expanded over a range of days (with odd and even weeks),
 * then dated substitutions applied. A teacher's "lessons today", a student's week and the control
 * of timely entries all read it from here.
 */
public interface Timetable {

    /** The lessons a teacher conducts on the days, their own and those they substitute. */
    List<TimetableEntry> forTeacher(long institutionId, long staffId, LocalDate from, LocalDate to);

    /** The lessons of the assignments on the days, substitutions applied (a group's or a student's week). */
    List<TimetableEntry> forAssignments(
            long institutionId, Collection<AssignmentView> of, LocalDate from, LocalDate to);

    List<SlotView> slotsOf(Collection<Long> assignmentIds);

    List<SubstitutionView> substitutions(long institutionId, LocalDate from, LocalDate to);
}
