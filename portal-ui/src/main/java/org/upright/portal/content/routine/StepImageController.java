package org.upright.portal.content.routine;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.upright.content.routine.StepImageService;

import java.time.Duration;

/**
 * Serves pictures admins uploaded for routine steps to signed-in people (under /upright/**, which the
 * security configuration keeps for signed-in users; the service checks again). Stored images never
 * change, so browsers may keep them; SVGs get a policy that forbids scripts and outside requests
 * even if someone opens the file directly.
 */
@RestController
class StepImageController {

    static final String PATH = "/upright/step-images/";

    private final StepImageService images;

    StepImageController(StepImageService images) {
        this.images = images;
    }

    @GetMapping(PATH + "{id}")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        return images.find(id).map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate().immutable())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                        .body(image.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
