-- Photos of a base, shown on its public page: re-encoded JPEGs (no metadata), in the order they were added.
CREATE TABLE booking_base_photo (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    base_id    BIGINT       NOT NULL,
    image      MEDIUMBLOB   NOT NULL,
    caption    VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_booking_base_photo_base FOREIGN KEY (base_id) REFERENCES booking_training_base (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_booking_base_photo_base ON booking_base_photo (base_id, id);
