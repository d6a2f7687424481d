package org.migrationmptf.platform.web;

import java.util.List;
import java.util.Locale;

/**
 * The list export formats: every list of the API also answers as CSV or as an Excel workbook, asked for with an
 * {@code Accept} header or with {@code ?format=csv|xlsx}. An export is not paged by the caller: it holds up to
 * {@link #MAX_ROWS} rows (the first page of that size), and says in {@code X-Total-Count} how many there are.
 */
public final class ListExport {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The most rows one export holds: beyond it, narrow the list with its filters. */
    public static final int MAX_ROWS = 10_000;

    private ListExport() {
    }

    /** The media type a {@code format} query parameter asks for, or null when it names no export format. */
    public static String mediaTypeOf(String format) {
        if (format == null) {
            return null;
        }
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "xlsx", "excel" -> XLSX;
            default -> null;
        };
    }

    /**
     * Whether a request asks for an export: a {@code format} parameter that names one, or an {@code Accept} header
     * that names CSV or XLSX and not JSON (a client that takes either gets JSON, and JSON pages stay small).
     */
    public static boolean isExport(String format, List<String> accept) {
        if (mediaTypeOf(format) != null) {
            return true;
        }
        if (accept == null) {
            return false;
        }
        String all = String.join(",", accept).toLowerCase(Locale.ROOT);
        return (all.contains(CSV) || all.contains(XLSX)) && !all.contains("json");
    }
}
