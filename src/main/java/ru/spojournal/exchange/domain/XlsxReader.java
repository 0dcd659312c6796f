package ru.spojournal.exchange.domain;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of a workbook, read as a stream of SAX events (POI's event API): memory stays
 * small whatever the number of rows. POI's zip guards refuse archives that inflate suspiciously.
 * Date cells come out as ISO dates whatever their display format, so «01.09.2026» and a US-style
 * format read the same.
 */
final class XlsxReader {

    private final int maxRows;

    XlsxReader(int maxRows) {
        this.maxRows = maxRows;
    }

    void read(Path file, RowSink sink) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new FileRejected("exchange.file.empty");
            }
            Rows rows = new Rows(sink, maxRows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
            if (!rows.sawHeader) {
                throw new FileRejected("exchange.file.empty");
            }
        } catch (FileRejected e) {
            throw e;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof FileRejected rejected) {
                throw rejected;
            }
            throw new FileRejected("exchange.file.xlsxBroken");
        } catch (Exception e) {
            throw new FileRejected("exchange.file.xlsxBroken");
        }
    }

    /** Collects the cells of a row in their columns; empty cells are absent from the XML. */
    private static final class Rows implements SheetContentsHandler {

        private final RowSink sink;
        private final int maxRows;
        private final List<String> current = new ArrayList<>();
        private boolean sawHeader;
        private int dataRows;

        Rows(RowSink sink, int maxRows) {
            this.sink = sink;
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            current.clear();
        }

        @Override
        public void endRow(int rowNum) {
            List<String> values = new ArrayList<>(current);
            if (!sawHeader) {
                if (values.stream().allMatch(String::isEmpty)) {
                    return;
                }
                sawHeader = true;
                sink.header(values);
            } else if (values.stream().anyMatch(v -> !v.isEmpty())) {
                if (++dataRows > maxRows) {
                    throw new FileRejected("exchange.file.tooManyRows", maxRows);
                }
                sink.row(rowNum + 1, values);
            }
        }

        @Override
        public void cell(String reference, String formatted, XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(formatted == null ? "" : formatted.strip());
        }
    }

    /** Formats numbers as Excel shows them, but dates always as yyyy-MM-dd. */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
                return date.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
