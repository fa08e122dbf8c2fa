package org.anquan.exam.centre.boundary;

import org.anquan.exam.centre.entity.ExamCentre;

/** What pages and the API show of an exam centre. */
public record ExamCentreView(long id, String code, String name, String city, String address, String phone,
                             int seatCount) {

    static ExamCentreView of(ExamCentre centre) {
        return new ExamCentreView(centre.id(), centre.code(), centre.name(), centre.city(), centre.address(),
                centre.phone(), centre.seatCount());
    }
}
