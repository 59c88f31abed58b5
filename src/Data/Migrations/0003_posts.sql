-- Posts: posts (with replies, threads and reposts), likes, edit history, mentions and hashtags.
-- Limits here are the ones in GraphApi.Data.Posts.PostLimits; keep them equal.

-- Trigram indexes for substring search; pg_trgm is a trusted extension (PostgreSQL 13+), so the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE posts (
    id             uuid        NOT NULL,
    author_id      uuid        NOT NULL,
    text           text        NOT NULL,
    image_urls     text[]      NOT NULL,
    visibility     text        NOT NULL,
    reply_to_id    uuid        NULL,
    thread_root_id uuid        NOT NULL,
    repost_of_id   uuid        NULL,
    created_at     timestamptz NOT NULL,
    edited_at      timestamptz NULL,
    deleted_at     timestamptz NULL,
    CONSTRAINT pk_posts PRIMARY KEY (id),
    CONSTRAINT fk_posts_users_author_id FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_posts_posts_reply_to_id FOREIGN KEY (reply_to_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT fk_posts_posts_thread_root_id FOREIGN KEY (thread_root_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT fk_posts_posts_repost_of_id FOREIGN KEY (repost_of_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT ck_posts_text CHECK (char_length(text) <= 500),
    CONSTRAINT ck_posts_image_urls CHECK (cardinality(image_urls) <= 4 AND array_position(image_urls, NULL) IS NULL),
    CONSTRAINT ck_posts_visibility CHECK (visibility IN ('public', 'followers', 'private')),
    -- A thread's first post is its own root; a reply is never a repost, and a repost has no text or images.
    CONSTRAINT ck_posts_thread_root_id CHECK ((reply_to_id IS NULL) = (thread_root_id = id)),
    CONSTRAINT ck_posts_repost CHECK (
        repost_of_id IS NULL OR (reply_to_id IS NULL AND text = '' AND cardinality(image_urls) = 0)),
    CONSTRAINT ck_posts_repost_of_id CHECK (repost_of_id <> id),
    CONSTRAINT ck_posts_edited_at CHECK (edited_at IS NULL OR edited_at >= created_at)
);
CREATE INDEX ix_posts_author_id_created_at_id ON posts (author_id, created_at DESC, id DESC);
CREATE INDEX ix_posts_reply_to_id_created_at_id ON posts (reply_to_id, created_at, id);
CREATE INDEX ix_posts_thread_root_id_created_at_id ON posts (thread_root_id, created_at, id);
CREATE INDEX ix_posts_created_at_id ON posts (created_at DESC, id DESC);
CREATE INDEX ix_posts_repost_of_id ON posts (repost_of_id);
CREATE UNIQUE INDEX ux_posts_author_id_repost_of_id ON posts (author_id, repost_of_id)
    WHERE repost_of_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX ix_posts_text_trgm ON posts USING gin (text gin_trgm_ops);

CREATE TABLE post_likes (
    post_id    uuid        NOT NULL,
    user_id    uuid        NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT pk_post_likes PRIMARY KEY (post_id, user_id),
    CONSTRAINT fk_post_likes_posts_post_id FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT fk_post_likes_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_post_likes_user_id ON post_likes (user_id);

CREATE TABLE post_edits (
    id          uuid        NOT NULL,
    post_id     uuid        NOT NULL,
    text        text        NOT NULL,
    image_urls  text[]      NOT NULL,
    replaced_at timestamptz NOT NULL,
    CONSTRAINT pk_post_edits PRIMARY KEY (id),
    CONSTRAINT fk_post_edits_posts_post_id FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT ck_post_edits_text CHECK (char_length(text) <= 500)
);
CREATE INDEX ix_post_edits_post_id_replaced_at ON post_edits (post_id, replaced_at);

CREATE TABLE post_mentions (
    post_id uuid NOT NULL,
    user_id uuid NOT NULL,
    CONSTRAINT pk_post_mentions PRIMARY KEY (post_id, user_id),
    CONSTRAINT fk_post_mentions_posts_post_id FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT fk_post_mentions_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_post_mentions_user_id ON post_mentions (user_id);

CREATE TABLE post_hashtags (
    post_id uuid NOT NULL,
    tag     text NOT NULL,
    CONSTRAINT pk_post_hashtags PRIMARY KEY (post_id, tag),
    CONSTRAINT fk_post_hashtags_posts_post_id FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT ck_post_hashtags_tag CHECK (tag = lower(tag) AND char_length(tag) BETWEEN 1 AND 50)
);
CREATE INDEX ix_post_hashtags_tag_post_id ON post_hashtags (tag, post_id);
