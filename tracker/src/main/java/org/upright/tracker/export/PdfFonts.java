package org.upright.tracker.export;

import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.pdf.BaseFont;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The report's fonts: the built-in Helvetica, so no font files are needed. */
final class PdfFonts {

    private PdfFonts() {
    }

    /** For text drawn directly on a canvas (chart labels). */
    static BaseFont base() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Font regular() {
        return FontFactory.getFont(FontFactory.HELVETICA, 10);
    }

    static Font bold() {
        return FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    }

    static Font title() {
        return FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    }

    static Font heading() {
        return FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    }

    static Font small() {
        return FontFactory.getFont(FontFactory.HELVETICA, 8);
    }
}
