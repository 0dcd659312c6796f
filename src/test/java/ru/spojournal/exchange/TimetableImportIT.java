package ru.spojournal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.spojournal.exchange.ExchangeFixtures.row;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.exchange.domain.FileFormat;
import ru.spojournal.exchange.domain.ImportList;
import ru.spojournal.exchange.domain.ImportReport;
import ru.spojournal.exchange.domain.ListFiles;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.structure.StructureCommands.NewPeriod;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.SlotView;
import ru.spojournal.teaching.TeachingLoad;
import ru.spojournal.teaching.Timetable;

/** The timetable list: checked row by row, applied whole, replacing the timetable of its groups and terms. */
@IntegrationTest
class TimetableImportIT {

    static final List<String> HEADER = row(
            "Группа",
            "Подгруппа",
            "День недели",
            "Пара",
            "Неделя",
            "Дисциплина",
            "Преподаватель",
            "Аудитория",
            "Учебный год",
            "Номер семестра");

    @Autowired
    ExchangeFixtures fixtures;

    @Autowired
    StructureAdmin structure;

    @Autowired
    TeachingLoad load;

    @Autowired
    Timetable timetable;

    @Autowired
    ListFiles files;

    @Autowired
    MockMvc mvc;

    @Autowired
    ru.spojournal.support.Colleges colleges;

    long college;

    /** Two groups, two teachers (one with an external id), two subjects and their load in term 1. */
    @BeforeEach
    void collegeWithLoad() {
        college = fixtures.emptyCollege();
        structure.createBellSchedule(
                college,
                "Основной режим",
                List.of(
                        new NewPeriod(null, 1, LocalTime.of(8, 30), LocalTime.of(10, 0)),
                        new NewPeriod(null, 2, LocalTime.of(10, 10), LocalTime.of(11, 40)),
                        new NewPeriod(null, 3, LocalTime.of(12, 20), LocalTime.of(13, 50)),
                        new NewPeriod(6, 1, LocalTime.of(8, 30), LocalTime.of(10, 0))));
        apply(
                ImportList.GROUPS,
                row("Группа", "Код специальности", "Специальность", "Отделение", "Курс", "Год набора"),
                row("ОМД-26-1", "22.02.05", "Обработка металлов давлением", "Металлургическое отделение", "1", "2026"),
                row("ИСП-25-1", "09.02.07", "Информационные системы и программирование", "Отделение ИТ", "2", "2025"));
        apply(
                ImportList.STAFF,
                row("Внешний код", "Фамилия", "Имя", "Отчество", "Пол", "Должность"),
                row("T-1", "Расписанова", "Ольга", "Николаевна", "Ж", "Преподаватель"),
                row("", "Звонков", "Иван", "Сергеевич", "М", "Преподаватель"));
        apply(
                ImportList.SUBJECTS,
                row("Код дисциплины", "Дисциплина", "Вид"),
                row("ОП.03", "Материаловедение", "дисциплина"),
                row("ЕН.01", "Математика", "дисциплина"));
        apply(
                ImportList.ASSIGNMENTS,
                row("Преподаватель", "Группа", "Код дисциплины", "Учебный год", "Номер семестра", "Часов"),
                row("Расписанова Ольга Николаевна", "ОМД-26-1", "ОП.03", "2026/2027", "1", "64"),
                row("Звонков Иван Сергеевич", "ОМД-26-1", "ЕН.01", "2026/2027", "1", "64"),
                row("Звонков Иван Сергеевич", "ИСП-25-1", "ЕН.01", "2026/2027", "1", "64"));
    }

    private void apply(ImportList list, List<String>... rows) {
        ImportReport report = fixtures.apply(college, list, Sheets.xlsx(List.of(rows)));
        assertThat(fixtures.describe(report)).as(list.slug()).isEmpty();
    }

    static byte[] week() {
        return Sheets.xlsx(List.of(
                HEADER,
                row(
                        "ОМД-26-1",
                        "",
                        "понедельник",
                        "1",
                        "каждая",
                        "ОП.03",
                        "Расписанова Ольга Николаевна",
                        "214",
                        "2026/2027",
                        "1"),
                row(
                        "ОМД-26-1",
                        "",
                        "2",
                        "1",
                        "числитель",
                        "Математика",
                        "Звонков Иван Сергеевич",
                        "301",
                        "2026/2027",
                        "1"),
                row(
                        "ИСП-25-1",
                        "",
                        "вт",
                        "1",
                        "знаменатель",
                        "ЕН.01 Математика",
                        "Звонков Иван Сергеевич",
                        "",
                        "2026/2027",
                        "1"),
                row("ОМД-26-1", "", "суббота", "1", "", "ОП.03", "T-1", "", "2026/2027", "1")));
    }

