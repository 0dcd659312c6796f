package ru.spojournal.journal.domain;

/** The institution's lists the journal uses, each edited on its own administrator's page. */
public enum SettingsList {
    /** Виды работ with their weights in the average. */
    WORK_TYPES("work-types"),
    /** Типы занятий (R4). */
    LESSON_TYPES("lesson-types"),
    /** Причины пропусков, excused or not (R19). */
    ABSENCE_REASONS("absence-reasons");

    private final String slug;

    SettingsList(String slug) {
        this.slug = slug;
    }

    /** How the list is named in its address, e.g. «work-types». */
    public String slug() {
        return slug;
    }

    public static java.util.Optional<SettingsList> ofSlug(String slug) {
        return java.util.Arrays.stream(values())
                .filter(l -> l.slug.equals(slug))
                .findFirst();
    }
}
