-- Notifications: what other users did that concerns the recipient, newest first, read or unread.
-- Kinds are GraphApi.Data.Notifications.NotificationKind in snake_case; keep the two equal.

CREATE TABLE notifications (
    id           uuid        NOT NULL,
    recipient_id uuid        NOT NULL,
    actor_id     uuid        NOT NULL,
    kind         text        NOT NULL,
    post_id      uuid        NULL,
    created_at   timestamptz NOT NULL,
    read_at      timestamptz NULL,
    CONSTRAINT pk_notifications PRIMARY KEY (id),
    CONSTRAINT fk_notifications_users_recipient_id FOREIGN KEY (recipient_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_notifications_users_actor_id FOREIGN KEY (actor_id) REFERENCES users (id) ON DELETE CASCADE,
    -- Cascade: a reply, like or mention always names its post. Posts are deleted softly, so rows go only with an account.
    CONSTRAINT fk_notifications_posts_post_id FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT ck_notifications_kind CHECK (kind IN ('follow', 'follow_request', 'follow_request_accepted', 'reply', 'like', 'mention')),
    CONSTRAINT ck_notifications_post_id CHECK ((kind IN ('reply', 'like', 'mention')) = (post_id IS NOT NULL)),
    CONSTRAINT ck_notifications_not_self CHECK (actor_id <> recipient_id),
    CONSTRAINT ck_notifications_read_at CHECK (read_at IS NULL OR read_at >= created_at)
);
-- The recipient's list, newest first (id breaks ties for keyset paging).
CREATE INDEX ix_notifications_recipient_id_created_at_id ON notifications (recipient_id, created_at DESC, id DESC);
-- Unread counts and "mark all read" touch only the unread rows.
CREATE INDEX ix_notifications_recipient_id_unread ON notifications (recipient_id) WHERE read_at IS NULL;
CREATE INDEX ix_notifications_actor_id ON notifications (actor_id);
CREATE INDEX ix_notifications_post_id ON notifications (post_id);
