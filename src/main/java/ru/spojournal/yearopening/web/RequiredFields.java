package ru.spojournal.yearopening.web;

import org.springframework.validation.BindingResult;

/** The wizard's fields that must be filled before a plan can be previewed or applied. */
final class RequiredFields {

    private RequiredFields() {}

    static void check(YearOpeningForm form, BindingResult errors) {
        if (form.getYearName() == null || form.getYearName().isBlank()) {
            errors.rejectValue("yearName", "yearOpening.required.yearName");
        }
        if (form.getStartDate() == null && !errors.hasFieldErrors("startDate")) {
            errors.rejectValue("startDate", "yearOpening.required.startDate");
        }
        if (form.getEndDate() == null && !errors.hasFieldErrors("endDate")) {
            errors.rejectValue("endDate", "yearOpening.required.endDate");
        }
        for (int i = 0; i < form.getTerms().size(); i++) {
            TermRow t = form.getTerms().get(i);
            if (t.name == null || t.name.isBlank()) {
                errors.rejectValue(
                        "terms[" + i + "].name", "yearOpening.required.termName", new Object[] {t.number}, null);
            }
            if (t.startDate == null && !errors.hasFieldErrors("terms[" + i + "].startDate")) {
                errors.rejectValue(
                        "terms[" + i + "].startDate", "yearOpening.required.termStart", new Object[] {t.name}, null);
            }
            if (t.endDate == null && !errors.hasFieldErrors("terms[" + i + "].endDate")) {
                errors.rejectValue(
                        "terms[" + i + "].endDate", "yearOpening.required.termEnd", new Object[] {t.name}, null);
            }
        }
    }
}
