package org.upright.tracker.export;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.tracker.progress.ActivityStreak;
import org.upright.tracker.progress.AdherenceService;
import org.upright.tracker.progress.AdherenceSummary;
import org.upright.tracker.progress.BaselineSource;
import org.upright.tracker.progress.PainBaseline;
import org.upright.tracker.progress.PainProgress;
import org.upright.tracker.progress.PainSeries;
import org.upright.tracker.progress.PainTrendService;
import org.upright.tracker.session.CompletedSession;
import org.upright.tracker.session.CompletedSessionService;
import org.upright.tracker.session.RoutineCatalog;
import org.upright.tracker.session.RoutineInfo;
import org.upright.tracker.shared.MemberCalendar;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The clinician report as PDF: who and which period, baseline vs current, adherence and
 * streaks, the pain chart, weekly means, and the sessions of the period.
 */
@Component
public class ClinicianReport {

    private final MemberCalendar calendar;
    private final PainTrendService trends;
    private final AdherenceService adherence;
    private final CompletedSessionService sessions;
    private final RoutineCatalog routines;

    ClinicianReport(MemberCalendar calendar, PainTrendService trends, AdherenceService adherence,
                    CompletedSessionService sessions, RoutineCatalog routines) {
        this.calendar = calendar;
        this.trends = trends;
        this.adherence = adherence;
        this.sessions = sessions;
        this.routines = routines;
    }

    @Transactional(readOnly = true)
    public void write(ClinicianReportRequest request, OutputStream out) {
        long member = request.memberId();
        LocalDate today = calendar.today(member);
        PainSeries series = trends.dailySeries(member, today.minusDays(request.days() - 1L), today);
        PainProgress pain = trends.progress(member);
        Optional<PainBaseline> baseline = pain.baseline();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Upright clinician report: " + request.memberName());
        document.open();
        document.add(new Paragraph("Upright clinician report", PdfFonts.title()));
        document.add(new Paragraph("Member: " + request.memberName(), PdfFonts.bold()));
        document.add(new Paragraph("Period: " + series.from() + " to " + series.to() + " (" + request.days()
                + " days: " + series.ratedDays() + " with a rating, " + series.sessionDays() + " with sessions)",
                PdfFonts.regular()));
        document.add(new Paragraph("Pain: 0-10 Numeric Rating Scale. Clinically important change: at least 1 point "
                + "and at least 2 points or 30 % of the baseline (means rounded to one decimal). The chart's band "
                + "uses the baseline " + (baseline.map(b -> b.source() == BaselineSource.PROGRAM
                ? "since the current program started" : "since joining").orElse("- none yet")) + ".",
                PdfFonts.small()));

        heading(document, "Baseline vs current");
        document.add(new Paragraph(ReportWording.comparison(pain.sinceJoined()), PdfFonts.regular()));
        pain.sinceProgram().ifPresent(p -> document.add(new Paragraph(ReportWording.comparison(p), PdfFonts.regular())));

        heading(document, "Adherence and streaks");
        AdherenceSummary plan = adherence.adherence(member);
        ActivityStreak streak = adherence.streak(member);
        document.add(new Paragraph(plan.enrolled() ? "Program: " + plan.programTitle() : "Not enrolled in a program.",
                PdfFonts.regular()));
        document.add(new Paragraph("Last 7 days: " + ReportWording.adherence(plan.last7Days())
                + "\nLast 28 days: " + ReportWording.adherence(plan.last28Days())
                + "\nActive-day streak: " + streak.current() + " current, " + streak.longest() + " longest",
                PdfFonts.regular()));

        heading(document, "Daily pain");
        Image chart = Image.getInstance(PainChartDrawing.draw(writer.getDirectContent(), series, baseline));
        chart.setAlignment(Element.ALIGN_CENTER);
        document.add(chart);
        Paragraph caption = new Paragraph("Dots: daily score. Line: 7-day average. Shaded: baseline band of no clear "
                + "change. Ticks at the bottom: session days.", PdfFonts.small());
        caption.setSpacingBefore(10);
        caption.setSpacingAfter(6);
        document.add(caption);
        document.add(WeeklyTable.of(series));

        heading(document, "Sessions in the period");
        document.add(sessionTable(sessions.list(member, series.from(), series.to())));
        document.close();
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, PdfFonts.heading());
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private PdfPTable sessionTable(List<CompletedSession> list) {
        PdfPTable table = ReportTables.table(new float[] {2, 5, 2, 2, 2},
                "Day", "Routine", "Steps", "Minutes", "Pain before/after");
        if (list.isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("No sessions in this period.", PdfFonts.regular()));
            none.setColspan(5);
            table.addCell(none);
        }
        for (CompletedSession s : list) {
            table.addCell(ReportTables.cell(s.day().toString()));
            table.addCell(ReportTables.cell(routines.find(s.routineId(), s.routineVersion()).map(RoutineInfo::title)
                    .orElse("Routine " + s.routineId())));
            table.addCell(ReportTables.cell(s.stepsCompleted() + " of " + s.stepsTotal()));
            table.addCell(ReportTables.cell(String.format(Locale.ROOT, "%.1f", s.durationSeconds() / 60.0)));
            table.addCell(ReportTables.cell(ReportWording.beforeAfter(s.painBefore(), s.painAfter())));
        }
        return table;
    }
}
