-- The customer's payment for a consultation is captured through the revenue module under the key
-- consultation:<id>:payment; a cancelled or expired request is refunded in full, recorded here once done.
ALTER TABLE consultations ADD COLUMN refunded_at TIMESTAMP WITH TIME ZONE;
