-- Receivable reports read only the charges that were still owed on their date. A charge's
-- `settled_on` is the day it became fully paid by standing payments: the latest `paid_on` of
-- the payments whose allocations cover its amount, NULL while anything is owed (and for
-- voided charges, which standing payments are never allocated to). The payment, credit and
-- reversal transactions keep it current (`ChargeSettlement`); a charge was owing something
-- on day D exactly when it was not voided, due by D and `settled_on IS NULL OR settled_on > D`,
-- which the index below answers without touching settled charges.
ALTER TABLE charges
    ADD COLUMN settled_on DATE NULL AFTER due_date,
    ADD KEY ix_charges_org_settled_due (org_id, settled_on, due_date);

UPDATE charges c
JOIN (
    SELECT a.charge_id, SUM(a.amount_minor) AS paid, MAX(p.paid_on) AS last_paid_on
    FROM allocations a JOIN payments p ON p.id = a.payment_id
    WHERE p.reversed_at IS NULL
    GROUP BY a.charge_id
) s ON s.charge_id = c.id
SET c.settled_on = s.last_paid_on
WHERE c.voided_at IS NULL AND s.paid >= c.amount_minor;

-- The payments feed reads each of its sources newest first by organization.
CREATE INDEX ix_deposit_refunds_org_refunded ON deposit_refunds (org_id, refunded_on);
