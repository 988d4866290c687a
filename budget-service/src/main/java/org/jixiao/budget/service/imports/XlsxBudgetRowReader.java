package org.jixiao.budget.service.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.jixiao.budget.domain.RowConflict;
import org.jixiao.commons.problem.ProblemException;
import org.xml.sax.SAXException;

/**
 * Streams rows out of the first sheet of an XLSX workbook. The package is opened from a file (random access into
 * the zip, nothing inflated whole) and the sheet XML is pulled with StAX, one {@code <row>} at a time, so a sheet of
 * 100,000 rows is never held in memory; only the shared-string table is, as Excel de-duplicates it.
 * <p>
 * The first non-empty row is the header of field names as in the template (or fund-source labels); empty cells are
 * "not reported". A row's number is its spreadsheet row. A numeric cell becomes the decimal a spreadsheet shows for
 * it: its stored text when that has at most 15 significant digits (Excel's precision), otherwise rounded to 15, so
 * 667.91999999999996 is read as 667.92. Amounts the user typed as text are kept as typed.
 */
public final class XlsxBudgetRowReader implements BudgetRowReader, AutoCloseable {
    public static final String MALFORMED = "MALFORMED_XLSX";
    private static final MathContext SPREADSHEET_PRECISION = new MathContext(15, RoundingMode.HALF_UP);

    private final OPCPackage pkg;
    private final ReadOnlySharedStringsTable strings;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    /** Column index (0-based) to field name. */
    private Map<Integer, String> header;
    private int lastRowNumber;
    private boolean closed;

    private XlsxBudgetRowReader(OPCPackage pkg, ReadOnlySharedStringsTable strings, InputStream sheet,
            XMLStreamReader xml) {
        this.pkg = pkg;
        this.strings = strings;
        this.sheet = sheet;
        this.xml = xml;
    }

