package ru.spojournal.exchange.domain;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One upload on its way: read and checked off the request thread, then applied on request. The
 * page polls it; the fields change under the worker's hand, hence volatile.
 */
public final class ImportJob {

    /** Where the job stands. */
    public enum Phase {
        READING,
        CHECKING,
        CHECKED,
        APPLYING,
        APPLIED,
        FAILED
    }

    private final String id;
    private final long accountId;
    private final long institutionId;
    private final String source;
    private final String fileName;
    private final Path file;
    private final Instant started;
    private volatile Phase phase = Phase.READING;
    private volatile int rowsRead;
    private volatile int stepsDone;
    private volatile int stepsTotal;
    private volatile ImportReport report;
    private volatile String failureKey;
    private volatile Object[] failureArguments = new Object[0];

    ImportJob(
            String id, long accountId, long institutionId, String source, String fileName, Path file, Instant started) {
        this.id = id;
        this.accountId = accountId;
        this.institutionId = institutionId;
        this.source = source;
        this.fileName = fileName;
        this.file = file;
        this.started = started;
    }

    public String id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public long institutionId() {
        return institutionId;
    }

    /** The list's slug, or «oneroster». */
    public String source() {
        return source;
    }

    public String fileName() {
        return fileName;
    }

    Path file() {
        return file;
    }

    Instant started() {
        return started;
    }

    public Phase phase() {
        return phase;
    }

    public int rowsRead() {
        return rowsRead;
    }

    public int stepsDone() {
        return stepsDone;
    }

    public int stepsTotal() {
        return stepsTotal;
    }

    /** Percent of the apply done, for the progress bar. */
    public int percent() {
        return stepsTotal == 0 ? 0 : (int) (100L * stepsDone / stepsTotal);
    }

    public ImportReport report() {
        return report;
    }

    public String failureKey() {
        return failureKey;
    }

    public Object[] failureArguments() {
        return failureArguments;
    }

    public boolean finished() {
        return phase == Phase.CHECKED || phase == Phase.APPLIED || phase == Phase.FAILED;
    }

    public boolean canApply() {
        return phase == Phase.CHECKED && report != null && !report.hasErrors() && report.changesSomething();
    }

    /** A consistent copy of the job for one page; the phase is read last, as the worker writes it last. */
    public synchronized ImportJobView view() {
        return new ImportJobView(
                id,
                source,
                fileName,
                phase,
                rowsRead,
                percent(),
                report,
                failureKey,
                failureArguments,
                finished(),
                canApply());
    }

    synchronized void phase(Phase phase) {
        this.phase = phase;
    }

    void rowRead(int row) {
        this.rowsRead = row;
    }

    void steps(int done, int total) {
        this.stepsDone = done;
        this.stepsTotal = total;
    }

    synchronized void report(ImportReport report) {
        this.report = report;
    }

    synchronized void failed(String key, Object... arguments) {
        this.failureKey = key;
        this.failureArguments = arguments;
        this.phase = Phase.FAILED;
    }
}
