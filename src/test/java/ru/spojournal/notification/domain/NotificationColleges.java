package ru.spojournal.notification.domain;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.Sex;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;

/**
 * A college of a test's own ({@link Colleges}) whose families can be reached by mail: a college's
 * parents have no e-mail address of their own, and a notification test needs one to expect a letter.
 */
@Component
public class NotificationColleges {

    private final Colleges colleges;
    private final PeopleAdmin people;
    private final PeopleDirectory directory;
    private final TransactionTemplate tx;

    NotificationColleges(Colleges colleges, PeopleAdmin people, PeopleDirectory directory, TransactionTemplate tx) {
        this.colleges = colleges;
        this.people = people;
        this.directory = directory;
        this.tx = tx;
    }

    /** A college of {@code size} students whose every parent has the address {@link #email(Member)}. */
    public College withParentEmails(int size) {
        College college = colleges.create(size);
        tx.executeWithoutResult(s -> {
            for (Member parent : college.parents()) {
                var name = directory.personName(parent.personId()).orElseThrow();
                people.updatePerson(
                        college.institutionId(),
                        parent.personId(),
                        new NewPerson(name, Sex.F, null, email(parent), null));
            }
        });
        return college;
    }

    /** The parent's address: their login is unique, so no two parents of any test share one. */
    public static String email(Member parent) {
        return parent.login() + "@example.org";
    }
}
