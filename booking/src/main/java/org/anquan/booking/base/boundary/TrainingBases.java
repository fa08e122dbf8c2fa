package org.anquan.booking.base.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.anquan.booking.base.entity.Closure;
import org.anquan.booking.base.entity.Facility;
import org.anquan.booking.base.entity.OpeningHours;
import org.anquan.booking.base.entity.TrainingBase;

import java.util.List;

/** Training, drill and experience bases open for booking. */
@Stateless
public class TrainingBases {

    @PersistenceContext(unitName = "booking")
    EntityManager entityManager;

    @jakarta.annotation.security.PermitAll
    public List<TrainingBaseView> published() {
        return entityManager.createNamedQuery(TrainingBase.PUBLISHED, TrainingBase.class)
                .getResultStream().map(TrainingBaseView::of).toList();
    }

    /** A published base with its facilities, opening hours and the closures of the coming months. */
    @jakarta.annotation.security.PermitAll
    public BaseDetail base(long baseId) {
        TrainingBase base = entityManager.find(TrainingBase.class, baseId);
        if (base == null || !base.published()) {
            throw new org.anquan.platform.error.UnknownEntityException("base", baseId);
        }
        return detail(base);
    }

    static BaseDetail detail(EntityManager entityManager, TrainingBase base) {
        java.time.Instant now = java.time.Instant.now();
        return new BaseDetail(TrainingBaseView.of(base), base.organisationId(), base.minAge(),
                base.protectiveEquipment(), base.fitnessDeclaration(),
                entityManager.createNamedQuery(Facility.OF_BASE, Facility.class).setParameter("base", base.id())
                        .getResultStream().map(TrainingBases::facility).toList(),
                entityManager.createNamedQuery(OpeningHours.OF_BASE, OpeningHours.class).setParameter("base", base.id())
                        .getResultStream().map(hours -> new BaseDetail.Hours(hours.weekday(), hours.opens(),
                                hours.closes())).toList(),
                entityManager.createNamedQuery(Closure.OF_BASE, Closure.class).setParameter("base", base.id())
                        .setParameter("from", now).setParameter("to", now.plus(java.time.Duration.ofDays(366)))
                        .getResultStream().map(closure -> new BaseDetail.ClosureView(closure.id(),
                                closure.facilityId(), closure.startsAt(), closure.endsAt(), closure.reason()))
                        .toList(),
                entityManager.createQuery("SELECT NEW org.anquan.booking.base.boundary.BaseDetail$PhotoView(p.id, "
                                + "p.caption) FROM BasePhoto p WHERE p.baseId = :base ORDER BY p.id",
                                BaseDetail.PhotoView.class).setParameter("base", base.id()).getResultList());
    }

    private BaseDetail detail(TrainingBase base) {
        return detail(entityManager, base);
    }

    static BaseDetail.FacilityView facility(Facility facility) {
        return new BaseDetail.FacilityView(facility.id(), facility.name(), facility.features(), facility.capacity(),
                facility.slotMinutes(), facility.bufferMinutes(), facility.minNoticeHours(), facility.maxAheadDays(),
                facility.autoApprove(), facility.cancelHours(), facility.noShowMinutes(), facility.offerHours(),
                facility.monthlyQuota(), facility.active());
    }

    /** A photo of a published base, as a JPEG. */
    @jakarta.annotation.security.PermitAll
    public java.util.Optional<byte[]> photo(long photoId) {
        return java.util.Optional.ofNullable(entityManager.find(org.anquan.booking.base.entity.BasePhoto.class, photoId))
                .filter(photo -> {
                    TrainingBase base = entityManager.find(TrainingBase.class, photo.baseId());
                    return base != null && base.published();
                }).map(org.anquan.booking.base.entity.BasePhoto::image);
    }
}
