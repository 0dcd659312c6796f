package ru.spojournal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.spojournal.exchange.ExchangeFixtures.row;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.spojournal.exchange.domain.CsvReader;
import ru.spojournal.exchange.domain.ImportList;
import ru.spojournal.exchange.domain.ImportReport;
import ru.spojournal.people.GuardianView;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StudentView;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;
import ru.spojournal.support.IntegrationTest;

/** Imports of the lists into an empty college: what they create, and that a second time changes nothing. */
@IntegrationTest
class ListImportIT {

    static final List<String> GROUP_HEADER =
            row("Группа", "Код специальности", "Специальность", "Отделение", "Курс", "Год набора");
    static final List<String> STUDENT_HEADER = row(
            "Фамилия",
            "Имя",
            "Отчество",
            "Пол",
            "Дата рождения",
            "Группа",
            "Номер зачётной книжки",
            "Подгруппы",
            "Родитель 1: ФИО",
            "Родитель 1: степень родства",
            "Родитель 1: телефон",
            "Родитель 2: ФИО",
            "Родитель 2: степень родства",
            "Родитель 2: телефон");

    @Autowired
    ExchangeFixtures fixtures;

    @Autowired
    CollegeStructure structure;

    @Autowired
    PeopleDirectory people;

    long college;

    @BeforeEach
    void emptyCollege() {
        college = fixtures.emptyCollege();
        ImportReport groups = fixtures.apply(
                college,
                ImportList.GROUPS,
                Sheets.xlsx(List.of(
                        GROUP_HEADER,
                        row(
                                "ОМД-26-1",
                                "22.02.05",
                                "Обработка металлов давлением",
                                "Металлургическое отделение",
                                "1",
                                "2026"),
                        row(
                                "ИСП-25-1",
                                "09.02.07",
                                "Информационные системы и программирование",
                                "Отделение ИТ",
                                "2",
                                "2025"))));
        assertThat(fixtures.describe(groups)).isEmpty();
    }

    static byte[] students() {
        return Sheets.xlsx(List.of(
                STUDENT_HEADER,
                row(
                        "Кузнецов",
                        "Артём",
                        "Игоревич",
                        "М",
                        "14.03.2010",
                        "ОМД-26-1",
                        "26-0001",
                        "1 подгруппа",
                        "Кузнецова Елена Викторовна",
                        "мать",
                        "+7 913 111-22-33",
                        "Кузнецов Игорь Петрович",
                        "отец",
                        ""),
                row(
                        "Кузнецова",
                        "Мария",
                        "Игоревна",
                        "Ж",
                        "02.05.2009",
                        "ИСП-25-1",
                        "25-0007",
                        "",
                        "Кузнецова Елена Викторовна",
                        "мать",
                        "8 913 111-22-33",
                        "",
                        "",
                        ""),
                row(
                        "Смирнов",
                        "Олег",
                        "",
                        "м",
                        "2010-01-20",
                        "ОМД-26-1",
                        "26-0002",
                        "2 подгруппа",
                        "Смирнова Анна Сергеевна",
                        "",
                        "",
                        "",
                        "",
                        "")));
    }

    @Test
    void imports_students_with_parents_subgroups_and_links() {
        ImportReport report = fixtures.apply(college, ImportList.STUDENTS, students());

        assertThat(fixtures.describe(report)).isEmpty();
        assertThat(report.applied()).isTrue();
        assertThat(report.counts())
                .containsEntry("exchange.count.students.created", 3)
                .containsEntry("exchange.count.parents.created", 3)
                .containsEntry("exchange.count.links.created", 4)
                .containsEntry("exchange.count.subgroups.created", 2);
        List<GroupView> groups = structure.groups(college);
        List<StudentView> students =
                people.studentsOfGroups(groups.stream().map(GroupView::id).toList());
        assertThat(students)
                .extracting(s -> s.name().full())
                .containsExactlyInAnyOrder("Кузнецов Артём Игоревич", "Кузнецова Мария Игоревна", "Смирнов Олег");
        List<GuardianView> guardians =
                people.guardiansOf(students.stream().map(StudentView::id).toList());
        assertThat(guardians.stream()
                        .filter(g -> g.name().lastName().equals("Кузнецова"))
                        .map(GuardianView::parentId)
                        .distinct())
                .as("the mother of two children is one parent")
                .hasSize(1);
    }

    @Test
    void importing_the_same_file_again_changes_nothing() {
        fixtures.apply(college, ImportList.STUDENTS, students());

        ImportReport again = fixtures.check(college, ImportList.STUDENTS, students());

        assertThat(fixtures.describe(again)).isEmpty();
        assertThat(again.changesSomething()).as(again.counts().toString()).isFalse();
        assertThat(again.counts()).containsEntry("exchange.count.students.unchanged", 3);
    }

    @Test
    void rejects_a_row_with_an_unknown_group_naming_row_and_column_and_imports_nothing() {
        ImportReport report = fixtures.apply(
                college,
                ImportList.STUDENTS,
                Sheets.xlsx(List.of(
                        STUDENT_HEADER,
                        row("Петров", "Пётр", "", "М", "", "ОМД-26-1", "", "", "", "", "", "", "", ""),
                        row("Иванов", "Иван", "", "М", "", "ОМД-99-9", "", "", "", "", "", "", "", ""))));

        assertThat(report.applied()).isFalse();
        assertThat(fixtures.describe(report))
                .containsExactly(
                        "строка 3, «Группа»: Группа «ОМД-99-9» не найдена. Сначала загрузите или создайте группу.");
        assertThat(people.studentCount(college)).isZero();
    }

