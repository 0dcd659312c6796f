package ru.spojournal.people.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import ru.spojournal.people.MovementKind;
import ru.spojournal.people.PeopleCommands.Movement;

/** An order about a student: the kind of movement, the new group for a transfer, the date and the order. */
class MovementForm {

    @NotNull(message = "{movement.kind.required}")
    private MovementKind kind;

    private Long toGroupId;

    @NotNull(message = "{movement.date.required}")
    private LocalDate effectiveOn;

    @Size(max = 50, message = "{movement.orderNumber.tooLong}")
    private String orderNumber;

    @Size(max = 500, message = "{movement.reason.tooLong}")
    private String reason;

    private long version;

    static MovementForm at(long version) {
        MovementForm form = new MovementForm();
        form.version = version;
        return form;
    }

    Movement command() {
        return new Movement(
                kind,
                kind == MovementKind.TRANSFER ? toGroupId : null,
                effectiveOn,
                PersonForm.blankToNull(orderNumber),
                PersonForm.blankToNull(reason));
    }

    public MovementKind getKind() {
        return kind;
    }

    public void setKind(MovementKind kind) {
        this.kind = kind;
    }

    public Long getToGroupId() {
        return toGroupId;
    }

    public void setToGroupId(Long toGroupId) {
        this.toGroupId = toGroupId;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
