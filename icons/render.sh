#!/bin/sh
# Redraws the application icon PNGs from IconPainter.java and copies them where the app loads them.
set -e
cd "$(dirname "$0")/.."
java -Djava.awt.headless=true icons/IconPainter.java icons
mkdir -p src/main/resources/io/hyperdesk/gui/icons
cp icons/hyperdesk-*.png src/main/resources/io/hyperdesk/gui/icons/
