import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Logistic regression trained with mini-batch SGD and momentum on a synthetic data set; a
 * single-file program, JDK only:
 *
 * <pre>java Train.java --epochs 20 --learning_rate 0.05 --batch_size 32 --momentum 0.9</pre>
 *
 * Logs validation accuracy and loss once per epoch as {@code ##hyperdesk {...}} lines on stdout.
 * Saves a checkpoint in {@code $HYPERDESK_OUTPUT_DIR} after every epoch; with
 * {@code --resume-from <outputs dir of an earlier run>} it continues from there for --epochs more.
 */
public class Train {

    public static void main(String[] args) throws IOException {
        Map<String, String> options = parse(args);
        int epochs = Integer.parseInt(options.getOrDefault("epochs", "20"));
        double learningRate = Double.parseDouble(options.getOrDefault("learning_rate", "0.05"));
        int batchSize = Integer.parseInt(options.getOrDefault("batch_size", "32"));
        double momentum = Double.parseDouble(options.getOrDefault("momentum", "0.9"));

        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        makeData(rows, labels);
        int split = rows.size() * 3 / 4;
        int features = rows.get(0).length;

        double[] weights = new double[features + 1]; // the last one is the bias
        int firstEpoch = 1;
        Path outputs = Path.of(System.getenv().getOrDefault("HYPERDESK_OUTPUT_DIR", "outputs"));
        Files.createDirectories(outputs);
        if (options.containsKey("resume-from")) {
            String[] saved = Files.readString(Path.of(options.get("resume-from"), "checkpoint.txt")).trim().split(" ");
            firstEpoch = Integer.parseInt(saved[0]) + 1;
            for (int i = 0; i < weights.length; i++) {
                weights[i] = Double.parseDouble(saved[i + 1]);
            }
            System.out.println("resumed from epoch " + (firstEpoch - 1) + " of " + options.get("resume-from"));
        }

        double[] velocity = new double[weights.length];
        Random random = new Random(0);
        int[] order = new int[split];
        for (int i = 0; i < split; i++) {
            order[i] = i;
        }
        for (int epoch = firstEpoch; epoch < firstEpoch + epochs; epoch++) {
            for (int i = split - 1; i > 0; i--) { // shuffle
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int start = 0; start < split; start += batchSize) {
                int end = Math.min(split, start + batchSize);
                double[] gradient = new double[weights.length];
                for (int k = start; k < end; k++) {
                    double[] x = rows.get(order[k]);
                    double error = predict(weights, x) - labels.get(order[k]);
                    for (int f = 0; f < features; f++) {
                        gradient[f] += error * x[f];
                    }
                    gradient[features] += error;
                }
                for (int f = 0; f < weights.length; f++) {
                    velocity[f] = momentum * velocity[f] - learningRate * gradient[f] / (end - start);
                    weights[f] += velocity[f];
                }
            }
            double correct = 0;
            double loss = 0;
            for (int k = split; k < rows.size(); k++) {
                double p = predict(weights, rows.get(k));
                int y = labels.get(k);
                correct += (p >= 0.5) == (y == 1) ? 1 : 0;
                p = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
                loss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
            }
            int validation = rows.size() - split;
            double accuracy = correct / validation;
            System.out.printf(Locale.ROOT, "epoch %d: validation accuracy %.4f, loss %.4f%n", epoch, accuracy, loss / validation);
            System.out.println("##hyperdesk {\"accuracy\": " + accuracy + ", \"loss\": " + loss / validation + "}");
            StringBuilder checkpoint = new StringBuilder().append(epoch);
            for (double w : weights) {
                checkpoint.append(' ').append(w);
            }
            Files.writeString(outputs.resolve("checkpoint.txt"), checkpoint.append('\n'));
        }
    }

    /** Two classes behind a noisy, curved boundary over features of very different scales; fixed seed. */
    private static void makeData(List<double[]> rows, List<Integer> labels) {
        Random random = new Random(1234);
        int features = 12;
        double[] trueWeights = new double[features];
        double[] scales = new double[features];
        for (int f = 0; f < features; f++) {
            trueWeights[f] = random.nextGaussian();
            scales[f] = Math.exp(random.nextDouble() * 5 - 2.5);
        }
        for (int n = 0; n < 4000; n++) {
            double[] x = new double[features];
            double margin = random.nextGaussian();
            for (int f = 0; f < features; f++) {
                double z = random.nextGaussian();
                margin += trueWeights[f] * z + (f == 0 ? 1.5 * Math.sin(2 * z) : 0);
                x[f] = z * scales[f];
            }
            rows.add(x);
            labels.add(margin > 0 ? 1 : 0);
        }
    }

    private static double predict(double[] weights, double[] x) {
        double z = weights[x.length];
        for (int f = 0; f < x.length; f++) {
            z += weights[f] * x[f];
        }
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** {@code --name value} pairs; every option takes a value. */
    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
