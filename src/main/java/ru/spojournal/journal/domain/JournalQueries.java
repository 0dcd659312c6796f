package ru.spojournal.journal.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.journal.AbsenceReasonView;
import ru.spojournal.journal.AttendanceKind;
import ru.spojournal.journal.JournalSettings;
import ru.spojournal.journal.MarkValue;
import ru.spojournal.journal.NamedOption;
import ru.spojournal.journal.WorkTypeView;
import ru.spojournal.journal.domain.JournalGrid.Cell;
import ru.spojournal.journal.domain.JournalGrid.ColumnHead;
import ru.spojournal.journal.domain.JournalGrid.GridCell;
import ru.spojournal.journal.domain.JournalGrid.HeadCell;
import ru.spojournal.journal.domain.JournalGrid.LessonColumn;
import ru.spojournal.journal.domain.JournalGrid.StudentRow;
import ru.spojournal.people.StudentView;

/**
 * Reads a whole journal with a fixed number of queries, one per kind of record, whatever the
 * number of students and lessons; the rows are then put together in memory.
 */
@Service
@Transactional(readOnly = true)
public class JournalQueries {

    private final LessonRepository lessons;
    private final MarkColumnRepository columns;
    private final MarkRepository marks;
    private final AttendanceRepository attendance;
    private final HomeworkRepository homework;
    private final ExemptionRepository exemptions;
    private final JournalSettings settings;
    private final JournalHistory history;

    JournalQueries(
            LessonRepository lessons,
            MarkColumnRepository columns,
            MarkRepository marks,
            AttendanceRepository attendance,
            HomeworkRepository homework,
            ExemptionRepository exemptions,
            JournalSettings settings,
            JournalHistory history) {
        this.history = history;
        this.lessons = lessons;
        this.columns = columns;
        this.marks = marks;
        this.attendance = attendance;
        this.homework = homework;
        this.exemptions = exemptions;
        this.settings = settings;
    }

