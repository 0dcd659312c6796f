package ru.spojournal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Sex;
import ru.spojournal.people.StaffListRow;
import ru.spojournal.people.StaffRecords;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.structure.CatalogCommands.DepartmentEdit;
import ru.spojournal.structure.DepartmentRow;
import ru.spojournal.structure.StructureCatalog;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * A "%" or "_" typed into a list's search is a character of the name, not a wildcard: the staff
 * list and the departments list find the rows that contain it and none of the look-alikes. The
 * rows are of a college of the test's own.
 */
@IntegrationTest
class ListSearchWildcardsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    StaffRecords staff;

    @Autowired
    StructureCatalog catalog;

    College college;
    long institution;
    String mark;

    @BeforeEach
    void setUp() {
        college = colleges.create(1);
        institution = college.institutionId();
        mark = "щ" + System.nanoTime() % 1_000_000_000L;
    }

    @Test
    void staff_search_takes_percent_and_underscore_literally() {
        long percent = hire("Ставка 50% " + mark);
        hire("Ставка 500 " + mark);
        long underscore = hire("Ставка a_b " + mark);
        hire("Ставка axb " + mark);
        hire("Ставка 50!% " + mark);

        assertThat(staffFound("50% " + mark)).containsExactly(percent);
        assertThat(staffFound("a_b " + mark)).containsExactly(underscore);
        assertThat(staffFound("50!% " + mark)).hasSize(1).doesNotContain(percent);
        assertThat(staffFound(mark)).hasSize(5);
    }

    @Test
    void department_search_takes_percent_and_underscore_literally() throws Exception {
        long percent = department("Отделение 100% " + mark);
        department("Отделение 1000 " + mark);
        long underscore = department("Отделение x_y " + mark);
        department("Отделение xzy " + mark);

        assertThat(departmentsFound("100% " + mark)).containsExactly(percent);
        assertThat(departmentsFound("x_y " + mark)).containsExactly(underscore);
        assertThat(departmentsFound(mark)).hasSize(4);

        MockHttpSession admin = Logins.session(mvc, college.admin());
        mvc.perform(get("/admin/departments").session(admin).param("q", "x_y " + mark))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Отделение x_y " + mark)))
                .andExpect(content().string(not(containsString("Отделение xzy " + mark))));
    }

    private long hire(String position) {
        return staff.create(
                institution,
                new NewPerson(new PersonName("Процентова", "Ия", null), Sex.F, null, null, null),
                position);
    }

    private List<Long> staffFound(String text) {
        return staff.find(institution, ListQuery.of(text, null, "asc", 0, StaffRecords.SORTS), false).stream()
                .map(StaffListRow::id)
                .toList();
    }

    private long department(String name) {
        return catalog.createDepartment(institution, new DepartmentEdit(name, "О" + mark.substring(1, 5), null, null));
    }

    private List<Long> departmentsFound(String text) {
        return catalog
                .departments(institution, ListQuery.of(text, null, "asc", 0, StructureCatalog.DEPARTMENT_SORTS), false)
                .stream()
                .map(DepartmentRow::id)
                .toList();
    }
}
