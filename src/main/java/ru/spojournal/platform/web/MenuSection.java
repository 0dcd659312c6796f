package ru.spojournal.platform.web;

/**
 * A drop-down of the navigation that gathers related entries, so that a role with many pages (the
 * administrator) keeps the bar on one line of an ordinary 1366 px screen.
 */
public enum MenuSection {
    PEOPLE("menu.section.people"),
    STUDIES("menu.section.studies"),
    SYSTEM("menu.section.system");

    private final String labelKey;

    MenuSection(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
