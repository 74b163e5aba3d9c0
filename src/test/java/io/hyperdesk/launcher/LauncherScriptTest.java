package io.hyperdesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/hyperdesk}: the window gets the JVM options of {@code packaging/desktop.args}, headless
 * commands do not, and a missing jar or java says how to get it. Runs a copy of the script in a
 * checkout-shaped folder with a stand-in {@code java} (JAVA_HOME) that prints its arguments.
 */
class LauncherScriptTest {

    @TempDir
    Path root;
    private Path javaHome;

    @BeforeEach
    void checkoutWithAFakeJava() throws IOException {
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("packaging"));
        Files.createDirectories(root.resolve("target"));
        Files.copy(Path.of("bin/hyperdesk"), root.resolve("bin/hyperdesk"));
        Files.copy(Path.of("packaging/desktop.args"), root.resolve("packaging/desktop.args"));
        Files.writeString(root.resolve("target/hyperdesk.jar"), "not really a jar");
        javaHome = root.resolve("jdk");
        Files.createDirectories(javaHome.resolve("bin"));
        Path java = javaHome.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theWindowStartsWithTheDesktopOptions() throws Exception {
        Result noArguments = launch(Map.of());
        assertEquals(0, noArguments.exit());
        assertEquals(List.of("@" + root.toRealPath().resolve("packaging/desktop.args"), "-jar",
                root.toRealPath().resolve("target/hyperdesk.jar").toString()), noArguments.lines());

        Result gui = launch(Map.of(), "gui", "my project");
        assertEquals(List.of("@" + root.toRealPath().resolve("packaging/desktop.args"), "-jar",
                root.toRealPath().resolve("target/hyperdesk.jar").toString(), "gui", "my project"), gui.lines());
    }

    @Test
    void headlessCommandsKeepTheJvmDefaultsAndJavaOptsAreAdded() throws Exception {
        Result run = launch(Map.of("JAVA_OPTS", "-Xmx3g -Dx=1"), "run", "sample-projects/python-logreg");
        assertEquals(List.of("-Xmx3g", "-Dx=1", "-jar", root.toRealPath().resolve("target/hyperdesk.jar").toString(),
                "run", "sample-projects/python-logreg"), run.lines());
    }

    @Test
    void aMissingJarSaysHowToBuildIt() throws Exception {
        Files.delete(root.resolve("target/hyperdesk.jar"));
        Result result = launch(Map.of());
        assertEquals(2, result.exit());
        assertTrue(result.output().contains("mvn -B -q package -DskipTests"), result.output());
    }

    @Test
    void aJavaHomeWithoutJavaIsNamed() throws Exception {
        Path empty = Files.createDirectories(root.resolve("not-a-jdk"));
        Result result = launch(Map.of("JAVA_HOME", empty.toString()));
        assertEquals(2, result.exit());
        assertTrue(result.output().contains("JAVA_HOME is " + empty), result.output());
        assertTrue(result.output().contains("JDK 17"), result.output());
    }

    @Test
    void theDesktopOptionsAreTheClientJit() throws IOException {
        List<String> options = Files.readAllLines(Path.of("packaging/desktop.args")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertEquals(List.of("-XX:TieredStopAtLevel=1"), options);
    }

    private record Result(int exit, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private Result launch(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("bin/hyperdesk").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return new Result(process.exitValue(), output);
    }
}
