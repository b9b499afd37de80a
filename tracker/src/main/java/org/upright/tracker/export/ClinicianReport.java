package org.upright.tracker.export;

import org.upright.kernel.i18n.Wording;
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
        document.addTitle(Wording.text("tracker.report.document-title", request.memberName()));
        document.open();
        document.add(new Paragraph(Wording.text("tracker.report.title"), PdfFonts.title()));
        document.add(new Paragraph(Wording.text("tracker.report.member", request.memberName()), PdfFonts.bold()));
        document.add(new Paragraph(Wording.text("tracker.report.period", series.from().toString(), series.to().toString(),
                request.days(), series.ratedDays(), series.sessionDays()), PdfFonts.regular()));
        document.add(new Paragraph(Wording.text("tracker.report.scale", Wording.text(baseline.map(b -> b.source() == BaselineSource.PROGRAM
                ? "tracker.report.band.program" : "tracker.report.band.joined").orElse("tracker.report.band.none"))),
                PdfFonts.small()));

        heading(document, Wording.text("tracker.report.heading.comparison"));
        document.add(new Paragraph(ReportWording.comparison(pain.sinceJoined()), PdfFonts.regular()));
        pain.sinceProgram().ifPresent(p -> document.add(new Paragraph(ReportWording.comparison(p), PdfFonts.regular())));

        heading(document, Wording.text("tracker.report.heading.adherence"));
        AdherenceSummary plan = adherence.adherence(member);
        ActivityStreak streak = adherence.streak(member);
        document.add(new Paragraph(plan.enrolled() ? Wording.text("tracker.report.program", plan.programTitle())
                : Wording.text("tracker.report.not-enrolled"), PdfFonts.regular()));
        document.add(new Paragraph(Wording.text("tracker.report.adherence", ReportWording.adherence(plan.last7Days()),
                ReportWording.adherence(plan.last28Days()), streak.current(), streak.longest()), PdfFonts.regular()));

        heading(document, Wording.text("tracker.report.heading.daily"));
        Image chart = Image.getInstance(PainChartDrawing.draw(writer.getDirectContent(), series, baseline));
        chart.setAlignment(Element.ALIGN_CENTER);
        document.add(chart);
        Paragraph caption = new Paragraph(Wording.text("tracker.report.caption"), PdfFonts.small());
        caption.setSpacingBefore(10);
        caption.setSpacingAfter(6);
        document.add(caption);
        document.add(WeeklyTable.of(series));

        heading(document, Wording.text("tracker.report.heading.sessions"));
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
                Wording.text("tracker.report.column.day"), Wording.text("tracker.report.column.routine"),
                Wording.text("tracker.report.column.steps"), Wording.text("tracker.report.column.minutes"),
                Wording.text("tracker.report.column.pain"));
        if (list.isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase(Wording.text("tracker.report.no-sessions"), PdfFonts.regular()));
            none.setColspan(5);
            table.addCell(none);
        }
        for (CompletedSession s : list) {
            table.addCell(ReportTables.cell(s.day().toString()));
            table.addCell(ReportTables.cell(routines.find(s.routineId(), s.routineVersion()).map(RoutineInfo::title)
                    .orElseGet(() -> Wording.text("tracker.routine.fallback", s.routineId()))));
            table.addCell(ReportTables.cell(Wording.text("tracker.report.steps", s.stepsCompleted(), s.stepsTotal())));
            table.addCell(ReportTables.cell(ReportWording.tenths(s.durationSeconds() / 60.0)));
            table.addCell(ReportTables.cell(ReportWording.beforeAfter(s.painBefore(), s.painAfter())));
        }
        return table;
    }
}
