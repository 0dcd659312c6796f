package ru.spojournal.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The password change form; the rules beyond presence are the account's password policy. */
class PasswordForm {

    @NotBlank(message = "{password.current.required}")
    private String currentPassword;

    @NotBlank(message = "{password.new.required}")
    @Size(max = 128, message = "{password.tooLong}")
    private String newPassword;

    @NotBlank(message = "{password.repeat.required}")
    private String repeatPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
