/**
 * Import and export of the college's lists: students with their parents, staff, groups, subjects
 * with curricula, the teaching load and the timetable, as XLSX and CSV files with a template for each, and the
 * whole college as OneRoster 1.1 CSV (reading 1.2 too). An import is checked first and shows every
 * problem by row and column; it is then applied whole or not at all, in one transaction, and
 * importing the same file again changes nothing. It works only through the public services of
 * the structure, people and teaching modules, and creates no accounts: credentials are issued
 * separately.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Exchange",
        allowedDependencies = {"people", "platform", "structure", "teaching"})
package ru.spojournal.exchange;
