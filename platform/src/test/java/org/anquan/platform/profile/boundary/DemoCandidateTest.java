package org.anquan.platform.profile.boundary;

import org.anquan.platform.identity.control.IdNumbers;
import org.anquan.platform.profile.control.PhotoNormaliser;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo candidate's drawn photo passes the same check as an upload, and the invented ID number is valid. */
class DemoCandidateTest {

    @Test
    void theDrawnPortraitIsAnAcceptablePhoto() throws IOException {
        byte[] jpeg = PhotoNormaliser.normalise(DemoCandidate.portrait()).orElseThrow();
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(stored.getWidth()).isEqualTo(300);
        assertThat(stored.getHeight()).isEqualTo(400);
    }

    @Test
    void theInventedIdNumberChecksAndMasksAsTheDemoRowsSay() {
        assertThat(IdNumbers.check(DemoCandidate.ID_NUMBER, LocalDate.of(2026, 12, 7))).isEmpty();
        assertThat(IdNumbers.mask(DemoCandidate.ID_NUMBER)).isEqualTo("140105********0012");
    }
}
