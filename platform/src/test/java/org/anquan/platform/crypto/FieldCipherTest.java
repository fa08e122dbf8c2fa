package org.anquan.platform.crypto;

import org.anquan.platform.crypto.control.FieldCipher;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void roundTripsWithoutLeavingThePlainText() {
        FieldCipher cipher = new FieldCipher(KEY);
        String sealed = cipher.encrypt("11010519491231002X");
        assertThat(sealed).startsWith("v1:").doesNotContain("11010519491231002X").doesNotContain("19491231");
        assertThat(cipher.decrypt(sealed)).isEqualTo("11010519491231002X");
    }

    @Test
    void sealsTheSameTextDifferentlyEachTime() {
        FieldCipher cipher = new FieldCipher(KEY);
        assertThat(cipher.encrypt("张三")).isNotEqualTo(cipher.encrypt("张三"));
    }

    @Test
    void detectsTamperingAndTheWrongKey() {
        String sealed = new FieldCipher(KEY).encrypt("11010519491231002X");
        char[] chars = sealed.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> new FieldCipher(KEY).decrypt(new String(chars))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new FieldCipher(OTHER_KEY).decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesKeysOfTheWrongSize() {
        assertThatThrownBy(() -> new FieldCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldCipher("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldCipher(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
