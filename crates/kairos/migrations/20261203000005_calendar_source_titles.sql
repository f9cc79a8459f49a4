-- Whether the titles of a source's events may be shown when Kairos explains why a time is
-- busy (`GET /v1/hosts/{id}/explain`): off unless the host allows it.
ALTER TABLE calendar_sources ADD COLUMN show_titles boolean NOT NULL DEFAULT false;
