package org.jixiao.report.domain.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jixiao.report.domain.model.Figures;
import org.jixiao.report.domain.render.Block.ChartBar;

/**
 * Bar chart of 得分率 per top-level node, 0–100% (rates above 100% are drawn capped, labelled with the true value).
 * PNG via Java2D for DOCX and PDF; SVG for HTML so the browser draws the text with its own fonts.
 */
public final class ScoreRateChart {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 560;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 60;
    private static final int BOTTOM = 130;
    private static final Color BAR = new Color(0x2F, 0x5D, 0x8A);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color TEXT = new Color(0x33, 0x33, 0x33);

    private final CjkFonts fonts;

    public ScoreRateChart(CjkFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] png(String caption, List<ChartBar> bars) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(caption, bars), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public BufferedImage image(String caption, List<ChartBar> bars) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setFont(fonts.awt(26f));
            g.setColor(TEXT);
            drawCentered(g, caption, WIDTH / 2, 40);
            int plotHeight = HEIGHT - TOP - BOTTOM;
            int plotWidth = WIDTH - LEFT - RIGHT;
            g.setFont(fonts.awt(18f));
            for (int percent = 0; percent <= 100; percent += 20) {
                int y = TOP + plotHeight - plotHeight * percent / 100;
                g.setColor(GRID);
                g.setStroke(new BasicStroke(1f));
                g.drawLine(LEFT, y, LEFT + plotWidth, y);
                g.setColor(TEXT);
                String label = percent + "%";
                g.drawString(label, LEFT - 12 - g.getFontMetrics().stringWidth(label), y + 6);
            }
            if (!bars.isEmpty()) {
                int slot = plotWidth / bars.size();
                int barWidth = Math.max(8, Math.min(90, slot * 3 / 5));
                for (int i = 0; i < bars.size(); i++) {
                    ChartBar bar = bars.get(i);
                    int centre = LEFT + slot * i + slot / 2;
                    int height = (int) Math.round(plotHeight * capped(bar.rate()) / 100.0);
                    g.setColor(BAR);
                    g.fillRect(centre - barWidth / 2, TOP + plotHeight - height, barWidth, height);
                    g.setColor(TEXT);
                    g.setFont(fonts.awt(18f));
                    drawCentered(g, Figures.percent(bar.rate()), centre, TOP + plotHeight - height - 8);
                    g.setFont(fonts.awt(bars.size() > 8 ? 15f : 18f));
                    List<String> lines = wrap(g.getFontMetrics(), bar.label(), slot - 6, 3);
                    for (int line = 0; line < lines.size(); line++) {
                        drawCentered(g, lines.get(line), centre, TOP + plotHeight + 28 + line * 24);
                    }
                }
            }
            g.setColor(TEXT);
            g.drawLine(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Self-contained SVG; every label is XML-escaped because labels are user text. */
    public static String svg(String caption, List<ChartBar> bars) {
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int plotWidth = WIDTH - LEFT - RIGHT;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(caption)).append("\" class=\"chart\">");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"40\" text-anchor=\"middle\" font-size=\"26\">")
                .append(Html.escape(caption)).append("</text>");
        for (int percent = 0; percent <= 100; percent += 20) {
            int y = TOP + plotHeight - plotHeight * percent / 100;
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(LEFT + plotWidth)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#ddd\"/>");
            svg.append("<text x=\"").append(LEFT - 12).append("\" y=\"").append(y + 6)
                    .append("\" text-anchor=\"end\" font-size=\"18\">").append(percent).append("%</text>");
        }
        if (!bars.isEmpty()) {
            int slot = plotWidth / bars.size();
            int barWidth = Math.max(8, Math.min(90, slot * 3 / 5));
            for (int i = 0; i < bars.size(); i++) {
                ChartBar bar = bars.get(i);
                int centre = LEFT + slot * i + slot / 2;
                int height = (int) Math.round(plotHeight * capped(bar.rate()) / 100.0);
                svg.append("<rect x=\"").append(centre - barWidth / 2).append("\" y=\"").append(TOP + plotHeight - height)
                        .append("\" width=\"").append(barWidth).append("\" height=\"").append(height)
                        .append("\" fill=\"#2f5d8a\"><title>").append(Html.escape(bar.label())).append(' ')
                        .append(Figures.percent(bar.rate())).append("</title></rect>");
                svg.append("<text x=\"").append(centre).append("\" y=\"").append(TOP + plotHeight - height - 8)
                        .append("\" text-anchor=\"middle\" font-size=\"18\">").append(Figures.percent(bar.rate()))
                        .append("</text>");
                svg.append("<text x=\"").append(centre).append("\" y=\"").append(TOP + plotHeight + 28)
                        .append("\" text-anchor=\"middle\" font-size=\"").append(bars.size() > 8 ? 15 : 18).append("\">")
                        .append(Html.escape(bar.label())).append("</text>");
            }
        }
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP + plotHeight).append("\" x2=\"")
                .append(LEFT + plotWidth).append("\" y2=\"").append(TOP + plotHeight).append("\" stroke=\"#333\"/>");
        return svg.append("</svg>").toString();
    }

    private static double capped(BigDecimal rate) {
        if (rate == null) {
            return 0;
        }
        return Math.max(0, Math.min(100, rate.doubleValue()));
    }

    private static void drawCentered(Graphics2D g, String text, int centre, int baseline) {
        g.drawString(text, centre - g.getFontMetrics().stringWidth(text) / 2, baseline);
    }

    /** Chinese labels break between any two characters; the last kept line ends with … when cut. */
    private static List<String> wrap(FontMetrics metrics, String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (metrics.stringWidth(line.toString() + c) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == maxLines) {
                    String last = lines.remove(maxLines - 1);
                    lines.add(last.substring(0, Math.max(0, last.length() - 1)) + "…");
                    return lines;
                }
            }
            line.append(c);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
