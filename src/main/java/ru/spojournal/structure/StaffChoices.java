package ru.spojournal.structure;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the structure's pages need to know about people: the staff to choose a head or a curator
 * from, their names, and the students of a group. The people module implements it; structure
 * knows people by id only and must not depend on that module (people depends on structure).
 */
public interface StaffChoices {

    /** The college's active staff, by name. */
    List<Choice> staff(long institutionId);

    /** «Иванов И. И.» by staff id; unknown ids are left out. */
    Map<Long, String> staffNames(Collection<Long> staffIds);

    /** The studying students of a group, in journal order. */
    List<Choice> studentsOfGroup(long groupId);

    /** A person to choose from a list: the id of the staff member or student, and the name shown. */
    record Choice(Long id, String name) {}
}
