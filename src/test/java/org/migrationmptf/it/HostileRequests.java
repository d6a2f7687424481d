package org.migrationmptf.it;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seeded generator of hostile requests for the API's write endpoints, driven by the application's own OpenAPI
 * document: for each operation it builds a valid-looking body from the request schema (the constraints the schema
 * publishes: required, patterns, lengths, minimums, enums, dates), then breaks it in one of the {@link Kind}s. Every
 * request it makes is invalid by construction: a mutation either breaks a published constraint, points at a record
 * that does not exist or is not the caller's, or is combined with a missing required field, so no answer but a
 * refusal is right.
 */
final class HostileRequests {

    /** The hostile classes of the issue. */
    enum Kind {
        BROKEN_JSON, WRONG_TYPE, MISSING_FIELD, EXTRA_FIELDS, HUGE_STRING, HUGE_NUMBER, NEGATIVE, ZERO, OVERFLOW,
        OVER_PRECISE, UNKNOWN_CURRENCY, IMPOSSIBLE_DATE, UNKNOWN_ID, FOREIGN_ID, SCRIPT_SQL, BAD_CREDENTIALS
    }

    /** A write operation of the API and who may call it. */
    record Endpoint(String method, String template, String user, Map<String, Object> bodySchema) {
        String name() {
            return method + " " + template;
        }
    }

    /**
     * One request to send. {@code field} is the body field the mutation broke (as the problem's {@code errors}
     * should name it), or null when the refusal is about the request as a whole (syntax, credentials, the path).
     */
    record Hostile(Endpoint endpoint, Kind kind, String what, String user, String authorization, String path,
                   String contentType, String body, String field) {
        String describe() {
            String shown = body == null ? "<no body>" : body.length() > 300 ? body.substring(0, 300) + "...(" + body.length() + " chars)" : body;
            return kind + " " + endpoint.method() + " " + path + " as " + (authorization != null ? "[" + abbreviate(authorization) + "]" : user)
                    + " (" + what + ")" + (field != null ? " field=" + field : "") + " body=" + shown;
        }
    }

    /** A JSON value written as it is (numbers too large for any Java type, NaN...). */
    record Raw(String json) {
    }

    static final String SCRIPT = "<script>window.__xss=1</script>";
    static final List<String> SCRIPT_SQL = List.of(SCRIPT, "\"><img src=x onerror=window.__xss=1>",
            "' OR '1'='1", "1; DROP TABLE mobilisation.journal; --", "1 OR 1=1", "'); DELETE FROM governance.fund; --",
            "${jndi:ldap://x/a}", "#{7*7}", "../../etc/passwd", "\u0000", "%00", "javascript:alert(1)",
            "{{7*7}}", "admin'--", "\uFEFF\u202E");
    private static final List<String> UNKNOWN_CURRENCIES = List.of("ZZZ", "QQQ", "ABC", "usd", "US$", "EURO", "", " USD",
            "U5D", "\u0055SD\u0000", "XYZ");
    private static final List<String> IMPOSSIBLE_DATES = List.of("2025-02-30", "2025-13-01", "2025-00-10", "0000-00-00",
            "2025-02-29", "2023-04-31", "9999-99-99", "2025-1-1", "31/12/2025", "yesterday", "2025-12-32T00:00",
            "+1000000000-01-01", "-0001-01-01", "20251231", "");
    /** Too large for a long, and for the 15 digits an amount may have. */
    private static final List<Raw> OVERFLOWS = List.of(new Raw("9223372036854775808"), new Raw("99999999999999999999999"),
            new Raw("-9223372036854775809"), new Raw("1e400"), new Raw("18446744073709551617"), new Raw("1000000000000000"));
    /** Too large for an int only. */
    private static final List<Raw> INT_OVERFLOWS = List.of(new Raw("4294967296"), new Raw("2147483648"), new Raw("-2147483649"));
    private static final List<Raw> HUGE_NUMBERS = List.of(new Raw("1e400"), new Raw("1e20"), new Raw("9999999999999999999999.99"),
            new Raw("123456789012345678901234567890"), new Raw("1E+999999999"), new Raw("1e-400"));
    private static final List<String> BROKEN_BODIES = List.of("{", "}", "{\"a\":}", "{'single':'quotes'}", "[]", "[1,2,3]",
            "\"just a string\"", "42", "true", "{\"x\":1,}", "{\"x\":NaN}", "{\"x\":Infinity}", "{\"x\":01}", "{/*c*/}",
            "<xml/>", "\u0000\u0001\u0002", "{\"x\":\"\\uZZZZ\"}", "{\"x\":\"unterminated}", "{\"x\" 1}", "{{}}",
            "[[[[[[[[[[", "\uFFFE{}", "{\"x\":1}{\"y\":2}", "nul", "{\"a\":1,\"a\":", "\t\n\r ");

