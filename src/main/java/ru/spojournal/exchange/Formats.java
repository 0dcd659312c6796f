package ru.spojournal.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import ru.spojournal.people.Relation;
import ru.spojournal.people.Sex;
import ru.spojournal.structure.AttestationForm;
import ru.spojournal.structure.SubjectKind;

/** How exports write values, in the words the import reads back ({@link Cells}). */
final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd'.'MM'.'yyyy");

    private Formats() {}

    static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    static String sex(Sex sex) {
        return sex == null ? null : sex == Sex.M ? "М" : "Ж";
    }

    static String relation(Relation relation) {
        return switch (relation) {
            case MOTHER -> "мать";
            case FATHER -> "отец";
            case GUARDIAN -> "опекун";
            case OTHER -> "законный представитель";
        };
    }

    static String kind(SubjectKind kind) {
        return switch (kind) {
            case DISCIPLINE -> "дисциплина";
            case MDK -> "МДК";
            case MODULE -> "ПМ";
            case PRACTICE -> "практика";
        };
    }

    static String form(AttestationForm form) {
        return switch (form) {
            case NONE -> "нет";
            case EXAM -> "экзамен";
            case DIFF_CREDIT -> "дифференцированный зачёт";
            case CREDIT -> "зачёт";
            case QUALIFICATION_EXAM -> "квалификационный экзамен";
            case OTHER -> "другое";
        };
    }
}