    /** Opens the workbook in {@code file}; 400 naming {@code body} when it is not an XLSX workbook with a sheet. */
    public static XlsxBudgetRowReader open(Path file) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw malformed("the workbook has no sheet");
            }
            InputStream sheet = sheets.next();
            XMLInputFactory factory = XMLHelper.newXMLInputFactory();
            return new XlsxBudgetRowReader(pkg, strings, sheet, factory.createXMLStreamReader(sheet));
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            revert(pkg);
            throw malformed("the body is not an XLSX workbook (Office Open XML spreadsheet)");
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
            revert(pkg);
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw malformed("the workbook cannot be read: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public RawRow next() throws IOException {
        if (closed) {
            return null;
        }
        try {
            if (header == null) {
                Map<Integer, String> names = readRow();
                if (names == null) {
                    throw malformed("the sheet is empty; the first row must be the header of the template");
                }
                header = header(names);
            }
            Map<Integer, String> cells;
            do {
                cells = readRow();
                if (cells == null) {
                    close();
                    return null;
                }
            } while (cells.isEmpty());
            return toRow(lastRowNumber, cells);
        } catch (XMLStreamException e) {
            close();
            throw malformed("the sheet XML is broken near row " + lastRowNumber);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private RawRow toRow(int rowNumber, Map<Integer, String> cells) {
        RowAssembler row = new RowAssembler(rowNumber);
        cells.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(cell -> {
            String field = header.get(cell.getKey());
            if (field == null) {
                row.conflict(columnName(cell.getKey()), RowConflict.UNKNOWN_FIELD, "第 " + rowNumber + " 行 "
                        + columnName(cell.getKey()) + " 列有内容，但该列没有表头");
            } else {
                row.text(field, cell.getValue());
            }
        });
        return row.build();
    }

    private static Map<Integer, String> header(Map<Integer, String> names) {
        Set<String> seen = new HashSet<>();
        Map<Integer, String> fields = new HashMap<>();
        for (Map.Entry<Integer, String> name : names.entrySet()) {
            String field = name.getValue().strip();
            if (field.isEmpty()) {
                continue;
            }
            if (!RowAssembler.ALL_FIELDS.contains(field) && !isFundSourceLabel(field)) {
                throw malformed("unknown column " + RowAssembler.shortName(field) + " in the header (column "
                        + columnName(name.getKey()) + "); download the template for the column names");
            }
            if (!seen.add(field)) {
                throw malformed("column " + field + " appears twice in the header");
            }
            fields.put(name.getKey(), field);
        }
        if (fields.isEmpty()) {
            throw malformed("the first row must be the header of the template");
        }
        return fields;
    }

    private static boolean isFundSourceLabel(String field) {
        return field.startsWith(RowAssembler.FUND_SOURCE_PREFIX)
                && RowAssembler.fundSourceNamed(field.substring(RowAssembler.FUND_SOURCE_PREFIX.length())) != null;
    }

    /** The non-blank cells of the next {@code <row>} by column, or null after the last row of the sheet. */
    private Map<Integer, String> readRow() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                String r = xml.getAttributeValue(null, "r");
                lastRowNumber = r == null ? lastRowNumber + 1 : parseRowNumber(r);
                return cells();
            }
            if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
                return null;
            }
        }
        return null;
    }

    private Map<Integer, String> cells() throws XMLStreamException {
        Map<Integer, String> cells = new HashMap<>();
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? nextColumn : columnIndex(ref);
                nextColumn = column + 1;
                String value = cell(xml.getAttributeValue(null, "t"));
                if (value != null && !value.isBlank()) {
                    cells.put(column, value);
                }
            }
        }
        throw new XMLStreamException("unclosed row");
    }

    /** The text of the current {@code <c>} element according to its type; consumes it up to its end. */
    private String cell(String type) throws XMLStreamException {
        String value = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("v".equals(name)) {
                    value = xml.getElementText();
                } else if ("t".equals(name) && "inlineStr".equals(type)) {
                    inline = inline == null ? new StringBuilder() : inline;
                    inline.append(xml.getElementText());
                }
            }
        }
        if (inline != null) {
            return inline.toString();
        }
        if (value == null) {
            return null;
        }
        if (type == null || type.equals("n")) {
            return number(value);
        }
        return switch (type) {
            case "s" -> sharedString(value);
            case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
            default -> value; // str (formula text), e (error such as #DIV/0!): judged as text by the validator
        };
    }

    private String sharedString(String index) {
        try {
            int i = Integer.parseInt(index.strip());
            if (i < 0 || i >= strings.getCount()) {
                throw malformed("a cell near row " + lastRowNumber + " names a missing shared string");
            }
            return strings.getItemAt(i).getString();
        } catch (NumberFormatException e) {
            throw malformed("a cell near row " + lastRowNumber + " names a missing shared string");
        }
    }

    /** What a spreadsheet shows for a stored number: at most 15 significant digits, no exponent. */
    static String number(String stored) {
        String text = stored.strip();
        BigDecimal exact;
        try {
            exact = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
        BigDecimal shown = exact.precision() > SPREADSHEET_PRECISION.getPrecision()
                ? exact.round(SPREADSHEET_PRECISION) : exact;
        if (shown.scale() > 0) {
            shown = shown.stripTrailingZeros();
        }
        return shown.scale() < 0 ? shown.setScale(0).toPlainString() : shown.toPlainString();
    }

    private static int parseRowNumber(String r) {
        try {
            return Integer.parseInt(r.strip());
        } catch (NumberFormatException e) {
            throw malformed("a row has the number " + RowAssembler.shortName(r));
        }
    }

    /** 0-based column of a reference such as {@code AB12}. */
    static int columnIndex(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            if (column > 16_384) {
                throw malformed("a cell reference is beyond the last column: " + RowAssembler.shortName(ref));
            }
        }
        if (i == 0) {
            throw malformed("a cell reference has no column: " + RowAssembler.shortName(ref));
        }
        return column - 1;
    }

    /** Spreadsheet name of a 0-based column: 0 → A, 27 → AB. */
    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            xml.close();
            sheet.close();
        } catch (XMLStreamException | IOException ignored) {
            // read-only: nothing to lose
        }
        revert(pkg);
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert(); // closes a read-only package without writing
        }
    }

    private static ProblemException malformed(String message) {
        return ProblemException.invalid("body", MALFORMED, message);
    }
}
