package ru.spojournal.exchange.domain;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.PeriodView;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.SlotView;
import ru.spojournal.teaching.TeachingLoad;
import ru.spojournal.teaching.Timetable;

/** What a timetable import checks against: the load, the slots in place and the bells of each day. */
@Component
class TimetableData {

    record Data(Map<Long, AssignmentView> assignments, List<SlotView> slots, Map<Integer, Set<Integer>> periods) {}

    private final TeachingLoad load;
    private final Timetable timetable;
    private final AcademicCalendar calendar;

    TimetableData(TeachingLoad load, Timetable timetable, AcademicCalendar calendar) {
        this.load = load;
        this.timetable = timetable;
        this.calendar = calendar;
    }

    Data load(long institutionId) {
        Map<Long, AssignmentView> assignments =
                load.allOf(institutionId).stream().collect(Collectors.toMap(AssignmentView::id, Function.identity()));
        List<SlotView> slots = assignments.isEmpty() ? List.of() : timetable.slotsOf(assignments.keySet());
        Map<Integer, Set<Integer>> periods = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            periods.put(
                    day.getValue(),
                    calendar.periods(institutionId, day).stream()
                            .map(PeriodView::number)
                            .collect(Collectors.toSet()));
        }
        return new Data(assignments, slots, periods);
    }
}
