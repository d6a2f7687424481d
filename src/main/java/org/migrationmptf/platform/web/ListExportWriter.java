package org.migrationmptf.platform.web;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a {@link Page} or a list of records as CSV or XLSX: what every list of the API answers when asked with
 * {@code Accept: text/csv} or the XLSX type (or {@code ?format=csv|xlsx}). The columns are the records' components
 * ({@link RecordTable}); the file is an attachment named after the list; {@code X-Total-Count} tells how many rows
 * the list has in all, so a reader sees when an export holds fewer.
 */
@Provider
@Produces({ListExport.CSV, ListExport.XLSX})
public class ListExportWriter implements MessageBodyWriter<Object> {

    private static final Pattern NOT_A_NAME = Pattern.compile("[^A-Za-z0-9-]+");

    @Context
    UriInfo uriInfo;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return (Page.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type))
                && (isCsv(mediaType) || isXlsx(mediaType));
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        List<?> rows;
        long total;
        Type rowType;
        if (entity instanceof Page<?> page) {
            rows = page.items();
            total = page.totalItems();
            rowType = typeArgument(genericType);
        } else {
            rows = List.copyOf((Collection<?>) entity);
            total = rows.size();
            rowType = typeArgument(genericType);
        }
        Class<?> rowClass = rowType instanceof Class<?> c ? c
                : rowType instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw ? raw
                : rows.stream().filter(r -> r != null).findFirst().<Class<?>>map(Object::getClass).orElse(null);
        RecordTable table = RecordTable.of(rowClass);
        boolean csv = isCsv(mediaType);
        headers.putSingle("X-Total-Count", Long.toString(total));
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + fileName() + (csv ? ".csv" : ".xlsx") + "\"");
        if (csv) {
            headers.putSingle("Content-Type", ListExport.CSV + ";charset=UTF-8");
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            Csv.line(writer, table.header());
            for (Object row : rows) {
                Csv.line(writer, table.texts(row));
            }
            writer.flush();
        } else {
            headers.putSingle("Content-Type", ListExport.XLSX);
            Xlsx.write(table, rows, sheetName(), out);
        }
    }

    private static boolean isCsv(MediaType mediaType) {
        return mediaType != null && "text".equalsIgnoreCase(mediaType.getType())
                && "csv".equalsIgnoreCase(mediaType.getSubtype());
    }

    private static boolean isXlsx(MediaType mediaType) {
        return mediaType != null && ListExport.XLSX.equalsIgnoreCase(mediaType.getType() + "/" + mediaType.getSubtype());
    }

    private static Type typeArgument(Type genericType) {
        if (genericType instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1) {
            return parameterized.getActualTypeArguments()[0];
        }
        return null;
    }

    /** The list's name from its path: /api/funds/MIG/decisions -> MIG-decisions, /api/programmes -> programmes. */
    String fileName() {
        if (uriInfo == null) {
            return "export";
        }
        List<String> segments = uriInfo.getPathSegments().stream().map(s -> s.getPath())
                .filter(s -> !s.isBlank()).toList();
        String last = segments.isEmpty() ? "export" : segments.get(segments.size() - 1);
        String name = segments.size() >= 3 && "funds".equals(segments.get(0)) ? segments.get(1) + "-" + last : last;
        name = NOT_A_NAME.matcher(name).replaceAll("-");
        return name.isBlank() ? "export" : name;
    }

    private String sheetName() {
        String name = fileName();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