    public JournalGrid grid(JournalContext ctx) {
        long aid = ctx.assignmentId();
        List<WorkTypeView> workTypes = settings.workTypes(ctx.institutionId());
        List<NamedOption> lessonTypes = settings.lessonTypes(ctx.institutionId());
        Map<Long, WorkTypeView> typeById =
                workTypes.stream().collect(Collectors.toMap(WorkTypeView::id, Function.identity()));
        Map<Long, String> lessonTypeName =
                lessonTypes.stream().collect(Collectors.toMap(NamedOption::id, NamedOption::name));
        List<Lesson> lessonRows = lessons.ofJournal(aid);
        Map<Long, List<MarkColumn>> columnsByLesson =
                columns.ofJournal(aid).stream().collect(Collectors.groupingBy(MarkColumn::getLessonId));
        Map<Long, List<Homework>> homeworkByLesson =
                homework.ofJournal(aid).stream().collect(Collectors.groupingBy(Homework::getLessonId));
        Set<Long> exempt =
                exemptions.activeOf(aid).stream().map(Exemption::getStudentId).collect(Collectors.toSet());

        List<LessonColumn> lessonColumns = new ArrayList<>();
        Map<Long, ColumnHead> liveColumns = new HashMap<>();
        Map<Long, BigDecimal> weights = new HashMap<>();
        Map<Long, Integer> lessonHours = new HashMap<>();
        for (Lesson l : lessonRows) {
            List<ColumnHead> heads = new ArrayList<>();
            for (MarkColumn c : columnsByLesson.getOrDefault(l.getId(), List.of())) {
                WorkTypeView t = typeById.get(c.getWorkTypeId());
                ColumnHead head = new ColumnHead(
                        c.getId(), t.name(), shortLabel(t.name(), c.getTitle()), c.getTitle(), t.passFail());
                heads.add(head);
                liveColumns.put(c.getId(), head);
                weights.put(c.getId(), t.weight());
            }
            lessonHours.put(l.getId(), l.getHours());
            List<Homework> hw = homeworkByLesson.getOrDefault(l.getId(), List.of());
            LessonDetails d = l.details();
            lessonColumns.add(new LessonColumn(
                    l.getId(),
                    d.date(),
                    d.periodNumber(),
                    d.hours(),
                    d.topic(),
                    d.lessonTypeId(),
                    d.lessonTypeId() == null ? null : lessonTypeName.get(d.lessonTypeId()),
                    describe(hw, false),
                    describe(hw, true),
                    heads,
                    l.getFirstRecordedAt(),
                    l.getAttendanceTakenAt(),
                    l.getVersion(),
                    d.date().isBefore(ctx.today()),
                    d.date().isAfter(ctx.today())));
        }

        Map<Long, Map<Long, Cell>> markCells = new HashMap<>();
        Map<Long, List<Averages.Weighted>> byStudent = new HashMap<>();
        for (Mark m : marks.ofJournal(aid)) {
            if (!liveColumns.containsKey(m.getColumnId())) {
                continue;
            }
            markCells
                    .computeIfAbsent(m.getColumnId(), k -> new HashMap<>())
                    .put(m.getStudentId(), new Cell(m.getValue(), RecordService.display(m.getValue()), m.getVersion()));
            byStudent
                    .computeIfAbsent(m.getStudentId(), k -> new ArrayList<>())
                    .add(new Averages.Weighted(
                            MarkValue.ofCode(m.getValue()).orElseThrow(), weights.get(m.getColumnId())));
        }
        List<AbsenceReasonView> reasons = settings.absenceReasons(ctx.institutionId());
        Map<Long, AbsenceReasonView> reasonById =
                reasons.stream().collect(Collectors.toMap(AbsenceReasonView::id, Function.identity()));
        Map<Long, Map<Long, Cell>> attendanceCells = new HashMap<>();
        Map<Long, Integer> missed = new HashMap<>();
        for (Attendance a : attendance.ofJournal(aid)) {
            Integer hours = lessonHours.get(a.getLessonId());
            if (hours == null) {
                continue;
            }
            attendanceCells
                    .computeIfAbsent(a.getLessonId(), k -> new HashMap<>())
                    .put(
                            a.getStudentId(),
                            new Cell(
                                    a.getKind().name(),
                                    a.describe(hours, reasonById.get(a.getAbsenceReasonId())),
                                    a.getVersion(),
                                    a.getAbsenceReasonId()));
            if (a.getKind() == AttendanceKind.ABSENT) {
                missed.merge(a.getStudentId(), a.getHoursMissed() == null ? hours : a.getHoursMissed(), Integer::sum);
            }
        }

        List<HeadCell> heads = heads(lessonColumns);
        Set<Long> excusing = reasons.stream()
                .filter(AbsenceReasonView::excused)
                .map(AbsenceReasonView::id)
                .collect(Collectors.toSet());
        List<StudentRow> rows = new ArrayList<>();
        List<BigDecimal> countedAverages = new ArrayList<>();
        int n = 1;
        for (StudentView s : ctx.students()) {
            List<Averages.Weighted> own = byStudent.getOrDefault(s.id(), List.of());
            BigDecimal average = Averages.weightedAverage(own);
            boolean isExempt = exempt.contains(s.id());
            if (!isExempt) {
                countedAverages.add(average);
            }
            rows.add(new StudentRow(
                    s.id(),
                    n++,
                    s.name().full(),
                    s.name().initials(),
                    isExempt,
                    average,
                    own.size(),
                    missed.getOrDefault(s.id(), 0),
                    cells(heads, s.id(), isExempt, markCells, attendanceCells, excusing)));
        }
        return new JournalGrid(
                ctx,
                rows,
                lessonColumns,
                heads,
                markCells,
                attendanceCells,
                Averages.Shares.of(countedAverages),
                workTypes,
                lessonTypes,
                reasons);
    }

