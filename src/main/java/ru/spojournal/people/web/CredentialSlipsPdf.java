package ru.spojournal.people.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import ru.spojournal.people.domain.CredentialSlip;

/**
 * R15: credential slips to cut apart and hand out, eight on an A4 page with dashed cut lines. The
 * Cyrillic font (DejaVu Sans, shipped in the jar under its licence) is embedded in the PDF, so the
 * slips print the same on any computer.
 */
@Component
class CredentialSlipsPdf {

    static final int PER_PAGE = 8;
    private static final float MARGIN = 28f;
    private static final float SLIP_HEIGHT = (PageSize.A4.getHeight() - 2 * MARGIN) / (PER_PAGE / 2) - 1f;

    private final MessageSource messages;
    private final byte[] regular = read("fonts/DejaVuSans.ttf");
    private final byte[] bold = read("fonts/DejaVuSans-Bold.ttf");

    CredentialSlipsPdf(MessageSource messages) {
        this.messages = messages;
    }

    /** The slips as a PDF; {@code site} is the address printed on each slip. */
    byte[] print(List<CredentialSlip> slips, String site, Locale locale) {
        Document doc = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(text("slip.document", locale));
            doc.open();
            Fonts fonts = new Fonts(font(regular, "DejaVuSans.ttf"), font(bold, "DejaVuSans-Bold.ttf"));
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            table.setSplitRows(false);
            slips.forEach(s -> table.addCell(slip(s, site, fonts, locale)));
            if (slips.size() % 2 == 1) {
                PdfPCell empty = new PdfPCell(new Phrase(""));
                empty.setBorder(Rectangle.NO_BORDER);
                table.addCell(empty);
            }
            doc.add(table);
            doc.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("credential slips could not be printed", e);
        }
        return out.toByteArray();
    }

    private PdfPCell slip(CredentialSlip s, String site, Fonts f, Locale locale) {
        PdfPCell cell = new PdfPCell();
        cell.setFixedHeight(SLIP_HEIGHT);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(10f);
        cell.setPaddingTop(8f);
        cell.setCellEvent((c, position, canvases) -> cutLine(position, canvases[PdfPTable.LINECANVAS]));
        cell.addElement(line(s.college(), f.small(), 2f));
        cell.addElement(line(text("slip.title", locale), f.small(), 4f));
        cell.addElement(line(s.name(), f.name(), 2f));
        cell.addElement(line(who(s, locale), f.body(), 4f));
        cell.addElement(labelled(text("slip.site", locale), site, f));
        cell.addElement(labelled(text("slip.login", locale), s.login(), f));
        cell.addElement(labelled(text("slip.password", locale), s.oneTimePassword(), f));
        Paragraph help = line(text("slip.instruction", locale), f.small(), 0f);
        help.setSpacingBefore(4f);
        cell.addElement(help);
        return cell;
    }

    private String who(CredentialSlip s, Locale locale) {
        return switch (s.role()) {
            case STUDENT -> text("slip.student", locale, s.group());
            case PARENT -> text("slip.parent", locale, s.child(), s.group());
            case STAFF -> text("slip.staff", locale);
        };
    }

    private static Paragraph line(String text, Font font, float after) {
        Paragraph p = new Paragraph(text == null ? "" : text, font);
        p.setLeading(font.getSize() * 1.25f);
        p.setSpacingAfter(after);
        return p;
    }

    private static Paragraph labelled(String label, String value, Fonts f) {
        Paragraph p = new Paragraph();
        p.setLeading(f.value().getSize() * 1.35f);
        p.add(new Phrase(label + " ", f.body()));
        p.add(new Phrase(value, f.value()));
        p.setAlignment(Element.ALIGN_LEFT);
        return p;
    }

    private static void cutLine(Rectangle position, PdfContentByte canvas) {
        canvas.saveState();
        canvas.setLineWidth(0.5f);
        canvas.setLineDash(4f, 3f, 0f);
        canvas.setGrayStroke(0.45f);
        canvas.rectangle(position.getLeft(), position.getBottom(), position.getWidth(), position.getHeight());
        canvas.stroke();
        canvas.restoreState();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static BaseFont font(byte[] ttf, String name) throws IOException {
        return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the font " + path + " is missing from the application", e);
        }
    }

    /** The four type sizes of a slip. */
    private record Fonts(Font small, Font body, Font name, Font value) {

        Fonts(BaseFont regular, BaseFont bold) {
            this(
                    new Font(regular, 7.5f, Font.NORMAL, Color.DARK_GRAY),
                    new Font(regular, 9f),
                    new Font(bold, 11.5f),
                    new Font(bold, 12f));
        }
    }
}
