-- The access-token signing key is no longer kept in the database: servers take it from
-- TWINNING_JWT_SECRET (demo servers make one per start and keep it nowhere). The key earlier
-- versions generated and stored here in clear is dropped; tokens it signed stop working.
DELETE FROM app_secrets WHERE name = 'jwt_hs256';
