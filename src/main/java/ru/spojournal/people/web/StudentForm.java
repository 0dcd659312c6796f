package ru.spojournal.people.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import ru.spojournal.people.StudentCard;

/** A student: the person, and the group (on admission only), record book number and admission date. */
class StudentForm extends PersonForm {

    private Long groupId;

    @Size(max = 30, message = "{student.recordBook.tooLong}")
    private String recordBookNumber;

    private LocalDate admittedOn;

    static StudentForm of(StudentCard card) {
        StudentForm form = new StudentForm();
        form.fill(card.person(), card.version(), card.personVersion());
        form.groupId = card.groupId();
        form.recordBookNumber = card.recordBookNumber();
        form.admittedOn = card.admittedOn();
        return form;
    }

    String recordBook() {
        return blankToNull(recordBookNumber);
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public String getRecordBookNumber() {
        return recordBookNumber;
    }

    public void setRecordBookNumber(String recordBookNumber) {
        this.recordBookNumber = recordBookNumber;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public void setAdmittedOn(LocalDate admittedOn) {
        this.admittedOn = admittedOn;
    }
}
