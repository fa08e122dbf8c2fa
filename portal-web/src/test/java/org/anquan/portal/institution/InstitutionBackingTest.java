package org.anquan.portal.institution;

import org.anquan.exam.session.boundary.BatchRegistration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the list of trainees typed or pasted by an institution is read. */
class InstitutionBackingTest {

    @Test
    void readsCellsPastedFromASheetAndCommaOrSpaceSeparatedLines() {
        List<InstitutionBacking.Parsed> parsed = InstitutionBacking.parse(
                "张三\t11010519491231002X\r\n李 四，330106198001010012\n\n  王五 330106198001010020  \n");
        assertThat(parsed).extracting(InstitutionBacking.Parsed::line).containsExactly(1, 2, 4);
        assertThat(parsed).extracting(InstitutionBacking.Parsed::trainee).containsExactly(
                new BatchRegistration.Trainee("张三", "11010519491231002X"),
                new BatchRegistration.Trainee("李四", "330106198001010012"),
                new BatchRegistration.Trainee("王五", "330106198001010020"));
    }

    @Test
    void aLineWithOneWordHasNoIdNumberAndNothingAtAllReadsAsNoTrainee() {
        assertThat(InstitutionBacking.parse("赵六")).extracting(InstitutionBacking.Parsed::trainee)
                .containsExactly(new BatchRegistration.Trainee("赵六", null));
        assertThat(InstitutionBacking.parse(" \n\t\n")).isEmpty();
        assertThat(InstitutionBacking.parse(null)).isEmpty();
    }
}
