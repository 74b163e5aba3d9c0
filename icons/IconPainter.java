import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws HyperDesk's application icon at 16, 32, 64 and 256 pixels: a blue rounded square with a
 * white histogram (a sweep's distribution) whose tallest bar, the best run, is amber.
 * Run: java -Djava.awt.headless=true icons/IconPainter.java icons   (see icons/render.sh)
 */
public class IconPainter {

    /** Bar heights as fractions of the drawing area, left to right. */
    private static final double[] BARS = {0.30, 0.52, 0.78, 1.00, 0.64, 0.40};
    private static final int BEST = 3;

    public static void main(String[] args) throws Exception {
        File folder = new File(args.length > 0 ? args[0] : ".");
        for (int size : new int[] {16, 32, 64, 256}) {
            ImageIO.write(paint(size), "png", new File(folder, "hyperdesk-" + size + ".png"));
        }
    }

    static BufferedImage paint(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size;
        double inset = size <= 16 ? 0 : s * 0.04;
        double arc = s * 0.42;
        g.setPaint(new GradientPaint(0, 0, new Color(0x3b82f6), (float) s, (float) s, new Color(0x1e40af)));
        g.fill(new RoundRectangle2D.Double(inset, inset, s - 2 * inset, s - 2 * inset, arc, arc));

        // Fewer, wider bars when small, so they stay crisp.
        double[] bars = size <= 16 ? new double[] {0.45, 1.0, 0.62} : BARS;
        int best = size <= 16 ? 1 : BEST;
        double left = s * 0.20;
        double right = s * 0.80;
        double bottom = size <= 64 ? Math.round(s * 0.76) : s * 0.76;
        double top = s * 0.24;
        double slot = (right - left) / bars.length;
        double gap = size <= 16 ? 1 : slot * 0.22;
        for (int i = 0; i < bars.length; i++) {
            double height = (bottom - top) * bars[i];
            double x = left + i * slot + gap / 2;
            double w = slot - gap;
            if (size <= 64) {
                // Small icons: whole pixels, or the bars blur.
                double x2 = Math.round(x + w);
                x = Math.round(x);
                w = x2 - x;
                height = Math.round(height);
            }
            g.setColor(i == best ? new Color(0xfbbf24) : new Color(255, 255, 255, 235));
            double radius = size <= 32 ? 0 : w * 0.3;
            g.fill(new RoundRectangle2D.Double(x, bottom - height, w, height + radius / 2, radius, radius));
        }
        g.setColor(new Color(0x1e40af));
        g.fill(new java.awt.geom.Rectangle2D.Double(left - s * 0.02, bottom, right - left + s * 0.04, s * 0.10));
        g.setColor(new Color(255, 255, 255, 235));
        g.setStroke(new BasicStroke((float) Math.max(1, s * 0.035), BasicStroke.CAP_ROUND, BasicStroke.CAP_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(left - s * 0.02, bottom + s * 0.01, right + s * 0.02, bottom + s * 0.01));
        g.dispose();
        return image;
    }
}
