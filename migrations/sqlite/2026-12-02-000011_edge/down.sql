-- Nothing to restore: a dropped key is not brought back, and older versions generate a new
-- one on start when it is missing.
SELECT 1;
