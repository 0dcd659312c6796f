package ru.spojournal.people;

/** A Russian full name: фамилия, имя and, when there is one, отчество. */
public record PersonName(String lastName, String firstName, String middleName) {

    /** «Иванов Иван Иванович». */
    public String full() {
        return middleName == null || middleName.isBlank()
                ? lastName + " " + firstName
                : lastName + " " + firstName + " " + middleName;
    }

    /** «Иванов И. И.», as names are written in journals and lists. */
    public String initials() {
        String result = lastName + " " + firstName.charAt(0) + ".";
        if (middleName != null && !middleName.isBlank()) {
            result += " " + middleName.charAt(0) + ".";
        }
        return result;
    }
}
