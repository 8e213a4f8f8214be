-- Identity, organizations and authentication (issue: identity, organizations, roles).
-- Every id is MariaDB's native UUID type; every timestamp is UTC with microseconds.

CREATE TABLE organizations (
    id          UUID         NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    slug        VARCHAR(100) NOT NULL,
    currency    CHAR(3)      NOT NULL DEFAULT 'USD',
    timezone    VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    deleted_at  DATETIME(6)  NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_organizations_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE users (
    id                   UUID         NOT NULL PRIMARY KEY,
    email                VARCHAR(254) NOT NULL,
    password_hash        VARCHAR(100) NOT NULL,
    full_name            VARCHAR(200) NOT NULL,
    phone                VARCHAR(40)  NULL,
    is_active            BOOLEAN      NOT NULL DEFAULT TRUE,
    totp_secret          VARCHAR(64)  NULL,
    totp_enabled_at      DATETIME(6)  NULL,
    password_changed_at  DATETIME(6)  NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_users_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE memberships (
    id          UUID        NOT NULL PRIMARY KEY,
    org_id      UUID        NOT NULL,
    user_id     UUID        NOT NULL,
    role        ENUM('OWNER','ADMIN','MANAGER','STAFF','TENANT') NOT NULL,
    is_active   BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    UNIQUE KEY uk_memberships_org_user (org_id, user_id),
    KEY ix_memberships_user (user_id),
    CONSTRAINT fk_memberships_org  FOREIGN KEY (org_id)  REFERENCES organizations (id),
    CONSTRAINT fk_memberships_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Opaque refresh tokens, stored only as SHA-256 hashes; rotated on every use. A reused
-- (already rotated) token revokes its whole family.
CREATE TABLE refresh_tokens (
    id           UUID        NOT NULL PRIMARY KEY,
    family_id    UUID        NOT NULL,
    user_id      UUID        NOT NULL,
    org_id       UUID        NULL,
    token_hash   BINARY(32)  NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    rotated_at   DATETIME(6) NULL,
    revoked_at   DATETIME(6) NULL,
    created_at   DATETIME(6) NOT NULL,
    UNIQUE KEY uk_refresh_tokens_hash (token_hash),
    KEY ix_refresh_tokens_family (family_id),
    KEY ix_refresh_tokens_user (user_id),
    CONSTRAINT fk_refresh_tokens_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_refresh_tokens_org  FOREIGN KEY (org_id)  REFERENCES organizations (id)
) ENGINE=InnoDB;

-- Access-token ids revoked by logout, kept until the token would have expired anyway.
CREATE TABLE revoked_access_tokens (
    token_id    UUID        NOT NULL PRIMARY KEY,
    expires_at  DATETIME(6) NOT NULL,
    KEY ix_revoked_access_tokens_expiry (expires_at)
) ENGINE=InnoDB;

CREATE TABLE invitations (
    id           UUID         NOT NULL PRIMARY KEY,
    org_id       UUID         NOT NULL,
    email        VARCHAR(254) NOT NULL,
    role         ENUM('OWNER','ADMIN','MANAGER','STAFF','TENANT') NOT NULL,
    token_hash   BINARY(32)   NOT NULL,
    invited_by   UUID         NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    accepted_at  DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    created_at   DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_invitations_token (token_hash),
    KEY ix_invitations_org_email (org_id, email),
    CONSTRAINT fk_invitations_org        FOREIGN KEY (org_id)     REFERENCES organizations (id),
    CONSTRAINT fk_invitations_invited_by FOREIGN KEY (invited_by) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE password_reset_tokens (
    id          UUID        NOT NULL PRIMARY KEY,
    user_id     UUID        NOT NULL,
    token_hash  BINARY(32)  NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    created_at  DATETIME(6) NOT NULL,
    UNIQUE KEY uk_password_reset_tokens_hash (token_hash),
    CONSTRAINT fk_password_reset_tokens_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB;

CREATE TABLE recovery_codes (
    id          UUID        NOT NULL PRIMARY KEY,
    user_id     UUID        NOT NULL,
    code_hash   BINARY(32)  NOT NULL,
    used_at     DATETIME(6) NULL,
    created_at  DATETIME(6) NOT NULL,
    UNIQUE KEY uk_recovery_codes_user_hash (user_id, code_hash),
    CONSTRAINT fk_recovery_codes_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB;

-- Mail is written here (and logged); a sender delivers rows when SMTP is configured.
CREATE TABLE mail_outbox (
    id          UUID         NOT NULL PRIMARY KEY,
    to_address  VARCHAR(254) NOT NULL,
    subject     VARCHAR(300) NOT NULL,
    body        TEXT         NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    sent_at     DATETIME(6)  NULL,
    KEY ix_mail_outbox_unsent (sent_at, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Sign-in attempts per account and per client address, for rate limiting across instances.
CREATE TABLE auth_attempts (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bucket        VARCHAR(300) NOT NULL,
    attempted_at  DATETIME(6)  NOT NULL,
    KEY ix_auth_attempts_bucket_time (bucket, attempted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
