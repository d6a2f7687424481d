package org.migrationmptf.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginServletTest {

    @ParameterizedTest(name = "next={0} -> {1}")
    @CsvSource(nullValues = "NULL", value = {
        "/reference/objectives.xhtml, /reference/objectives.xhtml",
        "/reference/countries.xhtml?page=2, /reference/countries.xhtml?page=2",
        "NULL, /",
        "https://evil.example/, /",
        "//evil.example/, /",
        "/\\evil.example, /",
        "/login, /",
        "javascript:alert(1), /"
    })
    void sendsUsersOnlyToPagesOfThisApplication(String next, String expected) {
        assertEquals(expected, LoginServlet.safeTarget(next));
    }
}
