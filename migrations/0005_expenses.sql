-- Expenses and file attachments (stored on disk by content hash; rows hold metadata).

CREATE TABLE expenses (
    id            UUID         NOT NULL PRIMARY KEY,
    org_id        UUID         NOT NULL,
    building_id   UUID         NOT NULL,
    unit_id       UUID         NULL,
    category      VARCHAR(60)  NOT NULL,
    vendor        VARCHAR(200) NULL,
    amount_minor  BIGINT       NOT NULL,
    spent_on      DATE         NOT NULL,
    description   TEXT         NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    KEY ix_expenses_org_spent (org_id, spent_on),
    KEY ix_expenses_building_spent (building_id, spent_on),
    CONSTRAINT fk_expenses_org      FOREIGN KEY (org_id)      REFERENCES organizations (id),
    CONSTRAINT fk_expenses_building FOREIGN KEY (building_id) REFERENCES buildings (id),
    CONSTRAINT fk_expenses_unit     FOREIGN KEY (unit_id)     REFERENCES units (id),
    CONSTRAINT ck_expenses_amount CHECK (amount_minor > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE attachments (
    id            UUID         NOT NULL PRIMARY KEY,
    org_id        UUID         NOT NULL,
    owner_kind    ENUM('EXPENSE','TENANT_PHOTO','TENANT_DOCUMENT') NOT NULL,
    owner_id      UUID         NOT NULL,
    content_hash  BINARY(32)   NOT NULL,
    filename      VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    KEY ix_attachments_owner (owner_kind, owner_id),
    KEY ix_attachments_org (org_id),
    CONSTRAINT fk_attachments_org FOREIGN KEY (org_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
