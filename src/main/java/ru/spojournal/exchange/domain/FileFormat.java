package ru.spojournal.exchange.domain;

/** The two spreadsheet formats of lists. */
public enum FileFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("text/csv; charset=UTF-8");

    private final String contentType;

    FileFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static FileFormat of(String extension) {
        for (FileFormat f : values()) {
            if (f.extension().equals(extension)) {
                return f;
            }
        }
        throw new ru.spojournal.platform.error.NotFoundException("format");
    }

    TableWriter writer(java.io.OutputStream out) {
        return this == XLSX ? TableWriter.xlsx(out) : TableWriter.csv(out);
    }
}
