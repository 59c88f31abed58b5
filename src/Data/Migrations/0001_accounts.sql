-- Accounts: users, their profiles, verification codes, refresh tokens, and the development email outbox.
-- Lengths and formats here are the ones in GraphApi.Data.Accounts.AccountLimits; keep them equal.

CREATE TABLE users (
    id               uuid        NOT NULL,
    email            text        NOT NULL,
    email_normalized text        NOT NULL GENERATED ALWAYS AS (lower(email)) STORED,
    handle           text        NOT NULL,
    password_hash    text        NOT NULL,
    status           text        NOT NULL,
    created_at       timestamptz NOT NULL,
    deleted_at       timestamptz NULL,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT ck_users_email CHECK (char_length(email) <= 254 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    CONSTRAINT ck_users_handle CHECK (handle ~ '^[a-z0-9_.]{3,30}$'),
    CONSTRAINT ck_users_status CHECK (status IN ('active', 'suspended', 'deleted')),
    CONSTRAINT ck_users_deleted_at CHECK ((status = 'deleted') = (deleted_at IS NOT NULL))
);
CREATE UNIQUE INDEX ux_users_email_normalized ON users (email_normalized);
CREATE UNIQUE INDEX ux_users_handle ON users (handle);

CREATE TABLE profiles (
    user_id           uuid        NOT NULL,
    display_name      text        NULL,
    bio               text        NULL,
    avatar_url        text        NULL,
    birthday          date        NULL,
    phone             text        NULL,
    phone_verified_at timestamptz NULL,
    time_zone         text        NULL,
    locale            text        NULL,
    is_private        boolean     NOT NULL,
    CONSTRAINT pk_profiles PRIMARY KEY (user_id),
    CONSTRAINT fk_profiles_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_profiles_display_name CHECK (char_length(display_name) BETWEEN 1 AND 50),
    CONSTRAINT ck_profiles_bio CHECK (char_length(bio) <= 300),
    CONSTRAINT ck_profiles_avatar_url CHECK (char_length(avatar_url) <= 2048),
    CONSTRAINT ck_profiles_phone CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
    CONSTRAINT ck_profiles_phone_verified_at CHECK (phone_verified_at IS NULL OR phone IS NOT NULL),
    CONSTRAINT ck_profiles_time_zone CHECK (char_length(time_zone) BETWEEN 1 AND 64),
    CONSTRAINT ck_profiles_locale CHECK (char_length(locale) BETWEEN 2 AND 35)
);

CREATE TABLE verification_codes (
    id          uuid        NOT NULL,
    email       text        NOT NULL,
    purpose     text        NOT NULL,
    code_hash   text        NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    attempts    integer     NOT NULL,
    consumed_at timestamptz NULL,
    CONSTRAINT pk_verification_codes PRIMARY KEY (id),
    CONSTRAINT ck_verification_codes_email CHECK (email = lower(email) AND char_length(email) <= 254),
    CONSTRAINT ck_verification_codes_purpose CHECK (purpose IN ('sign_up', 'password_reset', 'email_change')),
    CONSTRAINT ck_verification_codes_attempts CHECK (attempts >= 0),
    CONSTRAINT ck_verification_codes_expires_at CHECK (expires_at > created_at)
);
CREATE INDEX ix_verification_codes_email_purpose ON verification_codes (email, purpose);

CREATE TABLE refresh_tokens (
    id             uuid        NOT NULL,
    user_id        uuid        NOT NULL,
    family_id      uuid        NOT NULL,
    token_hash     text        NOT NULL,
    created_at     timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL,
    revoked_at     timestamptz NULL,
    replaced_by_id uuid        NULL,
    user_agent     text        NULL,
    ip_address     inet        NULL,
    CONSTRAINT pk_refresh_tokens PRIMARY KEY (id),
    CONSTRAINT fk_refresh_tokens_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_refresh_tokens_refresh_tokens_replaced_by_id
        FOREIGN KEY (replaced_by_id) REFERENCES refresh_tokens (id) ON DELETE SET NULL,
    CONSTRAINT ck_refresh_tokens_expires_at CHECK (expires_at > created_at),
    CONSTRAINT ck_refresh_tokens_replaced_by_id CHECK (replaced_by_id IS NULL OR revoked_at IS NOT NULL),
    CONSTRAINT ck_refresh_tokens_user_agent CHECK (char_length(user_agent) <= 512)
);
CREATE UNIQUE INDEX ux_refresh_tokens_token_hash ON refresh_tokens (token_hash);
CREATE UNIQUE INDEX ux_refresh_tokens_replaced_by_id ON refresh_tokens (replaced_by_id);
CREATE INDEX ix_refresh_tokens_user_id ON refresh_tokens (user_id);
CREATE INDEX ix_refresh_tokens_family_id ON refresh_tokens (family_id);

CREATE TABLE email_outbox (
    id         uuid        NOT NULL,
    to_address text        NOT NULL,
    subject    text        NOT NULL,
    body       text        NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT pk_email_outbox PRIMARY KEY (id)
);
CREATE INDEX ix_email_outbox_to_address ON email_outbox (to_address);
