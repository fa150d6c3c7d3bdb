-- Mailbox Console mail stack, schema version 1: what Postfix and Dovecot read live (no reload).
-- Written by the console's connector (role mailadmin), read by the servers (role mailserver, SELECT only).
-- Addresses are stored lower-case; the servers look them up lower-cased too.

CREATE TABLE domain (
    name    text PRIMARY KEY CHECK (name = lower(name) AND name <> ''),
    enabled boolean NOT NULL DEFAULT true
);

CREATE TABLE mailbox (
    address        text PRIMARY KEY CHECK (address = lower(address)),
    local_part     text NOT NULL CHECK (local_part <> '' AND position('@' IN local_part) = 0),
    domain         text NOT NULL REFERENCES domain (name) ON UPDATE CASCADE ON DELETE RESTRICT,
    -- A hash Dovecot verifies, with its scheme prefix: {SHA512-CRYPT}$6$... or {ARGON2ID}$argon2id$...
    password_hash  text NOT NULL CHECK (password_hash LIKE '{%}%'),
    -- A disabled mailbox can neither log in (passdb) nor receive (Postfix maps).
    enabled        boolean NOT NULL DEFAULT true,
    -- 0 = no limit; enforced by Dovecot's quota plugin and refused at SMTP time by quota-status.
    quota_bytes    bigint NOT NULL DEFAULT 0 CHECK (quota_bytes >= 0),
    -- NULL = keep mail forever; otherwise `doveadm expunge ... savedbefore Nd` removes older mail.
    retention_days integer CHECK (retention_days IS NULL OR retention_days > 0),
    CHECK (address = local_part || '@' || domain)
);
CREATE INDEX mailbox_domain ON mailbox (domain);

-- Forwarding: mail to `address` goes to every `target` instead of the mailbox.
-- Keeping a copy = one more row whose target is the address itself.
CREATE TABLE alias (
    address text NOT NULL CHECK (address = lower(address)),
    target  text NOT NULL CHECK (target <> ''),
    PRIMARY KEY (address, target)
);
