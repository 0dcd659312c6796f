package ru.spojournal.exchange.domain;

/**
 * A job as it stood at one moment: the page renders this copy, so that a worker moving the job
 * on while the page is drawn cannot show a finished report beside a still-running progress bar.
 */
public record ImportJobView(
        String id,
        String source,
        String fileName,
        ImportJob.Phase phase,
        int rowsRead,
        int percent,
        ImportReport report,
        String failureKey,
        Object[] failureArguments,
        boolean finished,
        boolean canApply) {}
