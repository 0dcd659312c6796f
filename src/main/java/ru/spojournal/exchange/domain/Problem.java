package ru.spojournal.exchange.domain;

/**
 * One thing wrong with an imported file, where it is and what it is, as a message key of the
 * exchange bundle. Errors stop the import; warnings are shown and do not.
 *
 * @param file the file inside a package (OneRoster), or null for a single list
 * @param row the row as a spreadsheet numbers it (the header is row 1), or 0 for the whole file
 * @param column the column's header, or null
 */
public record Problem(String file, int row, String column, boolean warning, String messageKey, Object[] arguments) {}
