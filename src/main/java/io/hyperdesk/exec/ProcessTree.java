package io.hyperdesk.exec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The processes that belong to one run: its main process, the main process's descendants, and
 * every process whose environment carries the run's launch token (inherited by everything the
 * script starts). The token is what finds children that outlived the main process: once their
 * parent is gone they are re-parented and no longer its descendants. It is read from
 * {@code /proc/<pid>/environ}, so that part works on Linux only; elsewhere a run's tree is the
 * live descendants. A process that scrubs its environment and detaches escapes both.
 *
 * <p>Used by the run's watcher thread only.
 */
final class ProcessTree {

    /** The environment variable that marks every process of a run. */
    static final String TOKEN_VARIABLE = "HYPERDESK_LAUNCH_TOKEN";

    private static final Path PROC = Paths.get("/proc");

    private final ProcessHandle root;
    private final byte[] marker;
    private final Set<ProcessHandle> seen = new LinkedHashSet<>();

    ProcessTree(ProcessHandle root, String token) {
        this.root = root;
        this.marker = (TOKEN_VARIABLE + "=" + token).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The run's processes that are still running, collected before anyone is signalled (a child
     * is only reachable as a descendant while its parent lives).
     */
    Set<ProcessHandle> running() {
        Set<ProcessHandle> members = new LinkedHashSet<>(seen);
        if (root.isAlive()) {
            members.add(root);
            root.descendants().forEach(members::add);
        }
        members.addAll(marked());
        seen.addAll(members);
        return members.stream().filter(ProcessTree::isRunning).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** SIGTERM (a polite request) to each. */
    static void terminate(Set<ProcessHandle> processes) {
        processes.forEach(ProcessHandle::destroy);
    }

    /** SIGKILL to each that still runs. */
    static void kill(Set<ProcessHandle> processes) {
        processes.stream().filter(ProcessTree::isRunning).forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Alive and not a zombie. The JDK counts a zombie as alive, and an orphan killed here stays a
     * zombie until the system's init process reaps it, which can take seconds.
     */
    static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(process.pid())).resolve("stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName < 0 || afterName + 2 >= stat.length() || stat.charAt(afterName + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return process.isAlive(); // no /proc here (not Linux), or it just ended
        }
    }

    private Set<ProcessHandle> marked() {
        Set<ProcessHandle> found = new LinkedHashSet<>();
        if (!Files.isDirectory(PROC)) {
            return found;
        }
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC)) {
            for (Path entry : entries) {
                long pid = pidOf(entry.getFileName().toString());
                if (pid > 1 && pid != self && carriesMarker(entry.resolve("environ"))) {
                    Optional<ProcessHandle> process = ProcessHandle.of(pid);
                    process.ifPresent(found::add);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: the descendants found above still get signalled
        }
        return found;
    }

    private boolean carriesMarker(Path environ) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(environ);
        } catch (IOException | RuntimeException e) {
            return false; // gone, or another user's process
        }
        outer:
        for (int start = 0; start + marker.length <= bytes.length; start++) {
            if (start > 0 && bytes[start - 1] != 0) {
                continue;
            }
            for (int i = 0; i < marker.length; i++) {
                if (bytes[start + i] != marker[i]) {
                    continue outer;
                }
            }
            int end = start + marker.length;
            if (end == bytes.length || bytes[end] == 0) {
                return true;
            }
        }
        return false;
    }

    private static long pidOf(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isDigit(name.charAt(i))) {
                return -1;
            }
        }
        return name.isEmpty() ? -1 : Long.parseLong(name);
    }
}
