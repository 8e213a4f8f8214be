-- Installment charges get their own kind. Until now `createInstallmentPlan` wrote its
-- parts as OTHER (the column had no INSTALLMENT value); those rows are recognisable by
-- their `installment_plan_id` and become INSTALLMENT. New enum values go before OTHER so
-- the list reads like the schema's ChargeKind; existing values keep their names.
ALTER TABLE charges
    MODIFY COLUMN kind ENUM('RENT','UTILITY','DEPOSIT','LATE_FEE','MAINTENANCE','INSTALLMENT','OTHER') NOT NULL;

UPDATE charges SET kind = 'INSTALLMENT' WHERE kind = 'OTHER' AND installment_plan_id IS NOT NULL;