    private final Map<String, Object> schemas;
    private final Function<String, Object> idFor;
    private final Function<String, Object> foreignIdFor;
    private final Random random;
    private final LocalDate today = LocalDate.now();

    /**
     * @param idFor        the id of a fixture record for a body field ({@code agreementId}) or path parameter
     * @param foreignIdFor the id of a record of another fund or organisation for a body field, or null
     */
    HostileRequests(Map<String, Object> schemas, Function<String, Object> idFor, Function<String, Object> foreignIdFor, long seed) {
        this.schemas = schemas;
        this.idFor = idFor;
        this.foreignIdFor = foreignIdFor;
        this.random = new Random(seed);
    }

    // ---------------------------------------------------------------- the operations

    /** The write operations of the OpenAPI document ({@code paths}), each with its request schema (or null). */
    @SuppressWarnings("unchecked")
    static List<Endpoint> writeEndpoints(Map<String, Object> paths, Function<String, String> userFor) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (Map.Entry<String, Object> op : ((Map<String, Object>) path.getValue()).entrySet()) {
                String method = op.getKey().toUpperCase();
                if (!List.of("POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                Map<String, Object> schema = null;
                Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
                if (requestBody != null) {
                    Map<String, Object> content = (Map<String, Object>) requestBody.get("content");
                    if (content != null && !content.isEmpty()) {
                        Map<String, Object> media = (Map<String, Object>) content.getOrDefault("application/json",
                                content.values().iterator().next());
                        schema = (Map<String, Object>) media.get("schema");
                    }
                }
                String name = method + " " + path.getKey();
                endpoints.add(new Endpoint(method, path.getKey(), userFor.apply(name), schema));
            }
        }
        endpoints.sort((a, b) -> a.name().compareTo(b.name()));
        return endpoints;
    }

