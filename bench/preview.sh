#!/bin/sh
# Measures the designer's distribution preview: an edit of a parameter field until its histogram
# of 10,000 draws is counted (background thread) and drawn (FX thread). See docs/bench/preview.md.
#   bench/preview.sh            headless (Monocle, software rendering)
#   bench/preview.sh --xvfb     a real window on a virtual X display (needs xvfb-run)
set -e
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp-test.txt -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/cp-test.txt)"
if [ "$1" = "--xvfb" ]; then
  exec xvfb-run -a -s "-screen 0 1400x900x24" java -Dprism.order=sw -Djava.awt.headless=true \
    -cp "$CP" io.hyperdesk.bench.gui.PreviewBench
fi
exec java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
  -Djava.awt.headless=true -cp "$CP" io.hyperdesk.bench.gui.PreviewBench
