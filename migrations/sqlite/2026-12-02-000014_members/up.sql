-- An org admin may remove a person from their organisation: the account stays (its trail and
-- content keep their author) but can no longer sign in, and is not counted or listed. A new
-- invitation to the same address brings it back.
ALTER TABLE people ADD COLUMN removed_at TIMESTAMP;

-- Invitations go by mail to one address: one open invitation per address and organisation (a
-- second request resends the first). Older duplicates are revoked before the rule holds.
UPDATE invitations SET revoked_at = CURRENT_TIMESTAMP
WHERE used_at IS NULL AND revoked_at IS NULL AND email IS NOT NULL
  AND id NOT IN (
    SELECT MAX(id) FROM invitations
    WHERE used_at IS NULL AND revoked_at IS NULL AND email IS NOT NULL
    GROUP BY organisation_id, email
  );
CREATE UNIQUE INDEX invitations_open_address ON invitations (organisation_id, email)
  WHERE used_at IS NULL AND revoked_at IS NULL;
