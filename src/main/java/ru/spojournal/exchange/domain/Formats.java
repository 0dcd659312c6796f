package ru.spojournal.exchange.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import ru.spojournal.people.Relation;
import ru.spojournal.people.Sex;
import ru.spojournal.structure.AttestationForm;
import ru.spojournal.structure.SubjectKind;

/** How exports write values, in the words the import reads back ({@link Cells}). */
final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd'.'MM'.'yyyy");

    private static final Map<Sex, String> SEXES = ExchangeWords.written("sex", Sex.class);

    private static final Map<Relation, String> RELATIONS = ExchangeWords.written("relation", Relation.class);

    private static final Map<SubjectKind, String> KINDS = ExchangeWords.written("kind", SubjectKind.class);

    private static final Map<AttestationForm, String> FORMS = ExchangeWords.written("form", AttestationForm.class);

    private Formats() {}

    static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    static String sex(Sex sex) {
        return sex == null ? null : SEXES.get(sex);
    }

    static String relation(Relation relation) {
        return RELATIONS.get(relation);
    }

    static String kind(SubjectKind kind) {
        return KINDS.get(kind);
    }

    static String form(AttestationForm form) {
        return FORMS.get(form);
    }
}
