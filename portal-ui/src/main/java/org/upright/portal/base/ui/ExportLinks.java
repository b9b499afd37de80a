package org.upright.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.upright.tracker.export.MemberExportService;

/** Download links for one member's CSV data and clinician report (access is checked per download). */
public class ExportLinks extends Div {

    public ExportLinks(MemberExportService exports, long memberId, String heading) {
        addClassNames("card", "export-links");
        setId("export-links");
        DownloadHandler csv = event -> {
            event.setFileName(exports.fileName(memberId, "csv"));
            event.setContentType("text/csv; charset=UTF-8");
            exports.writeCsv(memberId, event.getOutputStream());
        };
        DownloadHandler pdf = event -> {
            event.setFileName(exports.fileName(memberId, "pdf"));
            event.setContentType("application/pdf");
            exports.writeReport(memberId, event.getOutputStream());
        };
        Anchor csvLink = new Anchor(csv, AttachmentType.DOWNLOAD, getTranslation("base.export.csv"));
        csvLink.setId("export-csv");
        Anchor pdfLink = new Anchor(pdf, AttachmentType.DOWNLOAD, getTranslation("base.export.pdf"));
        pdfLink.setId("export-pdf");
        add(new H3(heading), new Paragraph(getTranslation("base.export.text")), csvLink, pdfLink);
    }
}
