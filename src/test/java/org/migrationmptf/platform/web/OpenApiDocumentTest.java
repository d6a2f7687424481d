package org.migrationmptf.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Liberty serves the OpenAPI document written at build time (META-INF/openapi.yaml, by the SmallRye plugin in the
 * pom) and no longer scans the classes at start-up. This keeps that file honest: every resource method of the code
 * is in it, under its path and HTTP method, and it describes nothing the code does not answer.
 */
class OpenApiDocumentTest {

    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);

    @Test
    void theBuiltDocumentDescribesExactlyTheResourceMethodsOfTheCode() throws Exception {
        Set<String> inCode = new TreeSet<>();
        String root = FundApiApplication.class.getAnnotation(ApplicationPath.class).value();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.migrationmptf")) {
            if (!c.isAnnotatedWith(Path.class) || c.isInterface()) {
                continue;
            }
            String classPath = c.getAnnotationOfType(Path.class).value();
            for (JavaMethod m : c.getMethods()) {
                for (Class<? extends Annotation> http : HTTP_METHODS) {
                    if (m.isAnnotatedWith(http)) {
                        String methodPath = m.isAnnotatedWith(Path.class) ? m.getAnnotationOfType(Path.class).value() : "";
                        inCode.add(http.getSimpleName() + " " + path(root, classPath, methodPath));
                    }
                }
            }
        }
        Set<String> documented = documentedOperations().keySet();
        assertFalse(inCode.isEmpty(), "the importer found the application's resources");
        Set<String> missing = new TreeSet<>(inCode);
        missing.removeAll(documented);
        Set<String> extra = new TreeSet<>(documented);
        extra.removeAll(inCode);
        assertEquals(Set.of(), missing, "answered by the code but missing from META-INF/openapi.yaml");
        assertEquals(Set.of(), extra, "in META-INF/openapi.yaml but answered by no resource method");
    }

    /**
     * Liberty validates the document at every start and logs a warning (CWWKO1651W) for each operation without a
     * success response, which a client generated from the document could not call properly. The SmallRye plugin
     * writes the 200 from the method's return type, but a method that declares an error response with
     * {@code @APIResponse} got no 200 in a clean build (the two country endpoints did until 2026-12-01).
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationDescribesItsSuccessfulResponse() throws Exception {
        Map<String, Map<String, Object>> operations = documentedOperations();
        Set<String> withoutSuccess = new TreeSet<>();
        operations.forEach((operation, description) -> {
            Map<Object, Object> responses = (Map<Object, Object>) description.getOrDefault("responses", Map.of());
            if (responses.keySet().stream().map(String::valueOf).noneMatch(code -> code.startsWith("2"))) {
                withoutSuccess.add(operation);
            }
        });
        assertFalse(operations.isEmpty(), "the document has operations");
        assertEquals(Set.of(), withoutSuccess, "operations of META-INF/openapi.yaml without a 2xx response");
    }

    /** The built document's operations, "GET /api/..." to what the document says of each. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> documentedOperations() throws Exception {
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        try (InputStream yaml = getClass().getResourceAsStream("/META-INF/openapi.yaml")) {
            Map<String, Object> document = new Yaml().load(yaml);
            ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, entries) -> entries.forEach(
                    (key, description) -> {
                        if (HTTP_METHODS.stream().anyMatch(h -> h.getSimpleName().equalsIgnoreCase(key))) {
                            operations.put(key.toUpperCase() + " " + path, (Map<String, Object>) description);
                        }
                    }));
        }
        return operations;
    }

    /** /api + /funds/{code} + /{id: \d+} -> /api/funds/{code}/{id}: OpenAPI paths carry no regular expressions. */
    private static String path(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            for (String segment : part.split("/")) {
                if (!segment.isBlank()) {
                    path.append('/').append(segment.replaceAll("\\{\\s*(\\w+)\\s*:.*}", "{$1}"));
                }
            }
        }
        return path.toString();
    }
}
