/**
 * The student's and the parent's views (R9, R10, R25): each sees only their own data, or their
 * own children's, whatever id is put into a URL.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Portal",
        allowedDependencies = {"journal", "people", "platform", "structure", "teaching"})
package ru.spojournal.portal;
