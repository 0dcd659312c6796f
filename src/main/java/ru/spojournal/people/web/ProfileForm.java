package ru.spojournal.people.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.domain.AccountDetails;
import ru.spojournal.people.domain.ProfileEdit;

/** The administrator's correction of a profile: name, e-mail, phone, and the version it was read at. */
class ProfileForm {

    @NotBlank(message = "{person.lastName.required}")
    @Size(max = 100, message = "{person.lastName.tooLong}")
    private String lastName;

    @NotBlank(message = "{person.firstName.required}")
    @Size(max = 100, message = "{person.firstName.tooLong}")
    private String firstName;

    @Size(max = 100, message = "{person.middleName.tooLong}")
    private String middleName;

    @Email(message = "{profile.email.invalid}")
    @Size(max = 200, message = "{profile.email.tooLong}")
    private String email;

    @Pattern(regexp = "[0-9 +()\\-]*", message = "{profile.phone.invalid}")
    @Size(max = 40, message = "{profile.phone.tooLong}")
    private String phone;

    private long version;

    static ProfileForm of(AccountDetails account) {
        ProfileForm form = new ProfileForm();
        if (account.person() != null) {
            PersonName name = account.person().name();
            form.lastName = name.lastName();
            form.firstName = name.firstName();
            form.middleName = name.middleName();
            form.email = account.person().email();
            form.phone = account.person().phone();
            form.version = account.personVersion();
        }
        return form;
    }

    ProfileEdit edit() {
        String middle = middleName == null || middleName.isBlank() ? null : middleName.strip();
        return new ProfileEdit(new PersonName(lastName.strip(), firstName.strip(), middle), email, phone, version);
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
}
