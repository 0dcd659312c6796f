package ru.spojournal.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PeopleFixtures;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Relation;
import ru.spojournal.people.Sex;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;
import ru.spojournal.support.Logins;
import ru.spojournal.teaching.TeachingAdmin;
import ru.spojournal.teaching.TimetableAdmin;
import ru.spojournal.teaching.WeekParity;

/**
 * What the portal tests need beyond a college of their own: its journal in the timetable, a lesson
 * with homework and marks, a second child of a family, and a journal the college's own people have
 * nothing to do with.
 */
@Component
public class PortalFixtures {

    private final PeopleAdmin people;
    private final PeopleFixtures more;
    private final TeachingAdmin teaching;
    private final TimetableAdmin timetable;
    private final CollegeStructure structure;
    private final TransactionTemplate tx;

    PortalFixtures(
            PeopleAdmin people,
            PeopleFixtures more,
            TeachingAdmin teaching,
            TimetableAdmin timetable,
            CollegeStructure structure,
            TransactionTemplate tx) {
        this.people = people;
        this.more = more;
        this.teaching = teaching;
        this.timetable = timetable;
        this.structure = structure;
        this.tx = tx;
    }

    /** The name of the college's group, as its pages show it. */
    public String groupName(College college) {
        return structure
                .groupsByIds(java.util.List.of(college.groupId()))
                .get(0)
                .name();
    }

    /** The college's journal on Mondays, first пара, every week; the slot's id is returned. */
    public long mondaySlot(College college) {
        return timetable.addSlot(college.institutionId(), college.journalId(), 1, 1, WeekParity.ALL, "204");
    }

    /**
     * A lesson of the college's journal on the day, given by its teacher through the API, with
     * homework and a «4» for every student; the lesson's id is returned. A day before today needs
     * the reason of a late entry, which is given.
     */
    public long lessonWithHomeworkAndMarks(MockMvc mvc, College college, LocalDate day) throws Exception {
        MockHttpSession teacher = Logins.session(mvc, college.teacher());
        String api = "/api/v1/journals/" + college.journalId();
        String created = mvc.perform(post(api + "/lessons")
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"date":"%s","periodNumber":1,"hours":2,"topic":"Сечения","reason":%s,
                                 "columns":[{"workTypeId":null,"title":null}],
                                 "homework":{"content":"Чертёж детали","pages":"40–42","tasks":"2"}}""".formatted(day, lateReason(college, day))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long lessonId = ((Number) JsonPath.read(created, "$.id")).longValue();
        String data =
                mvc.perform(get(api).session(teacher)).andReturn().getResponse().getContentAsString();
        net.minidev.json.JSONArray ids = JsonPath.read(data, "$.lessons[?(@.id == " + lessonId + ")].columns[0].id");
        long columnId = ((Number) ids.get(0)).longValue();
        for (Member student : college.students()) {
            int status = mvc.perform(put(api + "/marks")
                            .session(teacher)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"columnId\":%d,\"studentId\":%d,\"value\":\"4\",\"version\":null,\"reason\":%s}"
                                    .formatted(columnId, student.id(), lateReason(college, day))))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status != 200) {
                throw new IllegalStateException("the mark of " + student.name() + " was refused: " + status);
            }
        }
        return lessonId;
    }

    /** A lesson of the college's journal on the day, without marks or homework; its id is returned. */
    public long lesson(MockMvc mvc, College college, LocalDate day) throws Exception {
        MockHttpSession teacher = Logins.session(mvc, college.teacher());
        String created = mvc.perform(post("/api/v1/journals/" + college.journalId() + "/lessons")
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"%s\",\"hours\":2,\"topic\":\"Тема\",\"reason\":%s}"
                                .formatted(day, lateReason(college, day))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    /** The college's student marked absent from the lesson by the journal's teacher. */
    public void absent(MockMvc mvc, College college, long lessonId, long studentId, LocalDate day) throws Exception {
        MockHttpSession teacher = Logins.session(mvc, college.teacher());
        int status = mvc.perform(put("/api/v1/journals/" + college.journalId() + "/attendance")
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lessonId\":%d,\"studentId\":%d,\"kind\":\"ABSENT\",\"reason\":%s}"
                                .formatted(lessonId, studentId, lateReason(college, day))))
                .andReturn()
                .getResponse()
                .getStatus();
        if (status != 200) {
            throw new IllegalStateException("the absence was refused: " + status);
        }
    }

    /** The reason of a late entry as JSON, for a day before today; none for today. */
    private static String lateReason(College college, LocalDate day) {
        return day.isBefore(college.today()) ? "\"Запись с бумаги\"" : "null";
    }

    /** A brother of the parent's child in the same group, without an account; his student id is returned. */
    public long sibling(College college, Member parent) {
        return tx.execute(s -> {
            long inst = college.institutionId();
            long studentId = people.createStudent(
                    inst,
                    new NewPerson(new PersonName("Младшев", "Тимур", "Андреевич"), Sex.M, null, null, null),
                    college.groupId(),
                    null,
                    null);
            people.linkParent(inst, parent.id(), studentId, Relation.MOTHER);
            return studentId;
        });
    }

    /** A journal of another group of the college, kept by a teacher of its own; its id is returned. */
    public long strangersJournal(College college) {
        Member teacher =
                more.staff(college, new PersonName("Чужова", "Дарья", "Львовна"), "Преподаватель", Role.TEACHER);
        long group = more.group(college);
        return teaching.assign(
                college.institutionId(), teacher.id(), group, null, college.subjectId(), college.termId(), 36);
    }
}
