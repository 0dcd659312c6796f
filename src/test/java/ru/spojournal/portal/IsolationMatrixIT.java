package ru.spojournal.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.spojournal.notification.domain.NotificationKind;
import ru.spojournal.notification.domain.Notifications;
import ru.spojournal.people.Contact;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StudentView;
import ru.spojournal.platform.error.RefusalLog.AccessRefused;
import ru.spojournal.portal.domain.CalendarFeeds;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * R9, R10, R17: every personal endpoint tried by every role with someone else's id. A student or
 * a parent never reads another family's data; each refusal is answered 403 or 404 and logged.
 */
@IntegrationTest
@RecordApplicationEvents
class IsolationMatrixIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    PortalFixtures portal;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Notifications notifications;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    ApplicationEvents events;

    record Attempt(String login, MockHttpServletRequestBuilder request, List<Integer> expected) {}

    /** The college's members by the name of their part. */
    private static java.util.Map<String, Member> members(College college) {
        return java.util.Map.of(
                "admin", college.admin(),
                "deputy", college.deputy(),
                "head", college.head(),
                "teacher", college.teacher(),
                "curator", college.curator(),
                "student", college.students().get(0),
                "parent", college.parents().get(1));
    }

    @Test
    void R9_R10_nobody_reads_another_familys_data_by_any_page_feed_or_notification() throws Exception {
        College college = colleges.create(3);
        java.util.Map<String, Member> members = members(college);
        MockHttpSession parentSession = Logins.session(mvc, members.get("parent"));
        MockHttpSession studentSession = Logins.session(mvc, members.get("student"));
        long ownStudent = Logins.user(mvc, studentSession).studentId();
        List<Long> ownChildren =
                people.childrenOf(Logins.user(mvc, parentSession).parentId());
        StudentView stranger = people.studentsOfGroups(List.of(college.groupId())).stream()
                .filter(s -> !ownChildren.contains(s.id()) && s.id() != ownStudent)
                .findFirst()
                .orElseThrow();
        Contact strangerFamily =
                people.familyOf(List.of(stranger.id())).get(stranger.id()).get(0);
        notifications.send(
                college.institutionId(),
                List.of(strangerFamily),
                new Notifications.Message(
                        NotificationKind.MARK,
                        "Чужая оценка",
                        "секрет",
                        "/student/marks",
                        "isolation:" + System.nanoTime()));
        long foreignNotification =
                notifications.inbox(strangerFamily.accountId(), 1).get(0).id();
        String child = String.valueOf(stranger.id());
        long strangersJournal = portal.strangersJournal(college);

        List<Attempt> attempts = new ArrayList<>();
        for (String page : List.of("", "/marks", "/attendance", "/schedule", "/homework", "/notices")) {
            attempts.add(new Attempt("parent", get("/parent" + page).param("child", child), List.of(403)));
            for (String other : List.of("teacher", "curator", "head", "deputy", "admin", "student")) {
                attempts.add(new Attempt(other, get("/parent" + page).param("child", child), List.of(403)));
            }
        }
        for (String page : List.of("", "/marks", "/attendance", "/schedule", "/homework")) {
            for (String other : List.of("teacher", "curator", "head", "deputy", "admin", "parent")) {
                attempts.add(new Attempt(other, get("/student" + page), List.of(403)));
            }
        }
        attempts.add(new Attempt(
                "parent",
                post("/parent/notices")
                        .param("child", child)
                        .param("from", "2026-11-16")
                        .param("to", "2026-11-16")
                        .param("reasonCode", "ILLNESS"),
                List.of(403)));
        for (String login : List.of("parent", "student", "teacher")) {
            attempts.add(new Attempt(login, post("/notifications/" + foreignNotification + "/read"), List.of(404)));
            attempts.add(new Attempt(login, get("/api/v1/journals/" + strangersJournal), List.of(403)));
            attempts.add(new Attempt(login, get("/curator/notices"), List.of(403)));
        }

        java.util.Map<String, MockHttpSession> sessions = new java.util.HashMap<>();
        for (Attempt a : attempts) {
            MockHttpSession session = sessions.computeIfAbsent(a.login(), login -> {
                try {
                    return Logins.session(mvc, members.get(login));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            int status = mvc.perform(a.request().session(session).with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status)
                    .as(a.login() + " "
                            + a.request()
                                    .buildRequest(new org.springframework.mock.web.MockServletContext())
                                    .getRequestURI())
                    .isIn(a.expected());
        }
        assertThat(notifications.inbox(strangerFamily.accountId(), 1).get(0).read())
                .isFalse();
        long refusals = events.stream(AccessRefused.class).count();
        assertThat(refusals)
                .as("every 403 is logged")
                .isGreaterThanOrEqualTo(attempts.stream()
                        .filter(a -> a.expected().contains(403))
                        .count());
    }

    @Test
    void a_calendar_feed_answers_only_to_its_current_secret() throws Exception {
        College college = colleges.create(1);
        portal.mondaySlot(college);
        MockHttpSession parentSession = Logins.session(mvc, college.parents().get(0));
        var parent = Logins.user(mvc, parentSession);
        String token = feeds.tokenOf(parent);
        String ics = mvc.perform(get("/calendar/" + token + ".ics"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").contains("END:VCALENDAR");
        String renewed = feeds.renew(parent);
        assertThat(mvc.perform(get("/calendar/" + token + ".ics"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/calendar/" + "0".repeat(64) + ".ics"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/calendar/" + renewed + ".ics"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void a_teachers_calendar_feed_holds_their_own_lessons() throws Exception {
        College college = colleges.create(1);
        portal.mondaySlot(college);
        MockHttpSession teacherSession = Logins.session(mvc, college.teacher());
        String token = feeds.tokenOf(Logins.user(mvc, teacherSession));
        String ics = mvc.perform(get("/calendar/" + token + ".ics"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ics).contains("UID:teach-").contains("Инженерная графика");
    }
}
