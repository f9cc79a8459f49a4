-- Calendar sources keep their feed address sealed (see `sealing.rs`): `url_sealed` holds it,
-- `address` the part that may be shown (scheme and host). Rows written before this migration
-- keep their plain `url` until their next sync seals it and clears the column.
-- `blocking` is whether the source's busy time counts: false only while the source is stale
-- and the operator chose that stale sources do not block.
ALTER TABLE calendar_sources
    ALTER COLUMN url DROP NOT NULL,
    ADD COLUMN url_sealed bytea,
    ADD COLUMN address text NOT NULL DEFAULT '',
    ADD COLUMN blocking boolean NOT NULL DEFAULT true,
    ADD CONSTRAINT calendar_sources_has_url CHECK (url IS NOT NULL OR url_sealed IS NOT NULL);

-- What may be shown of the addresses stored so far: scheme and host, never user, path or query.
UPDATE calendar_sources
SET address = regexp_replace(url, '^([a-zA-Z][a-zA-Z0-9+.-]*)://(?:[^@/?#]*@)?([^/?#:]*).*$', '\1://\2/…')
WHERE url IS NOT NULL;
