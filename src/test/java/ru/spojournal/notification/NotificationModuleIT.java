package ru.spojournal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import ru.spojournal.journal.JournalEvents.MarkPosted;
import ru.spojournal.notification.domain.Notifications;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.ModuleTest;

/**
 * Notification with the modules it depends on, reacting to the journal's events alone: an event
 * published here stands for a mark the journal committed.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleTest
class NotificationModuleIT {

    @Autowired
    Colleges colleges;

    @Autowired
    Notifications notifications;

    @Test
    void R25_a_posted_mark_reaches_the_student_and_the_mother_in_the_app_with_a_link_to_each_ones_page(
            Scenario scenario) {
        Colleges.College college = colleges.create(2);
        Colleges.Member student = college.students().get(0);
        Colleges.Member mother = college.parents().get(0);
        Colleges.Member classmate = college.students().get(1);
        MarkPosted mark = new MarkPosted(
                college.institutionId(), college.journalId(), 1L, college.today(), 1L, student.id(), "5", null, 0L);

        scenario.publish(mark)
                .andWaitForStateChange(() -> notifications.inbox(mother.accountId(), 10), inbox -> !inbox.isEmpty())
                .andVerify(inbox -> assertThat(inbox).singleElement().satisfies(n -> {
                    assertThat(n.title()).contains("Новая оценка 5", "Инженерная графика");
                    assertThat(n.link()).isEqualTo("/parent/marks?child=" + student.id());
                }));
        assertThat(notifications.inbox(student.accountId(), 10))
                .singleElement()
                .satisfies(n -> assertThat(n.link()).isEqualTo("/student/marks"));
        assertThat(notifications.inbox(classmate.accountId(), 10)).isEmpty();
    }
}
