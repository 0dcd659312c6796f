package ru.spojournal.structure;

/** What a subject is in the curriculum of СПО. */
public enum SubjectKind {
    /** A дисциплина: ОУД/ООД, ОГСЭ, СГ, ЕН, ОП. */
    DISCIPLINE,
    /** A междисциплинарный курс of a professional module. */
    MDK,
    /** A профессиональный модуль. */
    MODULE,
    /** Учебная or производственная практика, kept by a master of industrial training. */
    PRACTICE
}
