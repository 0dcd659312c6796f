package ru.spojournal.portal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.people.StudentView;
import ru.spojournal.portal.domain.ChildView;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.TermView;
import ru.spojournal.support.SliceUsers;

/** The one student the portal slices show, studying in the autumn term, with no journals yet. */
final class SliceChildren {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

    static final StudentView STUDENT = new StudentView(
            SliceUsers.STUDENT, 21L, new PersonName("Петров", "Егор", "Ильич"), 5L, StudentStatus.STUDYING, "123");

    private SliceChildren() {}

    static ChildView child() {
        return new ChildView(
                STUDENT,
                new GroupView(
                        5L, "ИС-21", 1L, "09.02.07", "Информационные системы", 2L, "Отделение ИТ", 2, 2024, 99L, false),
                new TermView(7L, 1L, "2026/2027", 1, "1 семестр", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31)),
                List.of(),
                Map.of(),
                Map.of(),
                TODAY,
                null);
    }
}