    private static List<HeadCell> heads(List<LessonColumn> lessons) {
        List<HeadCell> heads = new ArrayList<>();
        for (LessonColumn l : lessons) {
            boolean first = true;
            for (ColumnHead c : l.columns()) {
                heads.add(new HeadCell(
                        "m",
                        l.id(),
                        c.id(),
                        c.shortLabel(),
                        c.workType() + (c.title() == null ? "" : " " + c.title()),
                        c.passFail(),
                        l.date(),
                        l.late(),
                        l.future(),
                        l.hours(),
                        first));
                first = false;
            }
            heads.add(new HeadCell(
                    "a",
                    l.id(),
                    null,
                    JournalWords.ABSENT,
                    JournalWords.WORDS.word("attendanceColumn"),
                    false,
                    l.date(),
                    l.late(),
                    l.future(),
                    l.hours(),
                    first));
        }
        return heads;
    }

    private static List<GridCell> cells(
            List<HeadCell> heads,
            long studentId,
            boolean exempt,
            Map<Long, Map<Long, Cell>> marks,
            Map<Long, Map<Long, Cell>> attendance,
            Set<Long> excusing) {
        List<GridCell> cells = new ArrayList<>(heads.size());
        for (HeadCell h : heads) {
            Cell cell = h.kind().equals("m")
                    ? marks.getOrDefault(h.columnId(), Map.of()).get(studentId)
                    : attendance.getOrDefault(h.lessonId(), Map.of()).get(studentId);
            String css =
                    (h.firstOfLesson() ? "cell first " : "cell ") + (h.kind().equals("m") ? "mark" : "att");
            if (exempt && h.kind().equals("m")) {
                cells.add(new GridCell(JournalWords.EXEMPT, -1, css + " exempt"));
            } else {
                if (cell != null && "2".equals(cell.value())) {
                    css += " low";
                } else if (cell != null && cell.reasonId() != null && excusing.contains(cell.reasonId())) {
                    css += " excused";
                }
                cells.add(new GridCell(
                        cell == null ? "" : cell.display(),
                        cell == null ? -1 : cell.version(),
                        css,
                        cell == null ? null : cell.reasonId()));
            }
        }
        return cells;
    }

    private static String describe(List<Homework> hw, boolean individual) {
        return hw.stream()
                .filter(h -> h.details().individual() == individual)
                .map(h -> h.details().describe())
                .findFirst()
                .orElse(null);
    }

    /** A short header for a column: «УО», «ПР №3», «КР». */
    static String shortLabel(String workType, String title) {
        String[] words = workType.split("\\s+");
        StringBuilder label = new StringBuilder();
        for (String w : words) {
            label.append(Character.toUpperCase(w.charAt(0)));
        }
        return title == null ? label.toString() : label + " " + title;
    }

    /** Lessons recorded on a date in the given journals: assignment id → lesson count. */
    public Map<Long, Long> lessonsOn(List<Long> assignmentIds, java.time.LocalDate date) {
        return assignmentIds.isEmpty()
                ? Map.of()
                : lessons.ofJournalsOn(assignmentIds, date).stream()
                        .collect(Collectors.groupingBy(Lesson::getAssignmentId, Collectors.counting()));
    }

    /** The homework of a lesson of this journal, for the edit form. */
    public List<HomeworkDetails> homeworkOf(JournalContext ctx, long lessonId) {
        return homework.ofLesson(lessonId).stream()
                .filter(h -> h.getAssignmentId().equals(ctx.assignmentId()))
                .map(Homework::details)
                .toList();
    }

    /** The history of one cell (R1): a mark column or a lesson's attendance, for one student. */
    public List<ChangeView> cellHistory(JournalContext ctx, ChangeKind kind, long subjectId, long studentId) {
        return history.ofCell(ctx, kind, subjectId, studentId);
    }

    /** The history of a lesson: its own changes and those of its cells. */
    public List<ChangeView> lessonHistory(JournalContext ctx, long lessonId) {
        return history.ofLesson(ctx, lessonId);
    }
}
