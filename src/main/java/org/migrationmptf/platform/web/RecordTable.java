package org.migrationmptf.platform.web;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.migrationmptf.platform.money.MoneyView;

/**
 * A list of records as a table: one column per record component, nested records flattened with dotted names
 * ({@code budget.amount}, {@code budget.currency}), collections and maps joined with {@code "; "} into one cell.
 * What the list API shows as JSON is what the export shows, column for column, with no per-list code.
 */
public final class RecordTable {

    /** How deep nested records are flattened; deeper ones are written as one cell. */
    private static final int MAX_DEPTH = 3;
    static final String JOIN = "; ";

    private final List<Column> columns;

    private RecordTable(List<Column> columns) {
        this.columns = columns;
    }

    /** The table of a record type (or, for anything else, one column "value"). */
    public static RecordTable of(Class<?> rowType) {
        List<Column> columns = new ArrayList<>();
        if (rowType != null && rowType.isRecord()) {
            collect(rowType, "", new ArrayList<>(), columns, 0);
        } else {
            columns.add(new Column("value", List.of(), Object.class));
        }
        return new RecordTable(List.copyOf(columns));
    }

    private static void collect(Class<?> type, String prefix, List<RecordComponent> path, List<Column> columns,
                                int depth) {
        for (RecordComponent component : type.getRecordComponents()) {
            List<RecordComponent> componentPath = new ArrayList<>(path);
            componentPath.add(component);
            String name = prefix + component.getName();
            Class<?> componentType = component.getType();
            if (componentType.isRecord() && depth < MAX_DEPTH) {
                collect(componentType, name + ".", componentPath, columns, depth + 1);
            } else {
                columns.add(new Column(name, List.copyOf(componentPath), componentType));
            }
        }
    }

    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    public List<Column> columns() {
        return columns;
    }

    /** The row's cells as values: null, a number (BigDecimal or Long), a boolean, or text. */
    public List<Object> values(Object row) {
        List<Object> values = new ArrayList<>(columns.size());
        for (Column column : columns) {
            values.add(column.value(row));
        }
        return values;
    }

    /** The row's cells as text, as CSV writes them. */
    public List<String> texts(Object row) {
        return values(row).stream().map(RecordTable::text).toList();
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    /** One column: its dotted name and the components to read from a row to reach its value. */
    public record Column(String name, List<RecordComponent> path, Class<?> type) {

        Object value(Object row) {
            Object value = row;
            if (path.isEmpty()) {
                return cell(value);
            }
            for (RecordComponent component : path) {
                if (value == null) {
                    return null;
                }
                value = read(component, value);
            }
            Object cell = cell(value);
            if (cell instanceof String amount && isMoneyAmount()) {
                try {
                    return new BigDecimal(amount);
                } catch (NumberFormatException notADecimal) {
                    return amount;
                }
            }
            return cell;
        }

        /** Whether the column holds an amount of money (the amount of a MoneyView). */
        public boolean isMoneyAmount() {
            return path.size() >= 1 && path.get(path.size() - 1).getDeclaringRecord() == MoneyView.class
                    && "amount".equals(path.get(path.size() - 1).getName());
        }
    }

    private static Object read(RecordComponent component, Object target) {
        try {
            return component.getAccessor().invoke(target);
        } catch (IllegalAccessException e) {
            // A record declared in a non-public place: its public accessor is reachable through setAccessible.
            try {
                component.getAccessor().setAccessible(true);
                return component.getAccessor().invoke(target);
            } catch (ReflectiveOperationException | RuntimeException again) {
                throw new IllegalStateException("Cannot read " + component, again);
            }
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e.getCause());
        }
    }

    /** A value as a cell: numbers and booleans kept, amounts as decimals, everything else as text. */
    static Object cell(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Optional<?> optional) {
            return cell(optional.orElse(null));
        }
        if (value instanceof BigDecimal || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof CharSequence || value instanceof Enum<?> || value instanceof TemporalAccessor) {
            return value.toString();
        }
        return inline(value);
    }

    /** A value inside one cell: a collection joined, a map as key: value pairs, a record as its values. */
    static String inline(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof MoneyView money) {
            return money.amount() + " " + money.currency();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(RecordTable::inline).collect(Collectors.joining(JOIN));
        }
        if (value.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(inline(Array.get(value, i)));
            }
            return String.join(JOIN, items);
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> inline(e.getKey()) + ": " + inline(e.getValue()))
                    .collect(Collectors.joining(JOIN));
        }
        if (value.getClass().isRecord()) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                String part = inline(read(component, value));
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            return String.join(" ", parts);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
