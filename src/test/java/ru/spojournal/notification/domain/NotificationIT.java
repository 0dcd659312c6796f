package ru.spojournal.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.journal.JournalTestColleges;
import ru.spojournal.people.Contact;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * R25 through a real SMTP server (GreenMail): a mark or an absence reaches the family in the app
 * and by e-mail as each chose; a failed send is retried; an e-mail is never sent twice. Each test's
 * families are of a college of its own, whose parents have e-mail addresses.
 */
@IntegrationTest
class NotificationIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;

    @Autowired
    NotificationColleges colleges;

    @Autowired
    JournalTestColleges journals;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxRepository outbox;

    College college;

    @BeforeEach
    void aCollegeOfItsOwn() {
        college = colleges.withParentEmails(2);
    }

    private Contact parentOf(Member s) {
        return people.familyOf(List.of(s.id())).get(s.id()).stream()
                .filter(c -> c.kind() == Contact.Kind.PARENT && c.email() != null)
                .findFirst()
                .orElseThrow();
    }

    private long lessonWithCell(long journalId, MockHttpSession teacher, LocalDate day) throws Exception {
        String created = mvc.perform(post("/api/v1/journals/" + journalId + "/lessons")
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + day + "\",\"hours\":2,\"topic\":\"Сплавы\",\"reason\":\"позже\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    private long column(long journalId, MockHttpSession teacher, long lessonId) throws Exception {
        String data = mvc.perform(get("/api/v1/journals/" + journalId).session(teacher))
                .andReturn()
                .getResponse()
                .getContentAsString();
        net.minidev.json.JSONArray ids = JsonPath.read(data, "$.lessons[?(@.id == " + lessonId + ")].columns[0].id");
        return ((Number) ids.get(0)).longValue();
    }

    @Test
    void R25_a_new_mark_reaches_the_student_in_the_app_and_a_parent_who_chose_email_by_mail() throws Exception {
        Member student = college.member("student");
        Contact parent = parentOf(student);
        notifications.choose(parent.accountId(), NotificationKind.MARK, NotificationKind.Delivery.EMAIL);
        long journal = college.journalId();
        MockHttpSession teacher = Logins.session(mvc, college.teacher());
        long lessonId = lessonWithCell(journal, teacher, college.today());
        mvc.perform(put("/api/v1/journals/" + journal + "/marks")
                .session(teacher)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"columnId\":" + column(journal, teacher, lessonId) + ",\"studentId\":" + student.id()
                        + ",\"value\":\"5\"}"));

        MockHttpSession studentSession = Logins.session(mvc, student);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(mvc.perform(get("/notifications").session(studentSession))
                                        .andReturn()
                                        .getResponse()
                                        .getContentAsString())
                                .contains("Новая оценка 5"));
        // The mark's e-mail joins the outbox after the commit, behind whatever other mail is due, so send until
        // the one about this student has arrived rather than stopping at the first batch.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            sender.sendDue();
            assertThat(Arrays.stream(smtp.getReceivedMessages())
                            .filter(m ->
                                    to(m).contains(parent.email()) && subject(m).startsWith("Новая оценка 5"))
                            .map(NotificationIT::text))
                    .anySatisfy(body -> assertThat(body)
                            .contains(student.name())
                            // a link a mail client can open: the configured public address, not a bare path
                            .contains("https://journal.example.org/parent/marks?child=" + student.id()));
        });
        // The inbox shows the college's time (the test's college is at UTC+7; the test clock starts at 03:00 UTC).
        assertThat(mvc.perform(get("/notifications").session(studentSession))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("18.11 10:")
                .doesNotContain("18.11 03:");
    }

    @Test
    void R25_an_absence_is_mailed_to_the_parents_by_default_and_only_once() throws Exception {
        Member student = college.member("student");
        Contact parent = parentOf(student);
        MockHttpSession teacher = Logins.session(mvc, college.teacher());
        long lessonId = lessonWithCell(college.journalId(), teacher, college.today());
        mvc.perform(put("/api/v1/journals/" + college.journalId() + "/attendance")
                .session(teacher)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"lessonId\":" + lessonId + ",\"studentId\":" + student.id() + ",\"kind\":\"ABSENT\"}"));
        String key = "absence:" + lessonId + ":" + student.id() + ":" + parent.accountId();
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.existsByDedupKey(key));

        notifications.send(
                college.institutionId(),
                List.of(parent),
                new Notifications.Message(
                        NotificationKind.ABSENCE,
                        "повтор",
                        "повтор",
                        "/parent",
                        "absence:" + lessonId + ":" + student.id()));
        sender.sendDue();
        sender.sendDue();
        assertThat(outbox.findAll().stream()
                        .filter(e -> e.getDedupKey().equals(key))
                        .count())
                .isEqualTo(1);
        assertThat(Arrays.stream(smtp.getReceivedMessages())
                        .filter(m ->
                                to(m).contains(parent.email()) && subject(m).contains("отсутствовал")))
                .hasSize(1);
    }

    @Test
    void a_failed_send_is_retried_later_and_then_delivered_once() throws Exception {
        Contact parent = parentOf(college.member("student"));
        String key = "retry-test:" + System.nanoTime();
        notifications.email(college.institutionId(), parent, key, "Проверка повтора", "Текст письма");
        smtp.stop();
        sender.sendDue();
        OutboxEmail failed = outbox.findAll().stream()
                .filter(e -> e.getDedupKey().equals(key))
                .findFirst()
                .orElseThrow();
        assertThat(failed.getStatus()).isEqualTo("PENDING");
        assertThat(failed.getAttempts()).isEqualTo(1);
        smtp.start();
        sender.sendDue(java.time.Instant.now().plus(Duration.ofHours(1)));
        sender.sendDue(java.time.Instant.now().plus(Duration.ofHours(2)));
        assertThat(Arrays.stream(smtp.getReceivedMessages())
                        .filter(m -> subject(m).equals("Проверка повтора")))
                .hasSize(1);
    }

    @Test
    void an_account_that_turned_marks_off_gets_no_notification_of_them() throws Exception {
        Member student = college.member("student");
        MockHttpSession studentSession = Logins.session(mvc, student);
        long account = Logins.user(mvc, studentSession).accountId();
        mvc.perform(post("/account/notifications")
                .session(studentSession)
                .with(csrf())
                .param("MARK", "OFF"));
        assertThat(notifications.preferences(account).get(NotificationKind.MARK))
                .isEqualTo(NotificationKind.Delivery.OFF);
        long before = notifications.inbox(account, 500).size();
        notifications.send(
                college.institutionId(),
                List.of(people.familyOf(List.of(student.id())).get(student.id()).stream()
                        .filter(c -> c.kind() == Contact.Kind.STUDENT)
                        .findFirst()
                        .orElseThrow()),
                new Notifications.Message(NotificationKind.MARK, "x", "y", "/student", "off-test"));
        assertThat(notifications.inbox(account, 500)).hasSize((int) before);
    }

    @Test
    void R24_three_absences_in_a_row_alert_the_curator_and_the_parents() throws Exception {
        Member student = college.member("student");
        long journal = college.journalId();
        MockHttpSession teacher = Logins.session(mvc, college.teacher());
        for (int period = 6; period <= 8; period++) {
            String created = mvc.perform(post("/api/v1/journals/" + journal + "/lessons")
                            .session(teacher)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"date\":\"" + college.today() + "\",\"periodNumber\":" + period
                                    + ",\"hours\":2,\"topic\":\"Тема " + period + "\"}"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            long lessonId = ((Number) JsonPath.read(created, "$.id")).longValue();
            mvc.perform(put("/api/v1/journals/" + journal + "/attendance")
                    .session(teacher)
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"lessonId\":" + lessonId + ",\"studentId\":" + student.id() + ",\"kind\":\"ABSENT\"}"));
        }
        long curatorAccount = college.curator().accountId();
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(notifications.inbox(curatorAccount, 50))
                        .anySatisfy(n -> assertThat(n.title())
                                .contains("Пропуски подряд")
                                .contains(student.name())));
    }

    @Autowired
    Digests digests;

    @Autowired
    Addressees addressees;

    @Autowired
    ru.spojournal.people.StudentRoll roll;

    @Test
    void R25_news_reach_a_student_with_the_journals_that_hold_them_and_stop_once_expelled() throws Exception {
        long inst = college.institutionId();
        long expelled = college.students().get(0).id();
        assertThat(addressees.of(inst, expelled))
                .hasValueSatisfying(a -> assertThat(a.journalIds()).containsExactly(college.journalId()));
        mvc.perform(post("/admin/students/" + expelled + "/movements")
                .session(Logins.session(mvc, college.admin()))
                .with(csrf())
                .param("kind", "EXPULSION")
                .param("effectiveOn", college.today().toString())
                .param("orderNumber", "16-к")
                .param("version", String.valueOf(roll.card(inst, expelled).version())));
        assertThat(addressees.of(inst, expelled)).isEmpty();
        assertThat(addressees.of(inst, college.students().get(1).id())).isPresent();
    }

    @Test
    void R25_parents_get_a_weekly_digest_of_marks_and_absences_once() throws Exception {
        Member student = college.member("student");
        Contact parent = parentOf(student);
        journals.lessonWithMarks(mvc, college);
        LocalDate sunday =
                college.today().with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
        assertThat(digests.weekly(college.institutionId(), sunday)).isPositive();
        digests.weekly(college.institutionId(), sunday);
        while (sender.sendDue() > 0) {
            // the outbox sends a hundred at a time
        }
        List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m).contains(parent.email()) && subject(m).startsWith("Неделя в колледже"))
                .toList();
        assertThat(mine).hasSize(1);
        assertThat(text(mine.get(0))).contains(student.name()).contains("Оценки за неделю");
    }

    private static String to(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients());
        } catch (Exception e) {
            return "";
        }
    }

    private static String text(MimeMessage m) {
        try {
            return String.valueOf(m.getContent());
        } catch (Exception e) {
            return "";
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
