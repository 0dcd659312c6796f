package ru.spojournal.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import ru.spojournal.people.Sex;
import ru.spojournal.platform.security.Role;

/** A new staff account: the person, the position, the roles and, optionally, a chosen login. */
class AccountForm {

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

    @NotBlank(message = "{staff.position.required}")
    @Size(max = 200, message = "{staff.position.tooLong}")
    private String position;

    @Size(max = 64, message = "{account.login.tooLong}")
    private String login;

    @NotEmpty(message = "{account.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

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

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }
}
