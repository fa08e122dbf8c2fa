-- Bases are owned by an organisation (their base administrators); facilities are what groups book.
ALTER TABLE booking_training_base
    ADD COLUMN organisation_id BIGINT NULL,
    ADD COLUMN min_age INT NULL,
    ADD COLUMN protective_equipment VARCHAR(500) NULL,
    ADD COLUMN fitness_declaration BOOLEAN NOT NULL DEFAULT FALSE;

CREATE INDEX ix_booking_training_base_organisation ON booking_training_base (organisation_id);

-- Opening hours of a base per ISO weekday (1 Monday … 7 Sunday); a weekday without a row is closed.
CREATE TABLE booking_opening_hours (
    base_id BIGINT  NOT NULL,
    weekday INT     NOT NULL,
    opens   TIME    NOT NULL,
    closes  TIME    NOT NULL,
    PRIMARY KEY (base_id, weekday),
    CONSTRAINT fk_booking_opening_hours_base FOREIGN KEY (base_id) REFERENCES booking_training_base (id),
    CONSTRAINT ck_booking_opening_hours_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT ck_booking_opening_hours_order CHECK (opens < closes)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE booking_facility (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    base_id                 BIGINT       NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    features                VARCHAR(500) NULL,
    capacity                INT          NOT NULL,
    slot_minutes            INT          NOT NULL DEFAULT 120,
    buffer_minutes          INT          NOT NULL DEFAULT 0,
    min_notice_hours        INT          NOT NULL DEFAULT 24,
    max_ahead_days          INT          NOT NULL DEFAULT 90,
    auto_approve            BOOLEAN      NOT NULL DEFAULT FALSE,
    cancel_hours            INT          NOT NULL DEFAULT 24,
    no_show_minutes         INT          NOT NULL DEFAULT 30,
    offer_hours             INT          NOT NULL DEFAULT 24,
    monthly_quota           INT          NULL,
    active                  BOOLEAN      NOT NULL DEFAULT TRUE,
    revision                INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_booking_facility_base FOREIGN KEY (base_id) REFERENCES booking_training_base (id),
    CONSTRAINT ck_booking_facility_capacity CHECK (capacity > 0),
    CONSTRAINT ck_booking_facility_slot CHECK (slot_minutes BETWEEN 15 AND 720)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Holidays and maintenance: a closure of the whole base (facility_id NULL) or of one facility.
CREATE TABLE booking_closure (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    base_id     BIGINT       NOT NULL,
    facility_id BIGINT       NULL,
    starts_at   DATETIME(6)  NOT NULL,
    ends_at     DATETIME(6)  NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    CONSTRAINT fk_booking_closure_base FOREIGN KEY (base_id) REFERENCES booking_training_base (id),
    CONSTRAINT fk_booking_closure_facility FOREIGN KEY (facility_id) REFERENCES booking_facility (id),
    CONSTRAINT ck_booking_closure_order CHECK (starts_at < ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A slot row exists once somebody books it; its row lock puts the bookings of one slot in a line, and
-- held counts the people of the bookings that hold places (never more than capacity).
CREATE TABLE booking_slot (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    facility_id BIGINT      NOT NULL,
    starts_at   DATETIME(6) NOT NULL,
    ends_at     DATETIME(6) NOT NULL,
    capacity    INT         NOT NULL,
    held        INT         NOT NULL DEFAULT 0,
    revision    INT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_booking_slot UNIQUE (facility_id, starts_at),
    CONSTRAINT fk_booking_slot_facility FOREIGN KEY (facility_id) REFERENCES booking_facility (id),
    CONSTRAINT ck_booking_slot_held CHECK (held BETWEEN 0 AND capacity)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE booking_booking (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slot_id          BIGINT       NOT NULL,
    facility_id      BIGINT       NOT NULL,
    account_id       BIGINT       NOT NULL,
    organisation_id  BIGINT       NULL,
    organisation_kind VARCHAR(30) NULL,
    group_name       VARCHAR(200) NOT NULL,
    head_count       INT          NOT NULL,
    purpose          VARCHAR(200) NOT NULL,
    contact_name     VARCHAR(100) NOT NULL,
    contact_phone    VARCHAR(30)  NOT NULL,
    participants     TEXT         NULL,
    status           VARCHAR(20)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    decided_at       DATETIME(6)  NULL,
    offer_expires_at DATETIME(6)  NULL,
    ticket           VARCHAR(40)  NOT NULL,
    checked_in_at    DATETIME(6)  NULL,
    reminded_at      DATETIME(6)  NULL,
    attendance       INT          NULL,
    practised        VARCHAR(1000) NULL,
    evaluation       VARCHAR(2000) NULL,
    revision         INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_booking_booking_ticket UNIQUE (ticket),
    CONSTRAINT fk_booking_booking_slot FOREIGN KEY (slot_id) REFERENCES booking_slot (id),
    CONSTRAINT ck_booking_booking_head_count CHECK (head_count > 0),
    CONSTRAINT ck_booking_booking_status CHECK (status IN ('PENDING', 'CONFIRMED', 'WAITLISTED', 'OFFERED',
        'CANCELLED', 'REJECTED', 'EXPIRED', 'CHECKED_IN', 'NO_SHOW'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_booking_booking_slot ON booking_booking (slot_id, status, id);
CREATE INDEX ix_booking_booking_account ON booking_booking (account_id, created_at);
CREATE INDEX ix_booking_booking_facility ON booking_booking (facility_id, status);
CREATE INDEX ix_booking_booking_offer ON booking_booking (status, offer_expires_at);

-- Campaigns (安全生产月 2027 …) group events; events have sessions people register for.
CREATE TABLE booking_campaign (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    description TEXT         NULL,
    CONSTRAINT uk_booking_campaign_code UNIQUE (code),
    CONSTRAINT ck_booking_campaign_kind CHECK (kind IN ('SAFETY_MONTH', 'LAW_WEEK', 'FIRE_MONTH', 'ANKANG_CUP',
        'OUTREACH', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE booking_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id     BIGINT       NULL,
    organisation_id BIGINT       NOT NULL,
    title           VARCHAR(200) NOT NULL,
    description     TEXT         NULL,
    audience        VARCHAR(30)  NOT NULL DEFAULT 'PUBLIC',
    questions       TEXT         NULL,
    max_group       INT          NOT NULL DEFAULT 1,
    published       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      DATETIME(6)  NOT NULL,
    revision        INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_booking_event_campaign FOREIGN KEY (campaign_id) REFERENCES booking_campaign (id),
    CONSTRAINT ck_booking_event_group CHECK (max_group BETWEEN 1 AND 200)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE booking_event_session (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id  BIGINT       NOT NULL,
    venue     VARCHAR(200) NOT NULL,
    address   VARCHAR(300) NULL,
    starts_at DATETIME(6)  NOT NULL,
    ends_at   DATETIME(6)  NOT NULL,
    capacity  INT          NOT NULL,
    held      INT          NOT NULL DEFAULT 0,
    revision  INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_booking_event_session_event FOREIGN KEY (event_id) REFERENCES booking_event (id),
    CONSTRAINT ck_booking_event_session_held CHECK (held BETWEEN 0 AND capacity),
    CONSTRAINT ck_booking_event_session_order CHECK (starts_at < ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One registration per person per session, by the database: holder is the account while the registration
-- counts, NULL once it is cancelled or expired (a unique index lets NULLs repeat).
CREATE TABLE booking_registration (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id       BIGINT       NOT NULL,
    account_id       BIGINT       NOT NULL,
    name             VARCHAR(100) NOT NULL,
    party_size       INT          NOT NULL DEFAULT 1,
    companions       TEXT         NULL,
    answers          TEXT         NULL,
    status           VARCHAR(20)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    offer_expires_at DATETIME(6)  NULL,
    ticket           VARCHAR(40)  NOT NULL,
    checked_in_at    DATETIME(6)  NULL,
    reminded_at      DATETIME(6)  NULL,
    holder           BIGINT AS (CASE WHEN status IN ('CANCELLED', 'EXPIRED') THEN NULL ELSE account_id END) PERSISTENT,
    revision         INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_booking_registration_ticket UNIQUE (ticket),
    CONSTRAINT uk_booking_registration_person UNIQUE (session_id, holder),
    CONSTRAINT fk_booking_registration_session FOREIGN KEY (session_id) REFERENCES booking_event_session (id),
    CONSTRAINT ck_booking_registration_party CHECK (party_size > 0),
    CONSTRAINT ck_booking_registration_status CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED',
        'EXPIRED', 'CHECKED_IN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_booking_registration_queue ON booking_registration (session_id, status, id);
CREATE INDEX ix_booking_registration_account ON booking_registration (account_id, created_at);
CREATE INDEX ix_booking_registration_offer ON booking_registration (status, offer_expires_at);

-- 五进 outreach: a school, community, village, enterprise or family asks an organiser for a talk or drill.
CREATE TABLE booking_outreach_request (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id        BIGINT        NOT NULL,
    organiser_id      BIGINT        NOT NULL,
    setting           VARCHAR(20)   NOT NULL,
    requester_name    VARCHAR(200)  NOT NULL,
    contact_name      VARCHAR(100)  NOT NULL,
    contact_phone     VARCHAR(30)   NOT NULL,
    address           VARCHAR(300)  NOT NULL,
    topic             VARCHAR(200)  NOT NULL,
    audience_size     INT           NOT NULL,
    preferred_first   DATETIME(6)   NOT NULL,
    preferred_second  DATETIME(6)   NULL,
    note              VARCHAR(2000) NULL,
    status            VARCHAR(20)   NOT NULL,
    proposed_at       DATETIME(6)   NULL,
    answer            VARCHAR(1000) NULL,
    event_id          BIGINT        NULL,
    created_at        DATETIME(6)   NOT NULL,
    revision          INT           NOT NULL DEFAULT 0,
    CONSTRAINT ck_booking_outreach_setting CHECK (setting IN ('ENTERPRISE', 'VILLAGE', 'COMMUNITY', 'SCHOOL', 'HOME')),
    CONSTRAINT ck_booking_outreach_status CHECK (status IN ('REQUESTED', 'PROPOSED', 'ACCEPTED', 'DECLINED',
        'WITHDRAWN')),
    CONSTRAINT ck_booking_outreach_audience CHECK (audience_size > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_booking_outreach_organiser ON booking_outreach_request (organiser_id, status);
CREATE INDEX ix_booking_outreach_account ON booking_outreach_request (account_id);

-- The secret address of a person's own calendar feed (bookings and registrations), one per account.
CREATE TABLE booking_feed (
    account_id BIGINT      NOT NULL PRIMARY KEY,
    token      VARCHAR(40) NOT NULL,
    CONSTRAINT uk_booking_feed_token UNIQUE (token)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
