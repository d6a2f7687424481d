package org.migrationmptf.platform.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The container and Kubernetes files cannot run here (no Docker engine, no cluster), so this keeps them honest
 * against liberty/: every YAML file parses, every environment variable they set is one the server reads (a typo
 * would be silently ignored in production), the README documents every server variable, secrets stay out of the
 * ConfigMap and the repository, and the probes ask the health endpoints the application serves.
 */
class DeploymentConfigurationTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern VARIABLE = Pattern.compile("<variable\\s+name=\"([^\"]+)\"");
    /** Read by Liberty's launch scripts or the JVM, not by server.xml. */
    private static final Set<String> RUNTIME_ENVIRONMENT = Set.of("JVM_ARGS", "WLP_LOGGING_CONSOLE_FORMAT",
            "WLP_LOGGING_CONSOLE_SOURCE", "WLP_LOGGING_CONSOLE_LOGLEVEL", "JAVA_TOOL_OPTIONS", "TZ");
    private static final Set<String> SECRETS = Set.of("DB_PASSWORD", "MPTF_SSO_CLIENT_SECRET");

    @Test
    void everyYamlFileParses() throws IOException {
        List<Path> files = yamlFiles();
        assertTrue(files.size() >= 7, "docker/ and k8s/ YAML files: " + files);
        for (Path file : files) {
            List<Object> documents = load(file);
            assertFalse(documents.isEmpty(), file + " has no document");
        }
    }

    @Test
    void composeAndKubernetesSetOnlyVariablesTheServerReads() throws IOException {
        Set<String> known = knownEnvironment();
        Map<String, Object> configMap = kubernetes("k8s/configmap.yaml", "ConfigMap");
        Map<String, Object> secret = kubernetes("k8s/secret.example.yaml", "Secret");
        Map<String, Object> compose = map(load(ROOT.resolve("docker/compose.yaml")).get(0));
        Map<String, Object> composeEnvironment = map(map(compose.get("x-app")).get("environment"));

        Map<String, Object> configData = map(configMap.get("data"));
        Map<String, Object> secretData = map(secret.get("stringData"));
        for (Map<String, Object> source : List.of(configData, secretData, composeEnvironment)) {
            for (String name : source.keySet()) {
                assertTrue(known.contains(name), name + " is set but no liberty/*.xml variable or MicroProfile Config"
                        + " key reads it (known: " + known + ")");
            }
        }
        for (String name : configData.keySet()) {
            assertFalse(SECRETS.contains(name) || name.contains("PASSWORD") || name.contains("SECRET"),
                    name + " belongs in the Secret, not the ConfigMap");
        }
        assertEquals(SECRETS, new TreeSet<>(secretData.keySet()), "the Secret's keys");
        secretData.values().forEach(v -> assertEquals("", v, "no secret value in the repository"));
        assertEquals("${DB_PASSWORD:?set DB_PASSWORD}", composeEnvironment.get("DB_PASSWORD"));
        for (String name : List.of("DB_HOST", "DB_PORT", "DB_NAME", "DB_USER", "HTTP_PORT")) {
            assertTrue(configData.containsKey(name), "the ConfigMap sets " + name);
        }
    }

    @Test
    void theReadmeDocumentsEveryServerVariable() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        for (String variable : libertyVariables()) {
            if (variable.equals("mptf.demo-data")) {
                assertTrue(readme.contains("MPTF_DEMO_DATA"), "README documents MPTF_DEMO_DATA");
                continue;
            }
            assertTrue(readme.contains("`" + environmentName(variable) + "`"),
                    "README's configuration table lists " + environmentName(variable) + " (" + variable + ")");
        }
    }

    @Test
    void theDeploymentProbesTheHealthEndpointsWithTheConfiguredPort() throws IOException {
        Map<String, Object> deployment = kubernetes("k8s/deployment.yaml", "Deployment");
        Map<String, Object> pod = map(map(map(deployment.get("spec")).get("template")).get("spec"));
        Map<String, Object> container = map(((List<?>) pod.get("containers")).get(0));
        assertEquals("/health/started", probePath(container, "startupProbe"));
        assertEquals("/health/live", probePath(container, "livenessProbe"));
        assertEquals("/health/ready", probePath(container, "readinessProbe"));
        Map<String, Object> port = map(((List<?>) container.get("ports")).get(0));
        Map<String, Object> configData = map(kubernetes("k8s/configmap.yaml", "ConfigMap").get("data"));
        assertEquals(configData.get("HTTP_PORT"), String.valueOf(port.get("containerPort")));
        Map<String, Object> resources = map(container.get("resources"));
        assertTrue(resources.containsKey("requests") && resources.containsKey("limits"), "resources");
        assertEquals(Boolean.TRUE, map(pod.get("securityContext")).get("runAsNonRoot"));
        int grace = (Integer) pod.get("terminationGracePeriodSeconds");
        assertTrue(grace > 30, "longer than Liberty's 30 s quiesce: " + grace);
        String envFrom = String.valueOf(container.get("envFrom"));
        assertTrue(envFrom.contains("migration-mptf-config") && envFrom.contains("migration-mptf-secrets"), envFrom);
    }

    @Test
    void theImageIsBuiltFromTheOfficialBaseWithFeaturesAndRunsAsNonRoot() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile"));
        assertTrue(dockerfile.contains("FROM icr.io/appcafe/open-liberty:26.0.0.3"), "official Open Liberty 26 image");
        assertTrue(dockerfile.contains("RUN features.sh"), "features installed at build time");
        assertTrue(Pattern.compile("(?m)^USER 1001$").matcher(dockerfile).find(), "runs as the non-root user");
        assertFalse(Pattern.compile("(?m)^(ENV|ARG).*(PASSWORD|SECRET)").matcher(dockerfile).find(),
                "no secret in the image");
        for (Matcher m = Pattern.compile("COPY \\S+ (liberty/\\S+)").matcher(dockerfile); m.find(); ) {
            assertTrue(Files.exists(ROOT.resolve(m.group(1))), m.group(1));
        }
        String bootstrap = Files.readString(ROOT.resolve("docker/bootstrap.properties"));
        assertTrue(bootstrap.contains("db.kind=postgres") && bootstrap.contains("demo.users=false"), bootstrap);
        assertTrue(bootstrap.contains("login.keys=own"), "the login-keys include resolves (no FFDC at each start): "
                + bootstrap);
        String nginx = Files.readString(ROOT.resolve("docker/nginx.conf"));
        Map<String, Object> services = map(map(load(ROOT.resolve("docker/compose.yaml")).get(0)).get("services"));
        for (String app : List.of("app1", "app2")) {
            assertTrue(services.containsKey(app), "compose runs " + app);
            assertTrue(nginx.contains("server " + app + ":9080"), "nginx balances " + app);
        }
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return String.valueOf(map(map(container.get(probe)).get("httpGet")).get("path"));
    }

    /** Liberty variables of liberty/*.xml, and MicroProfile Config keys the code reads (mptf.*), as env names. */
    private static Set<String> knownEnvironment() throws IOException {
        Set<String> known = new TreeSet<>(RUNTIME_ENVIRONMENT);
        libertyVariables().forEach(v -> known.add(environmentName(v)));
        try (Stream<Path> sources = Files.walk(ROOT.resolve("src/main/java"))) {
            Pattern key = Pattern.compile("\"(mptf\\.[a-z0-9.-]+)\"");
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(source));
                while (m.find()) {
                    known.add(environmentName(m.group(1)));
                }
            }
        }
        return known;
    }

    private static Set<String> libertyVariables() throws IOException {
        Set<String> variables = new TreeSet<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("liberty"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                Matcher m = VARIABLE.matcher(Files.readString(file));
                while (m.find()) {
                    variables.add(m.group(1));
                }
            }
        }
        return variables;
    }

    /** Liberty's and MicroProfile Config's mapping: upper case, every non-alphanumeric character an underscore. */
    static String environmentName(String variable) {
        return variable.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Map<String, Object> kubernetes(String file, String kind) throws IOException {
        for (Object document : load(ROOT.resolve(file))) {
            if (document != null && kind.equals(map(document).get("kind"))) {
                return map(document);
            }
        }
        throw new AssertionError(file + " has no " + kind);
    }

    private static List<Path> yamlFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("docker", "k8s")) {
            try (Stream<Path> s = Files.list(ROOT.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).forEach(files::add);
            }
        }
        return files;
    }

    private static List<Object> load(Path file) throws IOException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Object> documents = new ArrayList<>();
        for (Object document : yaml.loadAll(Files.readString(file))) {
            if (document != null) {
                documents.add(document);
            }
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertTrue(value instanceof Map, "a mapping: " + value);
        return (Map<String, Object>) value;
    }
}
