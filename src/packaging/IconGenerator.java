import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws the Zhibiao icon (a stylised bar chart with a rising trend line) and writes it in the three
 * forms jpackage wants: PNG for Linux, ICO for Windows, ICNS for macOS, plus the window icon the
 * application shows in its title bar. Shapes only, no text, so the result does not depend on which
 * fonts the machine that regenerates it has.
 *
 * <p>Regenerate from the project root with {@code java src/packaging/IconGenerator.java}.
 */
public final class IconGenerator {
    private static final Color BACKGROUND_TOP = new Color(0x1E, 0x5A, 0x9E);
    private static final Color BACKGROUND_BOTTOM = new Color(0x12, 0x3A, 0x6B);
    private static final Color BAR = new Color(0xF4, 0xF7, 0xFB);
    private static final Color TREND = new Color(0xF2, 0xA9, 0x00);

    public static void main(String[] args) throws IOException {
        Path packaging = Path.of("src/packaging");
        Path windowIcon = Path.of("src/main/resources/io/zhibiao/ui/icon.png");
        byte[] png256 = png(draw(256));
        Files.write(packaging.resolve("linux/zhibiao.png"), png256);
        Files.write(windowIcon, png256);
        Files.write(packaging.resolve("windows/zhibiao.ico"),
                ico(new int[] {16, 32, 48, 256}, new byte[][] {png(draw(16)), png(draw(32)), png(draw(48)), png256}));
        Files.write(packaging.resolve("macos/zhibiao.icns"), icns(png(draw(128)), png256, png(draw(512))));
        System.out.println("icons written under " + packaging.toAbsolutePath() + " and " + windowIcon);
    }

    /** Drawn on a 256-unit grid and scaled, so every size is the same picture. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        g.setPaint(new GradientPaint(0, 0, BACKGROUND_TOP, 0, 256, BACKGROUND_BOTTOM));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        // Four bars rising left to right: the indicators a report states.
        g.setColor(BAR);
        double[] heights = {58, 92, 76, 128};
        double baseline = 204;
        for (int i = 0; i < heights.length; i++) {
            double x = 44 + i * 44;
            g.fill(new RoundRectangle2D.Double(x, baseline - heights[i], 30, heights[i], 8, 8));
        }

        // The trend line over the bars: the target the analyst compares them with.
        g.setColor(TREND);
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D trend = new Path2D.Double();
        trend.moveTo(50, 122);
        trend.lineTo(102, 92);
        trend.lineTo(146, 104);
        trend.lineTo(204, 50);
        g.draw(trend);
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** ICO with PNG-compressed entries (read by Windows Vista and later, and by jpackage's launcher tool). */
    static byte[] ico(int[] sizes, byte[][] pngs) {
        int headerSize = 6 + 16 * sizes.length;
        int total = headerSize;
        for (byte[] p : pngs) {
            total += p.length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = headerSize;
        for (int i = 0; i < sizes.length; i++) {
            int dim = sizes[i] >= 256 ? 0 : sizes[i]; // 0 means 256 in the ICO directory
            b.put((byte) dim).put((byte) dim).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(pngs[i].length).putInt(offset);
            offset += pngs[i].length;
        }
        for (byte[] p : pngs) {
            b.put(p);
        }
        return b.array();
    }

    /** ICNS with PNG entries: ic07 = 128x128, ic08 = 256x256, ic09 = 512x512. */
    static byte[] icns(byte[] png128, byte[] png256, byte[] png512) {
        String[] types = {"ic07", "ic08", "ic09"};
        byte[][] data = {png128, png256, png512};
        int total = 8;
        for (byte[] d : data) {
            total += 8 + d.length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        for (int i = 0; i < types.length; i++) {
            b.put(types[i].getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + data[i].length).put(data[i]);
        }
        return b.array();
    }
}
