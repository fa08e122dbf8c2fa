package org.anquan.booking.base.boundary;

import org.anquan.booking.base.entity.BaseKind;
import org.anquan.booking.base.entity.TrainingBase;

/** What pages and the API show of a training base. */
public record TrainingBaseView(long id, String code, String name, BaseKind kind, String region, String address,
                               int dailyCapacity, String description) {

    static TrainingBaseView of(TrainingBase base) {
        return new TrainingBaseView(base.id(), base.code(), base.name(), base.kind(), base.region(), base.address(),
                base.dailyCapacity(), base.description());
    }
}
