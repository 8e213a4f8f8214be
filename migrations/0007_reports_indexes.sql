-- Reports: a charge's paid amount is Σ allocations of its standing payments. This covering
-- index lets the delinquency report and the rent roll sum allocations per charge from the
-- index alone (no row look-ups), once per open charge.
CREATE INDEX ix_allocations_charge_cover ON allocations (charge_id, payment_id, amount_minor);
