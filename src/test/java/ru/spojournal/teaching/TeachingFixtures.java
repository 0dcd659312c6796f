package ru.spojournal.teaching;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import ru.spojournal.people.PeopleFixtures;
import ru.spojournal.people.PersonName;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.structure.StructureCommands.NewSubject;
import ru.spojournal.structure.SubjectKind;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;

/**
 * More journals of a test's college (see {@link ru.spojournal.support.Colleges}): each in a subject
 * of its own, kept by a teacher of its own who has an account.
 */
@Component
public class TeachingFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final PeopleFixtures people;
    private final StructureAdmin structure;
    private final TeachingAdmin teaching;

    TeachingFixtures(PeopleFixtures people, StructureAdmin structure, TeachingAdmin teaching) {
        this.people = people;
        this.structure = structure;
        this.teaching = teaching;
    }

    /** A journal and its teacher. */
    public record Journal(long id, Member teacher) {}

    /** A journal of the college's group, or of one of its subgroups when given. */
    public Journal journal(College college, Long subgroupId) {
        int n = SEQUENCE.incrementAndGet();
        Member teacher = teacher(college);
        long subject = structure.createSubject(
                college.institutionId(),
                new NewSubject("ОП.1" + n % 10, "Материаловедение " + n, SubjectKind.DISCIPLINE, null));
        long id = teaching.assign(
                college.institutionId(), teacher.id(), college.groupId(), subgroupId, subject, college.termId(), 48);
        return new Journal(id, teacher);
    }

    /** A teacher of the college with an account and no journal. */
    public Member teacher(College college) {
        return people.staff(college, new PersonName("Сменова", "Лидия", "Андреевна"), "Преподаватель", Role.TEACHER);
    }

    /** A subgroup of the college's group; its id is returned. */
    public long subgroup(College college, String name) {
        return structure.createSubgroup(college.institutionId(), college.groupId(), name);
    }
}
