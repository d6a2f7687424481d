package org.migrationmptf.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.migrationmptf.platform.problem.Problem;
import org.migrationmptf.platform.problem.UnreadableBodyException;

/**
 * Reads a JSON request body against the record it is bound to before JSON-B does, and refuses it naming the field
 * when a value cannot be what the field is: JSON-B says only "cannot deserialize" (no field), and reads a whole
 * number too large for a {@code long} or with a fraction by truncating it ({@code 99999999999999999999} became an
 * id, {@code 1.5} months became 1). Field names follow the validation errors: {@code amount.amount},
 * {@code instalments[0].dueOn}, {@code narrative[SUMMARY]}; {@code request} is the body as a whole.
 *
 * <p>What this checks is only what a value's type decides; the rules (required, sizes, ranges, patterns) stay with
 * Bean Validation. Bodies for other types (not records of this application) pass untouched.
 */
@Provider
public class JsonBodyCheck implements ReaderInterceptor {

    private static final String OWN_PACKAGE = "org.migrationmptf.";
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,40}");
    private static final int MAX_ERRORS = 20;
    private static final int MAX_DEPTH = 64;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!(context.getType().isRecord() && context.getType().getName().startsWith(OWN_PACKAGE))
                || context.getMediaType() == null || !context.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.isBlank()) {
            JsonValue value;
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                value = reader.readValue();
            } catch (JsonParsingException e) {
                throw new UnreadableBodyException(List.of(new Problem.FieldError("request",
                        "is not well-formed JSON" + where(e))));
            } catch (RuntimeException | StackOverflowError e) {
                // JsonException, and the parser's plain RuntimeException for input nested more than 1,000 deep.
                throw new UnreadableBodyException(List.of(new Problem.FieldError("request", "is not well-formed JSON")));
            }
            if (value.getValueType() != JsonValue.ValueType.NULL) {
                List<Problem.FieldError> errors = new ArrayList<>();
                try {
                    check(value, context.getGenericType(), null, errors, 0);
                } catch (RuntimeException e) {
                    errors.add(new Problem.FieldError("request", "cannot be read"));
                }
                if (!errors.isEmpty()) {
                    throw new UnreadableBodyException(errors);
                }
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static String where(JsonParsingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
                + e.getLocation().getColumnNumber() + ")";
    }

    /** Checks {@code value} against {@code type}, adding an error per field whose value cannot be read. */
    static void check(JsonValue value, Type type, String field, List<Problem.FieldError> errors, int depth) {
        if (errors.size() >= MAX_ERRORS || value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        String name = field == null ? "request" : field;
        if (depth > MAX_DEPTH) {
            errors.add(new Problem.FieldError(name, "is nested too deeply"));
            return;
        }
        Class<?> raw = rawClass(type);
        if (raw == null) {
            return;
        }
        if (raw == int.class || raw == Integer.class) {
            whole(value, name, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE), errors);
        } else if (raw == long.class || raw == Long.class) {
            whole(value, name, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE), errors);
        } else if (raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class) {
            whole(value, name, BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE), errors);
        } else if (raw == BigDecimal.class || raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            decimal(value, name, errors);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                errors.add(new Problem.FieldError(name, "must be true or false"));
            }
        } else if (raw == String.class) {
            if (value instanceof JsonObject || value instanceof JsonArray) {
                errors.add(new Problem.FieldError(name, "must be text"));
            }
        } else if (raw == LocalDate.class) {
            date(value, name, errors);
        } else if (raw.isEnum()) {
            enumConstant(value, raw, name, errors);
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonArray array)) {
                errors.add(new Problem.FieldError(name, "must be a list"));
                return;
            }
            Type element = typeArgument(type, 0);
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), element, name + "[" + i + "]", errors, depth + 1);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonObject object)) {
                errors.add(new Problem.FieldError(name, "must be an object"));
                return;
            }
            Class<?> keyType = rawClass(typeArgument(type, 0));
            Type valueType = typeArgument(type, 1);
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                String entryField = name + "[" + entry.getKey() + "]";
                if (keyType != null && keyType.isEnum()) {
                    enumConstant(Json.createValue(entry.getKey()), keyType, entryField, errors);
                }
                check(entry.getValue(), valueType, entryField, errors, depth + 1);
            }
        } else if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                errors.add(new Problem.FieldError(name, "must be an object"));
                return;
            }
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonValue member = object.get(component.getName());
                if (member != null) {
                    check(member, component.getGenericType(), field == null ? component.getName() : field + "." + component.getName(),
                            errors, depth + 1);
                }
            }
        }
    }

    private static void whole(JsonValue value, String name, BigInteger min, BigInteger max, List<Problem.FieldError> errors) {
        BigInteger number = null;
        if (value instanceof JsonNumber n) {
            BigDecimal exact = n.bigDecimalValue();
            if (exact.signum() != 0 && exact.precision() - exact.scale() > 40) {
                // Far beyond any range (1e400): refused before it is turned into a whole number of that size.
                errors.add(new Problem.FieldError(name, "must be between " + min + " and " + max));
                return;
            }
            try {
                number = exact.scale() <= 0 || exact.stripTrailingZeros().scale() <= 0 ? exact.toBigIntegerExact() : null;
            } catch (ArithmeticException e) {
                number = null;
            }
            if (number == null) {
                errors.add(new Problem.FieldError(name, "must be a whole number"));
                return;
            }
        } else if (value instanceof JsonString s) {
            if (!WHOLE.matcher(s.getString().strip()).matches()) {
                errors.add(new Problem.FieldError(name, "must be a whole number"));
                return;
            }
            number = new BigInteger(s.getString().strip());
        } else {
            errors.add(new Problem.FieldError(name, "must be a whole number"));
            return;
        }
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            errors.add(new Problem.FieldError(name, "must be between " + min + " and " + max));
        }
    }

    private static void decimal(JsonValue value, String name, List<Problem.FieldError> errors) {
        if (value instanceof JsonNumber) {
            return;
        }
        if (value instanceof JsonString s) {
            try {
                new BigDecimal(s.getString().strip());
                return;
            } catch (NumberFormatException e) {
                // below
            }
        }
        errors.add(new Problem.FieldError(name, "must be a decimal number, e.g. 1250.50"));
    }

    private static void date(JsonValue value, String name, List<Problem.FieldError> errors) {
        if (value instanceof JsonString s) {
            LocalDate date;
            try {
                date = LocalDate.parse(s.getString());
            } catch (DateTimeParseException e) {
                date = null;
            }
            if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
                // ISO dates go from year -999999999: an agreement signed in 2 BC is as wrong as one on 30 February.
                errors.add(new Problem.FieldError(name, "must be a date from " + EARLIEST + " to " + LATEST));
                return;
            }
            if (date != null) {
                return;
            }
        }
        errors.add(new Problem.FieldError(name, "must be a date that exists, YYYY-MM-DD"));
    }

    private static void enumConstant(JsonValue value, Class<?> type, String name, List<Problem.FieldError> errors) {
        if (value instanceof JsonString s) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(s.getString())) {
                    return;
                }
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        errors.add(new Problem.FieldError(name, "must be one of " + (allowed.length() > 300 ? allowed.substring(0, 300) + "..." : allowed)));
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
