package ru.spojournal.people.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StaffView;
import ru.spojournal.structure.StaffChoices;

/** Gives the structure's pages the staff and students they choose from, by name (one query each). */
@Component
class StructureStaffChoices implements StaffChoices {

    private final PeopleDirectory people;

    StructureStaffChoices(PeopleDirectory people) {
        this.people = people;
    }

    @Override
    public List<Choice> staff(long institutionId) {
        return people.activeStaff(institutionId).stream()
                .map(s -> new Choice(s.id(), s.name().full()))
                .toList();
    }

    @Override
    public Map<Long, String> staffNames(Collection<Long> staffIds) {
        return people.staffByIds(staffIds).stream()
                .collect(Collectors.toMap(StaffView::id, s -> s.name().initials(), (a, b) -> a));
    }

    @Override
    public List<Choice> studentsOfGroup(long groupId) {
        return people.studentsOfGroups(List.of(groupId)).stream()
                .map(s -> new Choice(s.id(), s.name().full()))
                .toList();
    }
}