    // ---------------------------------------------------------------- valid-looking bodies

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> s = schema;
        int guard = 0;
        while (s != null && s.get("$ref") != null && guard++ < 10) {
            String ref = (String) s.get("$ref");
            s = (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s == null ? Map.of() : s;
    }

    private static String type(Map<String, Object> s) {
        Object type = s.get("type");
        if (type instanceof String t) {
            return t;
        }
        if (type instanceof List<?> types) {
            return types.stream().filter(t -> !"null".equals(t)).map(String::valueOf).findFirst().orElse("string");
        }
        if (s.containsKey("properties")) {
            return "object";
        }
        if (s.containsKey("enum")) {
            return "string";
        }
        return "object";
    }

    /** A value the schema accepts, chosen by the property's name where the schema cannot say more. */
    @SuppressWarnings("unchecked")
    Object valid(String name, Map<String, Object> raw, int depth) {
        Map<String, Object> s = resolve(raw);
        if (s.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        switch (type(s)) {
            case "object": {
                Map<String, Object> body = new LinkedHashMap<>();
                Map<String, Object> properties = (Map<String, Object>) s.get("properties");
                if (properties != null) {
                    List<Object> required = (List<Object>) s.getOrDefault("required", List.of());
                    for (Map.Entry<String, Object> p : properties.entrySet()) {
                        // Optional nested lists of objects only at the top: results frameworks nest themselves.
                        if (depth > 2 && !required.contains(p.getKey())) {
                            continue;
                        }
                        // Optional references the fixture has nothing for: left out rather than made up.
                        if (!required.contains(p.getKey()) && List.of("supersedes", "instalmentId", "earmarkValue").contains(p.getKey())) {
                            continue;
                        }
                        body.put(p.getKey(), valid(p.getKey(), (Map<String, Object>) p.getValue(), depth + 1));
                    }
                } else if (s.get("additionalProperties") instanceof Map<?, ?> values) {
                    body.put(mapKey(name), valid(name, (Map<String, Object>) values, depth + 1));
                }
                return body;
            }
            case "array": {
                Map<String, Object> items = (Map<String, Object>) s.getOrDefault("items", Map.of("type", "string"));
                return new ArrayList<>(List.of(valid(singular(name), items, depth + 1)));
            }
            case "integer":
                return validInteger(name, s);
            case "number":
                return validNumber(name, s);
            case "boolean":
                return Boolean.FALSE;
            default:
                return validString(name, s);
        }
    }

    /** The key of a map the schema does not describe: a progress report's narrative is keyed by section. */
    private static String mapKey(String name) {
        return "narrative".equals(name) ? "SUMMARY" : "key";
    }

    private static String singular(String name) {
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "countries" -> "country";
            case "presentMemberIds" -> "presentMemberId";
            default -> name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        };
    }

    private Object validInteger(String name, Map<String, Object> s) {
        if (name != null && (name.endsWith("Id") || name.equals("recordId"))) {
            Object id = idFor.apply(name);
            if (id != null) {
                return id;
            }
        }
        if (name != null) {
            switch (name) {
                case "year": return today.getYear() - 1;
                case "thematicArea", "area", "objective", "principle": return 1;
                default: break;
            }
        }
        Number minimum = (Number) s.get("minimum");
        Number maximum = (Number) s.get("maximum");
        long value = minimum != null ? Math.max(minimum.longValue(), 1) : 1;
        if (maximum != null && value > maximum.longValue()) {
            value = maximum.longValue();
        }
        return value;
    }

    private Object validNumber(String name, Map<String, Object> s) {
        if ("exchangeRate".equals(name)) {
            return "1";
        }
        if (isRate(name)) {
            return "0.05"; // fund rates are fractions (fees at most 10%, indirect costs at most 20%)
        }
        return "100.00";
    }

    private static boolean isRate(String name) {
        return name != null && name.endsWith("Rate");
    }

    private Object validString(String name, Map<String, Object> s) {
        if ("date".equals(s.get("format"))) {
            boolean future = name != null && (name.startsWith("ends") || name.startsWith("closes") || name.equals("termEnd")
                    || name.equals("dueOn"));
            return (future ? today.plusDays(60) : today.minusDays(5)).toString();
        }
        if (name != null) {
            switch (name) {
                case "currency", "reportingCurrency": return "USD";
                case "countryCode", "country": return "NOR";
                case "code": return s.get("pattern") != null && String.valueOf(s.get("pattern")).contains("0-9._-") ? "O1" : "HX1";
                case "reference": return "SAA-HOSTILE";
                case "acronym": return "IOM";
                case "organisation", "lead": return "IOM";
                case "period": return String.valueOf(today.getYear() - 1);
                case "expenditureReportDue", "progressReportDue": return "04-30";
                case "category": return "1";
                case "recordType": return "JOINT_PROGRAMME";
                case "contactEmail", "email": return "someone@example.org";
                case "reviewer": return "chair";
                case "userName": return "hostile-user";
                case "indicator": return "I1";
                case "pool": return "UNEARMARKED";
                default: break;
            }
        }
        return "Hostile test text";
    }

    // ---------------------------------------------------------------- the leaves of a body

    /** A place in a body: the path of keys and indexes, the field name as the problem names it, and its schema. */
    private record Leaf(List<Object> at, String field, Map<String, Object> schema, boolean required, String name) {
    }

    @SuppressWarnings("unchecked")
    private void leaves(Object value, Map<String, Object> raw, List<Object> at, String field, boolean required,
                        String name, List<Leaf> out) {
        Map<String, Object> s = resolve(raw);
        if (!at.isEmpty()) {
            out.add(new Leaf(List.copyOf(at), field, s, required, name));
        }
        if (value instanceof Map<?, ?> map && s.get("properties") instanceof Map<?, ?> properties) {
            List<Object> req = (List<Object>) s.getOrDefault("required", List.of());
            for (Object key : map.keySet()) {
                Object propSchema = properties.get(key);
                if (propSchema == null) {
                    continue;
                }
                List<Object> next = new ArrayList<>(at);
                next.add(key);
                leaves(map.get(key), (Map<String, Object>) propSchema, next, field == null ? (String) key : field + "." + key,
                        req.contains(key), (String) key, out);
            }
        } else if (value instanceof List<?> list && s.get("items") instanceof Map<?, ?> items && !list.isEmpty()) {
            List<Object> next = new ArrayList<>(at);
            next.add(0);
            leaves(list.get(0), (Map<String, Object>) items, next, field + "[0]", true, singular(name), out);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static void set(Object body, List<Object> at, Object value) {
        Object parent = body;
        for (int i = 0; i < at.size() - 1; i++) {
            parent = parent instanceof Map<?, ?> m ? m.get(at.get(i)) : ((List<Object>) parent).get((Integer) at.get(i));
        }
        Object last = at.get(at.size() - 1);
        if (parent instanceof Map<?, ?>) {
            ((Map<String, Object>) parent).put((String) last, value);
        } else {
            ((List<Object>) parent).set((Integer) last, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static void remove(Object body, List<Object> at) {
        Object parent = body;
        for (int i = 0; i < at.size() - 1; i++) {
            parent = parent instanceof Map<?, ?> m ? m.get(at.get(i)) : ((List<Object>) parent).get((Integer) at.get(i));
        }
        Object last = at.get(at.size() - 1);
        if (parent instanceof Map<?, ?>) {
            ((Map<String, Object>) parent).remove(last);
        } else {
            ((List<Object>) parent).set((Integer) last, null);
        }
    }

    // ---------------------------------------------------------------- the plan

    /** The kinds that can be made of this endpoint's body. */
    List<Kind> kindsFor(Endpoint endpoint, Object body, boolean foreignCaller) {
        List<Kind> kinds = new ArrayList<>();
        kinds.add(Kind.BAD_CREDENTIALS);
        kinds.add(Kind.UNKNOWN_ID);
        if (foreignCaller) {
            kinds.add(Kind.FOREIGN_ID);
        }
        if (endpoint.bodySchema() == null) {
            return kinds;
        }
        kinds.add(Kind.BROKEN_JSON);
        List<Leaf> leaves = leavesOf(endpoint, body);
        kinds.add(Kind.WRONG_TYPE);
        kinds.add(Kind.EXTRA_FIELDS);
        if (leaves.stream().anyMatch(Leaf::required)) {
            kinds.add(Kind.MISSING_FIELD);
        }
        if (leaves.stream().anyMatch(l -> "string".equals(type(l.schema())) && !l.schema().containsKey("enum"))) {
            kinds.add(Kind.HUGE_STRING);
        }
        if (leaves.stream().anyMatch(l -> isNumeric(l))) {
            kinds.add(Kind.HUGE_NUMBER);
            kinds.add(Kind.OVERFLOW);
        }
        if (leaves.stream().anyMatch(this::refusesNegative)) {
            kinds.add(Kind.NEGATIVE);
        }
        if (leaves.stream().anyMatch(this::refusesZero)) {
            kinds.add(Kind.ZERO);
        }
        if (leaves.stream().anyMatch(l -> "number".equals(type(l.schema())) || "integer".equals(type(l.schema())))) {
            kinds.add(Kind.OVER_PRECISE);
        }
        if (leaves.stream().anyMatch(l -> "currency".equals(l.name()))) {
            kinds.add(Kind.UNKNOWN_CURRENCY);
        }
        if (leaves.stream().anyMatch(l -> "date".equals(l.schema().get("format")))) {
            kinds.add(Kind.IMPOSSIBLE_DATE);
        }
        if (leaves.stream().anyMatch(this::isId)) {
            if (!kinds.contains(Kind.FOREIGN_ID) && leaves.stream().anyMatch(l -> isId(l) && foreignIdFor.apply(l.name()) != null)) {
                kinds.add(Kind.FOREIGN_ID);
            }
        }
        if (!strictLeaves(leaves).isEmpty()) {
            kinds.add(Kind.SCRIPT_SQL);
        }
        return kinds;
    }

    private List<Leaf> leavesOf(Endpoint endpoint, Object body) {
        List<Leaf> out = new ArrayList<>();
        leaves(body, endpoint.bodySchema(), new ArrayList<>(), null, true, null, out);
        return out;
    }

    private boolean isNumeric(Leaf l) {
        return "integer".equals(type(l.schema())) || "number".equals(type(l.schema()));
    }

    private boolean isId(Leaf l) {
        return "integer".equals(type(l.schema())) && l.name() != null && (l.name().endsWith("Id") || l.name().equals("recordId"));
    }

    private boolean refusesNegative(Leaf l) {
        return isNumeric(l) && (l.schema().get("minimum") instanceof Number || l.schema().get("exclusiveMinimum") instanceof Number);
    }

    private boolean refusesZero(Leaf l) {
        return isNumeric(l) && (l.schema().get("exclusiveMinimum") instanceof Number
                || l.schema().get("minimum") instanceof Number m && m.doubleValue() > 0);
    }

    /** Leaves whose published constraint refuses any script or SQL text: enums, dates, numbers, strict patterns. */
    private List<Leaf> strictLeaves(List<Leaf> leaves) {
        List<Leaf> strict = new ArrayList<>();
        for (Leaf l : leaves) {
            String type = type(l.schema());
            Object pattern = l.schema().get("pattern");
            if (l.schema().containsKey("enum") || "date".equals(l.schema().get("format")) || "integer".equals(type)
                    || "number".equals(type) || "boolean".equals(type)
                    || "string".equals(type) && pattern != null && !"\\S".equals(pattern)) {
                strict.add(l);
            }
        }
        return strict;
    }

    /**
     * The hostile requests for one endpoint.
     *
     * @param path        the endpoint's path with the fixture's ids
     * @param foreignUser a caller of the same role who is not party to the record the path names, or null
     */
    List<Hostile> generate(Endpoint endpoint, String path, String foreignUser, int count) {
        Object base = endpoint.bodySchema() == null ? null : valid(null, endpoint.bodySchema(), 0);
        List<Kind> kinds = kindsFor(endpoint, base, foreignUser != null);
        List<Kind> order = new ArrayList<>(kinds);
        Collections.shuffle(order, random);
        List<Hostile> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Kind kind = order.get(i % order.size());
            out.add(make(endpoint, path, foreignUser, base, kind));
        }
        return out;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private Hostile make(Endpoint e, String path, String foreignUser, Object base, Kind kind) {
        String json = "application/json";
        switch (kind) {
            case BAD_CREDENTIALS: {
                String[] headers = {"Basic", "Basic ", "Basic %%%not-base64%%%", "Basic " + b64("no-colon-here"),
                        "Basic " + b64(e.user() + ":wrong"), "Basic " + b64(":demo"), "Basic " + b64("nobody:demo"),
                        "Basic " + b64(e.user() + "' OR '1'='1:demo"), "Basic =", "basic " + b64("fmu"), "Basic Og",
                        "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xfe, 0x3a, (byte) 0x80}),
                        "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJmbXUifQ.", "Digest username=\"fmu\"", "Basic " + "A".repeat(20_000),
                        "Basic " + b64(e.user() + ":" + "x".repeat(5_000)), "Basic\t" + b64(e.user() + ":demo") + "=="};
                String header = pick(List.of(headers));
                String body = base == null ? null : write(withoutSomething(base, e));
                return new Hostile(e, kind, "Authorization header", e.user(), header, path, json, body, null);
            }
            case UNKNOWN_ID: {
                List<String> names = pathParameters(e.template());
                if (names.isEmpty()) {
                    return fieldMutation(e, path, base, Kind.UNKNOWN_ID);
                }
                String param = pick(names);
                // Not %00 nor other encoded control characters: Liberty's web container refuses those itself, with
                // 400 and an HTML page (CWWWC0005I), before the application sees the request.
                String value = pick(List.of("987654321", "-1", "0", "abc", "9223372036854775808", "1%20OR%201=1",
                        "%27%20OR%20%271%27=%271", "%3Cscript%3E", "1e3", "1.5", "%E2%80%AE", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ"));
                if (!param.equals("id") && !param.equals("report") && !param.equals("revision") && !param.equals("number")
                        && !param.equals("objective")) {
                    value = pick(List.of("NOPE" + random.nextInt(1000), "%3Cscript%3E", "%27%20OR%201=1--", "X", "a".repeat(300)));
                }
                String hostilePath = replaceParameter(e.template(), path, param, value);
                String body = base == null ? null : write(base);
                return new Hostile(e, kind, "path " + param + "=" + value, e.user(), null, hostilePath, json, body, null);
            }
            case FOREIGN_ID: {
                if (foreignUser != null && (base == null || random.nextBoolean() || foreignBodyLeaves(e, base).isEmpty())) {
                    return new Hostile(e, kind, "as " + foreignUser + ", who is not party to the record", foreignUser, null, path,
                            json, base == null ? null : write(base), null);
                }
                List<Leaf> ids = foreignBodyLeaves(e, base);
                Leaf leaf = pick(ids);
                Object copy = deepCopy(base);
                set(copy, leaf.at(), foreignIdFor.apply(leaf.name()));
                return new Hostile(e, kind, leaf.field() + " of another fund", e.user(), null, path, json, write(copy), leaf.field());
            }
            case BROKEN_JSON: {
                int variant = random.nextInt(BROKEN_BODIES.size() + 5);
                if (variant < BROKEN_BODIES.size()) {
                    return new Hostile(e, kind, "broken JSON", e.user(), null, path, json, BROKEN_BODIES.get(variant), null);
                }
                String valid = write(base);
                return switch (variant - BROKEN_BODIES.size()) {
                    case 0 -> new Hostile(e, kind, "truncated", e.user(), null, path, json,
                            valid.substring(0, Math.max(1, valid.length() - 1 - random.nextInt(Math.max(1, valid.length() / 2)))), null);
                    case 1 -> new Hostile(e, kind, "nested 20,000 deep", e.user(), null, path, json,
                            "{\"deep\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}", null);
                    case 2 -> new Hostile(e, kind, "not JSON as text/plain", e.user(), null, path, "text/plain", "hello", null);
                    case 3 -> new Hostile(e, kind, "empty body", e.user(), null, path, json, "", null);
                    default -> new Hostile(e, kind, "JSON as XML", e.user(), null, path, "application/xml", valid, null);
                };
            }
            default:
                return fieldMutation(e, path, base, kind);
        }
    }

    private List<Leaf> foreignBodyLeaves(Endpoint e, Object base) {
        if (base == null) {
            return List.of();
        }
        return leavesOf(e, base).stream().filter(l -> isId(l) && foreignIdFor.apply(l.name()) != null).toList();
    }

    /** A body with one required field (the first one found) removed, so that nothing in it can be accepted. */
    private Object withoutSomething(Object base, Endpoint e) {
        Object copy = deepCopy(base);
        leavesOf(e, copy).stream().filter(Leaf::required).findFirst().ifPresent(l -> remove(copy, l.at()));
        return copy;
    }

    private Hostile fieldMutation(Endpoint e, String path, Object base, Kind kind) {
        List<Leaf> leaves = leavesOf(e, base);
        Object copy = deepCopy(base);
        Leaf leaf;
        Object value;
        String what;
        switch (kind) {
            case WRONG_TYPE: {
                leaf = pick(leaves);
                value = wrongTypeFor(leaf);
                what = "wrong type";
                break;
            }
            case MISSING_FIELD: {
                leaf = pick(leaves.stream().filter(Leaf::required).toList());
                remove(copy, leaf.at());
                return new Hostile(e, kind, "required field left out", e.user(), null, path, "application/json",
                        write(copy), leaf.field());
            }
            case EXTRA_FIELDS: {
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("id", 1);
                extra.put("status", "APPROVED");
                extra.put("version", 0);
                extra.put("fund", "MIG");
                extra.put("createdBy", "root");
                extra.put("__proto__", Map.of("admin", true));
                extra.put("constructor", Map.of("prototype", Map.of("admin", true)));
                extra.put(SCRIPT, SCRIPT);
                extra.put("x".repeat(1000), 1);
                if (copy instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) map;
                    int n = 1 + random.nextInt(extra.size());
                    extra.entrySet().stream().limit(n).forEach(x -> m.putIfAbsent(x.getKey(), x.getValue()));
                }
                // Extra fields are ignored by design; a required field left out makes sure the request is refused.
                List<Leaf> required = leavesOf(e, copy).stream().filter(Leaf::required).toList();
                if (!required.isEmpty()) {
                    leaf = pick(required);
                    remove(copy, leaf.at());
                    return new Hostile(e, kind, "extra fields, " + leaf.field() + " left out", e.user(), null, path,
                            "application/json", write(copy), leaf.field());
                }
                leaf = pick(leaves);
                set(copy, leaf.at(), wrongTypeFor(leaf));
                return new Hostile(e, kind, "extra fields, " + leaf.field() + " of the wrong type", e.user(), null, path,
                        "application/json", write(copy), leaf.field());
            }
            case HUGE_STRING: {
                leaf = pick(leaves.stream().filter(l -> "string".equals(type(l.schema())) && !l.schema().containsKey("enum")).toList());
                Number max = (Number) leaf.schema().get("maxLength");
                int length = random.nextBoolean() && max != null ? max.intValue() + 1 + random.nextInt(5) : 30_000 + random.nextInt(70_000);
                StringBuilder huge = new StringBuilder(length);
                String unit = pick(List.of("a", "é", SCRIPT, "' OR 1=1 -- ", "\u0627", "𝄞"));
                while (huge.length() < length) {
                    huge.append(unit);
                }
                value = huge.toString();
                what = value.toString().length() + " characters";
                break;
            }
            case HUGE_NUMBER: {
                leaf = pick(leaves.stream().filter(this::isNumeric).toList());
                value = pick(HUGE_NUMBERS);
                what = "huge number " + ((Raw) value).json();
                break;
            }
            case OVERFLOW: {
                leaf = pick(leaves.stream().filter(this::isNumeric).toList());
                value = "int32".equals(leaf.schema().get("format")) && random.nextBoolean() ? pick(INT_OVERFLOWS) : pick(OVERFLOWS);
                if (((Raw) value).json().equals("1000000000000000") && "integer".equals(type(leaf.schema()))) {
                    value = new Raw("1000000000000000000000");
                }
                what = "overflowing " + ((Raw) value).json();
                break;
            }
            case NEGATIVE: {
                leaf = pick(leaves.stream().filter(this::refusesNegative).toList());
                value = pick(List.of(new Raw("-1"), new Raw("-0.01"), "-100.00", new Raw("-9223372036854775807"), "-1e3"));
                what = "negative";
                break;
            }
            case ZERO: {
                leaf = pick(leaves.stream().filter(this::refusesZero).toList());
                value = pick(List.of(new Raw("0"), "0", "0.00", new Raw("-0"), "0e10", new Raw("0.0000")));
                what = "zero";
                break;
            }
            case OVER_PRECISE: {
                leaf = pick(leaves.stream().filter(l -> "number".equals(type(l.schema())) || "integer".equals(type(l.schema()))).toList());
                value = "integer".equals(type(leaf.schema())) ? pick(List.of(new Raw("1.5"), new Raw("2.0000001"), "1.5", new Raw("1.000000000000000000001")))
                        : isRate(leaf.name()) // rates keep 6 (fund) or 8 (exchange) decimals, amounts 2
                        ? pick(List.of("0.050000001", new Raw("0.123456789"), "0.0000000001", new Raw("1e-10")))
                        : pick(List.of("100.000001", "0.00001", new Raw("100.123456789"), "1.0000000000000000000001", new Raw("1e-10")));
                what = "over-precise";
                break;
            }
            case UNKNOWN_CURRENCY: {
                leaf = pick(leaves.stream().filter(l -> "currency".equals(l.name())).toList());
                value = pick(UNKNOWN_CURRENCIES);
                what = "currency " + value;
                break;
            }
            case IMPOSSIBLE_DATE: {
                leaf = pick(leaves.stream().filter(l -> "date".equals(l.schema().get("format"))).toList());
                value = random.nextInt(6) == 0 ? new Raw(pick(List.of("20250101", "[2025,1,1]", "{\"year\":2025}", "true")))
                        : pick(IMPOSSIBLE_DATES);
                what = "impossible date";
                break;
            }
            case UNKNOWN_ID: {
                List<Leaf> ids = leaves.stream().filter(this::isId).toList();
                leaf = ids.isEmpty() ? pick(leaves) : pick(ids);
                value = ids.isEmpty() ? wrongTypeFor(leaf) : new Raw(pick(List.of("987654321", "2147483647", "9007199254740993")));
                what = "unknown id";
                break;
            }
            case SCRIPT_SQL: {
                leaf = pick(strictLeaves(leaves));
                value = pick(SCRIPT_SQL);
                what = "script or SQL";
                break;
            }
            default:
                throw new IllegalStateException(kind.toString());
        }
        set(copy, leaf.at(), value);
        return new Hostile(e, kind, what, e.user(), null, path, "application/json", write(copy), leaf.field());
    }

    private Object wrongTypeFor(Leaf leaf) {
        String type = leaf.schema().containsKey("enum") ? "enum" : type(leaf.schema());
        if ("date".equals(leaf.schema().get("format"))) {
            type = "date";
        }
        return switch (type) {
            case "integer", "number" -> pick(List.of("abc", Map.of("amount", 1), List.of(1, 2), new Raw("true"), "12abc", "NaN", "Infinity", "0x10"));
            case "boolean" -> pick(List.of("maybe", new Raw("2"), Map.of(), List.of(true), "yes"));
            case "array" -> pick(List.of("not a list", Map.of("0", "x"), new Raw("42"), new Raw("true")));
            case "object" -> pick(List.of("not an object", new Raw("42"), List.of("x"), new Raw("true")));
            case "enum" -> pick(List.of("NOT_A_VALUE", new Raw("7"), Map.of(), List.of("x"), "approved", ""));
            case "date" -> pick(List.of(new Raw("20250101"), Map.of("year", 2025), List.of(2025, 1, 1), new Raw("true"), "2025/01/01"));
            default -> pick(List.of(Map.of("nested", "object"), List.of("a", "b"), Map.of()));
        };
    }

    // ---------------------------------------------------------------- paths and JSON

    static List<String> pathParameters(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The fixture path with one parameter replaced: the segments line up with the template's. */
    private static String replaceParameter(String template, String path, String param, String value) {
        String[] t = template.split("/");
        String[] p = path.split("/");
        for (int i = 0; i < t.length && i < p.length; i++) {
            if (t[i].equals("{" + param + "}")) {
                p[i] = value;
            }
        }
        return String.join("/", p);
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "...(" + s.length() + ")" : s;
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            write(String.valueOf(value), out);
        }
    }
}
