-- The platform pays mechanics referral bonuses from its own revenue: a new transaction kind and line kind
-- (platform revenue -amount, the mechanic +amount; the transaction still sums to zero).
ALTER TABLE ledger_transactions DROP CONSTRAINT ledger_transactions_kind_known;
ALTER TABLE ledger_transactions ADD CONSTRAINT ledger_transactions_kind_known CHECK (kind IN ('SALE', 'SALE_REVERSAL',
    'PAYMENT_CAPTURE', 'PAYMENT_REFUND', 'BAY_FEE', 'MEMBERSHIP_FEE', 'PAYOUT', 'PAYOUT_PAID', 'PAYOUT_FAILED',
    'REFERRAL_BONUS'));
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_line_kind_known;
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_line_kind_known CHECK (line_kind IN ('SALE_GROSS', 'PLATFORM_FEE',
    'WORKSHOP_SHARE', 'MECHANIC_SHARE', 'BAY_FEE', 'MEMBERSHIP_FEE', 'PAYMENT', 'REFUND', 'PAYOUT', 'PAYOUT_SETTLED',
    'REFERRAL_BONUS'));
