-- Demo contributions of the Migration MPTF (mptf.demo-data=true): plausible, not real, figures. Values in USD and
-- the 1% Administrative Agent fee were computed with the application's rule (half-even to cents).
insert into mobilisation.contributor (name, contributor_type, country_code, pipeline_stage, expected_amount, expected_currency) values
('Government of Norway', 'GOVERNMENT', 'NOR', 'AGREEMENT_SIGNED', null, null),
('Government of Germany', 'GOVERNMENT', 'DEU', 'AGREEMENT_SIGNED', null, null),
('Government of the United Kingdom', 'GOVERNMENT', 'GBR', 'AGREEMENT_SIGNED', null, null),
('Government of Spain', 'GOVERNMENT', 'ESP', 'AGREEMENT_SIGNED', null, null),
('Government of Mexico', 'GOVERNMENT', 'MEX', 'AGREEMENT_SIGNED', null, null),
('Government of Japan', 'GOVERNMENT', 'JPN', 'AGREEMENT_SIGNED', null, null),
('Government of Switzerland', 'GOVERNMENT', 'CHE', 'AGREEMENT_SIGNED', null, null),
('Government of Canada', 'GOVERNMENT', 'CAN', 'PLEDGED', 2000000, 'CAD'),
('Government of Portugal', 'GOVERNMENT', 'PRT', 'PROSPECT', 500000, 'EUR'),
('Global Mobility Foundation', 'FOUNDATION', 'USA', 'AGREEMENT_SIGNED', null, null),
('Remit Fairly Inc.', 'PRIVATE_SECTOR', 'SGP', 'PLEDGED', 250000, 'USD'),
('Diaspora Partners Network', 'OTHER', 'KEN', 'PROSPECT', 100000, 'USD');

insert into mobilisation.contributor_user (user_name, contributor_id) select 'donor', id from mobilisation.contributor where name = 'Government of Norway';