    private List<SlotView> slots() {
        return timetable.slotsOf(
                load.allOf(college).stream().map(AssignmentView::id).toList());
    }

    @Test
    void imports_the_weeks_slots_with_days_parities_rooms_and_teachers_by_name_or_external_id() {
        ImportReport report = fixtures.apply(college, ImportList.TIMETABLE, week());

        assertThat(fixtures.describe(report)).isEmpty();
        assertThat(report.applied()).isTrue();
        assertThat(report.counts()).containsEntry("exchange.count.slots.created", 4);
        assertThat(slots())
                .extracting(s -> s.dayOfWeek() + "/" + s.periodNumber() + "/" + s.parity() + "/" + s.room())
                .containsExactlyInAnyOrder("1/1/ALL/214", "2/1/ODD/301", "2/1/EVEN/null", "6/1/ALL/null");
    }

    @Test
    void importing_the_same_file_again_changes_nothing() {
        fixtures.apply(college, ImportList.TIMETABLE, week());
        List<Long> ids = slots().stream().map(SlotView::id).toList();

        ImportReport again = fixtures.apply(college, ImportList.TIMETABLE, week());

        assertThat(again.changesSomething()).as(again.counts().toString()).isFalse();
        assertThat(again.counts()).containsEntry("exchange.count.slots.unchanged", 4);
        assertThat(slots()).extracting(SlotView::id).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void a_file_replaces_the_timetable_of_its_groups_and_leaves_other_groups_alone() {
        fixtures.apply(college, ImportList.TIMETABLE, week());

        ImportReport report = fixtures.apply(
                college,
                ImportList.TIMETABLE,
                Sheets.xlsx(List.of(
                        HEADER,
                        row(
                                "ОМД-26-1",
                                "",
                                "среда",
                                "2",
                                "каждая",
                                "ОП.03",
                                "Расписанова Ольга Николаевна",
                                "214",
                                "2026/2027",
                                "1"))));

        assertThat(fixtures.describe(report)).isEmpty();
        assertThat(report.counts())
                .containsEntry("exchange.count.slots.created", 1)
                .containsEntry("exchange.count.slots.removed", 3);
        assertThat(slots())
                .extracting(s -> s.dayOfWeek() + "/" + s.periodNumber() + "/" + s.parity())
                .containsExactlyInAnyOrder("3/2/ALL", "2/1/EVEN");
    }

    @Test
    void lists_every_problem_by_row_and_column_and_imports_nothing() {
        ImportReport report = fixtures.apply(
                college,
                ImportList.TIMETABLE,
                Sheets.xlsx(List.of(
                        HEADER,
                        row(
                                "ОМД-99-9",
                                "",
                                "понедельник",
                                "1",
                                "",
                                "ОП.03",
                                "Расписанова Ольга Николаевна",
                                "",
                                "2026/2027",
                                "1"),
                        row(
                                "ОМД-26-1",
                                "",
                                "восьмидень",
                                "1",
                                "",
                                "ОП.03",
                                "Расписанова Ольга Николаевна",
                                "",
                                "2026/2027",
                                "1"),
                        row(
                                "ОМД-26-1",
                                "",
                                "среда",
                                "5",
                                "",
                                "ОП.03",
                                "Расписанова Ольга Николаевна",
                                "",
                                "2026/2027",
                                "1"),
                        row(
                                "ОМД-26-1",
                                "",
                                "среда",
                                "1",
                                "через раз",
                                "ОП.03",
                                "Расписанова Ольга Николаевна",
                                "",
                                "2026/2027",
                                "1"),
                        row(
                                "ОМД-26-1",
                                "",
                                "среда",
                                "1",
                                "",
                                "Химия",
                                "Расписанова Ольга Николаевна",
                                "",
                                "2026/2027",
                                "1"),
                        row("ОМД-26-1", "", "среда", "1", "", "ОП.03", "Никто Никтоевич", "", "2026/2027", "1"),
                        row("ОМД-26-1", "", "среда", "1", "", "ОП.03", "Звонков Иван Сергеевич", "", "2026/2027", "1"),
                        row(
                                "ОМД-26-1",
                                "",
                                "четверг",
                                "1",
                                "",
                                "ОП.03",
                                "Расписанова Ольга Николаевна",
                                "",
                                "2026/2027",
                                "1"),
                        row(
                                "ОМД-26-1",
                                "",
                                "четверг",
                                "1",
                                "числитель",
                                "ЕН.01",
                                "Звонков Иван Сергеевич",
                                "",
                                "2026/2027",
                                "1"),
                        row(
                                "ИСП-25-1",
                                "",
                                "пятница",
                                "2",
                                "числитель",
                                "ЕН.01",
                                "Звонков Иван Сергеевич",
                                "",
                                "2026/2027",
                                "1"),
                        row(
                                "ОМД-26-1",
                                "",
                                "пятница",
                                "2",
                                "",
                                "ЕН.01",
                                "Звонков Иван Сергеевич",
                                "",
                                "2026/2027",
                                "1"))));

        assertThat(report.applied()).isFalse();
        assertThat(fixtures.describe(report))
                .containsExactlyInAnyOrder(
                        "строка 2, «Группа»: Группа «ОМД-99-9» не найдена. Сначала загрузите или создайте группу.",
                        "строка 3, «День недели»: День недели «восьмидень» не распознан: напишите понедельник … воскресенье или"
                                + " число от 1 до 7.",
                        "строка 5, «Неделя»: Неделя «через раз» не распознана: напишите каждая, числитель или знаменатель.",
                        "строка 4, «Пара»: В расписании звонков на этот день (среда) нет пары 5.",
                        "строка 6, «Дисциплина»: Дисциплина «Химия» не найдена. Сначала загрузите дисциплины.",
                        "строка 7, «Преподаватель»: Преподаватель «Никто Никтоевич» не найден ни по ФИО, ни по внешнему коду.",
                        "строка 8, «Преподаватель»: Дисциплину «ОП.03» в группе ОМД-26-1 в этом семестре ведёт другой"
                                + " преподаватель, не «Звонков Иван Сергеевич».",
                        "строка 10, «Пара»: У группы ОМД-26-1 в это время уже есть занятие (строка 9).",
                        "строка 12, «Пара»: Преподаватель «Звонков Иван Сергеевич» в это время уже ведёт занятие (строка 11).");
        assertThat(slots()).isEmpty();
    }

    @Test
    void a_teacher_busy_in_a_group_the_file_leaves_alone_is_refused() {
        fixtures.apply(college, ImportList.TIMETABLE, week());

        ImportReport report = fixtures.apply(
                college,
                ImportList.TIMETABLE,
                Sheets.xlsx(List.of(
                        HEADER,
                        row(
                                "ОМД-26-1",
                                "",
                                "вторник",
                                "1",
                                "каждая",
                                "ЕН.01",
                                "Звонков Иван Сергеевич",
                                "",
                                "2026/2027",
                                "1"))));

        assertThat(fixtures.describe(report))
                .containsExactly(
                        "строка 2, «Пара»: Преподаватель «Звонков Иван"
                                + " Сергеевич» в это время ведёт занятие в группе ИСП-25-1, расписание которой этот файл не меняет.");
        assertThat(slots()).hasSize(4);
    }

    @Test
    void the_exported_timetable_in_xlsx_and_csv_imports_back_without_a_change() {
        fixtures.apply(college, ImportList.TIMETABLE, week());

        for (FileFormat format : FileFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            files.export(college, ImportList.TIMETABLE, format, Locale.forLanguageTag("ru"), out);
            if (format == FileFormat.CSV) {
                assertThat(out.toString(StandardCharsets.UTF_8))
                        .contains(
                                "ОМД-26-1;;понедельник;1;каждая;ОП.03 Материаловедение;Расписанова Ольга Николаевна;214;2026/2027;1");
            }
            ImportReport again = fixtures.check(college, ImportList.TIMETABLE, out.toByteArray());
            assertThat(fixtures.describe(again)).isEmpty();
            assertThat(again.changesSomething())
                    .as(format + ": " + again.counts())
                    .isFalse();
        }
    }

    @Test
    void only_the_administrator_downloads_the_timetable_template_and_export() throws Exception {
        ru.spojournal.support.Colleges.College own = colleges.create(1);
        for (String url : List.of("/admin/exchange/templates/timetable.xlsx", "/admin/exchange/export/timetable.csv")) {
            for (String login : List.of("teacher", "curator", "deputy")) {
                mvc.perform(get(url).session(Logins.session(mvc, own.member(login))))
                        .andExpect(status().isForbidden());
            }
            mvc.perform(get(url).session(Logins.session(mvc, own.admin()))).andExpect(status().isOk());
        }
    }
}
