package org.anquan.platform.account.entity;

/**
 * What a person may do. Scoped roles hold only for one organisation (a centre administrator administers their own
 * centre); the others hold everywhere. Captions live in the portal's bundle.
 */
public enum Role {
    CITIZEN(false),
    EXPERT(false),
    EDITOR(false),
    EXAM_ADMIN(false),
    CENTRE_ADMIN(true),
    PROCTOR(true),
    BASE_ADMIN(true),
    EVENT_ORGANISER(true),
    INSTITUTION_ADMIN(true),
    SYSTEM_ADMIN(false);

    private final boolean scoped;

    Role(boolean scoped) {
        this.scoped = scoped;
    }

    public boolean scoped() {
        return scoped;
    }
}