insert into mobilisation.agreement (fund_id, contributor_id, reference, signed_on, currency, total_amount, earmark_kind, earmark_value)
select f.id, c.id, 'SAA-MIG-2019-NOR', date '2019-09-10', 'NOK', 50000000, 'UNEARMARKED', null from governance.fund f, mobilisation.contributor c where f.code = 'MIG' and c.name = 'Government of Norway';
insert into mobilisation.instalment (agreement_id, sequence_no, due_on, amount) select id, 1, date '2019-10-01', 25000000 from mobilisation.agreement where reference = 'SAA-MIG-2019-NOR';
insert into mobilisation.instalment (agreement_id, sequence_no, due_on, amount) select id, 2, date '2020-10-01', 25000000 from mobilisation.agreement where reference = 'SAA-MIG-2019-NOR';
insert into mobilisation.agreement (fund_id, contributor_id, reference, signed_on, currency, total_amount, earmark_kind, earmark_value)
select f.id, c.id, 'SAA-MIG-2020-DEU', date '2020-03-02', 'EUR', 6000000, 'UNEARMARKED', null from governance.fund f, mobilisation.contributor c where f.code = 'MIG' and c.name = 'Government of Germany';
insert into mobilisation.instalment (agreement_id, sequence_no, due_on, amount) select id, 1, date '2020-04-01', 3000000 from mobilisation.agreement where reference = 'SAA-MIG-2020-DEU';
insert into mobilisation.instalment (agreement_id, sequence_no, due_on, amount) select id, 2, date '2021-04-01', 3000000 from mobilisation.agreement where reference = 'SAA-MIG-2020-DEU';
insert into mobilisation.agreement (fund_id, contributor_id, reference, signed_on, currency, total_amount, earmark_kind, earmark_value)
select f.id, c.id, 'SAA-MIG-2021-GBR', date '2021-06-15', 'GBP', 2000000, 'THEMATIC_AREA', '2' from governance.fund f, mobilisation.contributor c where f.code = 'MIG' and c.name = 'Government of the United Kingdom';
insert into mobilisation.instalment (agreement_id, sequence_no, due_on, amount) select id, 1, date '2021-07-01', 1000000 from mobilisation.agreement where reference = 'SAA-MIG-2021-GBR';
insert into mobilisation.instalment (agreement_id, sequence_no, due_on, amount) select id, 2, date '2022-07-01', 1000000 from mobilisation.agreement where reference = 'SAA-MIG-2021-GBR';
insert into mobilisation.agreement (fund_id, contributor_id, reference, signed_on, currency, total_amount, earmark_kind, earmark_value)
select f.id, c.id, 'SAA-MIG-2022-ESP', date '2022-02-01', 'EUR', 1500000, 'THEMATIC_AREA', '4' from governance.fund f, mobilisation.contributor c where f.code = 'MIG' and c.name = 'Government of Spain';
insert into mobilisation.instalment (agreement_id, sequence_no, due_on, amount) select id, 1, date '2022-03-01', 1500000 from mobilisation.agreement where reference = 'SAA-MIG-2022-ESP';
insert into mobilisation.agreement (fund_id, contributor_id, reference, signed_on, currency, total_amount, earmark_kind, earmark_value)
select f.id, c.id, 'SAA-MIG-2023-MEX', date '2023-05-20', 'USD', 300000, 'REGION', 'Americas' from governance.fund f, mobilisation.contributor c where f.code = 'MIG' and c.name = 'Government of Mexico';
insert into mobilisation.instalment (agreement_id, sequence_no, due_on, amount) select id, 1, date '2023-06-30', 300000 from mobilisation.agreement where reference = 'SAA-MIG-2023-MEX';
insert into mobilisation.agreement (fund_id, contributor_id, reference, signed_on, currency, total_amount, earmark_kind, earmark_value)
select f.id, c.id, 'SAA-MIG-2023-JPN', date '2023-09-01', 'JPY', 150000000, 'COUNTRY', 'BGD' from governance.fund f, mobilisation.contributor c where f.code = 'MIG' and c.name = 'Government of Japan';
insert into mobilisation.instalment (agreement_id, sequence_no, due_on, amount) select id, 1, date '2023-10-01', 150000000 from mobilisation.agreement where reference = 'SAA-MIG-2023-JPN';
insert into mobilisation.agreement (fund_id, contributor_id, reference, signed_on, currency, total_amount, earmark_kind, earmark_value)
select f.id, c.id, 'SAA-MIG-2024-CHE', date '2024-01-15', 'CHF', 3000000, 'UNEARMARKED', null from governance.fund f, mobilisation.contributor c where f.code = 'MIG' and c.name = 'Government of Switzerland';
insert into mobilisation.instalment (agreement_id, sequence_no, due_on, amount) select id, 1, date '2024-02-01', 1000000 from mobilisation.agreement where reference = 'SAA-MIG-2024-CHE';
insert into mobilisation.instalment (agreement_id, sequence_no, due_on, amount) select id, 2, date '2025-02-01', 1000000 from mobilisation.agreement where reference = 'SAA-MIG-2024-CHE';
insert into mobilisation.instalment (agreement_id, sequence_no, due_on, amount) select id, 3, date '2026-02-01', 1000000 from mobilisation.agreement where reference = 'SAA-MIG-2024-CHE';
insert into mobilisation.agreement (fund_id, contributor_id, reference, signed_on, currency, total_amount, earmark_kind, earmark_value)
select f.id, c.id, 'SAA-MIG-2025-GMF', date '2025-04-01', 'USD', 1000000, 'UNEARMARKED', null from governance.fund f, mobilisation.contributor c where f.code = 'MIG' and c.name = 'Global Mobility Foundation';
insert into mobilisation.instalment (agreement_id, sequence_no, due_on, amount) select id, 1, date '2025-05-01', 500000 from mobilisation.agreement where reference = 'SAA-MIG-2025-GMF';
insert into mobilisation.instalment (agreement_id, sequence_no, due_on, amount) select id, 2, date '2027-05-01', 500000 from mobilisation.agreement where reference = 'SAA-MIG-2025-GMF';

insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at)
select id, 'DEPOSIT', date '2019-10-03', 'Deposit of NOK 25000000 under agreement SAA-MIG-2019-NOR', 'demo-deposit-1', 'agent', timestamp '2019-10-03 10:00:00' from governance.fund where code = 'MIG';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'UNEARMARKED', 2755000.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-1' and a.reference = 'SAA-MIG-2019-NOR';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CONTRIBUTIONS', 'UNEARMARKED', -2755000.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-1' and a.reference = 'SAA-MIG-2019-NOR';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'AA_FEES', 'UNEARMARKED', 27550.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-1' and a.reference = 'SAA-MIG-2019-NOR';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'UNEARMARKED', -27550.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-1' and a.reference = 'SAA-MIG-2019-NOR';
insert into mobilisation.deposit (fund_id, agreement_id, instalment_id, value_date, amount, currency, exchange_rate, usd_amount, fee_amount, journal_id)
select a.fund_id, a.id, i.id, date '2019-10-03', 25000000, 'NOK', 0.11020000, 2755000.00, 27550.00, j.id from mobilisation.agreement a join mobilisation.instalment i on i.agreement_id = a.id and i.sequence_no = 1, mobilisation.journal j where a.reference = 'SAA-MIG-2019-NOR' and j.idempotency_key = 'demo-deposit-1';

insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at)
select id, 'DEPOSIT', date '2020-10-05', 'Deposit of NOK 25000000 under agreement SAA-MIG-2019-NOR', 'demo-deposit-2', 'agent', timestamp '2020-10-05 10:00:00' from governance.fund where code = 'MIG';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'UNEARMARKED', 2687500.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-2' and a.reference = 'SAA-MIG-2019-NOR';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CONTRIBUTIONS', 'UNEARMARKED', -2687500.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-2' and a.reference = 'SAA-MIG-2019-NOR';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'AA_FEES', 'UNEARMARKED', 26875.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-2' and a.reference = 'SAA-MIG-2019-NOR';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'UNEARMARKED', -26875.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-2' and a.reference = 'SAA-MIG-2019-NOR';
insert into mobilisation.deposit (fund_id, agreement_id, instalment_id, value_date, amount, currency, exchange_rate, usd_amount, fee_amount, journal_id)
select a.fund_id, a.id, i.id, date '2020-10-05', 25000000, 'NOK', 0.10750000, 2687500.00, 26875.00, j.id from mobilisation.agreement a join mobilisation.instalment i on i.agreement_id = a.id and i.sequence_no = 2, mobilisation.journal j where a.reference = 'SAA-MIG-2019-NOR' and j.idempotency_key = 'demo-deposit-2';

insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at)
select id, 'DEPOSIT', date '2020-04-06', 'Deposit of EUR 3000000 under agreement SAA-MIG-2020-DEU', 'demo-deposit-3', 'agent', timestamp '2020-04-06 10:00:00' from governance.fund where code = 'MIG';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'UNEARMARKED', 3277500.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-3' and a.reference = 'SAA-MIG-2020-DEU';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CONTRIBUTIONS', 'UNEARMARKED', -3277500.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-3' and a.reference = 'SAA-MIG-2020-DEU';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'AA_FEES', 'UNEARMARKED', 32775.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-3' and a.reference = 'SAA-MIG-2020-DEU';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'UNEARMARKED', -32775.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-3' and a.reference = 'SAA-MIG-2020-DEU';
insert into mobilisation.deposit (fund_id, agreement_id, instalment_id, value_date, amount, currency, exchange_rate, usd_amount, fee_amount, journal_id)
select a.fund_id, a.id, i.id, date '2020-04-06', 3000000, 'EUR', 1.09250000, 3277500.00, 32775.00, j.id from mobilisation.agreement a join mobilisation.instalment i on i.agreement_id = a.id and i.sequence_no = 1, mobilisation.journal j where a.reference = 'SAA-MIG-2020-DEU' and j.idempotency_key = 'demo-deposit-3';

insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at)
select id, 'DEPOSIT', date '2021-04-07', 'Deposit of EUR 3000000 under agreement SAA-MIG-2020-DEU', 'demo-deposit-4', 'agent', timestamp '2021-04-07 10:00:00' from governance.fund where code = 'MIG';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'UNEARMARKED', 3558900.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-4' and a.reference = 'SAA-MIG-2020-DEU';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CONTRIBUTIONS', 'UNEARMARKED', -3558900.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-4' and a.reference = 'SAA-MIG-2020-DEU';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'AA_FEES', 'UNEARMARKED', 35589.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-4' and a.reference = 'SAA-MIG-2020-DEU';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'UNEARMARKED', -35589.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-4' and a.reference = 'SAA-MIG-2020-DEU';
insert into mobilisation.deposit (fund_id, agreement_id, instalment_id, value_date, amount, currency, exchange_rate, usd_amount, fee_amount, journal_id)
select a.fund_id, a.id, i.id, date '2021-04-07', 3000000, 'EUR', 1.18630000, 3558900.00, 35589.00, j.id from mobilisation.agreement a join mobilisation.instalment i on i.agreement_id = a.id and i.sequence_no = 2, mobilisation.journal j where a.reference = 'SAA-MIG-2020-DEU' and j.idempotency_key = 'demo-deposit-4';

insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at)
select id, 'DEPOSIT', date '2021-07-05', 'Deposit of GBP 1000000 under agreement SAA-MIG-2021-GBR', 'demo-deposit-5', 'agent', timestamp '2021-07-05 10:00:00' from governance.fund where code = 'MIG';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'AREA:2', 1382100.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-5' and a.reference = 'SAA-MIG-2021-GBR';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CONTRIBUTIONS', 'AREA:2', -1382100.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-5' and a.reference = 'SAA-MIG-2021-GBR';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'AA_FEES', 'AREA:2', 13821.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-5' and a.reference = 'SAA-MIG-2021-GBR';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'AREA:2', -13821.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-5' and a.reference = 'SAA-MIG-2021-GBR';
insert into mobilisation.deposit (fund_id, agreement_id, instalment_id, value_date, amount, currency, exchange_rate, usd_amount, fee_amount, journal_id)
select a.fund_id, a.id, i.id, date '2021-07-05', 1000000, 'GBP', 1.38210000, 1382100.00, 13821.00, j.id from mobilisation.agreement a join mobilisation.instalment i on i.agreement_id = a.id and i.sequence_no = 1, mobilisation.journal j where a.reference = 'SAA-MIG-2021-GBR' and j.idempotency_key = 'demo-deposit-5';

insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at)
select id, 'DEPOSIT', date '2022-07-04', 'Deposit of GBP 1000000 under agreement SAA-MIG-2021-GBR', 'demo-deposit-6', 'agent', timestamp '2022-07-04 10:00:00' from governance.fund where code = 'MIG';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'AREA:2', 1205600.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-6' and a.reference = 'SAA-MIG-2021-GBR';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CONTRIBUTIONS', 'AREA:2', -1205600.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-6' and a.reference = 'SAA-MIG-2021-GBR';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'AA_FEES', 'AREA:2', 12056.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-6' and a.reference = 'SAA-MIG-2021-GBR';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'AREA:2', -12056.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-6' and a.reference = 'SAA-MIG-2021-GBR';
insert into mobilisation.deposit (fund_id, agreement_id, instalment_id, value_date, amount, currency, exchange_rate, usd_amount, fee_amount, journal_id)
select a.fund_id, a.id, i.id, date '2022-07-04', 1000000, 'GBP', 1.20560000, 1205600.00, 12056.00, j.id from mobilisation.agreement a join mobilisation.instalment i on i.agreement_id = a.id and i.sequence_no = 2, mobilisation.journal j where a.reference = 'SAA-MIG-2021-GBR' and j.idempotency_key = 'demo-deposit-6';

insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at)
select id, 'DEPOSIT', date '2022-03-03', 'Deposit of EUR 1500000 under agreement SAA-MIG-2022-ESP', 'demo-deposit-7', 'agent', timestamp '2022-03-03 10:00:00' from governance.fund where code = 'MIG';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'AREA:4', 1663050.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-7' and a.reference = 'SAA-MIG-2022-ESP';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CONTRIBUTIONS', 'AREA:4', -1663050.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-7' and a.reference = 'SAA-MIG-2022-ESP';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'AA_FEES', 'AREA:4', 16630.50, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-7' and a.reference = 'SAA-MIG-2022-ESP';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'AREA:4', -16630.50, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-7' and a.reference = 'SAA-MIG-2022-ESP';
insert into mobilisation.deposit (fund_id, agreement_id, instalment_id, value_date, amount, currency, exchange_rate, usd_amount, fee_amount, journal_id)
select a.fund_id, a.id, i.id, date '2022-03-03', 1500000, 'EUR', 1.10870000, 1663050.00, 16630.50, j.id from mobilisation.agreement a join mobilisation.instalment i on i.agreement_id = a.id and i.sequence_no = 1, mobilisation.journal j where a.reference = 'SAA-MIG-2022-ESP' and j.idempotency_key = 'demo-deposit-7';

insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at)
select id, 'DEPOSIT', date '2023-07-03', 'Deposit of USD 300000 under agreement SAA-MIG-2023-MEX', 'demo-deposit-8', 'agent', timestamp '2023-07-03 10:00:00' from governance.fund where code = 'MIG';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'REGION:Americas', 300000.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-8' and a.reference = 'SAA-MIG-2023-MEX';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CONTRIBUTIONS', 'REGION:Americas', -300000.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-8' and a.reference = 'SAA-MIG-2023-MEX';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'AA_FEES', 'REGION:Americas', 3000.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-8' and a.reference = 'SAA-MIG-2023-MEX';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'REGION:Americas', -3000.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-8' and a.reference = 'SAA-MIG-2023-MEX';
insert into mobilisation.deposit (fund_id, agreement_id, instalment_id, value_date, amount, currency, exchange_rate, usd_amount, fee_amount, journal_id)
select a.fund_id, a.id, i.id, date '2023-07-03', 300000, 'USD', 1, 300000.00, 3000.00, j.id from mobilisation.agreement a join mobilisation.instalment i on i.agreement_id = a.id and i.sequence_no = 1, mobilisation.journal j where a.reference = 'SAA-MIG-2023-MEX' and j.idempotency_key = 'demo-deposit-8';

insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at)
select id, 'DEPOSIT', date '2023-10-04', 'Deposit of JPY 150000000 under agreement SAA-MIG-2023-JPN', 'demo-deposit-9', 'agent', timestamp '2023-10-04 10:00:00' from governance.fund where code = 'MIG';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'COUNTRY:BGD', 1004250.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-9' and a.reference = 'SAA-MIG-2023-JPN';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CONTRIBUTIONS', 'COUNTRY:BGD', -1004250.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-9' and a.reference = 'SAA-MIG-2023-JPN';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'AA_FEES', 'COUNTRY:BGD', 10042.50, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-9' and a.reference = 'SAA-MIG-2023-JPN';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'COUNTRY:BGD', -10042.50, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-9' and a.reference = 'SAA-MIG-2023-JPN';
insert into mobilisation.deposit (fund_id, agreement_id, instalment_id, value_date, amount, currency, exchange_rate, usd_amount, fee_amount, journal_id)
select a.fund_id, a.id, i.id, date '2023-10-04', 150000000, 'JPY', 0.00669500, 1004250.00, 10042.50, j.id from mobilisation.agreement a join mobilisation.instalment i on i.agreement_id = a.id and i.sequence_no = 1, mobilisation.journal j where a.reference = 'SAA-MIG-2023-JPN' and j.idempotency_key = 'demo-deposit-9';

insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at)
select id, 'DEPOSIT', date '2024-02-05', 'Deposit of CHF 1000000 under agreement SAA-MIG-2024-CHE', 'demo-deposit-10', 'agent', timestamp '2024-02-05 10:00:00' from governance.fund where code = 'MIG';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'UNEARMARKED', 1158700.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-10' and a.reference = 'SAA-MIG-2024-CHE';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CONTRIBUTIONS', 'UNEARMARKED', -1158700.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-10' and a.reference = 'SAA-MIG-2024-CHE';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'AA_FEES', 'UNEARMARKED', 11587.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-10' and a.reference = 'SAA-MIG-2024-CHE';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'UNEARMARKED', -11587.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-10' and a.reference = 'SAA-MIG-2024-CHE';
insert into mobilisation.deposit (fund_id, agreement_id, instalment_id, value_date, amount, currency, exchange_rate, usd_amount, fee_amount, journal_id)
select a.fund_id, a.id, i.id, date '2024-02-05', 1000000, 'CHF', 1.15870000, 1158700.00, 11587.00, j.id from mobilisation.agreement a join mobilisation.instalment i on i.agreement_id = a.id and i.sequence_no = 1, mobilisation.journal j where a.reference = 'SAA-MIG-2024-CHE' and j.idempotency_key = 'demo-deposit-10';

insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at)
select id, 'DEPOSIT', date '2025-02-04', 'Deposit of CHF 1000000 under agreement SAA-MIG-2024-CHE', 'demo-deposit-11', 'agent', timestamp '2025-02-04 10:00:00' from governance.fund where code = 'MIG';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'UNEARMARKED', 1102500.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-11' and a.reference = 'SAA-MIG-2024-CHE';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CONTRIBUTIONS', 'UNEARMARKED', -1102500.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-11' and a.reference = 'SAA-MIG-2024-CHE';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'AA_FEES', 'UNEARMARKED', 11025.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-11' and a.reference = 'SAA-MIG-2024-CHE';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'UNEARMARKED', -11025.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-11' and a.reference = 'SAA-MIG-2024-CHE';
insert into mobilisation.deposit (fund_id, agreement_id, instalment_id, value_date, amount, currency, exchange_rate, usd_amount, fee_amount, journal_id)
select a.fund_id, a.id, i.id, date '2025-02-04', 1000000, 'CHF', 1.10250000, 1102500.00, 11025.00, j.id from mobilisation.agreement a join mobilisation.instalment i on i.agreement_id = a.id and i.sequence_no = 2, mobilisation.journal j where a.reference = 'SAA-MIG-2024-CHE' and j.idempotency_key = 'demo-deposit-11';

insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at)
select id, 'DEPOSIT', date '2025-05-02', 'Deposit of USD 500000 under agreement SAA-MIG-2025-GMF', 'demo-deposit-12', 'agent', timestamp '2025-05-02 10:00:00' from governance.fund where code = 'MIG';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'UNEARMARKED', 500000.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-12' and a.reference = 'SAA-MIG-2025-GMF';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CONTRIBUTIONS', 'UNEARMARKED', -500000.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-12' and a.reference = 'SAA-MIG-2025-GMF';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'AA_FEES', 'UNEARMARKED', 5000.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-12' and a.reference = 'SAA-MIG-2025-GMF';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, contributor_id)
select j.id, j.fund_id, j.value_date, 'CASH', 'UNEARMARKED', -5000.00, 'USD', a.contributor_id from mobilisation.journal j, mobilisation.agreement a where j.idempotency_key = 'demo-deposit-12' and a.reference = 'SAA-MIG-2025-GMF';
insert into mobilisation.deposit (fund_id, agreement_id, instalment_id, value_date, amount, currency, exchange_rate, usd_amount, fee_amount, journal_id)
select a.fund_id, a.id, i.id, date '2025-05-02', 500000, 'USD', 1, 500000.00, 5000.00, j.id from mobilisation.agreement a join mobilisation.instalment i on i.agreement_id = a.id and i.sequence_no = 1, mobilisation.journal j where a.reference = 'SAA-MIG-2025-GMF' and j.idempotency_key = 'demo-deposit-12';

