package ru.spojournal.people;

/** A line of the administrator's list of staff, with the login of the person's account if any. */
public record StaffListRow(
        long id,
        String lastName,
        String firstName,
        String middleName,
        String position,
        String email,
        String phone,
        boolean archived,
        Long accountId,
        String login) {

    public String name() {
        return new PersonName(lastName, firstName, middleName).full();
    }
}
