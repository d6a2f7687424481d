package org.migrationmptf.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.migrationmptf.platform.problem.Problem;

class JsonBodyCheckTest {

    enum Colour { RED, GREEN }

    record Money(BigDecimal amount, String currency) {
    }

    record Line(long id, Money amount) {
    }

    record Body(Long id, int months, boolean flag, String name, LocalDate on, Colour colour, Money money, List<Line> lines,
                Set<Integer> numbers, Map<Colour, String> texts) {
    }

    private static List<String> errors(String json) {
        List<Problem.FieldError> errors = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonBodyCheck.check(reader.readValue(), Body.class, null, errors, 0);
        }
        return errors.stream().map(e -> e.field() + " " + e.message()).toList();
    }

    @Test
    void valuesOfTheirFieldsTypesPass() {
        assertEquals(List.of(), errors("{\"id\":\"12\",\"months\":24,\"flag\":true,\"name\":\"x\",\"on\":\"2024-02-29\","
                + "\"colour\":\"RED\",\"money\":{\"amount\":\"1.5\",\"currency\":\"USD\"},\"lines\":[{\"id\":1.0,"
                + "\"amount\":{\"amount\":2}}],\"numbers\":[1,2],\"texts\":{\"GREEN\":\"y\"},\"unknown\":[{}]}"));
        assertEquals(List.of(), errors("{\"id\":null,\"name\":42}"));
    }

    @Test
    void valuesThatCannotBeTheirFieldsTypesAreNamedAsValidationNamesThem() {
        assertEquals(List.of("id must be between -9223372036854775808 and 9223372036854775807"),
                errors("{\"id\":99999999999999999999}"));
        assertEquals(List.of("months must be a whole number"), errors("{\"months\":1.5}"));
        assertEquals(List.of("months must be between -2147483648 and 2147483647"), errors("{\"months\":2147483648}"));
        assertEquals(List.of("id must be between -9223372036854775808 and 9223372036854775807"), errors("{\"id\":1e400}"));
        assertEquals(List.of("on must be a date that exists, YYYY-MM-DD"), errors("{\"on\":\"2025-02-29\"}"));
        assertEquals(List.of("on must be a date from 1900-01-01 to 2999-12-31"), errors("{\"on\":\"-0001-01-01\"}"));
        assertEquals(List.of("on must be a date from 1900-01-01 to 2999-12-31"), errors("{\"on\":\"+99999-12-31\"}"));
        assertEquals(List.of("colour must be one of RED, GREEN"), errors("{\"colour\":\"<script>\"}"));
        assertEquals(List.of("money.amount must be a decimal number, e.g. 1250.50"), errors("{\"money\":{\"amount\":\"abc\"}}"));
        assertEquals(List.of("lines[0].id must be a whole number"), errors("{\"lines\":[{\"id\":\"1 OR 1=1\"}]}"));
        assertEquals(List.of("texts[BLUE] must be one of RED, GREEN"), errors("{\"texts\":{\"BLUE\":\"x\"}}"));
        assertEquals(List.of("flag must be true or false", "name must be text", "money must be an object", "lines must be a list"),
                errors("{\"flag\":\"yes\",\"name\":{},\"lines\":\"x\",\"money\":[1]}"));
        assertEquals(List.of("request must be an object"), errors("[1]"));
    }
}
