package org.migrationmptf.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table as an Excel workbook, streamed (SXSSF keeps a window of rows in memory, the rest in a temporary file):
 * a bold header row, frozen; amounts as numbers with two decimals, so that a reader can sum them.
 */
final class Xlsx {

    private static final int ROWS_IN_MEMORY = 200;
    /** Excel's limit on a cell's text. */
    private static final int MAX_CELL_TEXT = 32_767;

    private Xlsx() {
    }

    static void write(RecordTable table, List<?> rows, String sheetName, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle amountStyle = workbook.createCellStyle();
            amountStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            List<String> header = table.header();
            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                headerRow.createCell(c).setCellValue(header.get(c));
                headerRow.getCell(c).setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            List<RecordTable.Column> columns = table.columns();
            int r = 1;
            for (Object row : rows) {
                Row sheetRow = sheet.createRow(r++);
                List<Object> values = table.values(row);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    var cell = sheetRow.createCell(c);
                    if (value instanceof BigDecimal decimal) {
                        // A spreadsheet cell is a binary double: the exact decimal stays in the CSV export.
                        cell.setCellValue(decimal.doubleValue());
                        if (columns.get(c).isMoneyAmount()) {
                            cell.setCellStyle(amountStyle);
                        }
                    } else if (value instanceof Long number) {
                        cell.setCellValue(number);
                    } else if (value instanceof Boolean flag) {
                        cell.setCellValue(flag);
                    } else {
                        String text = value.toString();
                        cell.setCellValue(text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text);
                    }
                }
            }
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close(); // also deletes the temporary files
        }
    }
}
