package io.hyperdesk.bench.bayes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the CSV files of {@link BayesianBenchmark}, {@code bench/optuna_bench.py} and
 * {@link LatencyBenchmark} into the Markdown tables of docs/bench/bayesian.md: median simple regret
 * at 25, 50 and 100 evaluations per method and function (with how many seeds got within 0.01 of
 * the optimum by 100), and suggestion latency.
 *
 * <p>Usage: {@code BenchmarkReport regret.csv [more-regret.csv ...] [latency.csv]}; a file whose
 * header starts with {@code observations} is read as latency.
 */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, List<String[]>> groups = new LinkedHashMap<>();
        List<String[]> latency = new ArrayList<>();
        for (String arg : args) {
            List<String> lines = Files.readAllLines(Path.of(arg));
            if (lines.isEmpty()) {
                continue;
            }
            boolean isLatency = lines.get(0).startsWith("observations");
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                if (isLatency) {
                    latency.add(cells);
                } else {
                    groups.computeIfAbsent(cells[1] + "\t" + cells[0], k -> new ArrayList<>()).add(cells);
                }
            }
        }
        System.out.println("| function | method | seeds | median regret @25 | @50 | @100 | seeds ≤ 0.01 @100 | median ms / suggestion |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.split("\t")[0].compareTo(b.split("\t")[0])))
                .forEach(entry -> {
                    List<String[]> rows = entry.getValue();
                    String[] key = entry.getKey().split("\t");
                    long solved = rows.stream().filter(r -> Double.parseDouble(r[5]) <= 0.01).count();
                    System.out.printf(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %d/%d | %s |%n", key[0], key[1], rows.size(),
                            format(median(rows, 3)), format(median(rows, 4)), format(median(rows, 5)), solved, rows.size(),
                            String.format(Locale.ROOT, "%.1f", median(rows, 6)));
                });
        if (!latency.isEmpty()) {
            System.out.println();
            System.out.println("| observations (6 parameters) | median ms (wall) | max ms (wall) | median ms (CPU) | calls |");
            System.out.println("|---|---|---|---|---|");
            for (String[] row : latency) {
                System.out.printf("| %s | %s | %s | %s | %s |%n", row[0], row[1], row[2], row[3], row[4]);
            }
        }
    }

    private static double median(List<String[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(r -> Double.parseDouble(r[column])).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static String format(double value) {
        return value >= 0.01 ? String.format(Locale.ROOT, "%.3f", value) : String.format(Locale.ROOT, "%.1e", value);
    }
}
