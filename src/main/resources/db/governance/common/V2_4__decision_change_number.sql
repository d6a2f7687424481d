-- Decisions carry a change number (platform.change_number, raised by Hibernate's events for every change of a
-- decision): the register's totals per filter are kept under it (DecisionTotals). It replaces the number each
-- fund kept for the same purpose, which the service had to raise by hand.
insert into platform.change_number (record_type, changed) values ('Decision', 0);
alter table governance.fund drop column decisions_changed;
