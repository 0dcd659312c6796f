package ru.spojournal.journal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.spojournal.journal.AbsenceReasonView;
import ru.spojournal.journal.NamedOption;
import ru.spojournal.journal.WorkTypeView;

/**
 * The journal page as the paper journal's two pages: students by lessons with their mark columns
 * and attendance (left), and the list of lessons with topics and homework (right).
 */
public record JournalGrid(
        JournalContext context,
        List<StudentRow> students,
        List<LessonColumn> lessons,
        List<HeadCell> heads,
        Map<Long, Map<Long, Cell>> marks,
        Map<Long, Map<Long, Cell>> attendance,
        Averages.Shares shares,
        List<WorkTypeView> workTypes,
        List<NamedOption> lessonTypes,
        List<AbsenceReasonView> absenceReasons) {

    public Cell mark(long columnId, long studentId) {
        return marks.getOrDefault(columnId, Map.of()).get(studentId);
    }

    public Cell attendance(long lessonId, long studentId) {
        return attendance.getOrDefault(lessonId, Map.of()).get(studentId);
    }

    /**
     * The lesson the grid's cursor starts on: the one asked for (just recorded or edited), else
     * today's lesson of the пара asked for, else the latest of today's lessons, else the latest that
     * has taken place; {@code null} when there is none.
     */
    public Long startLesson(Long wanted, Integer period) {
        if (wanted != null && lessons.stream().anyMatch(l -> l.id() == wanted)) {
            return wanted;
        }
        java.time.LocalDate today = context.today();
        List<LessonColumn> todays =
                lessons.stream().filter(l -> l.date().equals(today)).toList();
        if (period != null) {
            java.util.Optional<LessonColumn> atPeriod =
                    todays.stream().filter(l -> period.equals(l.periodNumber())).reduce((a, b) -> b);
            if (atPeriod.isPresent()) {
                return atPeriod.get().id();
            }
        }
        if (!todays.isEmpty()) {
            return todays.get(todays.size() - 1).id();
        }
        return lessons.stream()
                .filter(l -> !l.future())
                .reduce((a, b) -> b)
                .map(LessonColumn::id)
                .orElse(null);
    }

    /** A row of the left page, its cells in the order of {@link #heads()}. */
    public record StudentRow(
            long id,
            int number,
            String name,
            String shortName,
            boolean exempt,
            BigDecimal average,
            int markCount,
            int hoursMissed,
            List<GridCell> cells) {

        /**
         * The row's cells as escaped HTML, {@code <td class data-v>text</td>} each. A journal holds
         * thousands of cells; one string per row instead of a template loop per cell takes most of
         * the page's rendering time away.
         */
        public String cellsHtml() {
            StringBuilder html = new StringBuilder(cells.size() * 48);
            for (GridCell c : cells) {
                html.append("<td class=\"");
                escape(c.css(), html);
                html.append("\" data-v=\"").append(c.version());
                if (c.reasonId() != null) {
                    html.append("\" data-r=\"").append(c.reasonId());
                }
                html.append("\">");
                escape(c.display(), html);
                html.append("</td>");
            }
            return html.toString();
        }

        private static void escape(String text, StringBuilder html) {
            if (text == null) {
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                switch (ch) {
                    case '&' -> html.append("&amp;");
                    case '<' -> html.append("&lt;");
                    case '>' -> html.append("&gt;");
                    case '"' -> html.append("&quot;");
                    case '\'' -> html.append("&#39;");
                    default -> html.append(ch);
                }
            }
        }
    }

    /**
     * A column of the grid: a mark column ("m") or a lesson's attendance ("a"). The page's script
     * reads what it needs to save a cell from these headers, so each cell carries only its value.
     */
    public record HeadCell(
            String kind,
            long lessonId,
            Long columnId,
            String label,
            String title,
            boolean passFail,
            LocalDate date,
            boolean late,
            boolean future,
            int hours,
            boolean firstOfLesson) {}

    /**
     * One cell as shown: its text, its version (-1 when nothing was ever recorded), its style, and
     * for an absence the id of its reason.
     */
    public record GridCell(String display, long version, String css, Long reasonId) {

        public GridCell(String display, long version, String css) {
            this(display, version, css, null);
        }
    }

    /** A lesson with its mark columns; {@code late} when its day is past (changes need a reason). */
    public record LessonColumn(
            long id,
            LocalDate date,
            Integer periodNumber,
            int hours,
            String topic,
            Long lessonTypeId,
            String lessonType,
            String homework,
            String individualHomework,
            List<ColumnHead> columns,
            Instant firstRecordedAt,
            Instant attendanceTakenAt,
            long version,
            boolean late,
            boolean future) {}

    /** A mark column's header. */
    public record ColumnHead(long id, String workType, String shortLabel, String title, boolean passFail) {}

    /** A filled cell: the stored value, as written, its version for the next save, an absence's reason. */
    public record Cell(String value, String display, long version, Long reasonId) {

        public Cell(String value, String display, long version) {
            this(value, display, version, null);
        }
    }
}
