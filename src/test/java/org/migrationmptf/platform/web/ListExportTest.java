package org.migrationmptf.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.migrationmptf.platform.money.MoneyView;

/** Lists of records as CSV and XLSX: columns from the components, nested records dotted, no formula injection. */
class ListExportTest {

    enum Kind { GRANT }

    record Ref(String recordType, long recordId) {
    }

    record Line(long id, String title, Kind kind, LocalDate on, MoneyView amount, List<Ref> subjects,
                Map<String, MoneyView> categories, Boolean finalised) {
    }

    static final List<Line> LINES = List.of(
            new Line(1, "=HYPERLINK(\"http://evil\")", Kind.GRANT, LocalDate.of(2026, 1, 31),
                    new MoneyView("-1250.50", "USD"), List.of(new Ref("Programme", 7), new Ref("Note", 3)),
                    Map.of("1", new MoneyView("10.00", "USD")), true),
            new Line(2, "Plain, with \"quotes\"", null, null, null, List.of(), Map.of(), null));

    static final Type LIST_OF_LINES = new java.lang.reflect.ParameterizedType() {
        public Type[] getActualTypeArguments() {
            return new Type[] {Line.class};
        }

        public Type getRawType() {
            return List.class;
        }

        public Type getOwnerType() {
            return null;
        }
    };

    @Test
    void columnsAreTheComponentsWithNestedRecordsDotted() {
        RecordTable table = RecordTable.of(Line.class);
        assertEquals(List.of("id", "title", "kind", "on", "amount.amount", "amount.currency", "subjects", "categories",
                "finalised"), table.header());
        assertEquals(List.of("1", "=HYPERLINK(\"http://evil\")", "GRANT", "2026-01-31", "-1250.50", "USD",
                "Programme 7; Note 3", "1: 10.00 USD", "true"), table.texts(LINES.get(0)));
        assertEquals(List.of("2", "Plain, with \"quotes\"", "", "", "", "", "", "", ""), table.texts(LINES.get(1)));
    }

    @Test
    void csvIsSafeFromFormulasAndKeepsNegativeAmounts() throws Exception {
        ListExportWriter writer = new ListExportWriter();
        MultivaluedHashMap<String, Object> headers = new MultivaluedHashMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Page<Line> page = new Page<>(LINES, 0, 10_000, 3, 1);
        assertTrue(writer.isWriteable(Page.class, Page.class, null, MediaType.valueOf("text/csv")));
        assertFalse(writer.isWriteable(Page.class, Page.class, null, MediaType.APPLICATION_JSON_TYPE));
        writer.writeTo(page, Page.class, Page.class, null, MediaType.valueOf("text/csv"), headers, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("id,title,kind,on,amount.amount,amount.currency,subjects,categories,finalised", lines.get(0));
        assertTrue(lines.get(1).startsWith("1,\"'=HYPERLINK(\"\"http://evil\"\")\",GRANT,2026-01-31,-1250.50,USD,"),
                lines.get(1));
        assertEquals("2,\"Plain, with \"\"quotes\"\"\",,,,,,,", lines.get(2));
        assertEquals("3", headers.getFirst("X-Total-Count"), "the list's total, even when the export holds fewer");
        assertEquals("attachment; filename=\"export.csv\"", headers.getFirst("Content-Disposition"));
        assertEquals("'-cmd", Csv.cell("-cmd"));
        assertEquals("-12.5", Csv.cell("-12.5"));
    }

    @Test
    void xlsxHasAHeaderRowAndAmountsAsNumbers() throws Exception {
        ListExportWriter writer = new ListExportWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(LINES, List.class, LIST_OF_LINES, null, MediaType.valueOf(ListExport.XLSX),
                new MultivaluedHashMap<>(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("amount.amount", sheet.getRow(0).getCell(4).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(4).getCellType());
            assertEquals(-1250.50, sheet.getRow(1).getCell(4).getNumericCellValue());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(1).getCellType(), "text, never a formula");
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    @Test
    void anEmptyPageStillHasItsHeaderFromTheGenericType() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ListExportWriter().writeTo(List.of(), List.class, LIST_OF_LINES, null, MediaType.valueOf("text/csv"),
                new MultivaluedHashMap<>(), out);
        assertEquals("id,title,kind,on,amount.amount,amount.currency,subjects,categories,finalised\r\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anExportMayAskForLargerPages() {
        assertTrue(ListExport.isExport("csv", null));
        assertTrue(ListExport.isExport(null, List.of("text/csv")));
        assertFalse(ListExport.isExport(null, List.of("application/json, text/csv")));
        assertFalse(ListExport.isExport(null, List.of("*/*")));
        assertFalse(ListExport.isExport("pdf", null));
        PageRequest plain = new PageRequest(0, 50);
        assertEquals(PageRequest.MAX_SIZE, plain.maxSize());
    }
}
