package org.upright.content.routine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.kernel.actor.Actors;
import org.upright.kernel.i18n.Wording;
import org.upright.kernel.validation.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Pictures admins upload for routine steps: PNG, JPEG or SVG up to {@value #MAX_BYTES} bytes, told
 * apart by their content (not by the name or the browser's claim). SVGs are checked and rewritten by
 * {@link SvgSanitizer}; what is stored is what members' browsers get.
 */
@Service
@Transactional(readOnly = true)
public class StepImageService {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final String FIELD = "image";
    /** Longer file names are shortened to this (the column's cap). */
    public static final int FILE_NAME_MAX_LENGTH = 200;

    private final JdbcClient jdbc;

    StepImageService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores an image and returns its reference for {@link RoutineStep#image()} ("upload:<id>").
     * InvalidInputException (field "image") for an empty, too large or unsupported file, or an
     * SVG with scripts, event handlers, embedded HTML or links to other sites.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String upload(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of(FIELD, Wording.text("content.image.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of(FIELD, Wording.text("content.image.too-large"));
        }
        String type;
        byte[] stored = bytes;
        if (isPng(bytes)) {
            type = "image/png";
        } else if (isJpeg(bytes)) {
            type = "image/jpeg";
        } else if (SvgSanitizer.looksLikeSvg(bytes)) {
            type = "image/svg+xml";
            stored = SvgSanitizer.sanitize(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        } else {
            throw InvalidInputException.of(FIELD, Wording.text("content.image.type"));
        }
        String name = fileName == null || fileName.isBlank() ? "image" : fileName.strip();
        long id = jdbc.sql("insert into step_image (content_type, bytes, file_name, uploaded_by) values (?, ?, ?, ?)"
                        + " returning id")
                .params(type, stored, name.length() > FILE_NAME_MAX_LENGTH ? name.substring(0, FILE_NAME_MAX_LENGTH) : name, Actors.currentUsername())
                .query(Long.class).single();
        return StepImages.upload(id);
    }

    /** An uploaded image, for anyone signed in (routine pages and the timer show them). */
    @PreAuthorize("isAuthenticated()")
    public Optional<StepImage> find(long id) {
        return jdbc.sql("select id, content_type, bytes from step_image where id = ?").param(id)
                .query((rs, n) -> new StepImage(rs.getLong("id"), rs.getString("content_type"), rs.getBytes("bytes")))
                .optional();
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    }
}
