package org.anquan.exam.bank;

import org.anquan.exam.bank.entity.Picture;
import org.anquan.platform.error.BusinessException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PictureTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] GIF = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] WEBP = "RIFF\u0024\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void theTypeIsReadFromTheFirstBytes() {
        assertThat(Picture.of(PNG).contentType()).isEqualTo("image/png");
        assertThat(Picture.of(JPEG).contentType()).isEqualTo("image/jpeg");
        assertThat(Picture.of(GIF).contentType()).isEqualTo("image/gif");
        assertThat(Picture.of(WEBP).contentType()).isEqualTo("image/webp");
    }

    @Test
    void anythingElseIsRefusedWhateverItIsCalled() {
        for (byte[] other : new byte[][]{"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8),
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), {'B', 'M', 0, 0}, {(byte) 0x89, 'P', 'N'},
                "RIFF\u0024\u0000\u0000\u0000WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1), {}}) {
            assertThat(Picture.typeOf(other)).as(Arrays.toString(other)).isEmpty();
            assertThatThrownBy(() -> Picture.of(other)).isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("bank.pictureUnsupported");
        }
    }

    @Test
    void atMostOneMegabyte() {
        assertThat(Picture.of(sized(PNG, Picture.MAX_BYTES)).size()).isEqualTo(1024 * 1024);
        assertThatThrownBy(() -> Picture.of(sized(PNG, Picture.MAX_BYTES + 1))).isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).messageKey()).isEqualTo("bank.pictureTooLarge");
                    assertThat(((BusinessException) e).arguments()).containsExactly(1);
                });
    }

    /**
     * The picture's first bytes, then noise up to the size (zeros would compress so well that POI takes a sheet holding
     * them for a zip bomb).
     */
    static byte[] sized(byte[] start, int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        System.arraycopy(start, 0, bytes, 0, Math.min(start.length, size));
        return bytes;
    }
}
