package ru.spojournal.platform.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import ru.spojournal.platform.error.ConflictException;
import ru.spojournal.platform.error.FieldRejectedException;

/**
 * Runs a form's save and turns a business rejection into an error beside its field, and a stale
 * version into the Russian conflict message at the top of the form, so that the page re-renders
 * with the user's input instead of answering 500.
 */
public final class FormOutcome {

    public static final String CONFLICT = "error.conflict";

    private FormOutcome() {}

    /** True when the action ran and saved; false when the form has errors to show. */
    public static boolean saved(BindingResult errors, Runnable action) {
        if (errors.hasErrors()) {
            return false;
        }
        try {
            action.run();
            return true;
        } catch (FieldRejectedException e) {
            errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
        } catch (ConflictException | ObjectOptimisticLockingFailureException e) {
            errors.reject(CONFLICT);
        }
        return false;
    }
}
