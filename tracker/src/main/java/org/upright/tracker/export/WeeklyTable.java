package org.upright.tracker.export;

import org.upright.kernel.i18n.Wording;
import org.openpdf.text.pdf.PdfPTable;
import org.upright.tracker.progress.DailyPain;
import org.upright.tracker.progress.PainSeries;

import java.util.List;

/** The chart's numbers for readers who need text: one row per 7 days of the series. */
final class WeeklyTable {

    private WeeklyTable() {
    }

    static PdfPTable of(PainSeries series) {
        PdfPTable table = ReportTables.table(new float[] {4, 2, 2, 2}, Wording.text("tracker.report.week.days"),
                Wording.text("tracker.report.week.rated"), Wording.text("tracker.report.week.mean"),
                Wording.text("tracker.report.week.sessions"));
        List<DailyPain> days = series.days();
        for (int start = 0; start < days.size(); start += 7) {
            List<DailyPain> week = days.subList(start, Math.min(start + 7, days.size()));
            double mean = week.stream().filter(d -> d.score() != null).mapToInt(DailyPain::score).average().orElse(Double.NaN);
            long rated = week.stream().filter(d -> d.score() != null).count();
            table.addCell(ReportTables.cell(Wording.text("tracker.report.week.range", week.getFirst().day().toString(),
                    week.getLast().day().toString())));
            table.addCell(ReportTables.cell(Long.toString(rated)));
            table.addCell(ReportTables.cell(rated == 0 ? "-" : ReportWording.tenths(mean)));
            table.addCell(ReportTables.cell(Integer.toString(week.stream().mapToInt(DailyPain::sessions).sum())));
        }
        return table;
    }
}
