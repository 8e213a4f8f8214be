-- Charges, payments, allocations, invoices, security deposits and idempotency records.
-- Amounts are integer minor units. Charges and payments are never deleted: voids and
-- reversals are recorded with a reason.

CREATE TABLE installment_plans (
    id            UUID         NOT NULL PRIMARY KEY,
    org_id        UUID         NOT NULL,
    lease_id      UUID         NOT NULL,
    description   VARCHAR(300) NOT NULL,
    total_minor   BIGINT       NOT NULL,
    installments  SMALLINT UNSIGNED NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_installment_plans_org   FOREIGN KEY (org_id)   REFERENCES organizations (id),
    CONSTRAINT fk_installment_plans_lease FOREIGN KEY (lease_id) REFERENCES leases (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- `rent_month` is set only for rent charges: the unique key makes month generation
-- idempotent per lease and month even under concurrent calls.
CREATE TABLE charges (
    id                   UUID         NOT NULL PRIMARY KEY,
    org_id               UUID         NOT NULL,
    lease_id             UUID         NOT NULL,
    kind                 ENUM('RENT','UTILITY','DEPOSIT','LATE_FEE','MAINTENANCE','OTHER') NOT NULL,
    rent_month           CHAR(7)      NULL,
    description          VARCHAR(300) NOT NULL,
    amount_minor         BIGINT       NOT NULL,
    due_date             DATE         NOT NULL,
    installment_plan_id  UUID         NULL,
    voided_at            DATETIME(6)  NULL,
    void_reason          VARCHAR(500) NULL,
    created_at           DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_charges_lease_rent_month (lease_id, rent_month),
    KEY ix_charges_org_due (org_id, due_date),
    KEY ix_charges_lease_due (lease_id, due_date),
    CONSTRAINT fk_charges_org   FOREIGN KEY (org_id)   REFERENCES organizations (id),
    CONSTRAINT fk_charges_lease FOREIGN KEY (lease_id) REFERENCES leases (id),
    CONSTRAINT fk_charges_plan  FOREIGN KEY (installment_plan_id) REFERENCES installment_plans (id),
    CONSTRAINT ck_charges_amount CHECK (amount_minor > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE payments (
    id               UUID         NOT NULL PRIMARY KEY,
    org_id           UUID         NOT NULL,
    lease_id         UUID         NOT NULL,
    kind             ENUM('RENT','UTILITY','DEPOSIT','OTHER') NOT NULL DEFAULT 'RENT',
    amount_minor     BIGINT       NOT NULL,
    paid_on          DATE         NOT NULL,
    method           ENUM('CASH','BANK','CARD','CHECK','MOBILE_MONEY','OTHER') NOT NULL,
    reference        VARCHAR(200) NULL,
    reversed_at      DATETIME(6)  NULL,
    reverse_reason   VARCHAR(500) NULL,
    created_at       DATETIME(6)  NOT NULL,
    KEY ix_payments_org_paid (org_id, paid_on),
    KEY ix_payments_lease (lease_id, paid_on),
    CONSTRAINT fk_payments_org   FOREIGN KEY (org_id)   REFERENCES organizations (id),
    CONSTRAINT fk_payments_lease FOREIGN KEY (lease_id) REFERENCES leases (id),
    CONSTRAINT ck_payments_amount CHECK (amount_minor > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE allocations (
    id            UUID        NOT NULL PRIMARY KEY,
    org_id        UUID        NOT NULL,
    payment_id    UUID        NOT NULL,
    charge_id     UUID        NOT NULL,
    amount_minor  BIGINT      NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    UNIQUE KEY uk_allocations_payment_charge (payment_id, charge_id),
    KEY ix_allocations_charge (charge_id),
    CONSTRAINT fk_allocations_org     FOREIGN KEY (org_id)     REFERENCES organizations (id),
    CONSTRAINT fk_allocations_payment FOREIGN KEY (payment_id) REFERENCES payments (id),
    CONSTRAINT fk_allocations_charge  FOREIGN KEY (charge_id)  REFERENCES charges (id),
    CONSTRAINT ck_allocations_amount CHECK (amount_minor > 0)
) ENGINE=InnoDB;

CREATE TABLE invoices (
    id          UUID        NOT NULL PRIMARY KEY,
    org_id      UUID        NOT NULL,
    lease_id    UUID        NOT NULL,
    number      VARCHAR(40) NOT NULL,
    issue_date  DATE        NOT NULL,
    due_date    DATE        NOT NULL,
    status      ENUM('GENERATED','SENT','PAID','VOID') NOT NULL DEFAULT 'GENERATED',
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    UNIQUE KEY uk_invoices_org_number (org_id, number),
    KEY ix_invoices_lease (lease_id),
    CONSTRAINT fk_invoices_org   FOREIGN KEY (org_id)   REFERENCES organizations (id),
    CONSTRAINT fk_invoices_lease FOREIGN KEY (lease_id) REFERENCES leases (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE invoice_lines (
    invoice_id  UUID NOT NULL,
    charge_id   UUID NOT NULL,
    PRIMARY KEY (invoice_id, charge_id),
    KEY ix_invoice_lines_charge (charge_id),
    CONSTRAINT fk_invoice_lines_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id),
    CONSTRAINT fk_invoice_lines_charge  FOREIGN KEY (charge_id)  REFERENCES charges (id)
) ENGINE=InnoDB;

CREATE TABLE deposit_refunds (
    id            UUID         NOT NULL PRIMARY KEY,
    org_id        UUID         NOT NULL,
    lease_id      UUID         NOT NULL,
    amount_minor  BIGINT       NOT NULL,
    refunded_on   DATE         NOT NULL,
    method        ENUM('CASH','BANK','CARD','CHECK','MOBILE_MONEY','OTHER') NOT NULL,
    note          VARCHAR(500) NULL,
    created_at    DATETIME(6)  NOT NULL,
    KEY ix_deposit_refunds_lease (lease_id),
    CONSTRAINT fk_deposit_refunds_org   FOREIGN KEY (org_id)   REFERENCES organizations (id),
    CONSTRAINT fk_deposit_refunds_lease FOREIGN KEY (lease_id) REFERENCES leases (id),
    CONSTRAINT ck_deposit_refunds_amount CHECK (amount_minor >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE deposit_deductions (
    id            UUID         NOT NULL PRIMARY KEY,
    refund_id     UUID         NOT NULL,
    description   VARCHAR(300) NOT NULL,
    amount_minor  BIGINT       NOT NULL,
    CONSTRAINT fk_deposit_deductions_refund FOREIGN KEY (refund_id) REFERENCES deposit_refunds (id),
    CONSTRAINT ck_deposit_deductions_amount CHECK (amount_minor >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A retried money-moving mutation with the same key returns the stored first result.
CREATE TABLE idempotency_records (
    org_id           UUID         NOT NULL,
    idempotency_key  VARCHAR(200) NOT NULL,
    operation        VARCHAR(100) NOT NULL,
    request_hash     BINARY(32)   NOT NULL,
    response         JSON         NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (org_id, idempotency_key),
    CONSTRAINT fk_idempotency_records_org FOREIGN KEY (org_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
