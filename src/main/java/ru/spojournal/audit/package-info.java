/**
 * The audit log (R14, R17): who did what to whom and when. It keeps the actions on accounts that
 * the people module publishes ({@link ru.spojournal.people.AccountChanged}), written in the same
 * transaction as the action, and every refused request
 * ({@link ru.spojournal.platform.error.RefusalLog.AccessRefused}). Entries are only ever added; the
 * administrator reads them through {@link ru.spojournal.audit.domain.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"people", "platform", "structure"})
package ru.spojournal.audit;
