package ru.spojournal.structure;

/** A subject: its code in the curriculum (ОП.03, МДК.01.01), name, kind and parent module. */
public record SubjectView(Long id, String code, String name, SubjectKind kind, Long parentId) {

    /** How the subject is written in journal headers: «ОП.03 Материаловедение». */
    public String title() {
        return code + " " + name;
    }
}
