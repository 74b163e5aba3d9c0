#!/usr/bin/env bash
# Benchmark of the sweep monitor (docs/bench/monitor.md): UI-thread pauses while 1,000 runs x 200
# intervals are fed live, parallel-coordinates redraw while brushing, opening 1,000 x 1,000 from the store
# (in the monitor alone, and in the real window: AppOpenBenchmark).
# Usage: bench/monitor.sh [runs] [intervals] [storedValues]        (under Xvfb: xvfb, xauth, libgtk-3-0, libxtst6)
#        MONOCLE=1 bench/monitor.sh ...                             (headless Monocle instead of Xvfb)
#        DESKTOP_ARGS=0 bench/monitor.sh ...                        (without packaging/desktop.args)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
CP="target/classes:target/test-classes:$(cat target/cp.txt)"
if [[ "${MONOCLE:-}" == 1 ]]; then
  exec java @packaging/desktop.args -Xmx2g -Djava.awt.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless \
    -Dprism.order=sw -Dprism.text=t2k -cp "$CP" io.hyperdesk.bench.monitor.MonitorBenchmark "$@"
fi
# The window's JVM options, as bin/hyperdesk passes them (packaging/desktop.args);
# DESKTOP_ARGS=0 bench/monitor.sh measures with the JVM's defaults instead.
desktop=("@packaging/desktop.args")
if [[ "${DESKTOP_ARGS:-1}" == 0 ]]; then desktop=(); fi
echo "JVM options: ${desktop[*]:-none (the JVM defaults)}"
# java.awt.headless stays true under Xvfb too: JFreeChart needs it with a headless JDK (TOOLCHAIN).
run() {
  xvfb-run -a -s "-screen 0 1440x900x24" java "${desktop[@]}" -Xmx2g -Djava.awt.headless=true -Dprism.order=sw "$@"
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# 1. a fresh JVM that shows an empty monitor, then opens the stored sweep (the app's case: its window is up)
run -Dbench.parts=ui-first,open -cp "$CP" io.hyperdesk.bench.monitor.MonitorBenchmark "$@"
# 2. everything: cold open, live feeding with each chart in front (the metric plot first, in a JVM
#    whose table code is still cold, as for the first sweep watched after the app starts), brushing,
#    warm open
run -cp "$CP" io.hyperdesk.bench.monitor.MonitorBenchmark "$@"
# 3. the metric plot fed live twice in one JVM: the first sweep watched, then a later one
run -Dbench.parts=live -Dbench.tabs=0 -Dbench.repeat=2 -Dbench.modes=burst -cp "$CP" io.hyperdesk.bench.monitor.MonitorBenchmark "$@"
# 4. the real window in a fresh JVM: it starts with no project, then opens one whose newest sweep is the big one
run -cp "$CP" io.hyperdesk.bench.monitor.AppOpenBenchmark "${1:-1000}" "${3:-1000}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
