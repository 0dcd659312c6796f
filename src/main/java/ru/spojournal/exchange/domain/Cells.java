package ru.spojournal.exchange.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Relation;
import ru.spojournal.people.Sex;
import ru.spojournal.structure.AttestationForm;
import ru.spojournal.structure.SubjectKind;

/**
 * Reads the cells of one row into typed values. A cell that does not parse gets a message naming
 * its row and column, and marks the row broken so that its other checks do not pile up.
 */
final class Cells {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private static final Map<String, Sex> SEXES = ExchangeWords.read("sex", Sex.class);

    private static final Map<String, Relation> RELATIONS = ExchangeWords.read("relation", Relation.class);

    private static final Map<String, SubjectKind> KINDS = ExchangeWords.read("kind", SubjectKind.class);

    private static final Map<String, AttestationForm> FORMS = ExchangeWords.read("form", AttestationForm.class);

    private static final List<String> FEMALE_ENDINGS = ExchangeWords.words("femalePatronymicEndings");

    private static final List<String> MALE_ENDINGS = ExchangeWords.words("malePatronymicEndings");

    private final Src src;
    private final Map<String, String> values;
    private final Problems problems;

    Cells(Src src, Map<String, String> values, Problems problems) {
        this.src = src;
        this.values = values;
        this.problems = problems;
    }

    Src src() {
        return src;
    }

    /** The cell's text, stripped; null when empty. A required empty cell is an error. */
    String text(String field, boolean required, int maxLength) {
        String value = values.get(field);
        if (value == null || value.isBlank()) {
            if (required) {
                fail(field, "exchange.cell.required");
            }
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            fail(field, "exchange.cell.tooLong", maxLength);
            return null;
        }
        return text;
    }

    LocalDate date(String field) {
        String text = text(field, false, 40);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate date = LocalDate.parse(
                        text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text, format);
                if (date.getYear() < 1900 || date.getYear() > 2100) {
                    break;
                }
                return date;
            } catch (DateTimeParseException e) {
                // the next format may fit
            }
        }
        fail(field, "exchange.cell.date", text);
        return null;
    }

    Integer integer(String field, boolean required, int min, int max) {
        String text = text(field, required, 20);
        if (text == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(text.replace(',', '.'));
            if (number != Math.rint(number) || number < min || number > max) {
                fail(field, "exchange.cell.range", text, min, max);
                return null;
            }
            return (int) number;
        } catch (NumberFormatException e) {
            fail(field, "exchange.cell.number", text);
            return null;
        }
    }

    Sex sex(String field) {
        String text = text(field, true, 20);
        if (text == null) {
            return null;
        }
        Sex sex = SEXES.get(Names.norm(text).replace(".", ""));
        if (sex == null) {
            fail(field, "exchange.cell.sex", text);
        }
        return sex;
    }

    Relation relation(String field) {
        String text = text(field, false, 40);
        if (text == null) {
            return null;
        }
        Relation relation = RELATIONS.get(Names.norm(text));
        if (relation == null) {
            fail(field, "exchange.cell.relation", text);
        }
        return relation;
    }

    SubjectKind kind(String field) {
        String text = text(field, true, 40);
        if (text == null) {
            return null;
        }
        SubjectKind kind = KINDS.get(Names.norm(text));
        if (kind == null) {
            fail(field, "exchange.cell.kind", text);
        }
        return kind;
    }

    AttestationForm form(String field) {
        String text = text(field, false, 60);
        if (text == null) {
            return null;
        }
        AttestationForm form = FORMS.get(Names.norm(text));
        if (form == null) {
            fail(field, "exchange.cell.attestation", text);
        }
        return form;
    }

    String email(String field) {
        String text = text(field, false, 200);
        if (text != null && !text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            fail(field, "exchange.cell.email", text);
            return null;
        }
        return text;
    }

    /** «Иванова Мария Петровна» → surname, first name and the rest as patronymic. */
    PersonName fullName(String field, boolean required) {
        String text = text(field, required, 300);
        if (text == null) {
            return null;
        }
        String[] words = text.split("\\s+", 3);
        if (words.length < 2) {
            fail(field, "exchange.cell.fullName", text);
            return null;
        }
        return new PersonName(words[0], words[1], words.length > 2 ? words[2] : null);
    }

    void fail(String field, String key, Object... args) {
        problems.error(src.at(field), key, args);
        src.broke();
    }

    /** The sex of a parent: from the relation, else from the patronymic's ending. */
    static Sex sexOf(Relation relation, PersonName name) {
        if (relation == Relation.MOTHER) {
            return Sex.F;
        }
        if (relation == Relation.FATHER) {
            return Sex.M;
        }
        String middle = name.middleName() == null ? "" : Names.norm(name.middleName());
        if (FEMALE_ENDINGS.stream().anyMatch(middle::endsWith)) {
            return Sex.F;
        }
        if (MALE_ENDINGS.stream().anyMatch(middle::endsWith)) {
            return Sex.M;
        }
        return null;
    }
}
