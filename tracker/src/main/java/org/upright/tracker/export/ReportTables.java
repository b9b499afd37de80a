package org.upright.tracker.export;

import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.awt.Color;

/** Plain tables with a shaded header row. */
final class ReportTables {

    private ReportTables() {
    }

    static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, PdfFonts.bold()));
            cell.setBackgroundColor(new Color(0xE8EEF6));
            table.addCell(cell);
        }
        return table;
    }

    static PdfPCell cell(String text) {
        return new PdfPCell(new Phrase(text, PdfFonts.regular()));
    }
}
