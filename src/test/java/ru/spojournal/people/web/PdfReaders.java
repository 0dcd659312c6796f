package ru.spojournal.people.web;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads generated PDFs back in tests, with OpenPDF's own text extractor. */
public final class PdfReaders {

    private static final Pattern PASSWORD = Pattern.compile("Временный пароль:\\s*(\\S+)");

    private PdfReaders() {}

    /** The text of every page, one after another. */
    public static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder out = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            out.append(extractor.getTextFromPage(page)).append('\n');
        }
        return out.toString();
    }

    /** The one-time passwords printed on the slips, in their order. */
    public static List<String> passwords(byte[] pdf) throws IOException {
        List<String> found = new ArrayList<>();
        Matcher m = PASSWORD.matcher(text(pdf));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The one-time password printed on the slip of this login. */
    public static String passwordOf(byte[] pdf, String login) throws IOException {
        Matcher m = Pattern.compile("Логин:\\s*" + Pattern.quote(login) + "\\s+Временный пароль:\\s*(\\S+)")
                .matcher(text(pdf));
        if (!m.find()) {
            throw new AssertionError("no slip of " + login);
        }
        return m.group(1);
    }
}
