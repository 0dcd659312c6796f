package ru.spojournal.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.spojournal.people.StaffCard;

/** A member of staff: the person and the position. */
class StaffForm extends PersonForm {

    @NotBlank(message = "{staff.position.required}")
    @Size(max = 200, message = "{staff.position.tooLong}")
    private String position;

    static StaffForm of(StaffCard card) {
        StaffForm form = new StaffForm();
        form.fill(card.person(), card.version(), card.personVersion());
        form.position = card.position();
        return form;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }
}
