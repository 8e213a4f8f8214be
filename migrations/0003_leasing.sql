-- Tenants, family members, leases with parties, and the occupancy event log.

CREATE TABLE tenants (
    id               UUID         NOT NULL PRIMARY KEY,
    org_id           UUID         NOT NULL,
    user_id          UUID         NULL,
    full_name        VARCHAR(200) NOT NULL,
    email            VARCHAR(254) NULL,
    phone            VARCHAR(40)  NULL,
    status           ENUM('ACTIVE','INACTIVE','FORMER') NOT NULL DEFAULT 'ACTIVE',
    identity_type    VARCHAR(40)  NULL,
    identity_number  VARCHAR(80)  NULL,
    notes            TEXT         NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_tenants_org_user (org_id, user_id),
    KEY ix_tenants_org_name (org_id, full_name),
    KEY ix_tenants_org_email (org_id, email),
    KEY ix_tenants_org_phone (org_id, phone),
    CONSTRAINT fk_tenants_org  FOREIGN KEY (org_id)  REFERENCES organizations (id),
    CONSTRAINT fk_tenants_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE family_members (
    id             UUID         NOT NULL PRIMARY KEY,
    org_id         UUID         NOT NULL,
    tenant_id      UUID         NOT NULL,
    full_name      VARCHAR(200) NOT NULL,
    relationship   VARCHAR(60)  NULL,
    phone          VARCHAR(40)  NULL,
    date_of_birth  DATE         NULL,
    created_at     DATETIME(6)  NOT NULL,
    KEY ix_family_members_tenant (tenant_id),
    CONSTRAINT fk_family_members_org    FOREIGN KEY (org_id)    REFERENCES organizations (id),
    CONSTRAINT fk_family_members_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE leases (
    id             UUID        NOT NULL PRIMARY KEY,
    org_id         UUID        NOT NULL,
    unit_id        UUID        NOT NULL,
    start_date     DATE        NOT NULL,
    end_date       DATE        NULL,
    rent_minor     BIGINT      NOT NULL,
    deposit_minor  BIGINT      NOT NULL DEFAULT 0,
    due_day        TINYINT UNSIGNED NOT NULL,
    status         ENUM('ACTIVE','ENDED') NOT NULL DEFAULT 'ACTIVE',
    end_reason     VARCHAR(500) NULL,
    ended_at       DATETIME(6) NULL,
    created_at     DATETIME(6) NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    KEY ix_leases_unit_dates (unit_id, start_date, end_date),
    KEY ix_leases_org_status (org_id, status),
    CONSTRAINT fk_leases_org  FOREIGN KEY (org_id)  REFERENCES organizations (id),
    CONSTRAINT fk_leases_unit FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT ck_leases_dates CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT ck_leases_money CHECK (rent_minor > 0 AND deposit_minor >= 0),
    CONSTRAINT ck_leases_due_day CHECK (due_day BETWEEN 1 AND 31)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lease_parties (
    lease_id   UUID NOT NULL,
    tenant_id  UUID NOT NULL,
    role       ENUM('PRIMARY','CO_TENANT','GUARANTOR','OCCUPANT') NOT NULL,
    org_id     UUID NOT NULL,
    PRIMARY KEY (lease_id, tenant_id),
    KEY ix_lease_parties_tenant (tenant_id),
    CONSTRAINT fk_lease_parties_lease  FOREIGN KEY (lease_id)  REFERENCES leases (id),
    CONSTRAINT fk_lease_parties_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
    CONSTRAINT fk_lease_parties_org    FOREIGN KEY (org_id)    REFERENCES organizations (id)
) ENGINE=InnoDB;

CREATE TABLE occupancy_events (
    id           UUID         NOT NULL PRIMARY KEY,
    org_id       UUID         NOT NULL,
    unit_id      UUID         NOT NULL,
    lease_id     UUID         NULL,
    kind         ENUM('MOVE_IN','MOVE_OUT','MANUAL') NOT NULL,
    occurred_on  DATE         NOT NULL,
    note         VARCHAR(500) NULL,
    created_at   DATETIME(6)  NOT NULL,
    KEY ix_occupancy_events_unit (unit_id, occurred_on),
    CONSTRAINT fk_occupancy_events_org   FOREIGN KEY (org_id)   REFERENCES organizations (id),
    CONSTRAINT fk_occupancy_events_unit  FOREIGN KEY (unit_id)  REFERENCES units (id),
    CONSTRAINT fk_occupancy_events_lease FOREIGN KEY (lease_id) REFERENCES leases (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
