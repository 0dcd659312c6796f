package ru.spojournal.portal.web;

import java.util.List;
import ru.spojournal.journal.StudentRecords.StudentAbsence;

/** Hours missed, how many of them excused, and latenesses, over a list of absences. */
record MonthSummary(int hours, int excusedHours, int unexcusedHours, int latenesses) {

    static MonthSummary of(List<StudentAbsence> absences) {
        int hours = 0;
        int excused = 0;
        int late = 0;
        for (StudentAbsence a : absences) {
            if (a.kind().equals("LATE")) {
                late++;
            } else {
                hours += a.hours();
                if (a.excused()) {
                    excused += a.hours();
                }
            }
        }
        return new MonthSummary(hours, excused, hours - excused, late);
    }
}
