-- TOTP replay protection (RFC 6238 §5.2): the last 30-second time step whose code a user
-- signed in or confirmed with. A code is accepted only for a later step, so a code seen
-- once (shoulder-surfed, phished, replayed from a log) cannot be used again in its window.
ALTER TABLE users ADD COLUMN totp_last_step BIGINT NULL AFTER totp_enabled_at;
