package ru.spojournal.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new login for an account; its form and uniqueness are checked by the service. */
class LoginForm {

    @NotBlank(message = "{account.login.required}")
    @Size(max = 64, message = "{accounts.login.tooLong}")
    private String login;

    static LoginForm of(String login) {
        LoginForm form = new LoginForm();
        form.login = login;
        return form;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }
}
