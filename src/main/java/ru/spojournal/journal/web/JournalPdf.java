package ru.spojournal.journal.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import ru.spojournal.journal.domain.JournalGrid;
import ru.spojournal.journal.domain.JournalGrid.Cell;
import ru.spojournal.journal.domain.JournalGrid.ColumnHead;
import ru.spojournal.journal.domain.JournalGrid.LessonColumn;
import ru.spojournal.journal.domain.JournalGrid.StudentRow;

/**
 * A journal printed as the paper «журнал учебных занятий» of СПО: a title page, then for each
 * month its left page (students by the month's lessons: absences and marks) and its right page
 * (date, hours, topic, homework and the teacher's name). The font is embedded, so the file reads
 * the same on any machine.
 */
@Component
class JournalPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;
    private final byte[] regular = read("fonts/DejaVuSans.ttf");
    private final byte[] bold = read("fonts/DejaVuSans-Bold.ttf");

    JournalPdf(MessageSource messages) {
        this.messages = messages;
    }

    /** The journal's title and people, as the title page names them. */
    record Title(String college, String teacher) {}

    byte[] render(JournalGrid grid, Title title, Locale locale) {
        try {
            BaseFont base =
                    BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, regular, null);
            BaseFont baseBold = BaseFont.createFont(
                    "DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bold, null);
            Fonts fonts =
                    new Fonts(new Font(base, 8), new Font(baseBold, 8), new Font(baseBold, 16), new Font(base, 12));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
            PdfWriter.getInstance(document, out);
            document.addTitle(text("journal.print.title", locale));
            document.open();
            titlePage(document, grid, title, fonts, locale);
            for (Map.Entry<YearMonth, List<LessonColumn>> month : byMonth(grid).entrySet()) {
                String name = month.getKey().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " "
                        + month.getKey().getYear();
                document.newPage();
                document.add(new Paragraph(text("journal.print.leftPage", locale, name), fonts.bold()));
                document.add(leftPage(grid, month.getValue(), fonts, locale));
                document.newPage();
                document.add(new Paragraph(text("journal.print.rightPage", locale, name), fonts.bold()));
                document.add(rightPage(month.getValue(), title, fonts, locale));
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Fonts(Font regular, Font bold, Font heading, Font large) {}

    private void titlePage(Document document, JournalGrid grid, Title title, Fonts fonts, Locale locale) {
        var ctx = grid.context();
        document.add(centred(title.college(), fonts.large()));
        Paragraph heading = centred(text("journal.print.title", locale), fonts.heading());
        heading.setSpacingBefore(120);
        heading.setSpacingAfter(30);
        document.add(heading);
        String group = ctx.group().name()
                + (ctx.subgroup() == null ? "" : ", " + ctx.subgroup().name());
        document.add(centred(text("journal.print.group", locale, group), fonts.large()));
        document.add(centred(
                text(
                        "journal.print.subject",
                        locale,
                        ctx.subject().code() + " " + ctx.subject().name()),
                fonts.large()));
        document.add(centred(
                text(
                        "journal.print.term",
                        locale,
                        ctx.term().name(),
                        ctx.term().academicYearName(),
                        DATE.format(ctx.term().startDate()),
                        DATE.format(ctx.term().endDate())),
                fonts.large()));
        document.add(centred(text("journal.print.teacher", locale, title.teacher()), fonts.large()));
    }

    private PdfPTable leftPage(JournalGrid grid, List<LessonColumn> lessons, Fonts fonts, Locale locale) {
        PdfPTable table = new PdfPTable(2 + lessons.size());
        float[] widths = new float[2 + lessons.size()];
        widths[0] = 2;
        widths[1] = 14;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 2.6f;
        }
        table.setWidths(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(cell(text("journal.print.number", locale), fonts.bold()));
        table.addCell(cell(text("journal.print.student", locale), fonts.bold()));
        for (LessonColumn lesson : lessons) {
            table.addCell(cell(DAY.format(lesson.date()), fonts.bold()));
        }
        for (StudentRow student : grid.students()) {
            table.addCell(cell(String.valueOf(student.number()), fonts.regular()));
            table.addCell(cell(student.name(), fonts.regular()));
            for (LessonColumn lesson : lessons) {
                table.addCell(cell(entries(grid, lesson, student.id()), fonts.regular()));
            }
        }
        return table;
    }

    /** What one student has for one lesson: the absence, then the marks of its columns. */
    private static String entries(JournalGrid grid, LessonColumn lesson, long studentId) {
        List<String> parts = new ArrayList<>();
        Cell absence = grid.attendance(lesson.id(), studentId);
        if (absence != null && absence.display() != null && !absence.display().isBlank()) {
            parts.add(absence.display());
        }
        for (ColumnHead column : lesson.columns()) {
            Cell mark = grid.mark(column.id(), studentId);
            if (mark != null && mark.display() != null && !mark.display().isBlank()) {
                parts.add(mark.display());
            }
        }
        return String.join(" ", parts);
    }

    private PdfPTable rightPage(List<LessonColumn> lessons, Title title, Fonts fonts, Locale locale) {
        PdfPTable table = new PdfPTable(new float[] {3, 2, 16, 12, 6});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of(
                "journal.print.date",
                "journal.print.hours",
                "journal.print.topic",
                "journal.print.homework",
                "journal.print.signature")) {
            table.addCell(cell(text(key, locale), fonts.bold()));
        }
        for (LessonColumn lesson : lessons) {
            table.addCell(cell(DATE.format(lesson.date()), fonts.regular()));
            table.addCell(cell(String.valueOf(lesson.hours()), fonts.regular()));
            table.addCell(cell(lesson.topic() == null ? "" : lesson.topic(), fonts.regular()));
            table.addCell(cell(lesson.homework() == null ? "" : lesson.homework(), fonts.regular()));
            table.addCell(cell(title.teacher(), fonts.regular()));
        }
        return table;
    }

    private static Map<YearMonth, List<LessonColumn>> byMonth(JournalGrid grid) {
        Map<YearMonth, List<LessonColumn>> months = new LinkedHashMap<>();
        grid.lessons().stream()
                .sorted(java.util.Comparator.comparing(LessonColumn::date))
                .forEach(l -> months.computeIfAbsent(YearMonth.from(l.date()), m -> new ArrayList<>())
                        .add(l));
        return months;
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(2);
        return cell;
    }

    private static Paragraph centred(String value, Font font) {
        Paragraph p = new Paragraph(value, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(8);
        return p;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the font " + path + " is missing from the application", e);
        }
    }
}
