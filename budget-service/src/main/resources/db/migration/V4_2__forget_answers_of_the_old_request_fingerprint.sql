-- The request fingerprint behind Idempotency-Key now includes the caller's region scope. Answers stored under the
-- older fingerprint can never match again and would refuse an identical replay as a reused key; forget them. A
-- replay of an old push then re-validates and, its figures being unchanged, changes nothing.
delete from budget_import_request;
