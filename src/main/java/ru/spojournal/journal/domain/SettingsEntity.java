package ru.spojournal.journal.domain;

/** What the three journal lists have in common, so that one service edits them all. */
interface SettingsEntity {

    Long getId();

    Long getInstitutionId();

    long getVersion();

    String code();

    int sortOrder();

    SettingsEntry entry();

    void rename(String name);

    void archive(boolean archived);
}
