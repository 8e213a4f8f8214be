-- Installment charges get their own kind. Until now `createInstallmentPlan` wrote its
-- parts as OTHER (the column had no INSTALLMENT value); those rows are recognisable by
-- their `installment_plan_id` and become INSTALLMENT. The new value is appended after the
-- existing ones, so the change is metadata only (no table rebuild) and existing values keep
-- their positions.
ALTER TABLE charges
    MODIFY COLUMN kind ENUM('RENT','UTILITY','DEPOSIT','LATE_FEE','MAINTENANCE','OTHER','INSTALLMENT') NOT NULL;

UPDATE charges SET kind = 'INSTALLMENT' WHERE kind = 'OTHER' AND installment_plan_id IS NOT NULL;
