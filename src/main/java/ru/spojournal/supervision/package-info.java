/**
 * Supervision (R11–R13): deputy directors and heads of department view journals read-only, print
 * them, and control that they are filled on time; the heads for their own department.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Supervision",
        allowedDependencies = {"people", "platform", "structure"})
package ru.spojournal.supervision;
