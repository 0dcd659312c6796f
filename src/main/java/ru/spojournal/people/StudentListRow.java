package ru.spojournal.people;

/** A line of the administrator's list of students; the group's name is added by the page. */
public record StudentListRow(
        long id,
        String lastName,
        String firstName,
        String middleName,
        Long groupId,
        StudentStatus status,
        String recordBookNumber) {

    public String name() {
        return new PersonName(lastName, firstName, middleName).full();
    }
}
