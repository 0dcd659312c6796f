package ru.spojournal.people;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import ru.spojournal.journal.JournalFixtures;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.structure.StructureCommands.NewGroup;

/**
 * A group of the demo college made for a test: a fresh teacher as its curator, students and a
 * parent of each, none of them with an account (as after an import).
 */
public record FamilyGroup(
        long id, String name, JournalFixtures.Teacher curator, List<Member> students, List<Member> parents) {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String[] SURNAMES = {"Щукин", "Жуков", "Ёлкин", "Юдин", "Яковлев", "Чернов", "Хохлов"};

    /** A person of the group: their person id and full name; studentId or parentId as fits. */
    public record Member(long id, long personId, String name) {}

    /** Builds the group; the services come from the test's context. */
    public static FamilyGroup create(
            JournalFixtures fixtures,
            StructureAdmin structureAdmin,
            CollegeStructure structure,
            PeopleAdmin people,
            int size) {
        int n = SEQUENCE.incrementAndGet();
        long institution = fixtures.institution();
        JournalFixtures.Teacher curator = fixtures.teacher();
        String name = "Учёт-" + n + "-" + System.nanoTime() % 100000;
        long groupId = structureAdmin.createGroup(
                institution,
                new NewGroup(
                        name,
                        structure.specialties(institution).get(0).id(),
                        structure.departments(institution).get(0).id(),
                        1,
                        2026,
                        curator.staffId()));
        List<Member> students = new ArrayList<>();
        List<Member> parents = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String surname = SURNAMES[(n + i) % SURNAMES.length];
            PersonName child = new PersonName(surname, "Пётр", "Андреевич");
            long studentId = people.createStudent(
                    institution, new NewPerson(child, Sex.M, null, null, null), groupId, null, null);
            students.add(new Member(studentId, people.personOfStudent(studentId), child.full()));
            PersonName mother = new PersonName(surname + "а", "Юлия", "Сергеевна");
            long parentId = people.createParent(institution, new NewPerson(mother, Sex.F, null, null, null));
            people.linkParent(institution, parentId, studentId, Relation.MOTHER);
            parents.add(new Member(parentId, people.personOfParent(parentId), mother.full()));
        }
        return new FamilyGroup(groupId, name, curator, students, parents);
    }

    public List<Long> personIds() {
        List<Long> ids = new ArrayList<>();
        students.forEach(m -> ids.add(m.personId()));
        parents.forEach(m -> ids.add(m.personId()));
        return ids;
    }
}
