-- An e-mail address may have a login in several organisations (one per organisation), so that
-- signing up or inviting a colleague never reveals that an address has an account elsewhere.
ALTER TABLE users DROP CONSTRAINT users_email_unique;
ALTER TABLE users ADD CONSTRAINT users_email_unique UNIQUE (org_id, email);
-- Logging in looks an address up across organisations.
CREATE INDEX users_email ON users (email, created_at);
