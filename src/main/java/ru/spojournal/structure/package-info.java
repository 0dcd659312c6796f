/**
 * The college's structure: the institution and its time zone, departments, specialties,
 * academic years and terms, bell schedules of пары, study groups and subgroups, subjects and
 * curricula. Other modules read it through {@link ru.spojournal.structure.CollegeStructure} and
 * {@link ru.spojournal.structure.AcademicCalendar} and change it through
 * {@link ru.spojournal.structure.StructureAdmin}; entities, repositories and the services behind
 * these interfaces live in {@code structure.domain}. It knows people only by their ids.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Structure",
        allowedDependencies = {"platform"})
package ru.spojournal.structure;
