-- Mailbox Console mail stack, schema version 2: each user's quota usage, kept by Dovecot's quota_clone plugin
-- (dict-sql map in conf-templates/dovecot-dict-sql.conf.ext) whenever mail is saved, copied or expunged, so the
-- console reads every mailbox's usage with its rows instead of asking Dovecot to count each mailbox.
-- No row: the mailbox never changed since quota_clone was on (on this stack: it never received mail).
CREATE TABLE quota_usage (
    username text PRIMARY KEY CHECK (username = lower(username)),
    bytes    bigint NOT NULL DEFAULT 0,
    messages bigint NOT NULL DEFAULT 0
);
-- Dovecot's dict process writes it as the servers' role.
GRANT SELECT, INSERT, UPDATE ON quota_usage TO mailserver;
