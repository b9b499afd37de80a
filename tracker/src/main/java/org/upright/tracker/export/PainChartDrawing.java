package org.upright.tracker.export;

import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.upright.tracker.progress.DailyPain;
import org.upright.tracker.progress.PainBaseline;
import org.upright.tracker.progress.PainSeries;

import java.awt.Color;
import java.util.List;
import java.util.Optional;

/** Draws the pain series as vector graphics: MCID band, daily points, 7-day average line, session ticks. */
final class PainChartDrawing {

    static final float WIDTH = 515;
    static final float HEIGHT = 170;
    private static final float LEFT = 22;
    private static final float BOTTOM = 14;
    private static final Color BAND = new Color(0xDDEEDD);
    private static final Color GRID = new Color(0xCCCCCC);
    private static final Color DAILY = new Color(0x1D4F91);
    private static final Color AVERAGE = new Color(0xB0400B);
    private static final Color SESSION = new Color(0x2E7D32);

    private PainChartDrawing() {
    }

    static PdfTemplate draw(PdfContentByte canvas, PainSeries series, Optional<PainBaseline> baseline) {
        PdfTemplate t = canvas.createTemplate(WIDTH, HEIGHT);
        List<DailyPain> days = series.days();
        float plotW = WIDTH - LEFT - 4;
        float plotH = HEIGHT - BOTTOM - 6;
        float stepX = days.size() > 1 ? plotW / (days.size() - 1) : 0;
        baseline.ifPresent(b -> {
            t.setColorFill(BAND);
            t.rectangle(LEFT, y(b.bandLow(), plotH), plotW, y(b.bandHigh(), plotH) - y(b.bandLow(), plotH));
            t.fill();
        });
        t.setColorStroke(GRID);
        t.setLineWidth(0.4f);
        for (int score = 0; score <= 10; score += 5) {
            t.moveTo(LEFT, y(score, plotH));
            t.lineTo(LEFT + plotW, y(score, plotH));
            t.stroke();
            label(t, String.valueOf(score), 2, y(score, plotH) - 3);
        }
        t.setColorFill(SESSION);
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).sessions() > 0) {
                t.rectangle(LEFT + i * stepX - 0.8f, BOTTOM, 1.6f, 5);
                t.fill();
            }
        }
        t.setColorStroke(AVERAGE);
        t.setLineWidth(1.5f);
        boolean drawing = false;
        for (int i = 0; i < days.size(); i++) {
            Double average = days.get(i).rollingAverage();
            if (average == null) {
                drawing = false;
                continue;
            }
            if (drawing) {
                t.lineTo(LEFT + i * stepX, y(average, plotH));
            } else {
                t.moveTo(LEFT + i * stepX, y(average, plotH));
                drawing = true;
            }
        }
        t.stroke();
        t.setColorFill(DAILY);
        for (int i = 0; i < days.size(); i++) {
            Integer score = days.get(i).score();
            if (score != null) {
                t.circle(LEFT + i * stepX, y(score, plotH), 1.8f);
                t.fill();
            }
        }
        label(t, series.from().toString(), LEFT, 2);
        label(t, series.to().toString(), WIDTH - 52, 2);
        return t;
    }

    private static float y(double score, float plotH) {
        return BOTTOM + (float) (score / 10.0) * plotH;
    }

    private static void label(PdfTemplate t, String text, float x, float y) {
        t.beginText();
        t.setFontAndSize(PdfFonts.base(), 7);
        t.setColorFill(Color.DARK_GRAY);
        t.setTextMatrix(x, y);
        t.showText(text);
        t.endText();
    }
}
