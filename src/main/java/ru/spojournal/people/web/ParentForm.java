package ru.spojournal.people.web;

import ru.spojournal.people.Relation;
import ru.spojournal.people.domain.ParentCard;

/** A parent: the person and, when created from a student's card, the student and the relation. */
class ParentForm extends PersonForm {

    private Long studentId;
    private Relation relation;

    static ParentForm of(ParentCard card) {
        ParentForm form = new ParentForm();
        form.fill(card.person(), card.version(), card.personVersion());
        return form;
    }

    public Long getStudentId() {
        return studentId;
    }

    public void setStudentId(Long studentId) {
        this.studentId = studentId;
    }

    public Relation getRelation() {
        return relation;
    }

    public void setRelation(Relation relation) {
        this.relation = relation;
    }
}
