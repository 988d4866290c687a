package org.jixiao.report.domain.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import javax.imageio.ImageIO;
import org.jixiao.report.domain.render.Block.ChartBar;
import org.junit.jupiter.api.Test;

class ScoreRateChartTest {
    private static final List<ChartBar> BARS = List.of(new ChartBar("管理效率", new BigDecimal("100.00")),
            new ChartBar("<b>社会效应</b>", new BigDecimal("84.62")), new ChartBar("超额", new BigDecimal("120.90")),
            new ChartBar("无权重", null));

    @Test
    void pngHasTheChartSizeAndFullBarsReachTheTop() throws IOException {
        byte[] png = new ScoreRateChart(CjkFonts.defaults()).png("各一级指标得分率", BARS);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(ScoreRateChart.WIDTH, image.getWidth());
        assertEquals(ScoreRateChart.HEIGHT, image.getHeight());
        int slot = (ScoreRateChart.WIDTH - 90 - 30) / BARS.size();
        int firstCentre = 90 + slot / 2;
        int nearTop = 60 + 3;
        assertEquals(0x2F5D8A, image.getRGB(firstCentre, nearTop) & 0xFFFFFF, "100% bar reaches the top grid line");
        int fourthCentre = 90 + slot * 3 + slot / 2;
        assertEquals(0xFFFFFF, image.getRGB(fourthCentre, 60 + 200) & 0xFFFFFF, "no bar without a rate");
    }

    @Test
    void svgEscapesLabelsAndDrawsOneBarPerCategory() {
        String svg = ScoreRateChart.svg("得分率", BARS);
        assertTrue(svg.contains("&lt;b&gt;社会效应&lt;/b&gt;"));
        assertFalse(svg.contains("<b>"));
        assertEquals(BARS.size(), svg.split("fill=\"#2f5d8a\"", -1).length - 1);
        assertTrue(svg.contains(">120.90%</text>"), "true value labelled although the bar is capped");
    }
}
