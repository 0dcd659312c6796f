package ru.spojournal.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.spojournal.journal.AttendanceKind;
import ru.spojournal.journal.JournalBulkLoad;
import ru.spojournal.journal.JournalBulkLoad.AbsenceSeed;
import ru.spojournal.journal.JournalBulkLoad.ColumnSeed;
import ru.spojournal.journal.JournalBulkLoad.LessonSeed;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.structure.SubjectKind;
import ru.spojournal.teaching.TimetableAdmin;
import ru.spojournal.teaching.WeekParity;

/**
 * Fills the journals of the current term up to yesterday, as teachers would have: a weekly
 * timetable of пары without clashes for groups and teachers, topics in the order of a КТП, marks
 * drawn per student from a stable ability with noise, absences that come in illnesses of several
 * days, and homework. Today's lessons are left for the demo teacher to record.
 */
@Component
class DemoJournals {

    private static final Set<MonthDay> HOLIDAYS = Set.of(
            MonthDay.of(11, 4),
            MonthDay.of(2, 23),
            MonthDay.of(3, 8),
            MonthDay.of(5, 1),
            MonthDay.of(5, 9),
            MonthDay.of(6, 12));
    private static final LocalTime[] PAIR_ENDS = {
        LocalTime.of(10, 0), LocalTime.of(11, 40), LocalTime.of(13, 50), LocalTime.of(15, 30)
    };

    private final JournalBulkLoad bulk;
    private final TimetableAdmin timetable;

    DemoJournals(JournalBulkLoad bulk, TimetableAdmin timetable) {
        this.bulk = bulk;
        this.timetable = timetable;
    }

