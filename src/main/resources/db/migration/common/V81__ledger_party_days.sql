-- Each mechanic's and workshop's ledger entries summed per day of the accounting time zone, as earnings and analytics
-- read them: written in the same transaction as the entries (the ledger is append-only, so a day only ever grows by
-- new entries), and rebuilt from the entries at start-up when the accounting zone is not the one the days were summed
-- in (ledger_party_days_zone; no row yet means they were never summed).
CREATE TABLE ledger_party_days (
    account        VARCHAR(32) NOT NULL,
    party_id       BIGINT      NOT NULL,
    booked_on      DATE        NOT NULL,
    virtual_cents  BIGINT      NOT NULL,
    physical_cents BIGINT      NOT NULL,
    fees_cents     BIGINT      NOT NULL,
    paid_out_cents BIGINT      NOT NULL,
    entries        BIGINT      NOT NULL,
    PRIMARY KEY (account, party_id, booked_on)
);

CREATE TABLE ledger_party_days_zone (
    id         INTEGER                  NOT NULL PRIMARY KEY CHECK (id = 1),
    zone       VARCHAR(64)              NOT NULL,
    rebuilt_at TIMESTAMP WITH TIME ZONE NOT NULL
);
