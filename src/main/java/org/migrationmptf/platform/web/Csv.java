package org.migrationmptf.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV for exports. Cells that a spreadsheet would run as a formula (starting with =, +, - or @) are
 * prefixed with an apostrophe (a plain negative number excepted), so an exported register cannot carry a formula injection.
 */
public final class Csv {

    /** A plain negative number (an amount, a release) is data, not a formula: it keeps its sign. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Csv() {
    }

    public static String of(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    /** Writes one line (CRLF-terminated) to a stream, for exports too long to hold in memory. */
    public static void line(Appendable csv, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(cell(cells.get(i)));
            }
            csv.append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches()) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
