package ru.spojournal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.people.web.PdfReaders;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * R11: a journal printed as the paper «журнал учебных занятий»: a title page, the month's left page
 * of marks by student and date, its right page of lessons; read from the PDF's own text.
 */
@IntegrationTest
class JournalPrintIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    JournalTestColleges journals;

    private MockHttpServletResponse print(Member member, long journal) throws Exception {
        return mvc.perform(get("/journal/" + journal + "/print.pdf").session(Logins.session(mvc, member)))
                .andReturn()
                .getResponse();
    }

    @Test
    void R11_a_deputy_prints_the_journal_with_its_title_page_its_marks_and_its_lessons() throws Exception {
        College college = colleges.create(2);
        journals.lessonWithMarks(mvc, college);

        MockHttpServletResponse response = print(college.deputy(), college.journalId());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");

        String text = PdfReaders.text(response.getContentAsByteArray());
        String day = college.today().format(DateTimeFormatter.ofPattern("dd.MM"));
        String date = college.today().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(text)
                .contains("Журнал учебных занятий")
                .contains("Дисциплина: ОП.01 Инженерная графика")
                .contains("Преподаватель: Учителев Игорь Олегович")
                .contains("учёт посещаемости и успеваемости")
                .contains("Фамилия, имя, отчество")
                .contains(day)
                .contains(college.students().get(0).name())
                .contains(college.students().get(1).name())
                .contains("содержание занятий")
                .contains(date)
                .contains("Свойства металлов")
                .contains("Параграф 3");
        // Every student got a «4»: the left page shows it in the student's row, after the name.
        for (Member student : college.students()) {
            assertThat(text).containsPattern(java.util.regex.Pattern.quote(student.name()) + "\\s*4");
        }
    }

    @Test
    void R11_the_teacher_prints_the_own_journal_and_a_student_a_parent_and_another_teacher_are_refused()
            throws Exception {
        College college = colleges.create(1);
        assertThat(print(college.teacher(), college.journalId()).getStatus()).isEqualTo(200);
        assertThat(print(college.head(), college.journalId()).getStatus()).isEqualTo(200);
        for (Member refused :
                java.util.List.of(college.students().get(0), college.parents().get(0), journals.teacher(college))) {
            MockHttpServletResponse response = print(refused, college.journalId());
            assertThat(response.getStatus()).as(refused.login()).isEqualTo(403);
            assertThat(response.getContentType()).as(refused.login()).doesNotContain("pdf");
        }
    }
}
