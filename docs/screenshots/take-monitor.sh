#!/usr/bin/env bash
# Screenshots of the sweep monitor on a real 40-run sweep, under Xvfb (docs/screenshots/monitor-*.png).
# Needs: apt-get install -y xvfb xauth libgtk-3-0 libxtst6 imagemagick; python3 on PATH.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
rm -rf target/monitor-demo
# java.awt.headless stays true even under Xvfb: JFreeChart needs it with a headless JDK (TOOLCHAIN).
xvfb-run -a -s "-screen 0 1440x900x24" \
  java -Djava.awt.headless=true -Dprism.order=sw \
  -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
  io.hyperdesk.gui.monitor.MonitorDemo target/monitor-demo docs/screenshots
# 1,000 synthetic runs x 200 intervals (the benchmark's sweep): how big sweeps look.
xvfb-run -a -s "-screen 0 1440x900x24" \
  java -Djava.awt.headless=true -Dprism.order=sw \
  -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
  io.hyperdesk.gui.monitor.MonitorDemo target/monitor-demo docs/screenshots big
ls -l docs/screenshots/monitor-*.png
