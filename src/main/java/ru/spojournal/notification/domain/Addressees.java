package ru.spojournal.notification.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StudentView;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.TeachingLoad;

/** Loads the student a notification is about, or nothing once the family no longer hears of the journal. */
@Component
public class Addressees {

    private final PeopleDirectory people;
    private final CollegeStructure structure;
    private final AcademicCalendar calendar;
    private final TeachingLoad load;

    Addressees(PeopleDirectory people, CollegeStructure structure, AcademicCalendar calendar, TeachingLoad load) {
        this.people = people;
        this.structure = structure;
        this.calendar = calendar;
        this.load = load;
    }

    @Transactional(readOnly = true)
    public Optional<Addressee> of(long institutionId, long studentId) {
        return people.student(institutionId, studentId)
                .filter(s -> NewsPolicy.reaches(s.status()))
                .flatMap(
                        s -> structure.groupOfRecord(institutionId, s.groupId()).map(g -> build(institutionId, s, g)));
    }

    private Addressee build(long institutionId, StudentView student, ru.spojournal.structure.GroupView group) {
        List<AssignmentView> journals = calendar.currentTerm(institutionId)
                .map(t -> load.holding(group.id(), structure.subgroupsOfStudent(student.id()), t.id()))
                .orElse(List.of());
        Map<Long, SubjectView> subjects =
                structure
                        .subjectsByIds(journals.stream()
                                .map(AssignmentView::subjectId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(SubjectView::id, Function.identity()));
        return new Addressee(student, group, journals, subjects);
    }
}