    void fill(DemoRun run, LocalDate today) {
        Random r = run.random;
        Map<Long, Double> ability = new HashMap<>();
        Map<Long, Set<LocalDate>> ill = new HashMap<>();
        for (DemoRun.Group g : run.groups) {
            for (long s : g.studentIds()) {
                ability.put(s, Math.max(2.6, Math.min(5.0, 3.75 + r.nextGaussian() * 0.55)));
                ill.put(s, illnesses(run.termStart, today, r));
            }
        }
        Map<Long, List<int[]>> slots = saved(run, timetable(run));
        Map<Long, Integer> lessonNumber = new HashMap<>();
        List<LessonSeed> seeds = new ArrayList<>();
        for (LocalDate day = run.termStart; day.isBefore(today) && !day.isAfter(run.termEnd); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY || HOLIDAYS.contains(MonthDay.from(day))) {
                continue;
            }
            for (DemoRun.Planned p : run.planned) {
                for (int[] slot : slots.getOrDefault(p.assignmentId(), List.of())) {
                    int n = lessonNumber.getOrDefault(p.assignmentId(), 0);
                    boolean practice = p.subject().kind() == SubjectKind.PRACTICE;
                    int hours = practice ? 6 : 2;
                    if (slot[0] != day.getDayOfWeek().getValue() || (n + 1) * hours > p.hours()) {
                        continue;
                    }
                    lessonNumber.put(p.assignmentId(), n + 1);
                    seeds.add(lesson(run, p, day, practice ? null : slot[1], hours, n, ability, ill, r));
                }
            }
            if (seeds.size() > 2000) {
                bulk.load(run.institutionId, seeds);
                seeds.clear();
            }
        }
        bulk.load(run.institutionId, seeds);
    }

    private LessonSeed lesson(
            DemoRun run,
            DemoRun.Planned p,
            LocalDate day,
            Integer period,
            int hours,
            int n,
            Map<Long, Double> ability,
            Map<Long, Set<LocalDate>> ill,
            Random r) {
        List<Long> students = students(p);
        Map<Long, AbsenceSeed> absences = new LinkedHashMap<>();
        for (long s : students) {
            if (ill.get(s).contains(day)) {
                absences.put(s, new AbsenceSeed(AttendanceKind.ABSENT, hours, r.nextInt(10) < 7 ? "ILLNESS" : null));
            } else if (r.nextInt(1000) < 18) {
                absences.put(s, new AbsenceSeed(AttendanceKind.ABSENT, hours, r.nextInt(3) == 0 ? "UNEXCUSED" : null));
            } else if (r.nextInt(1000) < 10) {
                absences.put(s, new AbsenceSeed(AttendanceKind.LATE, null, null));
            }
        }
        List<Long> present = students.stream()
                .filter(s -> !absences.containsKey(s) || absences.get(s).kind() == AttendanceKind.LATE)
                .toList();
        String type;
        List<ColumnSeed> columns = new ArrayList<>();
        boolean practice = p.subject().kind() == SubjectKind.PRACTICE;
        if (practice) {
            type = "PRACTICE";
            columns.add(new ColumnSeed("PRACTICE_DAY", null, marks(present, ability, r, 1.0)));
        } else if (n % 8 == 7) {
            type = "CONTROL";
            columns.add(new ColumnSeed("CONTROL", "№" + (n / 8 + 1), marks(present, ability, r, 1.0)));
        } else if (n % 4 == 2) {
            type = "PRACTICAL";
            columns.add(new ColumnSeed("PRACTICAL", "№" + (n / 4 + 1), marks(present, ability, r, 0.9)));
        } else {
            type = n % 2 == 0 ? "COMBINED" : "LECTURE";
            columns.add(new ColumnSeed("ORAL", null, marks(present, ability, r, 0.2)));
        }
        String topic = practice
                ? "День практики " + (n + 1) + ". Выполнение работ по заданию мастера"
                : DemoTopics.topic(p.subject().name(), n);
        if (type.equals("PRACTICAL")) {
            topic = "Практическая работа №" + (n / 4 + 1) + ". " + topic;
        } else if (type.equals("CONTROL")) {
            topic = "Контрольная работа №" + (n / 8 + 1) + " по разделу «"
                    + DemoTopics.topic(p.subject().name(), n - 1) + "»";
        }
        String homework = r.nextInt(10) < 8 && !practice
                ? "§ " + (n + 1) + ", вопросы 1–" + (3 + r.nextInt(5)) + "; упр. " + (10 + r.nextInt(200))
                : null;
        int endIndex = period == null ? 3 : Math.min(period, PAIR_ENDS.length) - 1;
        LocalDate recordedDay = r.nextInt(10) == 0 ? day.plusDays(1) : day;
        java.time.Instant recordedAt = recordedDay
                .atTime(PAIR_ENDS[endIndex].plusMinutes(r.nextInt(40)))
                .atZone(DemoCollegeGenerator.ZONE)
                .toInstant();
        return new LessonSeed(
                p.assignmentId(),
                day,
                period,
                hours,
                topic,
                type,
                homework,
                columns,
                absences,
                recordedAt,
                run.staff.get(p.teacherStaffId()).accountId);
    }

    /** Marks for a share of the present students: ability plus noise, on the five-point scale. */
    private static Map<Long, String> marks(List<Long> present, Map<Long, Double> ability, Random r, double share) {
        Map<Long, String> marks = new LinkedHashMap<>();
        for (long s : present) {
            if (r.nextDouble() < share) {
                long mark = Math.round(ability.get(s) + r.nextGaussian() * 0.65);
                marks.put(s, String.valueOf(Math.max(2, Math.min(5, mark))));
            }
        }
        return marks;
    }

    /** Days of illness: an illness starts on about one school day in eighty and lasts three to eight days. */
    private static Set<LocalDate> illnesses(LocalDate from, LocalDate to, Random r) {
        Set<LocalDate> days = new HashSet<>();
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (r.nextInt(80) == 0) {
                int length = 3 + r.nextInt(6);
                for (int i = 0; i < length; i++) {
                    days.add(d.plusDays(i));
                }
                d = d.plusDays(length);
            }
        }
        return days;
    }

    private static List<Long> students(DemoRun.Planned p) {
        List<Long> all = p.group().studentIds();
        if (p.subgroupId() == null) {
            return all;
        }
        int half = all.size() / 2;
        return p.subgroupIndex() == 0 ? all.subList(0, half) : all.subList(half, all.size());
    }

    /** Writes the weekly slots into the timetable; one the timetable refuses (a clash) is dropped. */
    private Map<Long, List<int[]>> saved(DemoRun run, Map<Long, List<int[]>> chosen) {
        Map<Long, List<int[]>> kept = new HashMap<>();
        for (DemoRun.Planned p : run.planned) {
            List<int[]> ok = new ArrayList<>();
            for (int[] slot : chosen.getOrDefault(p.assignmentId(), List.of())) {
                try {
                    timetable.addSlot(
                            run.institutionId, p.assignmentId(), slot[0], slot[1], WeekParity.ALL, room(p, run.random));
                    ok.add(slot);
                } catch (FieldRejectedException clash) {
                    // The demo's own plan let two lessons meet; the timetable keeps them apart.
                }
            }
            kept.put(p.assignmentId(), ok);
        }
        return kept;
    }

    private static String room(DemoRun.Planned p, Random r) {
        if (p.subject().kind() == SubjectKind.PRACTICE) {
            return "Мастерская " + (1 + r.nextInt(4));
        }
        return (1 + r.nextInt(4)) + String.format("%02d", 1 + r.nextInt(25));
    }

    /**
     * A weekly timetable: (weekday, пара) slots for each assignment, so many pairs a week as its hours
     * need; no group and no teacher has two lessons at once (subgroups share their slot).
     */
    private static Map<Long, List<int[]>> timetable(DemoRun run) {
        Map<Long, List<int[]>> result = new HashMap<>();
        Set<String> busy = new HashSet<>();
        Map<String, List<int[]>> sharedBySubject = new HashMap<>();
        for (DemoRun.Planned p : run.planned) {
            boolean practice = p.subject().kind() == SubjectKind.PRACTICE;
            String shareKey = p.group().id() + "|" + p.subject().key();
            if (p.subgroupId() != null && sharedBySubject.containsKey(shareKey)) {
                List<int[]> shared = sharedBySubject.get(shareKey);
                shared.forEach(s -> busy.add("t" + p.teacherStaffId() + "|" + s[0] + "|" + s[1]));
                result.put(p.assignmentId(), shared);
                continue;
            }
            int perWeek = practice ? 1 : Math.max(1, (int) Math.round(p.hours() / 32.0));
            List<int[]> chosen = new ArrayList<>();
            for (int period = 1; period <= 4 && chosen.size() < perWeek; period++) {
                for (int day = 1; day <= 6 && chosen.size() < perWeek; day++) {
                    if (practice && day != 6 || !practice && day == 6 && period > 3) {
                        continue;
                    }
                    int d = day;
                    int per = period;
                    boolean dayTaken = chosen.stream().anyMatch(c -> c[0] == d);
                    String g = "g" + p.group().id() + "|" + day + "|" + period;
                    String t = "t" + p.teacherStaffId() + "|" + day + "|" + period;
                    if (!dayTaken
                            && !busy.contains(g)
                            && !busy.contains(t)
                            && !(practice
                                    && busy.stream()
                                            .anyMatch(b ->
                                                    b.startsWith("g" + p.group().id() + "|6|")))) {
                        chosen.add(new int[] {day, per});
                        busy.add(g);
                        busy.add(t);
                    }
                }
            }
            result.put(p.assignmentId(), chosen);
            if (p.subgroupId() != null) {
                sharedBySubject.put(shareKey, chosen);
            }
        }
        return result;
    }
}
