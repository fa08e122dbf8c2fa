package org.anquan.platform.identity;

import org.anquan.platform.identity.control.IdNumbers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.anquan.platform.identity.control.IdNumbers.Problem.BIRTH_DATE;
import static org.anquan.platform.identity.control.IdNumbers.Problem.CHECK_DIGIT;
import static org.anquan.platform.identity.control.IdNumbers.Problem.FORMAT;
import static org.assertj.core.api.Assertions.assertThat;

class IdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void acceptsNumbersWithTheRightCheckCharacter() {
        // the example numbers of GB 11643-1999
        assertThat(IdNumbers.check("11010519491231002X", TODAY)).isEmpty();
        assertThat(IdNumbers.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void refusesBirthDatesNoLivingCandidateCanHave() {
        assertThat(IdNumbers.check("440524188001010014", TODAY)).contains(BIRTH_DATE);
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(IdNumbers.check("110105194912310021", TODAY)).contains(CHECK_DIGIT);
        assertThat(IdNumbers.check("110101199003071234", TODAY)).contains(CHECK_DIGIT);
    }

    @Test
    void refusesImpossibleOrFutureBirthDates() {
        String feb30 = "11010519490230" + "002";
        assertThat(IdNumbers.check(feb30 + IdNumbers.checkCharacter(feb30), TODAY)).contains(BIRTH_DATE);
        String future = "11010520300101" + "002";
        assertThat(IdNumbers.check(future + IdNumbers.checkCharacter(future), TODAY)).contains(BIRTH_DATE);
    }

    @Test
    void refusesWrongShapes() {
        assertThat(IdNumbers.check("1101051949123100", TODAY)).contains(FORMAT);
        assertThat(IdNumbers.check("11010519491231002x", TODAY)).contains(FORMAT).as("normalise first");
        assertThat(IdNumbers.check("１１０１０５１９４９１２３１００２Ｘ", TODAY)).contains(FORMAT);
        assertThat(IdNumbers.check(null, TODAY)).contains(FORMAT);
    }

    @Test
    void normalisesWhatPeopleType() {
        assertThat(IdNumbers.normalise(" 110105 19491231 002x ")).isEqualTo("11010519491231002X");
    }

    @Test
    void masksTheBirthDate() {
        assertThat(IdNumbers.mask("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(IdNumbers.mask("short")).doesNotContain("short");
    }

    @Test
    void readsTheBirthDate() {
        assertThat(IdNumbers.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
    }
}
