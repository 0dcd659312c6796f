/**
 * Opening a new academic year (R14: the administrator opens the year). A wizard copies the
 * structure of the current year into the next one: the year and its terms, every active group one
 * course up, the final course graduated and its groups archived, new first-year groups, and the
 * teaching load carried over for review. It shows a preview first and then does everything in one
 * transaction. It owns no tables: it orchestrates the public services of {@code structure},
 * {@code people} and {@code teaching}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Year opening",
        allowedDependencies = {"people", "platform", "structure", "teaching"})
package ru.spojournal.yearopening;
