-- Buildings (properties), floors, unit types and units (rooms, flats).
-- Money is stored in integer minor units of the organization's currency (BIGINT).

CREATE TABLE buildings (
    id                  UUID         NOT NULL PRIMARY KEY,
    org_id              UUID         NOT NULL,
    code                VARCHAR(40)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    kind                VARCHAR(40)  NOT NULL DEFAULT 'RESIDENTIAL',
    address             VARCHAR(300) NULL,
    city                VARCHAR(120) NULL,
    note                TEXT         NULL,
    billing_cycle       ENUM('MONTHLY','QUARTERLY','YEARLY') NOT NULL DEFAULT 'MONTHLY',
    billing_due_day     TINYINT UNSIGNED NOT NULL DEFAULT 1,
    billing_cutoff_day  TINYINT UNSIGNED NULL,
    deleted_at          DATETIME(6)  NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_buildings_org_code (org_id, code),
    KEY ix_buildings_org_name (org_id, deleted_at, name),
    CONSTRAINT fk_buildings_org FOREIGN KEY (org_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE floors (
    id           UUID         NOT NULL PRIMARY KEY,
    org_id       UUID         NOT NULL,
    building_id  UUID         NOT NULL,
    name         VARCHAR(100) NOT NULL,
    level        INT          NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_floors_building_name (building_id, name),
    KEY ix_floors_org (org_id),
    CONSTRAINT fk_floors_org      FOREIGN KEY (org_id)      REFERENCES organizations (id),
    CONSTRAINT fk_floors_building FOREIGN KEY (building_id) REFERENCES buildings (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE unit_types (
    id           UUID         NOT NULL PRIMARY KEY,
    org_id       UUID         NOT NULL,
    name         VARCHAR(100) NOT NULL,
    description  TEXT         NULL,
    created_at   DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_unit_types_org_name (org_id, name),
    CONSTRAINT fk_unit_types_org FOREIGN KEY (org_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Occupancy is derived from leases, never stored here; `status` is the manual state
-- (available, maintenance, reserved) a manager sets.
CREATE TABLE units (
    id                  UUID          NOT NULL PRIMARY KEY,
    org_id              UUID          NOT NULL,
    building_id         UUID          NOT NULL,
    floor_id            UUID          NULL,
    unit_type_id        UUID          NULL,
    label               VARCHAR(40)   NOT NULL,
    area_sq_m           DECIMAL(10,2) NULL,
    capacity            SMALLINT UNSIGNED NULL,
    base_rent_minor     BIGINT        NULL,
    deposit_minor       BIGINT        NULL,
    status              ENUM('AVAILABLE','MAINTENANCE','RESERVED') NOT NULL DEFAULT 'AVAILABLE',
    amenities           JSON          NULL,
    utilities           JSON          NULL,
    description         TEXT          NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    UNIQUE KEY uk_units_building_label (building_id, label),
    KEY ix_units_org_building (org_id, building_id),
    KEY ix_units_floor (floor_id),
    CONSTRAINT fk_units_org       FOREIGN KEY (org_id)       REFERENCES organizations (id),
    CONSTRAINT fk_units_building  FOREIGN KEY (building_id)  REFERENCES buildings (id),
    CONSTRAINT fk_units_floor     FOREIGN KEY (floor_id)     REFERENCES floors (id),
    CONSTRAINT fk_units_unit_type FOREIGN KEY (unit_type_id) REFERENCES unit_types (id),
    CONSTRAINT ck_units_money CHECK (base_rent_minor IS NULL OR base_rent_minor >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
