package ru.spojournal.people.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PersonCard;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Sex;

/**
 * The person's part of the staff, student and parent forms: the name, sex and contacts, and the
 * versions the page was read at, so that a stale edit becomes a conflict instead of a lost update.
 */
class PersonForm {

    @NotBlank(message = "{person.lastName.required}")
    @Size(max = 100, message = "{person.lastName.tooLong}")
    private String lastName;

    @NotBlank(message = "{person.firstName.required}")
    @Size(max = 100, message = "{person.firstName.tooLong}")
    private String firstName;

    @Size(max = 100, message = "{person.middleName.tooLong}")
    private String middleName;

    @NotNull(message = "{person.sex.required}")
    private Sex sex;

    private LocalDate birthDate;

    @Email(message = "{profile.email.invalid}")
    @Size(max = 200, message = "{profile.email.tooLong}")
    private String email;

    @Pattern(regexp = "[0-9 +()\\-]*", message = "{profile.phone.invalid}")
    @Size(max = 40, message = "{profile.phone.tooLong}")
    private String phone;

    private long version;
    private long personVersion;

    void fill(PersonCard card, long version, long personVersion) {
        lastName = card.name().lastName();
        firstName = card.name().firstName();
        middleName = card.name().middleName();
        sex = card.sex();
        birthDate = card.birthDate();
        email = card.email();
        phone = card.phone();
        this.version = version;
        this.personVersion = personVersion;
    }

    NewPerson person() {
        return new NewPerson(
                new PersonName(lastName.strip(), firstName.strip(), blankToNull(middleName)),
                sex,
                birthDate,
                blankToNull(email),
                blankToNull(phone));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public long getPersonVersion() {
        return personVersion;
    }

    public void setPersonVersion(long personVersion) {
        this.personVersion = personVersion;
    }
}