    @Test
    void rejects_a_bad_date_and_an_unknown_sex_each_by_row_and_column() {
        ImportReport report = fixtures.check(
                college,
                ImportList.STUDENTS,
                Sheets.xlsx(List.of(
                        STUDENT_HEADER,
                        row("Петров", "Пётр", "", "М", "31.02.2010", "ОМД-26-1", "", "", "", "", "", "", "", ""),
                        row("Иванова", "Ирина", "", "женщина", "", "ОМД-26-1", "", "", "", "", "", "", "", ""))));

        assertThat(fixtures.describe(report))
                .containsExactly(
                        "строка 2, «Дата рождения»: «31.02.2010» — не дата. Запишите дату в виде ДД.ММ.ГГГГ, например 01.09.2026.",
                        "строка 3, «Пол»: Пол «женщина» не распознан: напишите М или Ж.");
    }

    @Test
    void names_a_missing_required_column() {
        ImportReport report = fixtures.check(
                college,
                ImportList.STUDENTS,
                Sheets.xlsx(List.of(row("Фамилия", "Имя", "Пол"), row("Петров", "Пётр", "М"))));

        assertThat(fixtures.describe(report))
                .containsExactly("строка 1, «Группа»: В файле нет обязательного столбца"
                        + " «Группа»: добавьте его в первую строку, как в шаблоне.");
    }

    @Test
    void rejects_a_student_in_two_groups_and_imports_nothing() {
        ImportReport report = fixtures.apply(
                college,
                ImportList.STUDENTS,
                Sheets.xlsx(List.of(
                        STUDENT_HEADER,
                        row("Петров", "Пётр", "", "М", "01.01.2010", "ОМД-26-1", "26-0100", "", "", "", "", "", "", ""),
                        row(
                                "Петров",
                                "Пётр",
                                "",
                                "М",
                                "01.01.2010",
                                "ИСП-25-1",
                                "26-0100",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                ""))));

        assertThat(fixtures.describe(report))
                .containsExactly("строка 3, «Группа»: Студент Петров Пётр уже указан"
                        + " в группе ОМД-26-1 (строка 2); студент не может быть в двух группах сразу, а здесь указана группа"
                        + " ИСП-25-1.");
        assertThat(people.studentCount(college)).isZero();
    }

    @Test
    void an_error_in_the_last_of_many_rows_leaves_the_college_untouched() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(STUDENT_HEADER);
        for (int i = 0; i < 300; i++) {
            rows.add(row(
                    "Студентов",
                    "Номер" + i,
                    "",
                    "М",
                    "",
                    "ОМД-26-1",
                    "B-" + i,
                    "",
                    "Мать Номер" + i + " Ивановна",
                    "мать",
                    "+7 900 000" + i,
                    "",
                    "",
                    ""));
        }
        rows.add(row("Последний", "Студент", "", "М", "", "НЕТ-ТАКОЙ", "", "", "", "", "", "", "", ""));

        ImportReport report = fixtures.apply(college, ImportList.STUDENTS, Sheets.xlsx(rows));

        assertThat(report.errorCount()).isEqualTo(1);
        assertThat(report.applied()).isFalse();
        assertThat(people.studentCount(college)).isZero();
    }

    @Test
    void reads_windows_1251_csv_with_semicolons_and_utf8_csv_with_commas_alike() {
        List<List<String>> rows = List.of(
                GROUP_HEADER,
                row("ЭБУ-26-1", "38.02.01", "Экономика и бухгалтерский учёт", "Отделение ИТ", "1", "2026"));
        byte[] cp1251 = Sheets.csv(rows, CsvReader.WINDOWS_1251, ";");
        byte[] utf8 = Sheets.csv(rows, StandardCharsets.UTF_8, ",");

        ImportReport first = fixtures.apply(college, ImportList.GROUPS, cp1251);
        ImportReport second = fixtures.check(college, ImportList.GROUPS, utf8);

        assertThat(fixtures.describe(first)).isEmpty();
        assertThat(first.counts())
                .containsEntry("exchange.count.groups.created", 1)
                .containsEntry("exchange.count.specialties.created", 1);
        assertThat(structure.groups(college)).extracting(GroupView::name).contains("ЭБУ-26-1");
        assertThat(second.changesSomething())
                .as("the same data in another encoding changes nothing")
                .isFalse();
    }

    @Test
    void a_csv_with_the_wrong_delimiter_gets_a_message_about_the_header() {
        byte[] piped = Sheets.csv(
                List.of(GROUP_HEADER, row("ЭБУ-26-1", "38.02.01", "Экономика", "ИТ", "1", "2026")),
                StandardCharsets.UTF_8,
                "|");

        ImportReport report = fixtures.check(college, ImportList.GROUPS, piped);

        assertThat(fixtures.describe(report))
                .singleElement()
                .asString()
                .startsWith("строка 1, «null»: В первой строке не найдено ни одного столбца шаблона")
                .contains("Группа|Код специальности");
    }
}
