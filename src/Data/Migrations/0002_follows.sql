-- Follows: who follows whom, and pending follow requests to private profiles.

CREATE TABLE follows (
    follower_id uuid        NOT NULL,
    followee_id uuid        NOT NULL,
    created_at  timestamptz NOT NULL,
    CONSTRAINT pk_follows PRIMARY KEY (follower_id, followee_id),
    CONSTRAINT fk_follows_users_follower_id FOREIGN KEY (follower_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_follows_users_followee_id FOREIGN KEY (followee_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_follows_not_self CHECK (follower_id <> followee_id)
);
-- The primary key serves "whom does X follow"; this index serves "who follows X".
CREATE INDEX ix_follows_followee_id ON follows (followee_id);

CREATE TABLE follow_requests (
    id           uuid        NOT NULL,
    requester_id uuid        NOT NULL,
    target_id    uuid        NOT NULL,
    created_at   timestamptz NOT NULL,
    CONSTRAINT pk_follow_requests PRIMARY KEY (id),
    CONSTRAINT fk_follow_requests_users_requester_id FOREIGN KEY (requester_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_follow_requests_users_target_id FOREIGN KEY (target_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_follow_requests_not_self CHECK (requester_id <> target_id)
);
CREATE UNIQUE INDEX ux_follow_requests_requester_id_target_id ON follow_requests (requester_id, target_id);
CREATE INDEX ix_follow_requests_target_id ON follow_requests (target_id);
