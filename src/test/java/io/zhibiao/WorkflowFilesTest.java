package io.zhibiao;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The GitHub workflow files cannot be run here, so they are read: every file under .github/workflows must
 * be well-formed YAML of a workflow's shape, and installers.yml must build the .msi, the .dmg and the .deb
 * on their own systems through the pom's profile dist, whose jpackage executions hold the installers'
 * arguments (checked here too), check the .msi's upgrade code, and build the multi-platform jar.
 */
class WorkflowFilesTest {
    private static final Path WORKFLOWS = Path.of(".github", "workflows");
    private static final Pattern MATRIX_USE = Pattern.compile("\\$\\{\\{\\s*matrix\\.([A-Za-z0-9_-]+)");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static Map<Path, Map<String, Object>> workflows;
    private static Document pom;

    @BeforeAll
    static void read() throws Exception {
        workflows = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(WORKFLOWS)) {
            files = list.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no workflow in " + WORKFLOWS.toAbsolutePath());
        for (Path file : files) {
            workflows.put(file, parse(file));
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    }

    @Test
    void everyWorkflowHasTriggersAndJobsWithStepsThatRunOrUseSomething() {
        workflows.forEach((file, workflow) -> {
            assertTrue(workflow.get("name") instanceof String, file + ": name");
            // YAML 1.1 (SnakeYAML) reads the bare key on as true; GitHub reads it as the word.
            assertNotNull(workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE), file + ": on");
            Map<String, Object> jobs = map(workflow.get("jobs"), file + ": jobs");
            assertFalse(jobs.isEmpty(), file + ": no job");
            jobs.forEach((id, value) -> {
                Map<String, Object> job = map(value, file + " job " + id);
                assertTrue(job.get("runs-on") instanceof String, file + " job " + id + ": runs-on");
                List<Object> steps = list(job.get("steps"), file + " job " + id + ": steps");
                assertFalse(steps.isEmpty(), file + " job " + id + ": no step");
                for (Object s : steps) {
                    Map<String, Object> step = map(s, file + " job " + id + ": step");
                    assertTrue(step.containsKey("run") ^ step.containsKey("uses"),
                            file + " job " + id + ": a step runs a command or uses an action, " + step);
                    if (step.get("uses") instanceof String action) {
                        assertTrue(action.matches("[\\w.-]+/[\\w./-]+@[\\w.-]+"), file + ": pin a version: " + action);
                    }
                }
                Set<String> defined = matrixKeys(job);
                Matcher used = MATRIX_USE.matcher(String.valueOf(job));
                while (used.find()) {
                    assertTrue(defined.contains(used.group(1)),
                            file + " job " + id + " uses matrix." + used.group(1) + ", which its matrix lacks");
                }
            });
        });
    }

    @Test
    void installersAreBuiltEachOnItsOwnSystemWithTheDistProfile() {
        Map<String, Object> job = jobBuilding("installer");
        List<Map<String, Object>> include = includes(job);
        assertBuilds(include, "windows-", "msi");
        assertBuilds(include, "macos-", "dmg");
        assertBuilds(include, "ubuntu-", "deb");
        assertTrue(include.stream().anyMatch(e -> "macos-latest".equals(e.get("os"))), "Apple silicon");
        assertTrue(include.stream().anyMatch(e -> String.valueOf(e.get("os")).contains("intel")), "Intel Mac");

        Map<String, Object> build = stepRunning(job, "mvn");
        String command = (String) build.get("run");
        assertTrue(command.matches("(?s).*\\s-Pdist\\s.*\\bpackage\\b.*"), command);
        Map<String, Object> upload = stepUsing(job, "actions/upload-artifact");
        Map<String, Object> with = map(upload.get("with"), "upload-artifact with");
        assertEquals("target/dist/*.${{ matrix.installer }}", with.get("path"));
        assertEquals("error", with.get("if-no-files-found"));
    }

    @Test
    void theMsiCarriesTheUpgradeCodeThePomGivesJpackage() {
        Map<String, Object> workflow = workflow("installers.yml");
        String uuid = String.valueOf(map(workflow.get("env"), "env").get("UPGRADE_UUID"));
        assertTrue(UUID.matcher(uuid).matches(), "a lower-case UUID: " + uuid);
        Element msi = execution("msi");
        assertEquals(text(msi, "winUpgradeUuid"), uuid, "installers.yml gives the upgrade code of pom.xml, execution msi");

        Map<String, Object> check = steps(jobBuilding("installer")).stream()
                .filter(s -> String.valueOf(s.get("if")).contains("'msi'"))
                .filter(s -> String.valueOf(s.get("run")).contains("UpgradeCode"))
                .findFirst().orElseThrow(() -> new AssertionError("no step checks the .msi's UpgradeCode"));
        assertTrue(String.valueOf(check.get("run")).contains("$env:UPGRADE_UUID"), String.valueOf(check.get("run")));
    }

    @Test
    void thePomsInstallersCarryTheArgumentsOfEachSystem() {
        Element msi = execution("msi");
        assertEquals("MSI", text(msi, "type"));
        for (String flag : List.of("winMenu", "winShortcut", "winDirChooser")) {
            assertEquals("true", text(msi, flag), flag);
        }
        assertEquals("DMG", text(execution("dmg"), "type"));
        assertEquals("DEB", text(execution("deb"), "type"));
        Element image = execution("app-image");
        assertEquals("APP_IMAGE", text(image, "type"));
        // Each runner's own system switches its installer on; without that the job would build none.
        assertEquals("false", property(profile("dist-windows"), "dist.skip.msi"));
        assertEquals("false", property(profile("dist-mac"), "dist.skip.dmg"));
        assertEquals("false", property(profile("dist-linux"), "dist.skip.deb"));
        // jpackage takes digits and dots only, so the version comes from build-helper's parse-version.
        assertTrue(property(profile("dist-windows"), "dist.appVersion").startsWith("${parsedVersion."));
    }

