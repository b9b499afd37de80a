/*
 * Draws the home-screen icons of the web app manifest (committed under
 * src/main/resources/META-INF/resources/icons/; run again only to change them):
 *
 *   java portal-ui/tools/AppIcons.java portal-ui/src/main/resources/META-INF/resources/icons
 *
 * A figure standing upright with both arms raised (the wall press), white on the brand blue.
 * "any" icons are a rounded square; "maskable" ones fill the whole square and keep the figure
 * inside the central 80% circle that every launcher mask leaves visible.
 */

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

public class AppIcons {

    private static final Color BLUE = new Color(0x1d, 0x4f, 0x91);
    private static final Color WHITE = Color.WHITE;

    public static void main(String[] args) throws IOException {
        File dir = new File(args.length > 0 ? args[0] : ".");
        for (int size : new int[] {192, 512}) {
            write(draw(size, false), new File(dir, "upright-" + size + ".png"));
            write(draw(size, true), new File(dir, "upright-maskable-" + size + ".png"));
        }
        write(draw(180, true), new File(dir, "apple-touch-icon.png")); // iOS rounds the corners itself
        write(draw(32, false), new File(dir, "favicon-32.png"));
    }

    private static BufferedImage draw(int size, boolean maskable) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 100.0, size / 100.0); // drawn on a 100×100 grid
        g.setColor(BLUE);
        if (maskable) {
            g.fillRect(0, 0, 100, 100);
        } else {
            g.fill(new RoundRectangle2D.Double(0, 0, 100, 100, 36, 36));
        }
        // the figure: a smaller version on maskable icons, so it stays inside the 80% safe circle
        double scale = maskable ? 0.78 : 1.0;
        g.translate(50 - 50 * scale, 50 - 50 * scale);
        g.scale(scale, scale);
        g.setColor(WHITE);
        g.fill(new Ellipse2D.Double(42, 16, 16, 16)); // head
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D body = new Path2D.Double();
        body.moveTo(50, 40);
        body.lineTo(50, 66); // upright spine
        body.moveTo(50, 66);
        body.lineTo(41, 86); // legs
        body.moveTo(50, 66);
        body.lineTo(59, 86);
        body.moveTo(50, 44);
        body.lineTo(30, 22); // arms raised, as in the wall press
        body.moveTo(50, 44);
        body.lineTo(70, 22);
        g.draw(body);
        g.dispose();
        return image;
    }

    private static void write(BufferedImage image, File file) throws IOException {
        if (!ImageIO.write(image, "png", file)) {
            throw new IOException("No PNG writer");
        }
        System.out.println(file + " " + image.getWidth() + "x" + image.getHeight());
    }
}
