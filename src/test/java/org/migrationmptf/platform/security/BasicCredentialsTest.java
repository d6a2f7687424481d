package org.migrationmptf.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUserAndPasswordWithColonsInThePassword() {
        BasicCredentials c = BasicCredentials.parse(basic("fmu:de:mo")).orElseThrow();
        assertEquals("fmu", c.user());
        assertEquals("de:mo", c.password());
    }

    @Test
    void readsUtf8AndAnyCaseOfTheScheme() {
        BasicCredentials c = BasicCredentials.parse("bAsIc " + basic("José:contraseña").substring(6)).orElseThrow();
        assertEquals("José", c.user());
        assertEquals("contraseña", c.password());
    }

    @Test
    void ignoresOtherSchemesAndNoHeader() {
        assertTrue(BasicCredentials.parse(null).isEmpty());
        assertTrue(BasicCredentials.parse("Bearer abc.def").isEmpty());
        assertTrue(BasicCredentials.parse("Bas").isEmpty());
    }

    @Test
    void refusesWhatCannotBeDecoded() {
        assertThrows(IllegalArgumentException.class, () -> BasicCredentials.parse("Basic %%%"));
        assertThrows(IllegalArgumentException.class, () -> BasicCredentials.parse(basic("no-colon")));
        assertThrows(IllegalArgumentException.class, () -> BasicCredentials.parse(basic(":password-only")));
    }
}