    @Test
    void theMultiPlatformJarIsBuiltCheckedAndUploaded() {
        Map<String, Object> job = map(map(workflow("installers.yml").get("jobs"), "jobs").get("multi-platform-jar"),
                "job multi-platform-jar");
        String command = (String) stepRunning(job, "mvn").get("run");
        assertTrue(command.matches("(?s).*\\s-Pdist-jar\\s+verify\\b.*"), command);
        assertFalse(command.contains("skipTests"), "the check runs in verify: " + command);
        String path = String.valueOf(map(stepUsing(job, "actions/upload-artifact").get("with"), "with").get("path"));
        // The uploaded pattern finds the file the profile writes.
        String written = property(profile("dist-jar"), "dist.jar")
                .replace("${project.build.directory}", "target")
                .replace("${project.version}", text((Element) pom.getDocumentElement(), "version"));
        assertTrue(FileSystems.getDefault().getPathMatcher("glob:" + path).matches(Path.of(written)),
                path + " does not match " + written);

        Map<String, Object> elsewhere = map(map(workflow("installers.yml").get("jobs"), "jobs").get("jar-on-each-system"),
                "job jar-on-each-system");
        List<Object> systems = list(map(map(elsewhere.get("strategy"), "strategy").get("matrix"), "matrix").get("os"), "os");
        assertTrue(systems.contains("windows-latest") && systems.contains("macos-latest"), systems.toString());
        assertTrue(steps(elsewhere).stream().anyMatch(s -> String.valueOf(s.get("run")).contains("--self-test")),
                "the window is started on the other systems");
    }

    private static void assertBuilds(List<Map<String, Object>> include, String osPrefix, String installer) {
        assertTrue(include.stream().anyMatch(e -> String.valueOf(e.get("os")).startsWith(osPrefix)
                        && installer.equals(e.get("installer"))),
                "a " + osPrefix + "* runner builds the " + installer + ": " + include);
    }

    private static Map<String, Object> workflow(String name) {
        Map<String, Object> workflow = workflows.get(WORKFLOWS.resolve(name));
        assertNotNull(workflow, WORKFLOWS.resolve(name) + " is missing");
        return workflow;
    }

    private static Map<String, Object> jobBuilding(String id) {
        return map(map(workflow("installers.yml").get("jobs"), "jobs").get(id), "job " + id);
    }

    private static List<Map<String, Object>> includes(Map<String, Object> job) {
        Map<String, Object> matrix = map(map(job.get("strategy"), "strategy").get("matrix"), "matrix");
        List<Map<String, Object>> include = new ArrayList<>();
        for (Object entry : list(matrix.get("include"), "matrix include")) {
            include.add(map(entry, "matrix entry"));
        }
        return include;
    }

    private static Set<String> matrixKeys(Map<String, Object> job) {
        Set<String> keys = new HashSet<>();
        if (job.get("strategy") instanceof Map<?, ?> strategy && strategy.get("matrix") instanceof Map<?, ?> matrix) {
            matrix.forEach((k, v) -> {
                if ("include".equals(k) && v instanceof List<?> entries) {
                    entries.forEach(e -> ((Map<?, ?>) e).keySet().forEach(key -> keys.add(String.valueOf(key))));
                } else {
                    keys.add(String.valueOf(k));
                }
            });
        }
        return keys;
    }

    private static List<Map<String, Object>> steps(Map<String, Object> job) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Object step : list(job.get("steps"), "steps")) {
            steps.add(map(step, "step"));
        }
        return steps;
    }

    private static Map<String, Object> stepRunning(Map<String, Object> job, String program) {
        return steps(job).stream().filter(s -> String.valueOf(s.get("run")).startsWith(program + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no step runs " + program));
    }

    private static Map<String, Object> stepUsing(Map<String, Object> job, String action) {
        return steps(job).stream().filter(s -> String.valueOf(s.get("uses")).startsWith(action + "@"))
                .findFirst().orElseThrow(() -> new AssertionError("no step uses " + action));
    }

    private static Element execution(String id) {
        NodeList executions = pom.getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            if (id.equals(text(execution, "id")) && execution.getParentNode().getParentNode() instanceof Element plugin
                    && "jpackage-maven-plugin".equals(text(plugin, "artifactId"))) {
                return execution;
            }
        }
        throw new AssertionError("pom.xml: no jpackage execution " + id);
    }

    private static Element profile(String id) {
        NodeList profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            if (id.equals(text(profile, "id"))) {
                return profile;
            }
        }
        throw new AssertionError("pom.xml: no profile " + id);
    }

    private static String property(Element profile, String name) {
        for (Node n = profile.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("properties")) {
                String value = text(e, name);
                if (value != null) {
                    return value;
                }
            }
        }
        throw new AssertionError("pom.xml: profile " + text(profile, "id") + " has no property " + name);
    }

    /** The text of the first descendant element of that name, or null. */
    private static String text(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().strip();
    }

    private static Map<String, Object> parse(Path file) throws Exception {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object document = yaml.load(reader);
            return map(document, file.toString());
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            fail(file + " is not well-formed YAML: " + e.getMessage());
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertTrue(value instanceof Map, what + " is a mapping, not " + value);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String what) {
        assertTrue(value instanceof List, what + " is a list, not " + value);
        return (List<Object>) value;
    }
}
