package io.hyperdesk.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns, for terminal output. */
final class TextTable {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final int maxCellWidth;

    TextTable(List<String> headers, int maxCellWidth) {
        this.headers = List.copyOf(headers);
        this.maxCellWidth = maxCellWidth;
    }

    void add(List<String> row) {
        rows.add(row.stream().map(this::clip).toList());
    }

    private String clip(String cell) {
        String flat = cell == null ? "" : cell.replace('\n', ' ');
        return flat.length() <= maxCellWidth ? flat : flat.substring(0, maxCellWidth - 1) + "…";
    }

    String render() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            widths[i] = headers.get(i).length();
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(out, rule, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append("  ");
            }
            line.append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
