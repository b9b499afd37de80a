package org.upright.content.routine;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.upright.content.ContentTestApp;
import org.upright.kernel.validation.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = ContentTestApp.class)
class StepImageServiceTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10};

    @Autowired
    StepImageService images;

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void storesPngJpegAndSanitizedSvgByTheirContent() {
        String png = images.upload("step.png", PNG);
        String jpeg = images.upload("photo.png", JPEG); // the name does not decide the type
        String svg = images.upload("figure.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\">"
                + "<metadata>editor</metadata><rect width=\"4\" height=\"4\"/></svg>").getBytes(StandardCharsets.UTF_8));

        assertThat(png).matches(StepImages.REFERENCE).startsWith("upload:");
        StepImage stored = images.find(StepImages.uploadId(png).orElseThrow()).orElseThrow();
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.bytes()).isEqualTo(PNG);
        assertThat(images.find(StepImages.uploadId(jpeg).orElseThrow()).orElseThrow().contentType()).isEqualTo("image/jpeg");
        StepImage drawing = images.find(StepImages.uploadId(svg).orElseThrow()).orElseThrow();
        assertThat(drawing.contentType()).isEqualTo("image/svg+xml");
        assertThat(new String(drawing.bytes(), StandardCharsets.UTF_8)).contains("<rect").doesNotContain("metadata");
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void refusesEmptyOversizedUnknownAndScriptedFiles() {
        byte[] big = Arrays.copyOf(PNG, StepImageService.MAX_BYTES + 1);
        assertThatThrownBy(() -> images.upload("big.png", big)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 MB");
        assertThatThrownBy(() -> images.upload("empty.png", new byte[0])).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> images.upload("notes.png", "hello".getBytes())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("PNG, JPEG or SVG");
        assertThatThrownBy(() -> images.upload("x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes())).isInstanceOf(InvalidInputException.class).hasMessageContaining("script");
    }

    @Test
    @WithMockUser(username = "mia", roles = "MEMBER")
    void onlyAdminsUploadButMembersSeeImages() {
        assertThatThrownBy(() -> images.upload("step.png", PNG)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(images.find(Long.MAX_VALUE)).isEmpty();
    }
}
